import type { Observation, Step, ToolCall } from '@opentraces/schema';
import type { JsonObject } from '../decode-line.js';
import {
  asCount,
  asString,
  clip,
  ERROR_SUMMARY_MAX,
  errorSummary,
  isObject,
  TASK_DESCRIPTION_MAX,
} from '../values.js';
import { geminiUsage, partsText, thoughtsText, toolResultText } from './content.js';

/** Tool call statuses after which the call has (or will never get) a result. */
const SETTLED_STATUSES: ReadonlySet<string> = new Set(['success', 'error', 'cancelled']);
/**
 * Text Gemini CLI itself sends as a user turn ("System: Please continue.", the `<session_context>`
 * it opens a session with), not typed by a person.
 */
const INJECTED_USER_TEXT = /^\s*(?:System: |<session_context>)/;
/** The exit code line of a `run_shell_command` result (`Exit Code: 2`; `(none)` when signalled). */
const SHELL_EXIT_CODE = /^Exit Code: (-?\d+)\s*$/m;
/** The first line of a shell result's `Output:` section. */
const SHELL_OUTPUT = /^Output: (.*)$/m;

export interface GeminiSteps {
  readonly steps: Step[];
  readonly taskDescription: string | null;
  readonly toolCalls: number;
  readonly toolCallsPaired: number;
  /** Sum of `tokens.thoughts`, or null when no message reported it. */
  readonly reasoningTokens: number | null;
  /** Message types met that Gemini CLI is not known to write (they make no step). */
  readonly unknownTypes: readonly string[];
}

/**
 * Gemini CLI messages (final state, in order) as steps: `user` → user step (or a system step for
 * text the CLI injects), `gemini` → one agent step with its thoughts, tool calls and their results
 * (recorded inside the same message), `info`/`warning`/`error` → system steps.
 */
export function buildGeminiSteps(messages: Iterable<JsonObject>, callType: 'main' | 'subagent'): GeminiSteps {
  const all = [...messages];
  const responses = toolResponses(all);
  const steps: Step[] = [];
  const unknownTypes = new Set<string>();
  let taskDescription: string | null = null;
  let toolCalls = 0;
  let toolCallsPaired = 0;
  let reasoningTokens: number | null = null;
  for (const message of all) {
    const type = asString(message['type']) ?? '(none)';
    const timestamp = asString(message['timestamp']) ?? null;
    const step_index = steps.length;
    if (type === 'gemini') {
      const calls = toolCallsOf(message, responses);
      toolCalls += calls.toolCalls.length;
      toolCallsPaired += calls.observations.length;
      const step: Step = {
        step_index,
        role: 'agent',
        content: partsText(message['content']) || null,
        reasoning_content: thoughtsText(message['thoughts']),
        model: asString(message['model']) ?? null,
        call_type: callType,
        tool_calls: calls.toolCalls,
        observations: calls.observations,
        timestamp,
      };
      const usage = geminiUsage(message['tokens']);
      if (usage) step.token_usage = usage;
      const thoughts = isObject(message['tokens']) ? asCount(message['tokens']['thoughts']) : undefined;
      if (thoughts !== undefined) reasoningTokens = (reasoningTokens ?? 0) + thoughts;
      steps.push(step);
      continue;
    }
    const content = partsText(message['content']);
    if (type === 'user') {
      // Tool results sent back to the model (Gemini CLI 0.61+ records them as a user message too):
      // already observations of the calls, not something a person said.
      if (content.trim() === '' || isToolResponse(message)) continue;
      const injected = INJECTED_USER_TEXT.test(content);
      steps.push({ step_index, role: injected ? 'system' : 'user', content, timestamp });
      const typed = message['displayContent'] === undefined ? content : partsText(message['displayContent']);
      if (taskDescription === null && !injected && isPrompt(typed))
        taskDescription = clip(typed, TASK_DESCRIPTION_MAX);
    } else if (type === 'info' || type === 'warning' || type === 'error') {
      if (content.trim() !== '') steps.push({ step_index, role: 'system', content, timestamp });
    } else unknownTypes.add(type);
  }
  return {
    steps,
    taskDescription,
    toolCalls,
    toolCallsPaired,
    reasoningTokens,
    unknownTypes: [...unknownTypes],
  };
}

/** A typed prompt: not blank, not a slash command (`/init`) or a shell escape (`!ls`). */
function isPrompt(typed: string): boolean {
  const head = typed.trimStart();
  return head !== '' && !head.startsWith('/') && !head.startsWith('!');
}

/** True for a `user` message whose parts are all `functionResponse`s (tool results). */
function isToolResponse(message: JsonObject): boolean {
  const content = message['content'];
  return (
    Array.isArray(content) &&
    content.length > 0 &&
    content.every((part) => isObject(part) && isObject(part['functionResponse']))
  );
}

/** The `functionResponse` parts of tool-result user messages, by call id. */
function toolResponses(messages: readonly JsonObject[]): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const message of messages) {
    if (message['type'] !== 'user' || !isToolResponse(message)) continue;
    for (const part of message['content'] as JsonObject[]) {
      const id = asString((part['functionResponse'] as JsonObject)['id']);
      if (id !== undefined && !byId.has(id)) byId.set(id, part);
    }
  }
  return byId;
}

/**
 * The error of a `run_shell_command` result that Gemini CLI marks `success` although the command
 * exited non-zero (`Exit Code: 2` in its output): `exit code N: <first output line>`.
 */
function shellError(name: string, text: string): string | null {
  if (name !== 'run_shell_command') return null;
  const code = SHELL_EXIT_CODE.exec(text)?.[1];
  if (code === undefined || code === '0') return null;
  const output = SHELL_OUTPUT.exec(text)?.[1]?.trim();
  return output && output !== '(empty)' ? `exit code ${code}: ${output}` : `exit code ${code}`;
}

/**
 * Tool calls of a `gemini` message; each call that settled (result or final status) is paired with
 * an observation. A call recorded without its result takes it from a tool-result user message.
 */
function toolCallsOf(
  message: JsonObject,
  responses: ReadonlyMap<string, JsonObject>,
): { toolCalls: ToolCall[]; observations: Observation[] } {
  const toolCalls: ToolCall[] = [];
  const observations: Observation[] = [];
  const records = Array.isArray(message['toolCalls']) ? message['toolCalls'] : [];
  records.forEach((record, index) => {
    if (!isObject(record)) return;
    const id = asString(record['id']) ?? `${asString(message['id']) ?? 'message'}#${index}`;
    const call: ToolCall = { tool_call_id: id, tool_name: asString(record['name']) ?? 'unknown' };
    if (record['args'] !== undefined) call.input = record['args'];
    toolCalls.push(call);
    const status = asString(record['status']);
    const recorded = record['result'];
    const hasRecorded = Array.isArray(recorded)
      ? recorded.length > 0
      : recorded !== undefined && recorded !== null;
    const result = hasRecorded ? recorded : responses.get(id);
    if (result === undefined && !(status !== undefined && SETTLED_STATUSES.has(status))) return;
    const { text, error } = toolResultText(result);
    const failed = status === 'error' || status === 'cancelled' || (status === undefined && error !== null);
    const shell = failed ? null : shellError(call.tool_name, text);
    observations.push({
      source_call_id: id,
      content: text,
      error: failed
        ? errorSummary(error ?? (text || `tool call ${status ?? 'failed'}`))
        : shell && clip(shell, ERROR_SUMMARY_MAX),
    });
  });
  return { toolCalls, observations };
}
