import type { JsonObject } from '../decode-line.js';
import type { FidelityCollector } from '../fidelity.js';
import type { RawLine } from '../split-lines.js';
import { asString, isObject } from '../values.js';
import { isGeminiHeader } from './detect.js';

/** Message types Gemini CLI records; others are counted as unknown and make no step. */
export const KNOWN_MESSAGE_TYPES: ReadonlySet<string> = new Set([
  'user',
  'gemini',
  'info',
  'warning',
  'error',
]);

/** What one `{"$rewindTo": id}` record removed from the conversation. */
export interface RewindSummary {
  /** 1-based line of the rewind record. */
  readonly line: number;
  /** The message id rewound to (removed with everything after it). */
  readonly target_id: string;
  /** False when the id was unknown: Gemini CLI then clears the whole conversation. */
  readonly found: boolean;
  readonly messages: number;
  readonly user_messages: number;
  readonly tool_calls: number;
}

/**
 * The state of a Gemini CLI chat recording, built record by record the way Gemini CLI reloads it:
 * a message record upserts by `id` (the last write wins, the position of the first write is kept),
 * `{"$set": {...}}` merges into the session metadata, `{"$rewindTo": id}` removes that message and
 * all later ones. A `$set` carrying `messages` (the model's context rewritten after compression or
 * masking) is counted, not applied: the steps keep what was recorded as it happened. The exception
 * is a `$set` of messages before any message was recorded: that is the initial history (Gemini CLI
 * 0.61 writes its `<session_context>` message so), applied like message records.
 * All state is plain data (a Map of JSON objects), so a later change can resume from a byte offset.
 */
export class GeminiConversation {
  /** Header fields merged with every `$set` patch (`messages` excluded). */
  readonly metadata: JsonObject = {};
  /** Messages by id, in order of first appearance. */
  readonly messages = new Map<string, JsonObject>();
  readonly rewinds: RewindSummary[] = [];
  contextRewrites = 0;

  constructor(readonly fidelity: FidelityCollector) {}

  /** One JSONL record (the newer format). */
  line(value: JsonObject, raw: RawLine): void {
    const rewindTo = value['$rewindTo'];
    if (typeof rewindTo === 'string') {
      this.fidelity.parsed('$rewindTo', true);
      this.rewind(rewindTo, raw.line);
    } else if (typeof value['id'] === 'string') {
      const type = asString(value['type']) ?? '(none)';
      this.fidelity.parsed(`message:${type}`, KNOWN_MESSAGE_TYPES.has(type));
      this.messages.set(value['id'], value);
    } else if (isObject(value['$set'])) {
      this.fidelity.parsed('$set', true);
      this.patch(value['$set'], true);
    } else if (isGeminiHeader(value)) {
      this.fidelity.parsed('header', true);
      this.patch(value);
    } else this.fidelity.parsed('(unknown)', false);
  }

  /** The older format: one JSON document holding the header fields and the final `messages`. */
  loadDocument(document: JsonObject): void {
    this.patch(document);
    if (Array.isArray(document['messages'])) this.load(document['messages']);
  }

  private load(messages: readonly unknown[]): void {
    messages.forEach((message, index) => {
      if (!isObject(message)) return;
      this.messages.set(asString(message['id']) ?? `#${index}`, message);
    });
  }

  /**
   * Merges fields into the metadata; `messages` in a `$set` patch counts as a context rewrite,
   * unless nothing was recorded yet (the initial history, loaded).
   */
  private patch(fields: JsonObject, fromSet = false): void {
    for (const [key, value] of Object.entries(fields)) {
      if (key !== 'messages') this.metadata[key] = value;
      else if (fromSet && Array.isArray(value) && value.length > 0) {
        if (this.messages.size === 0 && this.rewinds.length === 0) this.load(value);
        else this.contextRewrites++;
      }
    }
  }

  private rewind(targetId: string, line: number): void {
    const ids = [...this.messages.keys()];
    const index = ids.indexOf(targetId);
    const removed = index === -1 ? ids : ids.slice(index);
    let userMessages = 0;
    let toolCalls = 0;
    for (const id of removed) {
      const message = this.messages.get(id);
      if (message?.['type'] === 'user') userMessages++;
      if (Array.isArray(message?.['toolCalls'])) toolCalls += message['toolCalls'].length;
      this.messages.delete(id);
    }
    this.rewinds.push({
      line,
      target_id: targetId,
      found: index !== -1,
      messages: removed.length,
      user_messages: userMessages,
      tool_calls: toolCalls,
    });
  }
}
