import type { ParseResult } from '../contract.js';
import type { JsonObject } from '../decode-line.js';
import type { FidelityCollector } from '../fidelity.js';
import { TimeRange } from '../record-parts.js';
import type { BuildContext, LineParserCore } from '../session.js';
import type { RawLine } from '../split-lines.js';
import { asString, isObject } from '../values.js';
import { buildPiRecord } from './record.js';
import { PiTree } from './tree.js';

/** Entry types of Pi session files (format v1 to v3). */
export const KNOWN_ENTRY_TYPES: ReadonlySet<string> = new Set([
  'session',
  'message',
  'model_change',
  'thinking_level_change',
  'compaction',
  'branch_summary',
  'custom',
  'custom_message',
  'label',
  'session_info',
]);

/** Message roles Pi writes (`hookMessage` is the v2 name of `custom`). */
export const KNOWN_ROLES: ReadonlySet<string> = new Set([
  'user',
  'assistant',
  'toolResult',
  'bashExecution',
  'custom',
  'hookMessage',
  'branchSummary',
  'compactionSummary',
]);

/** One Pi session file read line by line: the header's facts and every entry of the tree. */
export class PiSession implements LineParserCore {
  readonly tree = new PiTree();
  readonly time = new TimeRange();
  header: JsonObject | null = null;
  sessionName: string | null = null;
  /** Providers in order of first use (assistant messages and model changes). */
  readonly providers: string[] = [];

  constructor(readonly fidelity: FidelityCollector) {}

  /** The record of the lines read so far (changes nothing: more lines may follow). */
  build(context: BuildContext): ParseResult {
    const done = buildPiRecord(this, context);
    return {
      record: done.record,
      fidelity: this.fidelity.finish(done.toolCalls, done.toolCallsPaired, done.diagnostics),
    };
  }

  line(value: JsonObject, raw: RawLine): void {
    const type = asString(value['type']) ?? '(none)';
    const message = isObject(value['message']) ? value['message'] : null;
    const role = message ? (asString(message['role']) ?? '(none)') : null;
    const kind = type === 'message' && role !== null ? `message:${role}` : type;
    this.fidelity.parsed(kind, KNOWN_ENTRY_TYPES.has(type) && (role === null || KNOWN_ROLES.has(role)));
    this.time.observe(value['timestamp']);
    if (type === 'session') {
      this.header ??= value;
      this.observeProvider(value['provider']);
      return;
    }
    if (type === 'session_info') this.sessionName = asString(value['name'])?.trim() || this.sessionName;
    if (type === 'model_change') this.observeProvider(value['provider']);
    if (role === 'assistant') this.observeProvider(message?.['provider']);
    this.tree.add(value, raw.line, raw.byteOffset);
  }

  private observeProvider(value: unknown): void {
    if (typeof value === 'string' && value && !this.providers.includes(value)) this.providers.push(value);
  }
}
