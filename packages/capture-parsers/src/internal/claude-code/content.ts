import type { JsonObject } from '../decode-line.js';
import { asString, isObject } from '../values.js';

/** The content blocks of a message (`content` may be a string, an array of blocks, or missing). */
export function blocksOf(content: unknown): readonly JsonObject[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content) ? content.filter(isObject) : [];
}

/** A tool_result's `content` as text: a string as is, an array of blocks as their joined text. */
export function toolResultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content))
    return content === undefined || content === null ? '' : JSON.stringify(content);
  const parts: string[] = [];
  for (const block of content) {
    if (typeof block === 'string') parts.push(block);
    else if (isObject(block)) parts.push(blockText(block));
  }
  return parts.join('\n');
}

/** Text of one block; non-text blocks become a short placeholder such as `[image: image/png]`. */
export function blockText(block: JsonObject): string {
  if (block['type'] === 'text') return asString(block['text']) ?? '';
  if (block['type'] === 'image') {
    const source = isObject(block['source']) ? block['source'] : {};
    const media = asString(source['media_type']);
    return media ? `[image: ${media}]` : '[image]';
  }
  return `[${asString(block['type']) ?? 'block'}]`;
}

/** Stand-in `reasoning_content` for a `redacted_thinking` block (encrypted by the API, never readable). */
export const REDACTED_THINKING = '[redacted thinking]';
/** Stand-in for a thinking block with a signature but no text (the client did not keep the thinking). */
export const OMITTED_THINKING = '[thinking omitted]';

/** The reasoning a thinking-like block contributes: its text, a placeholder, or nothing. */
export function thinkingText(block: JsonObject): string | undefined {
  if (block['type'] === 'redacted_thinking') return REDACTED_THINKING;
  if (block['type'] !== 'thinking') return undefined;
  const text = block['thinking'];
  if (typeof text === 'string' && /\S/.test(text)) return text;
  const signature = block['signature'];
  return typeof signature === 'string' && signature !== '' ? OMITTED_THINKING : undefined;
}

/** Context Claude Code adds to a user message next to what the user typed (IDE selection, reminders). */
export const INJECTED_CONTEXT = /^\s*<(ide_[a-z_]+|system-reminder)>/;

export type UserKind = 'prompt' | 'command' | 'interrupt' | 'task-notification';

/** What kind of user text this is; only `prompt`s can be the task description. */
export function classifyUserText(content: string): UserKind {
  const head = content.trimStart();
  if (head.startsWith('<command-') || head.startsWith('<local-command-')) return 'command';
  if (head.startsWith('[Request interrupted')) return 'interrupt';
  if (head.startsWith('<task-notification>')) return 'task-notification';
  return 'prompt';
}

/** The slash command of a `<command-name>/name</command-name>` user line, without the slash. */
export function commandName(content: string): string | undefined {
  const match = /<command-name>\s*\/?([^<\s]+)\s*<\/command-name>/.exec(content);
  return match?.[1];
}

/** What a `<task-notification>` (a background Agent or shell finished) says about its task. */
export interface TaskNotification {
  readonly toolUseId?: string;
  readonly taskId?: string;
  readonly status?: string;
  readonly summary?: string;
}

export function parseTaskNotification(content: string): TaskNotification {
  const tag = (name: string) => {
    const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(content);
    const value = match?.[1]?.trim();
    return value ? value : undefined;
  };
  const notification: Record<string, string> = {};
  for (const [key, name] of [
    ['toolUseId', 'tool-use-id'],
    ['taskId', 'task-id'],
    ['status', 'status'],
    ['summary', 'summary'],
  ] as const) {
    const value = tag(name);
    if (value !== undefined) notification[key] = value;
  }
  return notification;
}

/** Statuses of a notification that mean the task did not succeed. */
export const FAILED_TASK_STATUS: ReadonlySet<string> = new Set(['failed', 'killed', 'error', 'cancelled']);

const PERSISTED_OUTPUT = '<persisted-output>';
const SAVED_TO = /Full output saved to: (\S+)/;

/**
 * Where Claude Code 2.1.x saved a large tool output that the transcript replaced by a preview
 * (`<persisted-output>…Full output saved to: <path>…`): the companion path `tool-results/<name>`,
 * null when the output was saved but the pointer names no `tool-results/` file (e.g. redacted),
 * undefined when the result is not a saved output.
 */
export function savedOutputPath(text: string, result: JsonObject | undefined): string | null | undefined {
  const persisted = asString(result?.['persistedOutputPath']);
  // The stub is the whole result: no need to search a large output for it.
  if (persisted === undefined && !text.startsWith(PERSISTED_OUTPUT)) return undefined;
  const path = persisted ?? SAVED_TO.exec(text)?.[1] ?? '';
  const at = path.lastIndexOf('/tool-results/');
  return at === -1 ? null : `tool-results/${path.slice(at + '/tool-results/'.length)}`;
}
