// The text of a request that scenario matchers look at: the newest input (tail: everything after the
// model's last output) and the system prompt.
import { isObject } from './scenario.js';

/**
 * Plain text of an Anthropic / OpenAI content value (string, or array of parts / blocks; tool
 * results are unwrapped).
 * @param {unknown} content
 * @returns {string}
 */
export function contentText(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  /** @type {string[]} */
  const parts = [];
  for (const part of content) {
    if (typeof part === 'string') parts.push(part);
    else if (isObject(part)) {
      if (typeof part['text'] === 'string') parts.push(part['text']);
      if ('content' in part) parts.push(contentText(part['content']));
      if ('output' in part) parts.push(contentText(part['output']));
      // Gemini: a tool result is `{ functionResponse: { name, response: { output | error } } }`.
      if (isObject(part['functionResponse']))
        parts.push(...stringLeaves(part['functionResponse']['response']));
    }
  }
  return parts.filter((p) => p !== '').join('\n');
}

/**
 * Every string inside `value` (depth first).
 * @param {unknown} value
 * @returns {string[]}
 */
function stringLeaves(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (isObject(value)) return Object.values(value).flatMap(stringLeaves);
  return [];
}

/**
 * @param {'anthropic' | 'responses' | 'chat' | 'gemini'} api
 * @param {Record<string, unknown>} body
 * @returns {{ system: string, tail: string }}
 */
export function requestText(api, body) {
  if (api === 'gemini') {
    const instruction = body['systemInstruction'];
    const system = isObject(instruction) ? contentText(instruction['parts']) : contentText(instruction);
    const contents = Array.isArray(body['contents']) ? body['contents'] : [];
    let start = 0;
    contents.forEach((c, i) => {
      if (isObject(c) && c['role'] === 'model') start = i + 1;
    });
    const tail = contents.slice(start).map((c) => (isObject(c) ? contentText(c['parts']) : ''));
    return { system, tail: tail.filter((t) => t !== '').join('\n') };
  }
  if (api === 'anthropic' || api === 'chat') {
    const messages = Array.isArray(body['messages']) ? body['messages'] : [];
    const system = messages
      .filter((m) => isObject(m) && (m['role'] === 'system' || m['role'] === 'developer'))
      .map((m) => contentText(m['content']));
    if (api === 'anthropic') system.unshift(contentText(body['system']));
    return { system: system.filter((t) => t !== '').join('\n'), tail: tailText(messages) };
  }
  const input = body['input'];
  const system = typeof body['instructions'] === 'string' ? body['instructions'] : '';
  if (typeof input === 'string') return { system, tail: input };
  const items = Array.isArray(input) ? input : [];
  // The tail: every item after the model's last output item.
  let start = 0;
  items.forEach((item, i) => {
    if (isObject(item) && isModelOutput(item)) start = i + 1;
  });
  const tail = items.slice(start).map((item) => (isObject(item) ? itemText(item) : ''));
  return { system, tail: tail.filter((t) => t !== '').join('\n') };
}

/**
 * Text of the messages after the last assistant message (tool results, prompts, reminders).
 * @param {unknown[]} messages
 */
function tailText(messages) {
  let start = 0;
  messages.forEach((m, i) => {
    if (isObject(m) && m['role'] === 'assistant') start = i + 1;
  });
  const texts = messages
    .slice(start)
    .map((m) =>
      isObject(m) && m['role'] !== 'system' && m['role'] !== 'developer' ? contentText(m['content']) : '',
    );
  return texts.filter((t) => t !== '').join('\n');
}

/**
 * @param {Record<string, unknown>} item
 * @returns {boolean}
 */
function isModelOutput(item) {
  const type = item['type'];
  if (type === 'message' || (type === undefined && 'role' in item)) return item['role'] === 'assistant';
  return type === 'function_call' || type === 'custom_tool_call' || type === 'reasoning';
}

/**
 * @param {Record<string, unknown>} item
 * @returns {string}
 */
function itemText(item) {
  if ('output' in item) return contentText(item['output']);
  return contentText(item['content']);
}
