import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TraceRecord } from '@opentraces/schema';
import { createLlmPiiAdapter } from '@opentraces/sdk/security-adapters';
import { sanitizeRecordAsync } from '@opentraces/security-tools';
import { afterEach, describe, expect, it } from 'vitest';
import { type AgentSim, startAgentSim } from '../src/server.js';

// The llm_pii adapter over real HTTP to agent-sim in OpenAI chat-completions mode: the request
// carries the text and the model, the scripted answer (a JSON list of personal-data spans) is
// parsed, spans the model invented are dropped, and every occurrence of the rest is redacted.
let sim: AgentSim | undefined;
let server: Server | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

const answer = JSON.stringify({
  items: [
    { type: 'person name', text: 'Dana Scully' },
    { type: 'address', text: '2630 Hegal Place, Alexandria' },
    { type: 'person name', text: 'Fox Mulder' }, // not in the text: a model invention, ignored
  ],
});

function record(): TraceRecord {
  return {
    schema_version: '0.5.0',
    trace_id: 't-pii',
    session_id: 's',
    agent: { name: 'claude-code' },
    task: { description: 'Send the invoice to Dana Scully, 2630 Hegal Place, Alexandria' },
    steps: [{ step_index: 0, role: 'agent', content: 'Dana Scully is the customer; done.' }],
  } as TraceRecord;
}

describe('llm_pii against agent-sim (chat-completions)', () => {
  it('redacts every occurrence of what the model lists, and only text that is really there', async () => {
    sim = await startAgentSim({
      scenario: { name: 'pii', turns: [{ match: { contains: 'Dana Scully' }, respond: { text: answer } }] },
    });
    const adapter = createLlmPiiAdapter({
      baseUrl: `${sim.url}/v1`,
      model: 'pii-reviewer-1',
      apiKey: 'sk-local-test',
    });
    const out = await sanitizeRecordAsync(record(), {
      tools: ['regex', 'llm_pii'],
      adapters: { llm_pii: adapter },
    });
    const json = JSON.stringify(out.value);
    expect(json).not.toContain('Dana Scully');
    expect(json).not.toContain('Hegal');
    expect(out.value.task?.description).toBe(
      'Send the invoice to [REDACTED:pii-person-name], [REDACTED:pii-address]',
    );
    expect(
      out.findings
        .filter((f) => f.tool === 'llm_pii')
        .map((f) => f.type)
        .sort(),
    ).toEqual(['pii-address', 'pii-person-name', 'pii-person-name']);
    const request = sim.requests.find((r) => r.api === 'chat')!;
    expect(request.model).toBe('pii-reviewer-1');
    expect(JSON.stringify(request.body)).toContain('Dana Scully');
    expect(request.headers['authorization']).toBe('Bearer sk-local-test');
  });

  it('retries a 5xx, then fails with a network error that does not leak the key', async () => {
    let calls = 0;
    server = createServer((req, res) => {
      calls++;
      req.resume();
      res.writeHead(calls <= 2 ? 503 : 200, { 'content-type': 'application/json' });
      res.end(
        calls <= 2
          ? '{"error":"busy"}'
          : JSON.stringify({ choices: [{ message: { role: 'assistant', content: answer } }] }),
      );
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const found = await createLlmPiiAdapter({ baseUrl: base, model: 'm' }).find('Dana Scully called');
    expect(calls).toBe(3);
    expect(found).toEqual([{ type: 'pii-person-name', text: 'Dana Scully' }]);

    calls = -10; // every answer is now a 503
    const failing = createLlmPiiAdapter({ baseUrl: base, model: 'm', apiKey: 'sk-very-secret-key' });
    const error = await failing
      .find('x y z')
      .then(() => new Error('resolved'))
      .catch((e: unknown) => e as Error & { code: string; kind: string });
    expect(error).toMatchObject({ code: 'SECURITY_LLM_PII_FAILED', kind: 'network' });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('sk-very-secret-key');
  });

  it('times out a silent endpoint', async () => {
    server = createServer(() => {
      // never answers
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await expect(
      createLlmPiiAdapter({ baseUrl: base, model: 'm', timeoutMs: 300 }).find('hello'),
    ).rejects.toThrow(/no answer within 300 ms/);
    server.closeAllConnections();
  });

  it('times out an endpoint that sends headers and then stalls the body', async () => {
    server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices":[');
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await expect(
      createLlmPiiAdapter({ baseUrl: base, model: 'm', timeoutMs: 300 }).find('hello'),
    ).rejects.toThrow(/no answer within 300 ms/);
    server.closeAllConnections();
  });

  it('reports a non-JSON answer with its status code only, not the body', async () => {
    server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>proxy login for dana.scully@example.org</html>');
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const error = (await createLlmPiiAdapter({ baseUrl: base, model: 'm' })
      .find('hello')
      .catch((e: unknown) => e)) as Error & { code: string };
    expect(error.code).toBe('SECURITY_LLM_PII_FAILED');
    expect(error.message).toMatch(/HTTP 200, the response is not JSON/);
    expect(error.message).not.toContain('dana');
  });
});
