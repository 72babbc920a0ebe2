// Runs the real Codex CLI (`codex exec`) against agent-sim in a temp CODEX_HOME with no other network.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NETNS_PORT, runIsolated } from './isolate.js';
import { clientEnv, clientRun, fileEntry, listFiles, startClientRun } from './run-dir.js';

/**
 * @typedef {import('./run-claude.js').ClientRun} ClientRun
 */

/**
 * `config.toml` for a run: a custom provider at agent-sim speaking the Responses API. The model
 * must be one Codex knows (its catalogue decides the tools, e.g. the `apply_patch` custom tool).
 * @param {{ baseUrl: string, model: string, sandbox: string }} options
 */
export function codexConfig({ baseUrl, model, sandbox }) {
  return [
    `model = ${JSON.stringify(model)}`,
    'model_provider = "sim"',
    'approval_policy = "never"',
    `sandbox_mode = ${JSON.stringify(sandbox)}`,
    '',
    '[model_providers.sim]',
    'name = "agent-sim"',
    `base_url = ${JSON.stringify(baseUrl)}`,
    'wire_api = "responses"',
    '',
    // Without this, exit waits ~5 s for an analytics upload that cannot reach anything.
    '[analytics]',
    'enabled = false',
    '',
  ].join('\n');
}

/**
 * Starts agent-sim with `scenario`, writes `<HOME>/.codex/config.toml` (provider `sim`, model
 * `gpt-5.5` unless given), runs `codex exec --skip-git-repo-check --json <prompt>` inside
 * `unshare -n`, and returns the rollout files under `<HOME>/.codex/sessions/` as `transcripts`
 * (kind `session`). Call `cleanup()` when done.
 * `rules` (default: the scenario's `codex_rules`) are written to `<HOME>/.codex/rules/agent-sim.rules`;
 * `[]` writes none. `prepare` runs after those files are written and before Codex starts (e.g. to
 * install hooks in the run's HOME).
 * @param {{ scenario: Record<string, any>, cwd?: string, prompt?: string, model?: string,
 *   rules?: string[],
 *   prepare?: (dirs: { root: string, home: string, cwd: string, codexHome: string }) => void | Promise<void>,
 *   sandbox?: 'read-only' | 'workspace-write' | 'danger-full-access', env?: Record<string, string>,
 *   args?: string[], version?: string, cacheDir?: string, timeoutMs?: number, workRoot?: string }} options
 * @returns {Promise<ClientRun>}
 */
export async function runCodex(options) {
  const { client, run } = await startClientRun('codex', 'codex', options);
  const prompt = options.prompt ?? run.scenario.prompt;
  if (typeof prompt !== 'string')
    throw new Error('agent-sim: runCodex needs a prompt (option or scenario.prompt)');
  const codexHome = join(run.home, '.codex');
  mkdirSync(codexHome, { recursive: true });
  const config = codexConfig({
    baseUrl: `http://127.0.0.1:${NETNS_PORT}/v1`,
    model: options.model ?? run.scenario.model ?? 'gpt-5.5',
    sandbox: options.sandbox ?? 'workspace-write',
  });
  writeFileSync(join(codexHome, 'config.toml'), config);
  // Execpolicy rules (`~/.codex/rules/*.rules`, Starlark `prefix_rule(...)`): a command they
  // `allow` runs outside the sandbox, which is how `git commit` gets to write `.git`
  // (workspace-write keeps `.git` read-only).
  const rules = options.rules ?? run.scenario.codex_rules ?? [];
  if (rules.length > 0) {
    mkdirSync(join(codexHome, 'rules'), { recursive: true });
    writeFileSync(join(codexHome, 'rules', 'agent-sim.rules'), `${rules.join('\n')}\n`);
  }
  if (options.prepare) await options.prepare({ root: run.root, home: run.home, cwd: run.cwd, codexHome });
  const env = clientEnv(run, { CODEX_HOME: codexHome, ...options.env });
  const args = ['exec', '--skip-git-repo-check', '--json', ...(options.args ?? []), prompt];
  const proc = await runIsolated({
    command: client.bin,
    args,
    cwd: run.cwd,
    env,
    socketPath: run.socketPath,
    timeoutMs: options.timeoutMs ?? 90_000,
  });
  const sessions = join(codexHome, 'sessions');
  // `--json` prints one event per line; the last `turn.completed` carries the usage.
  const events = proc.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return null;
      }
    })
    .filter((e) => e !== null);
  const transcripts = listFiles(sessions)
    .filter((p) => p.endsWith('.jsonl'))
    .map((p) => ({ ...fileEntry(p, sessions), kind: /** @type {const} */ ('session') }));
  return clientRun({ client, run, procs: [proc], result: { events }, transcripts });
}
