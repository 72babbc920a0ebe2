// The real Codex CLI with the hooks `opentraces setup codex-cli` installs: Codex runs them only once
// they are trusted (a hash per hook recorded in its config.toml), and then a `codex exec` session
// lands in the opentraces bucket with no manual step. Untrusted, Codex skips them silently.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codexParser } from '@opentraces/capture-parsers';
import {
  CODEX_HOOK_EVENTS,
  codexHookTrustHash,
  getStatus,
  getTrace,
  type SetupCodexResult,
} from '@opentraces/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClient } from '../src/clients/ensure-client.js';
import type { ClientRun } from '../src/clients/run-claude.js';
import { runCodex } from '../src/clients/run-codex.js';
import { gateRealClient, loadScenario, requireIsolation } from './real-client-gate.js';

const gate = await gateRealClient('codex');
const CLI = fileURLToPath(new URL('../../../apps/cli/bin/run.js', import.meta.url));
const runs: ClientRun[] = [];
let codexBin = '';

/** The built CLI as a user runs it, with the run's HOME and CODEX_HOME. */
function cli(args: readonly string[], env: Record<string, string>) {
  const res = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    timeout: 60_000,
  });
  const why = `opentraces ${args.join(' ')} → exit ${res.status}: ${res.stderr.slice(-800)}`;
  return { code: res.status, why, json: <T>() => JSON.parse(res.stdout) as T };
}

interface LogEntry {
  readonly status: string;
  readonly agent: string;
  readonly event: string | null;
  readonly transcript: string | null;
  readonly reason: string;
}

function captureLog(otHome: string): LogEntry[] {
  const file = join(otHome, 'capture', 'log.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as LogEntry);
}

/** `setup codex-cli` in the run's HOME (before Codex starts), then the scenario through `codex exec`. */
async function runWithSetup(setupArgs: readonly string[]) {
  let setup: SetupCodexResult | undefined;
  let env: Record<string, string> = {};
  let otHome = '';
  const run = await runCodex({
    scenario: loadScenario('codex-bash-failing-command'),
    version: gate.version,
    timeoutMs: 60_000,
    prepare: ({ home, codexHome }) => {
      otHome = join(home, 'opentraces-home');
      env = { HOME: home, CODEX_HOME: codexHome };
      const res = cli(
        ['setup', 'codex-cli', '--json', '--home', otHome, '--codex-bin', codexBin, ...setupArgs],
        env,
      );
      expect(res.code, res.why).toBe(0);
      setup = res.json<SetupCodexResult>();
    },
  });
  runs.push(run);
  expect(run.exitCode, `exit ${run.exitCode}; stderr: ${run.stderr.slice(-800)}`).toBe(0);
  expect(run.transcripts).toHaveLength(1);
  const rollout = run.transcripts[0]!.path;
  const parsed = codexParser.parse({
    bytes: new Uint8Array(readFileSync(rollout)),
    fileName: 'rollout.jsonl',
  });
  return { run, setup: setup!, env, otHome, rollout, parsed: parsed.record };
}

/**
 * The bucket's trace once it holds the whole session (as many steps as the finished rollout), or
 * the last one seen. Capture may finish in a worker after the hook returned; the wait is bounded.
 * (While that worker writes, a listing already showed the trace when the count still said 0.)
 */
async function capturedTrace(otHome: string, steps: number) {
  const until = Date.now() + 30_000;
  for (;;) {
    const status = await getStatus({ home: otHome }, { recent: 5 });
    const summary = status.recent[0];
    const done = summary !== undefined && summary.steps >= steps && status.bucket.traces > 0;
    if (done || Date.now() > until)
      return { status, trace: summary ? await getTrace({ home: otHome }, { ref: summary.trace_id }) : null };
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!gate.run)(`Codex CLI ${gate.version} hooks (real client) → opentraces bucket`, () => {
  beforeAll(async () => {
    requireIsolation();
    if (!existsSync(fileURLToPath(new URL('../../../apps/cli/dist/main.js', import.meta.url))))
      throw new Error('apps/cli is not built: run `pnpm build` before this test');
    codexBin = (await ensureClient({ name: 'codex', version: gate.version })).bin;
  }, 600_000);
  afterAll(async () => {
    for (const run of runs) await run.cleanup();
  });

  it('setup trusts its hooks through codex app-server; the session is captured with no manual step', async () => {
    const { setup, env, otHome, rollout, parsed } = await runWithSetup([]);
    expect(setup.trust).toMatchObject({ state: 'trusted', via: 'codex app-server', recorded: 4 });
    // Codex's own hashes (hooks/list) are the ones opentraces computes, which doctor relies on.
    const command = `${setup.script.file} # opentraces-hook`;
    expect(Object.fromEntries(setup.trust.hooks.map((h) => [h.event, h.hash]))).toEqual(
      Object.fromEntries(
        CODEX_HOOK_EVENTS.map((e) => [
          e,
          codexHookTrustHash(e, { command, timeout: e === 'SessionEnd' ? 3 : 30 }),
        ]),
      ),
    );

    const { status, trace } = await capturedTrace(otHome, parsed.steps.length);
    expect(status.bucket.traces).toBe(1);
    expect(trace?.record.session_id).toBe(parsed.session_id);
    expect(trace?.record.agent.name).toBe('codex-cli');
    expect(trace?.record.steps).toHaveLength(parsed.steps.length);
    expect(trace?.source).not.toBeNull();

    // Codex ran the hooks itself: every capture came from its hook payloads for this rollout.
    const log = captureLog(otHome);
    expect(log.length).toBeGreaterThan(0);
    expect(log.filter((e) => e.status === 'failed')).toEqual([]);
    expect(new Set(log.map((e) => [e.agent, e.transcript].join(' ')))).toEqual(
      new Set([`codex-cli ${rollout}`]),
    );
    for (const e of log) expect(CODEX_HOOK_EVENTS as readonly (string | null)[]).toContain(e.event);
    expect(log.some((e) => e.status === 'captured')).toBe(true);

    const doctor = cli(['doctor', '--json', '--home', otHome], env);
    const report = doctor.json<{ doctor: { checks: { name: string; state: string; detail: string }[] } }>();
    expect(report.doctor.checks.find((c) => c.name === 'codex-cli hooks')).toMatchObject({ state: 'ok' });
  }, 120_000);

  it('untrusted (--no-trust), Codex skips the hooks silently; the fallback is `trace import` of the rollout', async () => {
    const { run, setup, env, otHome, parsed } = await runWithSetup(['--no-trust']);
    expect(setup.trust.state).toBe('untrusted');
    expect(setup.trust.instructions.join(' ')).toMatch(/Trust all and continue/);
    // The hook never ran: nothing was spooled, logged or stored, and Codex said nothing about it.
    expect(captureLog(otHome)).toEqual([]);
    expect((await getStatus({ home: otHome })).bucket.traces).toBe(0);
    expect(run.stderr).not.toMatch(/hook/i);

    const doctor = cli(['doctor', '--json', '--home', otHome], env);
    const check = doctor
      .json<{ doctor: { checks: { name: string; state: string; detail: string }[] } }>()
      .doctor.checks.find((c) => c.name === 'codex-cli hooks');
    expect(check).toMatchObject({ state: 'warn' });
    expect(check?.detail).toMatch(/untrusted.*Trust all and continue/);

    const imported = cli(
      ['trace', 'import', join(env['CODEX_HOME']!, 'sessions'), '--json', '--home', otHome],
      env,
    );
    expect(imported.code, imported.why).toBe(0);
    const { status, trace } = await capturedTrace(otHome, parsed.steps.length);
    expect(status.bucket.traces).toBe(1);
    expect(trace?.record.session_id).toBe(parsed.session_id);
    expect(trace?.record.steps).toHaveLength(parsed.steps.length);
  }, 120_000);
});
