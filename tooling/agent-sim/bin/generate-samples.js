#!/usr/bin/env node
// Produces sample sessions with the real clients: every scenario of a folder is run with its client
// (the scenario's `client`, else `codex-…` Codex CLI, `gemini-…` Gemini CLI, the rest Claude Code)
// and the transcripts are copied to <out>/<client>/<scenario>/, machine paths made neutral.
//
//   node tooling/agent-sim/bin/generate-samples.js [--scenarios <dir>] [--out <dir>] [--only a,b] [--keep-paths]
//
// Defaults: the test scenarios into tooling/agent-sim/generated/ (git-ignored, with manifest.json).
// `--fixtures` is `--scenarios tooling/agent-sim/samples --out fixtures/sessions`: the committed
// demo samples (no manifest or .gitignore there: every .json under fixtures/sessions is imported).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runClaude } from '../src/clients/run-claude.js';
import { runCodex } from '../src/clients/run-codex.js';
import { runGemini } from '../src/clients/run-gemini.js';
import { scenarioClient } from '../src/internal/scenario.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const { values } = parseArgs({
  options: {
    scenarios: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    fixtures: { type: 'boolean' },
    'keep-paths': { type: 'boolean' },
  },
});
const fixtures = values.fixtures === true;
const scenariosDir = resolve(
  values.scenarios ?? (fixtures ? join(here, '..', 'samples') : join(here, '..', 'scenarios')),
);
const out = resolve(
  values.out ?? (fixtures ? join(repo, 'fixtures', 'sessions') : join(here, '..', 'generated')),
);
const only = values.only?.split(',').filter((s) => s !== '');
/** Where the temp HOME (and the project beside it) appear in the samples instead of `/tmp/agent-sim-…`. */
const NEUTRAL_HOME = '/home/dev';
const RUNNERS = { 'claude-code': runClaude, codex: runCodex, 'gemini-cli': runGemini };

/** Claude Code's project folder name for a cwd. */
const slug = (/** @type {string} */ cwd) => cwd.replace(/[^a-zA-Z0-9]/g, '-');
/** Gemini CLI's project hash for a cwd. */
const sha256 = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');

/**
 * Rewrites a run's machine paths: `<root>/home` → `/home/dev`, then `<root>` → `/home/dev` (so the
 * project `<root>/<name>` becomes `/home/dev/<name>`), with the derived Claude Code project slug and
 * Gemini CLI project hash of the cwd.
 * @param {{ root: string, home: string, cwd: string }} run
 * @returns {(text: string) => string}
 */
function neutralizer(run) {
  const cwd = run.cwd.replace(run.root, NEUTRAL_HOME);
  return (text) =>
    text
      .replaceAll(slug(run.cwd), slug(cwd))
      .replaceAll(sha256(run.cwd), sha256(cwd))
      .replaceAll(run.home, NEUTRAL_HOME)
      .replaceAll(run.root, NEUTRAL_HOME);
}

const names = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((n) => only === undefined || only.includes(n));

/** @type {Array<Record<string, unknown>>} */
const manifest = [];
let failed = 0;
for (const name of names) {
  const scenario = JSON.parse(readFileSync(join(scenariosDir, `${name}.json`), 'utf8'));
  const client = scenarioClient(scenario);
  const started = Date.now();
  const run = await RUNNERS[client]({ scenario });
  const unexpected = run.requests.filter((r) => r.kind !== 'turn' && r.kind !== 'side');
  const ok = run.exitCode === 0 && run.turnsServed === scenario.turns.length && unexpected.length === 0;
  const target = join(out, client, name);
  rmSync(target, { recursive: true, force: true });
  const neutral = values['keep-paths'] ? (/** @type {string} */ t) => t : neutralizer(run);
  /** @type {Array<{ path: string, bytes: number, sha256: string }>} */
  const files = [];
  // Transcripts and their companions only (not e.g. Gemini CLI's `.project_root` marker).
  for (const t of run.transcripts.filter((f) => f.kind !== 'other')) {
    const text = neutral(readFileSync(t.path, 'utf8'));
    const rel = neutral(t.relativePath);
    mkdirSync(dirname(join(target, rel)), { recursive: true });
    writeFileSync(join(target, rel), text);
    files.push({ path: rel, bytes: Buffer.byteLength(text), sha256: sha256(text) });
  }
  manifest.push({
    scenario: name,
    client: run.client.name,
    version: run.client.version,
    ok,
    turns_served: run.turnsServed,
    turns: scenario.turns.length,
    requests: run.requests.map((r) => r.kind),
    ms: Date.now() - started,
    files,
  });
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${run.client.name}@${run.client.version} ${name}: ${files.length} files, ${Date.now() - started} ms`,
  );
  if (!ok) {
    failed += 1;
    console.error(unexpected.map((r) => `${r.kind}: ${r.error}`).join('\n'));
    console.error(run.stderr.slice(-1500));
  }
  await run.cleanup();
}
mkdirSync(out, { recursive: true });
if (!fixtures) {
  // Not committed: these samples are regenerated at will.
  writeFileSync(join(out, '.gitignore'), '*\n');
  writeFileSync(
    join(out, 'manifest.json'),
    `${JSON.stringify({ neutral_home: NEUTRAL_HOME, samples: manifest }, null, 2)}\n`,
  );
}
console.log(`wrote ${manifest.length} samples under ${out}`);
process.exit(failed === 0 ? 0 : 1);
