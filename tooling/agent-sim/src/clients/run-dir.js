// A throwaway run: temp root with HOME and cwd, the scenario with placeholders filled, agent-sim
// listening on a Unix socket in the root.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { validateScenario } from '../internal/scenario.js';
import { startAgentSim } from '../server.js';
import { ensureClient } from './ensure-client.js';
import { runIsolated } from './isolate.js';

/**
 * @typedef {import('../server.js').AgentSim} AgentSim
 * @typedef {{ root: string, home: string, cwd: string, socketPath: string, scenario: any, sim: AgentSim,
 *   cleanup: () => Promise<void> }} PreparedRun
 */

/** `<HOME>/.gitconfig` of every run. */
export const GITCONFIG =
  '[user]\n\tname = Agent Sim\n\temail = agent-sim@example.invalid\n[init]\n\tdefaultBranch = main\n';

/**
 * Replaces `{{cwd}}` and `{{home}}` in every string of `value`.
 * @param {unknown} value
 * @param {{ cwd: string, home: string }} vars
 * @returns {any}
 */
export function fillPlaceholders(value, vars) {
  if (typeof value === 'string')
    return value.replaceAll('{{cwd}}', vars.cwd).replaceAll('{{home}}', vars.home);
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, vars));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, vars)]));
  }
  return value;
}

/**
 * @param {{ scenario: unknown, cwd?: string, workRoot?: string, prefix: string }} options
 * @returns {Promise<PreparedRun>}
 */
export async function prepareRun({ scenario, cwd, workRoot, prefix }) {
  const base = workRoot ?? tmpdir();
  mkdirSync(base, { recursive: true });
  // realpath: clients record the resolved cwd, and the project slug is derived from it.
  const root = realpathSync(mkdtempSync(join(base, `agent-sim-${prefix}-`)));
  const home = join(root, 'home');
  // The project folder: the scenario's `project` name (what the samples show as /home/dev/<name>).
  const workdir = cwd ?? join(root, validateScenario(scenario).project ?? 'work');
  mkdirSync(home);
  mkdirSync(workdir, { recursive: true });
  // A developer's git identity, so a scripted `git commit` works without `-c user.…` flags, and a
  // fixed initial branch so its output does not depend on the machine's git defaults.
  writeFileSync(join(home, '.gitconfig'), GITCONFIG);
  const filled = fillPlaceholders(scenario, { cwd: workdir, home });
  seedProject(workdir, home, filled);
  const socketPath = join(root, 'agent-sim.sock');
  const sim = await startAgentSim({ scenario: filled, socketPath });
  return {
    root,
    home,
    cwd: workdir,
    socketPath,
    scenario: filled,
    sim,
    cleanup: async () => {
      await sim.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Writes the scenario's `files` (relative path → content) into `cwd` and, with `git_init`, makes
 * them the first commit of a `main` branch (the run's git identity, a fixed date: the same sha on
 * every run), so the client starts in a project rather than an empty folder.
 * @param {string} cwd
 * @param {string} home
 * @param {Record<string, any>} scenario
 */
function seedProject(cwd, home, scenario) {
  for (const [path, content] of Object.entries(scenario['files'] ?? {})) {
    const target = join(cwd, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, String(content));
  }
  if (scenario['git_init'] !== true) return;
  const date = '2026-01-05T09:00:00Z';
  const env = { ...process.env, HOME: home, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'Initial commit'],
  ]) {
    const git = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
    if (git.status !== 0)
      throw new Error(`agent-sim: git ${args[0]} in the seeded project failed: ${git.stderr}`);
  }
}

/**
 * Every file under `dir` (recursively), as absolute paths sorted by path; [] when `dir` is missing.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * @param {string} path
 * @param {string} from
 */
export function fileEntry(path, from) {
  return { path, relativePath: relative(from, path), bytes: statSync(path).size };
}

/**
 * Every file a client wrote under `dir`, with its path relative to `dir` and its kind.
 * @template {string} K
 * @param {string} dir
 * @param {(relativePath: string) => K} classify
 */
export function transcriptsUnder(dir, classify) {
  return listFiles(dir).map((p) => {
    const entry = fileEntry(p, dir);
    return { ...entry, kind: classify(entry.relativePath) };
  });
}

/**
 * The start every client run shares: the pinned client installed (or found in the cache) and a
 * prepared run (agent-sim started, temp HOME and cwd made).
 * @param {import('./ensure-client.js').ClientName} name
 * @param {string} prefix
 * @param {{ scenario: Record<string, any>, cwd?: string, workRoot?: string, version?: string, cacheDir?: string }} options
 */
export async function startClientRun(name, prefix, options) {
  const client = await ensureClient({
    name,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
  });
  const run = await prepareRun({
    scenario: options.scenario,
    prefix,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.workRoot === undefined ? {} : { workRoot: options.workRoot }),
  });
  return { client, run };
}

/**
 * The environment every client gets: PATH, a UTF-8 locale, the run's HOME and its own TMPDIR
 * (created here), then `extra`.
 * @param {PreparedRun} run
 * @param {Record<string, string>} extra
 * @returns {Record<string, string>}
 */
export function clientEnv(run, extra) {
  const tmp = join(run.root, 'tmp');
  mkdirSync(tmp, { recursive: true });
  return {
    PATH: process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
    LANG: 'C.UTF-8',
    HOME: run.home,
    TMPDIR: tmp,
    ...extra,
  };
}

/**
 * The `ClientRun` of finished client processes (several for a resumed session, the last one's
 * exit code counts).
 * @param {{ client: { name: string, version: string, bin: string }, run: PreparedRun,
 *   procs: import('./isolate.js').IsolatedRun[], result: Record<string, any> | null,
 *   results?: Array<Record<string, any> | null>,
 *   transcripts: import('./run-claude.js').TranscriptFile[] }} finished
 * @returns {import('./run-claude.js').ClientRun}
 */
export function clientRun({ client, run, procs, result, results, transcripts }) {
  const last = procs.at(-1);
  return {
    client: { name: client.name, version: client.version, bin: client.bin },
    exitCode: last?.code ?? null,
    timedOut: last?.timedOut ?? false,
    stdout: procs.map((p) => p.stdout).join('\n'),
    stderr: procs.map((p) => p.stderr).join('\n'),
    result,
    ...(results === undefined ? {} : { results }),
    root: run.root,
    home: run.home,
    cwd: run.cwd,
    scenario: run.scenario,
    transcripts,
    requests: run.sim.requests,
    turnsServed: run.sim.turnsServed(),
    ms: procs.reduce((sum, p) => sum + p.ms, 0),
    cleanup: run.cleanup,
  };
}

/**
 * The prompts of a run: `options.prompts`, the scenario's `prompts`, else the one `prompt`.
 * @param {{ prompt?: string, prompts?: string[] }} options
 * @param {Record<string, any>} scenario
 * @param {string} who the runner, for the error
 * @returns {string[]}
 */
export function runPromptsOf(options, scenario, who) {
  const prompts = options.prompts ?? scenario['prompts'] ?? [options.prompt ?? scenario['prompt']];
  if (!Array.isArray(prompts) || !prompts.every((p) => typeof p === 'string')) {
    throw new Error(`agent-sim: ${who} needs a prompt (option or scenario.prompt / prompts)`);
  }
  return prompts;
}

/**
 * Runs the client once per prompt, isolated, in the run's cwd; stops after a failing run.
 * `argsFor` builds the arguments from the prompt and the JSON results (parsed stdout) so far,
 * so later prompts can resume the session the first one started.
 * @param {{ client: { bin: string }, run: PreparedRun, prompts: string[], env: NodeJS.ProcessEnv,
 *   timeoutMs: number, argsFor: (prompt: string, results: Array<Record<string, any> | null>) => string[] }} options
 */
export async function runPrompts({ client, run, prompts, env, timeoutMs, argsFor }) {
  /** @type {Array<Record<string, any> | null>} */
  const results = [];
  /** @type {import('./isolate.js').IsolatedRun[]} */
  const procs = [];
  for (const prompt of prompts) {
    const proc = await runIsolated({
      command: client.bin,
      args: argsFor(prompt, results),
      cwd: run.cwd,
      env,
      socketPath: run.socketPath,
      timeoutMs,
    });
    procs.push(proc);
    results.push(parseJson(proc.stdout));
    if (proc.code !== 0) break;
  }
  return { procs, results };
}

/**
 * @param {string} text
 * @returns {Record<string, any> | null}
 */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
