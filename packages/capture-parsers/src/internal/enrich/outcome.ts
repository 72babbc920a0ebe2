import type { Outcome, TraceRecord } from '@opentraces/schema';
import { splitCommands, stripWrappers } from './shell-words.js';
import { commandOf, isObject, succeeded, type ToolUse } from './tools.js';

/** git's own options that come before the subcommand and take a value (`git -C dir commit`). */
const GIT_VALUE_OPTIONS = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path']);

/** True when one of the script's commands is `git … commit` (not `--dry-run`). */
export function isGitCommit(script: string): boolean {
  return splitCommands(script).some((command) => {
    const words = stripWrappers(command);
    if (words[0] !== 'git') return false;
    let i = 1;
    while (i < words.length && (words[i] ?? '').startsWith('-'))
      i += GIT_VALUE_OPTIONS.has(words[i] ?? '') ? 2 : 1;
    return words[i] === 'commit' && !words.includes('--dry-run');
  });
}

/** `[main 1a2b3c4] subject` / `[main (root-commit) 1a2b3c4] subject`: what `git commit` prints. */
const COMMIT_LINE = /^\[[^\]\n]*? (?:\(root-commit\) )?([0-9a-f]{7,40})\] /m;

/**
 * The sha of the last commit the session made: a shell call that ran `git commit`, did not fail
 * (no observation error, exit code 0 where the output reports one) and printed the commit line.
 */
export function findCommit(uses: readonly ToolUse[]): string | undefined {
  let sha: string | undefined;
  for (const use of uses) {
    if (use.kind !== 'shell' || !succeeded(use)) continue;
    const script = commandOf(use.input);
    if (!script || !isGitCommit(script)) continue;
    const output = commandOutput(use.result?.content ?? '');
    if (output === undefined) continue;
    const found = COMMIT_LINE.exec(output)?.[1];
    if (found) sha = found;
  }
  return sha;
}

/** The output text of a shell result, or undefined when the result reports a non-zero exit code. */
function commandOutput(content: string): string | undefined {
  let text = content;
  if (content.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(content); // Codex (older): {"output": …, "metadata": {"exit_code": …}}
      if (isObject(parsed) && typeof parsed['output'] === 'string') {
        const metadata = parsed['metadata'];
        const code = isObject(metadata) ? metadata['exit_code'] : undefined;
        if (typeof code === 'number' && code !== 0) return undefined;
        text = parsed['output'];
      }
    } catch {
      // plain text that starts with a brace
    }
  }
  // Codex exec_command: `Process exited with code N`; Gemini CLI run_shell_command: `Exit Code: N`.
  const exit = /^(?:Process exited with code|Exit code:?) (\d+)\s*$/im.exec(text);
  if (exit && exit[1] !== '0') return undefined;
  return text;
}

const STOP_REASONS: Readonly<Record<string, NonNullable<Outcome['terminal_state']>>> = {
  end_turn: 'goal_reached',
  stop: 'goal_reached',
  stop_sequence: 'goal_reached',
  completed: 'goal_reached',
  refusal: 'error',
  error: 'error',
  aborted: 'interrupted',
  interrupted: 'interrupted',
  turn_aborted: 'interrupted',
};

/**
 * `terminal_state` from what the record says about how the session ended: a last user step that
 * is Claude Code's `[Request interrupted by user…]` → `interrupted`; else a stop reason a parser
 * recorded (`metadata.stop_reason`, or `stop_reason` on the last agent step: `end_turn`/`stop` →
 * `goal_reached`, `refusal`/`error` → `error`, `aborted`/`turn_aborted` → `interrupted`); else a
 * Claude Code `result` subtype in `metadata.result_subtype` (`success` → `goal_reached`,
 * `error_…` → `error`). Undefined when none of these is there.
 */
export function findTerminalState(record: TraceRecord): Outcome['terminal_state'] | undefined {
  const last = record.steps[record.steps.length - 1];
  if (last?.role === 'user' && (last.content ?? '').trimStart().startsWith('[Request interrupted by user')) {
    return 'interrupted';
  }
  const metadata = record.metadata ?? {};
  const lastAgent = [...record.steps].reverse().find((step) => step.role === 'agent') as
    | Record<string, unknown>
    | undefined;
  for (const reason of [metadata['stop_reason'], lastAgent?.['stop_reason']]) {
    if (typeof reason === 'string' && Object.hasOwn(STOP_REASONS, reason)) return STOP_REASONS[reason];
  }
  const subtype = metadata['result_subtype'];
  if (subtype === 'success') return 'goal_reached';
  if (typeof subtype === 'string' && subtype.startsWith('error')) return 'error';
  return undefined;
}
