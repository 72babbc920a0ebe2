import type { ParseResult } from '../contract.js';
import type { JsonObject } from '../decode-line.js';
import { FidelityCollector } from '../fidelity.js';
import { type BuildContext, defineLineParser, type LineParserCore, reviveAs } from '../session.js';
import type { RawLine } from '../split-lines.js';
import { asString, isObject } from '../values.js';
import { buildCodexRecord, CODEX_AGENT } from './build-record.js';
import { detectCodex } from './detect.js';
import { applyEvent } from './events.js';
import { CodexFacts } from './facts.js';
import { applyResponseItem } from './items.js';
import { KNOWN_EVENTS, KNOWN_LINE_TYPES, KNOWN_RESPONSE_ITEMS } from './known-types.js';
import { CodexSpine } from './spine.js';
import { newUsageState, type UsageState } from './usage.js';

/**
 * A Codex rollout read one line at a time: `line()` per decoded line, `build()` for the record.
 * Its state (facts, spine, usage) is plain data, so a parse can later resume from a byte offset.
 */
export class CodexParser implements LineParserCore {
  readonly fidelity: FidelityCollector;
  readonly facts = new CodexFacts();
  readonly spine: CodexSpine;
  readonly usage: UsageState = newUsageState();

  constructor(fileName: string | null) {
    this.fidelity = new FidelityCollector(fileName);
    this.spine = new CodexSpine(this.fidelity);
  }

  /** Routes one decoded line: an envelope `{timestamp, type, payload}` or a 2025 bare line. */
  line(value: JsonObject, raw: RawLine): void {
    const type = asString(value['type']);
    const payload = value['payload'];
    if (type !== undefined && isObject(payload)) {
      this.envelope(type, payload, value, raw);
      return;
    }
    if (type === undefined && value['record_type'] === 'state') {
      this.fidelity.parsed('record_type:state', true);
      return;
    }
    if (type === undefined && typeof value['id'] === 'string' && 'timestamp' in value) {
      this.fidelity.parsed('session_meta', true);
      this.facts.legacy = true;
      this.facts.sessionMeta(value);
      return;
    }
    if (type !== undefined && KNOWN_RESPONSE_ITEMS.has(type)) {
      this.fidelity.parsed(`response_item:${type}`, true);
      applyResponseItem(value, null, raw, this);
      return;
    }
    this.fidelity.parsed(type ?? '(none)', false);
  }

  build(context: BuildContext): ParseResult {
    const record = buildCodexRecord({ facts: this.facts, spine: this.spine, usage: this.usage, ...context });
    return { record, fidelity: this.fidelity.finish(this.spine.callOwner.size, this.spine.paired.size) };
  }

  private envelope(type: string, payload: JsonObject, value: JsonObject, raw: RawLine): void {
    const timestamp = asString(value['timestamp']) ?? null;
    this.facts.timestamp(timestamp);
    const inner = asString(payload['type']) ?? '(none)';
    switch (type) {
      case 'session_meta':
        this.fidelity.parsed(type, true);
        this.facts.sessionMeta(payload);
        return;
      case 'turn_context':
        this.fidelity.parsed(type, true);
        this.facts.turnContext(payload);
        this.spine.model = this.facts.model;
        this.spine.close();
        return;
      case 'response_item':
        this.fidelity.parsed(`response_item:${inner}`, KNOWN_RESPONSE_ITEMS.has(inner));
        applyResponseItem(payload, timestamp, raw, this);
        return;
      case 'event_msg':
        this.fidelity.parsed(`event_msg:${inner}`, KNOWN_EVENTS.has(inner));
        applyEvent(payload, timestamp, this);
        return;
      case 'compacted': {
        this.fidelity.parsed(type, true);
        const message = asString(payload['message'])?.trim() ?? '';
        this.spine.system(`[context compacted]${message ? `\n${message}` : ''}`, timestamp, 'compacted');
        return;
      }
      default:
        this.fidelity.parsed(type, KNOWN_LINE_TYPES.has(type));
    }
  }
}

/** Codex CLI rollouts (`~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl`). Never throws on bad input. */
export const codexParser = defineLineParser({
  agent: CODEX_AGENT,
  formats: ['codex-rollout-jsonl'],
  detect: detectCodex,
  create: (fileName) => new CodexParser(fileName),
  revive(data) {
    const core = reviveAs(data, CodexParser);
    reviveAs(core.fidelity, FidelityCollector);
    reviveAs(core.facts, CodexFacts);
    reviveAs(core.spine, CodexSpine);
    return core;
  },
});
