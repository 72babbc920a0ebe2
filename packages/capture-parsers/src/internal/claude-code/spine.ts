import type { Observation, Step, TokenUsage, ToolCall } from '@opentraces/schema';
import type { JsonObject } from '../decode-line.js';
import type { FidelityCollector } from '../fidelity.js';
import type { RawLine } from '../split-lines.js';
import { asCount, asString, clip, errorSummary, isObject, TASK_DESCRIPTION_MAX } from '../values.js';
import {
  blocksOf,
  blockText,
  classifyUserText,
  commandName,
  FAILED_TASK_STATUS,
  INJECTED_CONTEXT,
  parseTaskNotification,
  savedOutputPath,
  thinkingText,
  toolResultText,
  type UserKind,
} from './content.js';

type UsageKey =
  | 'input_tokens'
  | 'output_tokens'
  | 'cache_read_tokens'
  | 'cache_write_tokens'
  | 'cache_write_1h_tokens';
const USAGE_FIELDS: readonly (readonly [UsageKey, string])[] = [
  ['input_tokens', 'input_tokens'],
  ['output_tokens', 'output_tokens'],
  ['cache_read_tokens', 'cache_read_input_tokens'],
  ['cache_write_tokens', 'cache_creation_input_tokens'],
];

/** Text with something besides white space (tested without copying the text, as `trim()` would). */
const NOT_BLANK = /\S/;

/** The model Claude Code writes on messages it made itself (API errors, "No response requested."). */
export const SYNTHETIC_MODEL = '<synthetic>';

export interface AgentDraft {
  readonly role: 'agent';
  readonly timestamp: string | null;
  /** 1-based line of its first line. */
  readonly line: number;
  /** Tree node numbers of its lines (one API response is written as several lines). */
  readonly nodes: number[];
  model: string | null;
  readonly texts: string[];
  readonly thinking: string[];
  readonly toolCalls: ToolCall[];
  readonly observations: ClaudeObservation[];
  /** How many of its calls received a result, and how many results are saved-output previews. */
  paired: number;
  savedOutputs: number;
  usage: Partial<Record<UsageKey, number>> | null;
  /** The response's last stop reason (`end_turn`, `tool_use`, `max_tokens`, …). */
  stopReason: string | null;
  /** Names of the tools the request offered (2.1.x `api-request-shape`), when recorded. */
  toolsAvailable: readonly string[] | null;
}

export interface UserDraft {
  readonly role: 'user';
  readonly timestamp: string | null;
  readonly line: number;
  /** Its tree node number. */
  readonly node: number;
  readonly content: string;
  /** The text the user typed: `content` without IDE/system context blocks injected around it. */
  readonly typed: string;
  readonly kind: UserKind;
  /** tool_use ids whose results this line carries (it belongs wherever those calls are). */
  readonly results: readonly string[];
  /** A slash command (`kind: 'command'`): its name, and whether its body (a skill) was expanded. */
  readonly command: string | null;
  skill: boolean;
}

/** An event of the session that is not a message: a context compaction, a background task's report. */
export interface SystemDraft {
  readonly role: 'system';
  readonly timestamp: string | null;
  readonly line: number;
  readonly node: number;
  readonly marker: 'compacted' | 'task-notification';
  readonly content: string;
  /** Compaction: the summary the conversation continued from (the `isCompactSummary` message). */
  summary: string | null;
}

export type Draft = AgentDraft | UserDraft | SystemDraft;

/** Marks an observation whose content is a preview of an output saved apart (`tool-results/…`). */
export interface SavedOutput {
  /** Companion path, or null when the pointer names no `tool-results/` file. */
  readonly file: string | null;
  /** The full output replaced the preview (the companion file was given). */
  readonly restored: boolean;
}

/** An observation, with the saved-output marker this parser adds. */
export type ClaudeObservation = Observation & { saved_output?: SavedOutput };

export function savedOutputOf(observation: Observation): SavedOutput | undefined {
  return (observation as ClaudeObservation).saved_output;
}

/**
 * The messages of a Claude Code transcript, built line by line, in line order: user prompts become
 * user drafts, the lines of one API response (same `message.id`) merge into one agent draft,
 * tool_result blocks attach to the draft that issued the matching tool_use, compactions and
 * background-task reports become system drafts. Which drafts are steps is decided when the record
 * is built, from the tree (`ClaudeTree`): only those on the active path.
 */
export class ClaudeSpine {
  readonly drafts: Draft[] = [];
  private readonly byMessageId = new Map<string, AgentDraft>();
  /** The draft of each tool_use id. */
  readonly byToolUseId = new Map<string, AgentDraft>();
  /** tool_use ids that received a result. */
  private readonly paired = new Set<string>();
  /** Sub-agent / background task id → the tool_use id that started it (from results and progress). */
  readonly spawned = new Map<string, string>();
  /** The last slash-command draft and its uuid: the isMeta line right under it is its body. */
  private lastCommand: { readonly uuid: unknown; readonly draft: UserDraft } | null = null;
  private lastSpawn: string | null = null;

  /** `subagent` when the file is a sub-agent transcript (`subagents/agent-*.jsonl`). */
  callType: 'main' | 'subagent' = 'main';

  constructor(private readonly fidelity: FidelityCollector) {}

  addAssistant(line: JsonObject, at: RawLine, node: number, tools: readonly string[] | null): void {
    const message = isObject(line['message']) ? line['message'] : {};
    const messageId = asString(message['id']);
    let draft = messageId === undefined ? undefined : this.byMessageId.get(messageId);
    if (!draft) {
      draft = {
        role: 'agent',
        timestamp: asString(line['timestamp']) ?? null,
        line: at.line,
        nodes: [],
        model: null,
        texts: [],
        thinking: [],
        toolCalls: [],
        observations: [],
        paired: 0,
        savedOutputs: 0,
        usage: null,
        stopReason: null,
        toolsAvailable: tools,
      };
      this.drafts.push(draft);
      if (messageId !== undefined) this.byMessageId.set(messageId, draft);
    }
    draft.nodes.push(node);
    draft.model ??= asString(message['model']) ?? null;
    if (isObject(message['usage'])) draft.usage = mergeUsage(draft.usage, message['usage']);
    draft.stopReason = asString(message['stop_reason']) ?? draft.stopReason;
    const content = message['content'];
    if (typeof content === 'string') pushNonBlank(draft.texts, content);
    else if (Array.isArray(content)) {
      for (const block of content) {
        if (!isObject(block)) continue;
        const type = block['type'];
        if (type === 'text') pushNonBlank(draft.texts, block['text']);
        else if (type === 'tool_use') this.addToolUse(draft, block);
        else {
          const thinking = thinkingText(block);
          if (thinking !== undefined) draft.thinking.push(thinking);
        }
      }
    }
  }

  /** A user line: its text (if any) becomes a user or system draft unless `meta`; its tool results pair up. */
  addUser(line: JsonObject, at: RawLine, node: number, meta: boolean): void {
    const message = isObject(line['message']) ? line['message'] : {};
    const parts: string[] = [];
    const typed: string[] = [];
    const results: string[] = [];
    const toolUseResult = line['toolUseResult'];
    for (const block of blocksOf(message['content'])) {
      if (block['type'] === 'tool_result') {
        const id = this.addToolResult(block, at, toolUseResult);
        if (id !== undefined) results.push(id);
        continue;
      }
      const text = blockText(block);
      parts.push(text);
      if (!INJECTED_CONTEXT.test(text)) typed.push(text);
    }
    if (meta) {
      // The body of a slash command (a skill or custom command) is an isMeta line under it; the
      // body of a Skill tool call names that call instead (`sourceToolUseID`).
      const command = this.lastCommand;
      if (command && line['parentUuid'] === command.uuid && line['sourceToolUseID'] === undefined)
        command.draft.skill = true;
      return;
    }
    const content = parts.join('\n');
    if (!NOT_BLANK.test(content)) return;
    const timestamp = asString(line['timestamp']) ?? null;
    if (line['isCompactSummary'] === true) {
      this.compactSummary(content, at, node, timestamp);
      return;
    }
    const kind = classifyUserText(content);
    if (kind === 'task-notification') {
      this.drafts.push({
        role: 'system',
        timestamp,
        line: at.line,
        node,
        marker: kind,
        content,
        summary: null,
      });
      this.taskNotification(content);
      return;
    }
    const command = kind === 'command' ? (commandName(content) ?? null) : null;
    const draft: UserDraft = {
      role: 'user',
      timestamp,
      line: at.line,
      node,
      content,
      typed: typed.join('\n'),
      kind,
      results,
      command,
      skill: false,
    };
    this.drafts.push(draft);
    if (command !== null) this.lastCommand = { uuid: line['uuid'], draft };
  }

  /** A `compact_boundary`: the context was summarized; the summary follows as a user message. */
  addCompaction(line: JsonObject, at: RawLine, node: number): void {
    const timestamp = asString(line['timestamp']) ?? null;
    this.drafts.push({
      role: 'system',
      timestamp,
      line: at.line,
      node,
      marker: 'compacted',
      content: '[context compacted]',
      summary: null,
    });
  }

  /** A 2.1.x `agent_progress` line names the sub-agent a Task/Agent call started. */
  addSpawn(taskId: unknown, toolUseId: unknown): void {
    // A sub-agent's progress lines come in runs: the same id again needs no lookup.
    if (typeof taskId !== 'string' || typeof toolUseId !== 'string' || taskId === this.lastSpawn) return;
    this.lastSpawn = taskId;
    if (!this.spawned.has(taskId)) this.spawned.set(taskId, toolUseId);
  }

  /** The first real user prompt among `drafts` (not a slash command, interruption or report). */
  static taskDescription(drafts: readonly Draft[]): string | null {
    for (const draft of drafts) {
      if (draft.role === 'user' && draft.kind === 'prompt' && draft.typed.trim() !== '') {
        return clip(draft.typed, TASK_DESCRIPTION_MAX);
      }
    }
    return null;
  }

  /**
   * Steps of `drafts` (step_index 0 for now: the caller numbers the final list). `output` gives
   * the full text of a saved tool output (`tool-results/…`), when its companion file was given.
   */
  steps(drafts: readonly Draft[], output: (file: string) => string | undefined): Step[] {
    return drafts.map((draft): Step => {
      if (draft.role === 'user') {
        return { step_index: 0, role: 'user', content: draft.content, timestamp: draft.timestamp };
      }
      if (draft.role === 'system') {
        const content = draft.summary === null ? draft.content : `${draft.content}\n${draft.summary}`;
        return { step_index: 0, role: 'system', content, timestamp: draft.timestamp };
      }
      const synthetic = draft.model === SYNTHETIC_MODEL;
      const step: Step = {
        step_index: 0,
        role: 'agent',
        content: draft.texts.length > 0 ? draft.texts.join('\n\n') : null,
        reasoning_content: draft.thinking.length > 0 ? draft.thinking.join('\n\n') : null,
        model: draft.model,
        call_type: this.callType,
        tool_calls: draft.toolCalls,
        observations:
          draft.savedOutputs > 0 ? restoreOutputs(draft.observations, output) : draft.observations,
        timestamp: draft.timestamp,
      };
      // Shared with the state (records are read-only); the same list repeats for every request of a shape.
      if (draft.toolsAvailable) step.tools_available = draft.toolsAvailable as string[];
      // A synthetic message made no API call: its (zero) usage is not a model's.
      if (draft.usage && !synthetic) step.token_usage = draft.usage satisfies TokenUsage;
      if (draft.stopReason) step.stop_reason = draft.stopReason;
      return step;
    });
  }

  private compactSummary(content: string, at: RawLine, node: number, timestamp: string | null): void {
    const last = this.drafts.at(-1);
    if (last?.role === 'system' && last.marker === 'compacted' && last.summary === null) {
      last.summary = content;
      return;
    }
    // No boundary line before it (older versions): the summary stands for the compaction.
    this.drafts.push({
      role: 'system',
      timestamp,
      line: at.line,
      node,
      marker: 'compacted',
      content: '[context compacted]',
      summary: content,
    });
  }

  /** Pairs a background task's report with the call that started it, as one more observation. */
  private taskNotification(content: string): void {
    const report = parseTaskNotification(content);
    const callId =
      report.toolUseId ?? (report.taskId === undefined ? undefined : this.spawned.get(report.taskId));
    const owner = callId === undefined ? undefined : this.byToolUseId.get(callId);
    if (callId === undefined || !owner) return;
    const failed = report.status !== undefined && FAILED_TASK_STATUS.has(report.status);
    owner.observations.push({
      source_call_id: callId,
      content,
      output_summary: report.summary ?? null,
      error: failed ? (report.summary ?? report.status ?? null) : null,
    });
    this.pair(owner, callId);
  }

  /** Counts a call's first result on its draft (the record's counts need no lookup per call). */
  private pair(owner: AgentDraft, id: string): void {
    const before = this.paired.size;
    this.paired.add(id);
    if (this.paired.size !== before) owner.paired++;
  }

  private addToolUse(draft: AgentDraft, block: JsonObject): void {
    const id = asString(block['id']);
    if (id === undefined || this.byToolUseId.has(id)) return;
    const call: ToolCall = { tool_call_id: id, tool_name: asString(block['name']) ?? 'unknown' };
    if (block['input'] !== undefined) call.input = block['input'];
    draft.toolCalls.push(call);
    this.byToolUseId.set(id, draft);
  }

  /** Attaches a tool_result to its call; returns the tool_use id when it did. */
  private addToolResult(block: JsonObject, at: RawLine, toolUseResult: unknown): string | undefined {
    const id = asString(block['tool_use_id']);
    const owner = id === undefined ? undefined : this.byToolUseId.get(id);
    if (id === undefined || !owner) {
      const which =
        id === undefined ? 'without a tool_use_id' : `for unknown tool_use id ${JSON.stringify(id)}`;
      this.fidelity.report('warning', 'PARSE_ORPHAN_TOOL_RESULT', `tool_result ${which}; not attached`, at);
      return undefined;
    }
    const result = isObject(toolUseResult) ? toolUseResult : undefined;
    let text = toolResultText(block['content']);
    // A failed call may say why only in `toolUseResult`, written as a plain string.
    if (text === '' && typeof toolUseResult === 'string') text = toolUseResult;
    const isError = block['is_error'] === true;
    const observation: ClaudeObservation = {
      source_call_id: id,
      content: text,
      error: isError ? errorSummary(text) : null,
    };
    // Edit/Write results carry the applied hunks with line numbers: kept for attribution ranges.
    if (Array.isArray(result?.['structuredPatch']))
      observation['structured_patch'] = result['structuredPatch'];
    const saved = savedOutputPath(text, result);
    if (saved !== undefined) {
      observation.saved_output = { file: saved, restored: false };
      owner.savedOutputs++;
    }
    owner.observations.push(observation);
    this.pair(owner, id);
    // Background work reports back later (`<task-notification>`) under these ids.
    this.addSpawn(result?.['agentId'], id);
    this.addSpawn(result?.['backgroundTaskId'], id);
    return id;
  }
}

/** The observations with saved outputs replaced by their full text where the companion was given. */
function restoreOutputs(
  observations: ClaudeObservation[],
  output: (file: string) => string | undefined,
): Observation[] {
  let restored: ClaudeObservation[] | undefined;
  observations.forEach((observation, i) => {
    const file = observation.saved_output?.file;
    const text = file ? output(file) : undefined;
    if (text === undefined || !file) return;
    restored ??= [...observations];
    restored[i] = { ...observation, content: text, saved_output: { file, restored: true } };
  });
  return restored ?? observations;
}

function pushNonBlank(into: string[], value: unknown): void {
  if (typeof value === 'string' && NOT_BLANK.test(value)) into.push(value);
}

/**
 * Lines of one response repeat its usage (output_tokens may grow while streaming): keep the max.
 * Updates the draft's usage in place (a record already returned may share it: see `ParserSession.result`).
 */
function mergeUsage(current: AgentDraft['usage'], usage: JsonObject): NonNullable<AgentDraft['usage']> {
  const merged = current ?? {};
  for (const [key, source] of USAGE_FIELDS) {
    const value = asCount(usage[source]);
    if (value !== undefined) merged[key] = Math.max(merged[key] ?? 0, value);
  }
  // 2.x splits cache writes by time to live; the 1-hour part is priced higher.
  const oneHour = isObject(usage['cache_creation'])
    ? asCount(usage['cache_creation']['ephemeral_1h_input_tokens'])
    : undefined;
  if (oneHour !== undefined)
    merged.cache_write_1h_tokens = Math.max(merged.cache_write_1h_tokens ?? 0, oneHour);
  return merged;
}
