import { describe, expect, it } from 'vitest';
import { exampleFor } from '../src/internal/gemini.js';
import { GEMINI_ROUTER_ANSWER, SIDE_TEXT } from '../src/internal/scenario.js';
import { readSse } from '../src/sse-reader.js';
import { bashInput, closeAfterEach, scenario, start, usage1, usage2 } from './endpoint-fixture.js';
import { accumulateGemini, type Json, post } from './sim-client.js';

closeAfterEach();

const MODEL = '/v1beta/models/gemini-3.1-pro-preview';
const prompt = { contents: [{ role: 'user', parts: [{ text: 'Is "missing file.txt" there?' }] }] };
const first = scenario.turns[0]!.respond;
const thinking = { ...first, usage: { ...usage1, reasoning_output_tokens: 30 } };
const thinkingScenario = { ...scenario, turns: [{ respond: thinking }, scenario.turns[1]] };

describe('Gemini API', () => {
  it('streams thought, text and functionCall parts over SSE; the last chunk has finishReason and usage', async () => {
    const sim = await start(thinkingScenario);
    const res = await post(`${sim.url}${MODEL}:streamGenerateContent?alt=sse`, prompt);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = readSse(res.text);
    expect(events.every((e) => e.event === null && e.json !== undefined)).toBe(true);
    const chunks = events.map((e) => e.json as Json);
    const built = accumulateGemini(chunks);
    // A thought summary arrives whole in its own chunk; the text in pieces.
    expect(chunks[0]?.candidates[0].content.parts).toEqual([{ text: first.thinking, thought: true }]);
    expect(built.thought).toBe(first.thinking);
    expect(built.text).toBe(first.text);
    expect(built.calls).toEqual([{ name: 'Bash', args: bashInput }]);
    expect(built.signatures).toHaveLength(1);
    expect(chunks.at(-1)?.candidates[0].content.parts[0].thoughtSignature).toBe(built.signatures[0]);
    expect(chunks.filter((c) => c.usageMetadata !== undefined)).toHaveLength(1);
    expect(built.finish).toBe('STOP');
    // Prompt counts cached tokens; thinking is reported apart from the answer.
    const prompted =
      usage1.input_tokens + usage1.cache_read_input_tokens + usage1.cache_creation_input_tokens;
    expect(built.usage).toEqual({
      promptTokenCount: prompted,
      cachedContentTokenCount: usage1.cache_read_input_tokens,
      candidatesTokenCount: usage1.output_tokens - 30,
      thoughtsTokenCount: 30,
      totalTokenCount: prompted + usage1.output_tokens,
    });
    expect(chunks.every((c) => c.modelVersion === 'gemini-3.1-pro-preview')).toBe(true);
    expect(sim.requests[0]).toMatchObject({
      api: 'gemini',
      kind: 'turn',
      model: 'gemini-3.1-pro-preview',
      stream: true,
    });
  });

  it('answers generateContent with one response, and matches the next turn on a functionResponse', async () => {
    const sim = await start();
    await post(`${sim.url}${MODEL}:generateContent`, prompt);
    const res = await post(`${sim.url}${MODEL}:generateContent`, {
      contents: [
        ...prompt.contents,
        { role: 'model', parts: [{ functionCall: { name: 'Bash', args: bashInput } }] },
        {
          role: 'user',
          parts: [{ functionResponse: { name: 'Bash', response: { output: 'ls: No such file' } } }],
        },
      ],
    });
    const body = JSON.parse(res.text);
    expect(body.candidates[0]).toMatchObject({
      content: { role: 'model', parts: [{ text: 'It does not exist.' }] },
      finishReason: 'STOP',
    });
    expect(body.usageMetadata).toEqual({
      promptTokenCount: usage2.input_tokens + usage2.cache_read_input_tokens,
      cachedContentTokenCount: usage2.cache_read_input_tokens,
      candidatesTokenCount: usage2.output_tokens,
      totalTokenCount: usage2.input_tokens + usage2.cache_read_input_tokens + usage2.output_tokens,
    });
    expect(sim.requests.map((q) => [q.kind, q.turn, q.stream])).toEqual([
      ['turn', 0, false],
      ['turn', 1, false],
    ]);
  });

  it('streams a JSON array of the same chunks without alt=sse', async () => {
    const { url } = await start();
    const res = await post(`${url}${MODEL}:streamGenerateContent`, prompt);
    const built = accumulateGemini(JSON.parse(res.text));
    expect([built.text, built.calls.length, built.finish]).toEqual([first.text, 1, 'STOP']);
  });

  it('answers side requests that want JSON with a value of their schema, the router with its score', async () => {
    const sim = await start();
    const schema = {
      type: 'OBJECT',
      properties: {
        reasoning: { type: 'STRING' },
        next_speaker: { type: 'STRING', enum: ['user', 'model'] },
        confidence: { type: 'NUMBER' },
        extra: { type: 'BOOLEAN' },
      },
      required: ['reasoning', 'next_speaker', 'confidence'],
    };
    const json = { responseMimeType: 'application/json', responseJsonSchema: schema };
    const res = await post(`${sim.url}/v1beta/models/gemini-3.5-flash:generateContent`, {
      ...prompt,
      generationConfig: json,
    });
    const answer = JSON.parse(res.text).candidates[0].content.parts[0].text;
    expect(JSON.parse(answer)).toEqual({ reasoning: SIDE_TEXT, next_speaker: 'user', confidence: 0 });
    const routed = await post(`${sim.url}/v1beta/models/gemini-3.5-flash-lite:generateContent`, {
      ...prompt,
      systemInstruction: { parts: [{ text: 'You are a specialized Task Routing AI.' }] },
      generationConfig: json,
    });
    expect(JSON.parse(routed.text).candidates[0].content.parts[0].text).toBe(GEMINI_ROUTER_ANSWER);
    expect(sim.requests.map((q) => q.kind)).toEqual(['side', 'side']);
    expect(sim.turnsServed()).toBe(0);
  });

  it('counts tokens, and answers unknown routes and unscripted input with Gemini-shaped errors', async () => {
    const sim = await start();
    const counted = await post(`${sim.url}${MODEL}:countTokens`, prompt);
    expect(JSON.parse(counted.text).totalTokens).toBeGreaterThan(0);
    const missing = await post(`${sim.url}${MODEL}:embedContent`, prompt);
    expect([missing.status, JSON.parse(missing.text).error.status]).toEqual([404, 'NOT_FOUND']);
    await post(`${sim.url}${MODEL}:generateContent`, prompt);
    const off = await post(`${sim.url}${MODEL}:generateContent`, {
      contents: [{ role: 'user', parts: [{ text: 'something else' }] }],
    });
    expect([off.status, JSON.parse(off.text).error]).toEqual([
      400,
      { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('No such file') },
    ]);
    expect(sim.requests.map((q) => q.kind)).toEqual(['count_tokens', 'not_found', 'turn', 'mismatch']);
  });

  it('builds schema examples from JSON Schema and Gemini Schema types', () => {
    expect(exampleFor({ type: 'integer', minimum: 1 })).toBe(1);
    expect(exampleFor({ type: 'ARRAY', items: { type: 'STRING' } })).toEqual([]);
    expect(
      exampleFor({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'boolean' } } }),
    ).toEqual({
      a: SIDE_TEXT,
      b: false,
    });
    expect(exampleFor(undefined)).toEqual({});
  });
});
