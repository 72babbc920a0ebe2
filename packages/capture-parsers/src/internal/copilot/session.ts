import { encodeUtf8, sha256Hex } from '@opentraces/schema';
import type { ParseResult } from '../contract.js';
import type { JsonObject } from '../decode-line.js';
import type { FidelityCollector } from '../fidelity.js';
import { TimeRange } from '../record-parts.js';
import type { BuildContext, LineParserCore } from '../session.js';
import type { RawLine } from '../split-lines.js';
import { asString, clip, isObject, TASK_DESCRIPTION_MAX } from '../values.js';
import { HISTORY_EVENT_TYPES, KNOWN_EVENT_TYPES } from './events.js';
import { buildCopilotRecord } from './record.js';
import { CopilotSpine } from './spine.js';

/** Repository facts of `session.start` / `session.context_changed`. */
export interface CopilotContext {
  readonly cwd: string | null;
  readonly branch: string | null;
  readonly headCommit: string | null;
  readonly repository: string | null;
}

/**
 * One Copilot CLI `events.jsonl`, read event by event (`{type, data, id, timestamp, parentId}`).
 * Events of a sub-agent (`data.parentToolCallId`) stay out of the main spine and are counted.
 */
export class CopilotSession implements LineParserCore {
  readonly spine: CopilotSpine;
  readonly time = new TimeRange();
  sessionId: string | null = null;
  version: string | null = null;
  startContext: CopilotContext | null = null;
  lastContext: CopilotContext | null = null;
  taskDescription: string | null = null;
  /** `session.shutdown` data: the session's usage totals per model, when the session ended cleanly. */
  shutdown: JsonObject | null = null;
  taskComplete: boolean | null = null;
  subagentEvents = 0;
  readonly historyEvents: Record<string, number> = {};
  readonly systemPrompts: Record<string, string> = {};
  private model: string | null = null;
  private systemPromptHash: string | null = null;
  private reasoning: string | null = null;

  constructor(readonly fidelity: FidelityCollector) {
    this.spine = new CopilotSpine(fidelity);
  }

  /** The record of the events read so far (changes nothing: more events may follow). */
  build(context: BuildContext): ParseResult {
    const done = buildCopilotRecord(this, context);
    return {
      record: done.record,
      fidelity: this.fidelity.finish(done.toolCalls, done.toolCallsPaired, done.diagnostics),
    };
  }

  line(event: JsonObject, raw: RawLine): void {
    const type = asString(event['type']) ?? '(none)';
    this.fidelity.parsed(type, KNOWN_EVENT_TYPES.has(type));
    const data = isObject(event['data']) ? event['data'] : {};
    const timestamp = asString(event['timestamp']) ?? null;
    this.time.observe(timestamp);
    if (typeof data['parentToolCallId'] === 'string') {
      this.subagentEvents++;
      return;
    }
    if (HISTORY_EVENT_TYPES.has(type)) this.historyEvents[type] = (this.historyEvents[type] ?? 0) + 1;
    const ms = timestamp === null ? Number.NaN : Date.parse(timestamp);
    switch (type) {
      case 'session.start':
      case 'session.resume':
        this.sessionId ??= asString(data['sessionId']) ?? null;
        this.version = asString(data['copilotVersion']) ?? this.version;
        this.observeContext(data['context']);
        this.model = asString(data['selectedModel']) ?? this.model;
        break;
      case 'session.context_changed':
        this.observeContext(data);
        break;
      case 'session.model_change':
        this.model = asString(data['newModel']) ?? this.model;
        break;
      case 'assistant.turn_start':
        this.model = asString(data['model']) ?? this.model;
        break;
      case 'system.message':
        this.observeSystemPrompt(data);
        break;
      case 'user.message':
        this.addUserMessage(data, timestamp);
        break;
      case 'assistant.reasoning':
        this.reasoning = asString(data['content']) || this.reasoning;
        break;
      case 'assistant.message':
        this.spine.addAgent(data, {
          timestamp,
          model: this.model,
          systemPromptHash: this.systemPromptHash,
          reasoning: this.reasoning,
        });
        this.reasoning = null;
        break;
      case 'assistant.usage':
        this.spine.addUsage(data);
        break;
      case 'tool.execution_start':
        this.spine.toolStarted(data, ms);
        break;
      case 'tool.execution_complete':
        this.spine.toolCompleted(data, raw, ms);
        break;
      case 'session.error':
        this.spine.addText('system', asString(data['message']) ?? '', timestamp);
        break;
      case 'session.task_complete':
        if (typeof data['success'] === 'boolean') this.taskComplete = data['success'];
        break;
      case 'session.shutdown':
        this.shutdown = data;
        break;
    }
  }

  private addUserMessage(data: JsonObject, timestamp: string | null): void {
    const typed = asString(data['content']) ?? '';
    const source = asString(data['source']);
    const fromPerson = (source === undefined || source === 'user') && typed.trim() !== '';
    if (!fromPerson) {
      // Text the CLI injects (reminders, instruction discovery, autopilot nudges): what the model saw.
      this.spine.addText('system', asString(data['transformedContent']) || typed, timestamp);
      return;
    }
    const attachments = Array.isArray(data['attachments']) ? data['attachments'].filter(isObject) : [];
    const notes = attachments.map((attachment) => {
      const where = asString(attachment['path']) ?? asString(attachment['displayName']);
      return `[attachment: ${asString(attachment['type']) ?? 'unknown'}${where ? ` ${where}` : ''}]`;
    });
    this.spine.addText('user', [typed, ...notes].join('\n'), timestamp);
    this.taskDescription ??= clip(typed, TASK_DESCRIPTION_MAX) || null;
  }

  private observeSystemPrompt(data: JsonObject): void {
    const content = asString(data['content']);
    if (content === undefined) return;
    this.systemPromptHash = sha256Hex(encodeUtf8(content));
    this.systemPrompts[this.systemPromptHash] = content;
  }

  private observeContext(value: unknown): void {
    if (!isObject(value)) return;
    const context: CopilotContext = {
      cwd: asString(value['cwd']) ?? null,
      branch: asString(value['branch']) ?? null,
      headCommit: asString(value['headCommit']) ?? null,
      repository: asString(value['repository']) ?? null,
    };
    this.startContext ??= context;
    this.lastContext = context;
  }
}
