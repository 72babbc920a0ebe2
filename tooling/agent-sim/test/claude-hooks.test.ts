// The real Claude Code with the hooks `opentraces setup claude-code` installs: after `setup` and
// `init` in a temp HOME and git repository, a scripted session ends and the trace is in the
// opentraces bucket with no manual step; a `--resume`d second turn updates the same trace as a new
// generation, with nothing duplicated.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeCodeParser } from '@opentraces/capture-parsers';
import { getStatus, getTrace } from '@opentraces/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientRun } from '../src/clients/run-claude.js';
import { runClaude } from '../src/clients/run-claude.js';
import { gateRealClient, loadScenario, requireIsolation } from './real-client-gate.js';

const gate = await gateRealClient('claude-code');
const CLI = fileURLToPath(new URL('../../../apps/cli/bin/run.js', import.meta.url));
const runs: ClientRun[] = [];

function cli(args: readonly string[], env: Record<string, string>, cwd?: string) {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    timeout: 60_000,
    ...(cwd ? { cwd } : {}),
  });
  return {
    code: res.status,
    why: `opentraces ${args.join(' ')} → ${res.status}: ${res.stderr.slice(-600)}`,
    json: <T>() => JSON.parse(res.stdout) as T,
  };
}

interface LogEntry {
  readonly status: string;
  readonly event: string | null;
  readonly outcome?: string;
  readonly generation_index?: number;
  readonly trace_id?: string;
  readonly mode?: string;
}

const captureLog = (otHome: string): LogEntry[] => {
  const file = join(otHome, 'capture', 'log.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LogEntry);
};

/** Waits (bounded) until the detached capture worker has drained the spool. */
async function workerDone(otHome: string): Promise<void> {
  const spool = join(otHome, 'capture', 'spool');
  const until = Date.now() + 60_000;
  const { readdirSync } = await import('node:fs');
  while (Date.now() < until) {
    const busy =
      existsSync(spool) &&
      readdirSync(spool).some((f) => f === '.worker.lock' || (f.endsWith('.json') && !f.startsWith('.')));
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the capture worker did not finish within 60 s');
}

describe.skipIf(!gate.run)(`Claude Code ${gate.version} hooks (real client) → opentraces bucket`, () => {
  beforeAll(() => {
    requireIsolation();
    if (!existsSync(fileURLToPath(new URL('../../../apps/cli/dist/main.js', import.meta.url))))
      throw new Error('apps/cli is not built: run `pnpm build` before this test');
  });
  afterAll(async () => {
    for (const run of runs) await run.cleanup();
  });

  it('setup + init, then a session and its --resume: one trace, a new generation, nothing duplicated', async () => {
    let otHome = '';
    const run = await runClaude({
      scenario: loadScenario('resumed-session'),
      version: gate.version,
      timeoutMs: 90_000,
      prepare: ({ home, cwd }) => {
        otHome = join(home, 'opentraces-home');
        const env = { HOME: home };
        spawnSync('git', ['init', '-q', cwd]);
        const setup = cli(['setup', 'claude-code', '--json', '--home', otHome], env);
        expect(setup.code, setup.why).toBe(0);
        const init = cli(['init', '--json', '--home', otHome], env, cwd);
        expect(init.code, init.why).toBe(0);
        expect(init.json()).toMatchObject({
          project: { agents: ['claude-code'] },
          hooks: { claude_code: 'installed' },
        });
      },
    });
    runs.push(run);
    expect(run.exitCode, `exit ${run.exitCode}; stderr: ${run.stderr.slice(-800)}`).toBe(0);
    await workerDone(otHome);

    const sessions = run.transcripts.filter((t) => t.kind === 'session');
    expect(sessions).toHaveLength(1);
    const parsed = claudeCodeParser.parse({ bytes: new Uint8Array(readFileSync(sessions[0]!.path)) }).record;

    const status = await getStatus({ home: otHome }, { recent: 5 });
    expect(status.bucket.traces).toBe(1);
    const trace = await getTrace({ home: otHome }, { ref: parsed.trace_id });
    expect(trace.record.steps).toHaveLength(parsed.steps.length);
    expect(trace.record.steps.map((s) => s.role)).toEqual(parsed.steps.map((s) => s.role));

    // Claude Code fired the hooks itself, once per finished turn: a first capture, then an update.
    const log = captureLog(otHome);
    expect(log.filter((e) => e.status === 'failed')).toEqual([]);
    const captured = log.filter((e) => e.status === 'captured');
    expect(captured.length).toBeGreaterThanOrEqual(2);
    expect(new Set(captured.map((e) => e.trace_id))).toEqual(new Set([parsed.trace_id]));
    expect(captured[0]).toMatchObject({ outcome: 'created', generation_index: 0, mode: 'full' });
    expect(captured.at(-1)).toMatchObject({ outcome: 'updated', mode: 'resumed' });
    expect(trace.generation_index).toBe(captured.at(-1)?.generation_index);
    expect(trace.generation_index).toBeGreaterThanOrEqual(1);
  }, 240_000);
});
