// Gemini API: `POST /v1beta/models/{model}:generateContent`, `:streamGenerateContent` (`?alt=sse`)
// and `:countTokens`, the way @google/gemini-cli calls them through GOOGLE_GEMINI_BASE_URL.
import { jsonReply } from './anthropic.js';
import { isObject, SIDE_TEXT, turnUsage } from './scenario.js';
import { chunkText, sseFrame } from './sse.js';

/**
 * @typedef {import('./scenario.js').ScenarioResponse} ScenarioResponse
 * @typedef {import('./anthropic.js').Reply} Reply
 * @typedef {'generateContent' | 'streamGenerateContent' | 'countTokens'} GeminiMethod
 */

/** `/v1beta/models/<model>:<method>` (the SDK's default API version is v1beta). */
const ROUTE = /^\/v1(?:alpha|beta)?\/models\/([^/:]+):(generateContent|streamGenerateContent|countTokens)$/;

/**
 * The model and method of a Gemini API path, or undefined when the path is not one.
 * @param {string} path
 * @returns {{ model: string, method: GeminiMethod } | undefined}
 */
export function geminiRoute(path) {
  const found = ROUTE.exec(path);
  if (!found) return undefined;
  return {
    model: decodeURIComponent(found[1] ?? ''),
    method: /** @type {GeminiMethod} */ (found[2]),
  };
}

/**
 * Gemini `usageMetadata` from scenario usage: `promptTokenCount` counts cached tokens too,
 * `cachedContentTokenCount` is the cache read, and thinking is reported apart from the answer
 * (`thoughtsTokenCount` = `reasoning_output_tokens`, `candidatesTokenCount` = the rest of
 * `output_tokens`). Zero cache/thought counts are left out, as the API does.
 * @param {ScenarioResponse} respond
 */
export function geminiUsage(respond) {
  const u = turnUsage(respond);
  const prompt = u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens;
  const thoughts = Math.min(u.reasoning_output_tokens, u.output_tokens);
  const candidates = u.output_tokens - thoughts;
  /** @type {Record<string, number>} */
  const usage = {
    promptTokenCount: prompt,
    candidatesTokenCount: candidates,
    totalTokenCount: prompt + candidates + thoughts,
  };
  if (u.cache_read_input_tokens > 0) usage['cachedContentTokenCount'] = u.cache_read_input_tokens;
  if (thoughts > 0) usage['thoughtsTokenCount'] = thoughts;
  return usage;
}

/**
 * The parts of a scripted response: a thought summary (`thought: true`), the text, one
 * `functionCall` part per tool call (`args` = the call's input; `id` only when the scenario gives
 * one, as the Gemini API sends none). The thought signature goes on the first function call, else
 * on the text part (where Gemini 3 puts it).
 * @param {ScenarioResponse} respond
 * @param {string} signature
 * @returns {Array<Record<string, unknown>>}
 */
export function geminiParts(respond, signature) {
  /** @type {Array<Record<string, unknown>>} */
  const parts = [];
  if (respond.thinking !== undefined) parts.push({ text: respond.thinking, thought: true });
  if (respond.text !== undefined) parts.push({ text: respond.text });
  for (const call of respond.tool_calls ?? []) {
    const functionCall = {
      ...(call.id === undefined ? {} : { id: call.id }),
      name: call.name,
      args: call.input,
    };
    parts.push({ functionCall });
  }
  const signed = parts.find((p) => 'functionCall' in p) ?? parts.find((p) => p['thought'] !== true);
  if (signed !== undefined) signed['thoughtSignature'] = signature;
  return parts;
}

/**
 * The reply to a Gemini model request: one `GenerateContentResponse`, or for `streamGenerateContent`
 * a stream of them (SSE with `alt=sse`, else a JSON array): the thought summary whole, the text in
 * pieces, the function calls together; the last one has `finishReason` and `usageMetadata`.
 * @param {{ respond: ScenarioResponse, model: string, stream: boolean, sse: boolean, id: string }} options
 * @returns {Reply}
 */
export function renderGemini({ respond, model, stream, sse, id }) {
  const signature = Buffer.from(`agent-sim:${id}`).toString('base64');
  const parts = geminiParts(respond, signature);
  const finishReason = respond.stop_reason ?? 'STOP';
  const usageMetadata = geminiUsage(respond);
  const response = (/** @type {Array<Record<string, unknown>>} */ chunkParts, last = false) => ({
    candidates: [
      {
        content: { role: 'model', parts: chunkParts },
        ...(last ? { finishReason } : {}),
        index: 0,
      },
    ],
    ...(last ? { usageMetadata } : {}),
    modelVersion: model,
    responseId: id,
  });
  if (!stream) return jsonReply(200, response(parts, true));
  /** @type {Array<Array<Record<string, unknown>>>} */
  const pieces = [];
  for (const part of parts) {
    if ('functionCall' in part) {
      const previous = pieces.at(-1);
      // Function calls of one response arrive together, in one chunk.
      if (previous?.every((p) => 'functionCall' in p)) previous.push(part);
      else pieces.push([part]);
      continue;
    }
    // A thought summary arrives whole (Gemini CLI records each thought chunk as one thought);
    // answer text in pieces.
    const texts = part['thought'] === true ? [String(part['text'])] : chunkText(String(part['text']));
    texts.forEach((text, i) => {
      /** @type {Record<string, unknown>} */
      const piece = { ...part, text };
      // The signature rides on the last piece of its part.
      if (i < texts.length - 1) delete piece['thoughtSignature'];
      pieces.push([piece]);
    });
  }
  if (pieces.length === 0) pieces.push([]);
  const chunks = pieces.map((p, i) => response(p, i === pieces.length - 1));
  if (!sse) return jsonReply(200, chunks);
  return {
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
    chunks: chunks.map((c) => sseFrame(null, c)),
  };
}

/**
 * `:countTokens`: a deterministic estimate (a quarter of the body's length).
 * @param {string} rawBody
 * @returns {Reply}
 */
export function renderGeminiCountTokens(rawBody) {
  return jsonReply(200, { totalTokens: Math.max(1, Math.ceil(rawBody.length / 4)) });
}

/**
 * A Gemini-shaped error (`google.rpc.Status`).
 * @param {number} status
 * @param {string} message
 * @returns {Reply}
 */
export function geminiError(status, message) {
  const name = status === 404 ? 'NOT_FOUND' : 'INVALID_ARGUMENT';
  return jsonReply(status, { error: { code: status, message, status: name } });
}

/**
 * The JSON schema a request asks the answer to follow (`generationConfig.responseJsonSchema` or
 * `responseSchema`), `{}` when it only asks for JSON, or null when it does not ask for JSON.
 * @param {Record<string, unknown>} body
 * @returns {unknown}
 */
export function geminiJsonSchema(body) {
  const config = body['generationConfig'];
  if (!isObject(config)) return null;
  const schema = config['responseJsonSchema'] ?? config['responseSchema'];
  if (schema !== undefined) return schema;
  return config['responseMimeType'] === 'application/json' ? {} : null;
}

/**
 * A small value that satisfies `schema` (JSON Schema or the Gemini `Schema` with upper-case
 * types): required properties only, the first `enum` value, the `minimum` or 0, `false`, `[]`,
 * and `SIDE_TEXT` for strings. Used to answer side requests that want JSON.
 * @param {unknown} schema
 * @returns {unknown}
 */
export function exampleFor(schema) {
  if (!isObject(schema)) return {};
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const type = String(schema['type'] ?? 'object').toLowerCase();
  if (type === 'string') return SIDE_TEXT;
  if (type === 'integer' || type === 'number') {
    const min = Number(schema['minimum'] ?? 0);
    return Number.isFinite(min) ? min : 0;
  }
  if (type === 'boolean') return false;
  if (type === 'array') return [];
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  const required = Array.isArray(schema['required']) ? schema['required'] : Object.keys(properties);
  return Object.fromEntries(required.map((key) => [key, exampleFor(properties[key])]));
}
