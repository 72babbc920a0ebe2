// Runs the real Claude Code (`claude -p`) against agent-sim in a temp HOME with no other network.
import { join } from 'node:path';
import { NETNS_PORT } from './isolate.js';
import {
  clientEnv,
  clientRun,
  runPrompts,
  runPromptsOf,
  startClientRun,
  transcriptsUnder,
} from './run-dir.js';

/**
 * @typedef {'session' | 'subagent' | 'subagent-meta' | 'tool-result' | 'other'} TranscriptKind
 * @typedef {{ path: string, relativePath: string, bytes: number, kind: TranscriptKind }} TranscriptFile
 * @typedef {{ client: { name: string, version: string, bin: string }, exitCode: number | null,
 *   timedOut: boolean, stdout: string, stderr: string, result: Record<string, any> | null,
 *   results?: Array<Record<string, any> | null>,
 *   root: string, home: string, cwd: string, scenario: any, transcripts: TranscriptFile[],
 *   requests: import('../server.js').RecordedRequest[], turnsServed: number, ms: number,
 *   cleanup: () => Promise<void> }} ClientRun
 */

/** Environment every Claude Code run gets (on top of PATH/HOME and the caller's `env`). */
export const CLAUDE_ENV = Object.freeze({
  ANTHROPIC_API_KEY: 'dummy',
  DISABLE_TELEMETRY: '1',
  CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
  DISABLE_AUTOUPDATER: '1',
});

/**
 * Starts agent-sim with `scenario`, runs `claude -p <prompt> --allowedTools <tools> --output-format
 * json` in `cwd` (default: a fresh temp folder) with a fresh HOME, inside `unshare -n`, and returns
 * what it wrote under `<HOME>/.claude/projects/` (sessions, `subagents/`, `tool-results/`).
 * `prompt`, `allowedTools` and `model` default to the scenario's `prompt` / `allowed_tools` /
 * `model` (`--model`; else Claude Code's default); `{{cwd}}` and
 * `{{home}}` in the scenario are filled in. Call `cleanup()` when done with the files.
 * With several `prompts` (or `scenario.prompts`), runs `claude -p` once per prompt, each after the
 * first with `--resume <session_id>` (a resumed multi-turn session); `result` is the last one's.
 * @param {{ scenario: Record<string, any>, cwd?: string, prompt?: string, prompts?: string[],
 *   allowedTools?: string[], model?: string,
 *   env?: Record<string, string>, args?: string[], version?: string, cacheDir?: string,
 *   timeoutMs?: number, workRoot?: string,
 *   prepare?: (dirs: { root: string, home: string, cwd: string }) => void | Promise<void> }} options
 *   `prepare` runs once HOME and cwd exist, before the first `claude` starts (e.g. to install hooks).
 * @returns {Promise<ClientRun>}
 */
export async function runClaude(options) {
  const { client, run } = await startClientRun('claude-code', 'claude', options);
  if (options.prepare) await options.prepare({ root: run.root, home: run.home, cwd: run.cwd });
  const prompts = runPromptsOf(options, run.scenario, 'runClaude');
  const tools = options.allowedTools ?? run.scenario.allowed_tools ?? [];
  const model = options.model ?? run.scenario.model;
  const env = clientEnv(run, {
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${NETNS_PORT}`,
    ...CLAUDE_ENV,
    ...options.env,
  });
  const { procs, results } = await runPrompts({
    client,
    run,
    prompts,
    env,
    timeoutMs: options.timeoutMs ?? 90_000,
    argsFor: (prompt, done) => {
      // Later prompts resume the session the first one started (`--resume <session_id>`).
      const resume = done[0]?.['session_id'];
      const args = ['-p', prompt, '--output-format', 'json'];
      if (typeof resume === 'string') args.push('--resume', resume);
      if (tools.length > 0) args.push('--allowedTools', tools.join(','));
      if (typeof model === 'string') args.push('--model', model);
      return [...args, ...(options.args ?? [])];
    },
  });
  const transcripts = transcriptsUnder(join(run.home, '.claude', 'projects'), classifyClaudeFile);
  return clientRun({ client, run, procs, result: results.at(-1) ?? null, results, transcripts });
}

/**
 * What a file under `~/.claude/projects/` is, from its path relative to that folder.
 * @param {string} relativePath e.g. `-tmp-x/<session>.jsonl`, `-tmp-x/<session>/subagents/agent-1.jsonl`
 * @returns {TranscriptKind}
 */
export function classifyClaudeFile(relativePath) {
  const parts = relativePath.split('/');
  if (parts.length === 2 && relativePath.endsWith('.jsonl')) return 'session';
  if (parts.includes('subagents')) return relativePath.endsWith('.jsonl') ? 'subagent' : 'subagent-meta';
  if (parts.includes('tool-results')) return 'tool-result';
  return 'other';
}
