// Runs the real Gemini CLI (`gemini -p`) against agent-sim in a temp HOME with no other network.
import { mkdirSync, writeFileSync } from 'node:fs';
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
 * @typedef {import('./run-claude.js').ClientRun} ClientRun
 * @typedef {import('./run-claude.js').TranscriptKind} TranscriptKind
 */

/** Environment every Gemini CLI run gets (on top of PATH/HOME and the caller's `env`). */
export const GEMINI_ENV = Object.freeze({
  GEMINI_API_KEY: 'dummy',
  // Headless runs refuse an untrusted folder (exit 55) without this or `--skip-trust`.
  GEMINI_CLI_TRUST_WORKSPACE: 'true',
  GEMINI_TELEMETRY_ENABLED: 'false',
});

/**
 * `~/.gemini/settings.json` of a run: API-key auth (headless mode exits 41, "Invalid auth method
 * selected", without a selected type), usage statistics, telemetry and update checks off.
 */
export const GEMINI_SETTINGS = Object.freeze({
  security: { auth: { selectedType: 'gemini-api-key' } },
  privacy: { usageStatisticsEnabled: false },
  telemetry: { enabled: false },
  general: { enableAutoUpdate: false, enableAutoUpdateNotification: false },
});

/**
 * Starts agent-sim with `scenario`, writes `<HOME>/.gemini/settings.json`, runs
 * `gemini -p <prompt> --approval-mode yolo --output-format json` inside `unshare -n` with
 * `GOOGLE_GEMINI_BASE_URL` at agent-sim, and returns what it wrote under `<HOME>/.gemini/tmp/`
 * (chat recordings `<project>/chats/session-*.jsonl` are kind `session`). `yolo` is what offers and
 * runs the shell, write and edit tools without a prompt; the default mode offers read-only tools.
 * With several `prompts` (or `scenario.prompts`), later prompts run with `--resume latest`.
 * `settings` is merged over `GEMINI_SETTINGS` (top-level keys replaced). Call `cleanup()` when done.
 * @param {{ scenario: Record<string, any>, cwd?: string, prompt?: string, prompts?: string[],
 *   model?: string, settings?: Record<string, unknown>, env?: Record<string, string>, args?: string[],
 *   version?: string, cacheDir?: string, timeoutMs?: number, workRoot?: string }} options
 * @returns {Promise<ClientRun>}
 */
export async function runGemini(options) {
  const { client, run } = await startClientRun('gemini-cli', 'gemini', options);
  const prompts = runPromptsOf(options, run.scenario, 'runGemini');
  const geminiDir = join(run.home, '.gemini');
  mkdirSync(geminiDir, { recursive: true });
  const settings = { ...GEMINI_SETTINGS, ...options.settings };
  writeFileSync(join(geminiDir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  const env = clientEnv(run, {
    GOOGLE_GEMINI_BASE_URL: `http://127.0.0.1:${NETNS_PORT}`,
    ...GEMINI_ENV,
    ...options.env,
  });
  const model = options.model ?? run.scenario.model;
  const { procs, results } = await runPrompts({
    client,
    run,
    prompts,
    env,
    timeoutMs: options.timeoutMs ?? 90_000,
    argsFor: (prompt, done) => {
      const args = ['-p', prompt, '--approval-mode', 'yolo', '--output-format', 'json'];
      if (typeof model === 'string') args.push('--model', model);
      if (done.length > 0) args.push('--resume', 'latest');
      return [...args, ...(options.args ?? [])];
    },
  });
  const transcripts = transcriptsUnder(join(geminiDir, 'tmp'), classifyGeminiFile);
  return clientRun({ client, run, procs, result: results.at(-1) ?? null, results, transcripts });
}

/**
 * What a file under `~/.gemini/tmp/` is: a chat recording (`<project>/chats/session-*.json[l]`)
 * is a `session`, anything else (`.project_root`, logs, checkpoints) `other`.
 * @param {string} relativePath
 * @returns {TranscriptKind}
 */
export function classifyGeminiFile(relativePath) {
  const parts = relativePath.split('/');
  const name = parts.at(-1) ?? '';
  const chat = parts.at(-2) === 'chats' && /^session-.*\.jsonl?$/.test(name);
  return chat ? 'session' : 'other';
}
