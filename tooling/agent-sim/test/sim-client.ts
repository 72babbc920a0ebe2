// Test helpers: post to agent-sim and rebuild what a client would from the stream it sends back.
import { readSse } from '../src/sse-reader.js';

export async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

// biome-ignore lint/suspicious/noExplicitAny: tests walk JSON documents by key.
export type Json = Record<string, any>;

/** The Message an Anthropic SDK accumulates from the events (content by index, usage merged). */
export function accumulateAnthropic(text: string) {
  const events = readSse(text);
  const names = events.map((e) => e.event);
  let message: Json = {};
  const blocks: Json[] = [];
  const partialJson: string[] = [];
  for (const e of events) {
    const data = e.json as Json;
    if (data.type !== e.event) throw new Error(`event name ${e.event} differs from data.type ${data.type}`);
    if (data.type === 'message_start') message = structuredClone(data.message);
    if (data.type === 'content_block_start') blocks[data.index] = structuredClone(data.content_block);
    if (data.type === 'content_block_delta') {
      const block = blocks[data.index] as Json;
      const d = data.delta;
      if (d.type === 'text_delta') block.text += d.text;
      else if (d.type === 'thinking_delta') block.thinking += d.thinking;
      else if (d.type === 'signature_delta') block.signature = d.signature;
      else if (d.type === 'input_json_delta')
        partialJson[data.index] = (partialJson[data.index] ?? '') + d.partial_json;
      else throw new Error(`unknown delta ${d.type}`);
    }
    if (data.type === 'content_block_stop' && partialJson[data.index] !== undefined) {
      (blocks[data.index] as Json).input = JSON.parse(partialJson[data.index] as string);
    }
    if (data.type === 'message_delta') {
      Object.assign(message, data.delta);
      message.usage = { ...message.usage, ...data.usage };
    }
  }
  message.content = blocks;
  return { names, message };
}

/** The output items and completed response a Responses client (Codex) keeps from the stream. */
export function accumulateResponses(text: string) {
  const events = readSse(text).map((e) => ({ name: e.event, data: e.json as Json }));
  const done = events.filter((e) => e.data.type === 'response.output_item.done').map((e) => e.data.item);
  const completed = events.find((e) => e.data.type === 'response.completed')?.data.response;
  const deltas = (type: string, itemId: string) =>
    events
      .filter((e) => e.data.type === type && e.data.item_id === itemId)
      .map((e) => e.data.delta)
      .join('');
  return { events, done, completed, deltas };
}

/** The assistant message a chat-completions client rebuilds from the chunks. */
export function accumulateChat(text: string) {
  const events = readSse(text);
  const last = events[events.length - 1];
  const chunks = events.filter((e) => e.json !== undefined).map((e) => e.json as Json);
  let content = '';
  let reasoning = '';
  let finish: string | null = null;
  let usage: Json | undefined;
  const calls: Json[] = [];
  for (const chunk of chunks) {
    if (chunk.usage) usage = chunk.usage;
    for (const choice of chunk.choices) {
      const d = choice.delta;
      if (typeof d.content === 'string') content += d.content;
      if (typeof d.reasoning_content === 'string') reasoning += d.reasoning_content;
      for (const tc of d.tool_calls ?? []) {
        const call = calls[tc.index] ?? { id: tc.id, name: tc.function?.name, arguments: '' };
        calls[tc.index] = call;
        call.arguments += tc.function?.arguments ?? '';
      }
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  }
  return { done: last?.data === '[DONE]', content, reasoning, finish, usage, calls };
}

/** The model content a Gemini client rebuilds from `GenerateContentResponse` chunks. */
export function accumulateGemini(chunks: Json[]) {
  let thought = '';
  let text = '';
  const calls: Json[] = [];
  const signatures: string[] = [];
  let finish: string | undefined;
  let usage: Json | undefined;
  for (const chunk of chunks) {
    const candidate = chunk.candidates[0];
    for (const part of candidate.content.parts as Json[]) {
      if (part.thoughtSignature) signatures.push(part.thoughtSignature);
      if (part.functionCall) calls.push(part.functionCall);
      else if (part.thought) thought += part.text;
      else text += part.text;
    }
    finish = candidate.finishReason ?? finish;
    usage = chunk.usageMetadata ?? usage;
  }
  return { thought, text, calls, signatures, finish, usage };
}
