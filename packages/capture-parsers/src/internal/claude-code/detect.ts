import { sampleHasLine } from '../json-lines.js';
import { isObject } from '../values.js';

/**
 * Line types Claude Code writes (1.0.x to 2.1.330, from the corpus and from real 2.1.330 runs);
 * anything else is counted as unknown.
 */
export const KNOWN_LINE_TYPES: ReadonlySet<string> = new Set([
  'user',
  'assistant',
  'system',
  'summary',
  'progress',
  'file-history-snapshot',
  'file-history-delta',
  'queue-operation',
  'attachment',
  'result',
  'last-prompt',
  'custom-title',
  'ai-title',
  'agent-name',
  'agent-setting',
  'permission-mode',
  'pr-link',
  'bridge-session',
  'worktree-state',
  'api-request',
  'api-request-shape',
  'api-request-blob',
  'atis-latch',
  'cost-state',
  'tools-used',
  'mode',
]);

const MAX_LINES_EXAMINED = 20;
// A first line cut off by the sample window still shows Claude Code's leading keys.
const CUT_MESSAGE_LINE = /^\{\s*"parentUuid"\s*:.*"isSidechain"\s*:.*"sessionId"\s*:/;
const CUT_SIDE_LINE = /^\{\s*"type"\s*:\s*"(summary|file-history-snapshot|queue-operation)"\s*,/;

/**
 * True when the sample (the start of a file) looks like a Claude Code session transcript: one of
 * its first lines is a Claude Code message line (`parentUuid` + `sessionId` + `uuid` + `type`) or a
 * Claude Code side record (`summary` with `leafUuid`, `file-history-snapshot`, `queue-operation`).
 */
export function detectClaudeCode(sample: string): boolean {
  return sampleHasLine(
    sample,
    MAX_LINES_EXAMINED,
    looksLikeClaudeLine,
    (text) => CUT_MESSAGE_LINE.test(text) || CUT_SIDE_LINE.test(text),
  );
}

function looksLikeClaudeLine(line: Record<string, unknown>): boolean {
  const type = line['type'];
  if (typeof type !== 'string') return false;
  if ('parentUuid' in line && typeof line['sessionId'] === 'string' && typeof line['uuid'] === 'string')
    return true;
  if (type === 'summary') return typeof line['leafUuid'] === 'string';
  if (type === 'file-history-snapshot')
    return typeof line['messageId'] === 'string' && isObject(line['snapshot']);
  if (type === 'queue-operation')
    return typeof line['operation'] === 'string' && typeof line['sessionId'] === 'string';
  return false;
}
