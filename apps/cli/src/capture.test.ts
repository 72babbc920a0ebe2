import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, SAMPLES, tempDir } from './test/run-cli.js';

// The capture lifecycle from the command line: setup → the hook handler fed a real payload on
// stdin → status/doctor, in a temp HOME and a real git repository.
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function world() {
  const dir = tempDir('ot-cli-capture-');
  cleanups.push(dir.cleanup);
  const home = join(dir.path, 'home');
  const repo = join(dir.path, 'repo');
  mkdirSync(home);
  execFileSync('git', ['init', '-q', repo]);
  const transcript = join(home, '.claude', 'projects', '-repo', 'sample.jsonl');
  mkdirSync(join(home, '.claude', 'projects', '-repo'), { recursive: true });
  const samples = join(SAMPLES, 'claude-code');
  const first = readdirSync(samples, { recursive: true })
    .map(String)
    .sort()
    .find((f) => f.endsWith('.jsonl'));
  const sample = readFileSync(join(samples, first as string));
  return { home, repo, transcript, sample, env: { HOME: home } };
}

describe('capture from agent hooks', () => {
  it('setup claude-code → _capture on stdin → the trace is in the bucket; doctor is healthy', () => {
    const w = world();
    const setup = runCli(['setup', 'claude-code', '--json'], w.env, { cwd: w.repo });
    expect(setup.code).toBe(0);
    const settings = JSON.parse(readFileSync(join(w.home, '.claude', 'settings.json'), 'utf8'));
    expect(settings.hooks.Stop[0].hooks[0].command).toContain('_capture --agent claude-code');

    writeFileSync(w.transcript, w.sample);
    const payload = JSON.stringify({
      session_id: 's',
      transcript_path: w.transcript,
      cwd: w.repo,
      hook_event_name: 'Stop',
    });
    const quiet = runCli(['_capture', '--sync', '--agent', 'claude-code'], w.env, {
      input: payload,
      cwd: w.repo,
    });
    expect(quiet).toMatchObject({ code: 0, stdout: '' });
    const status = runCli(['status', '--json'], w.env).json<{ bucket: { traces: number } }>();
    expect(status.bucket.traces).toBe(1);

    const doctor = runCli(['doctor', '--json'], w.env, { cwd: w.repo });
    expect(doctor.code).toBe(0);
    const report = doctor.json<{
      doctor: { checks: { name: string; state: string }[]; capture: { recent: number } };
    }>();
    expect(report.doctor.checks.find((c) => c.name === 'claude-code hooks')?.state).toBe('ok');
    expect(report.doctor.capture.recent).toBe(1);
  });

  it('a hook run only spools the payload; the detached worker captures it', async () => {
    const w = world();
    writeFileSync(w.transcript, w.sample);
    const payload = JSON.stringify({ transcript_path: w.transcript, cwd: w.repo, hook_event_name: 'Stop' });
    const queued = runCli(['_capture', '--agent', 'claude-code', '--json'], w.env, {
      input: payload,
      cwd: w.repo,
    });
    expect(queued.code).toBe(0);
    expect(queued.json()).toMatchObject({ capture: { status: 'queued' } });
    let traces = 0;
    for (let i = 0; i < 100 && traces === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      traces = runCli(['status', '--json'], w.env).json<{ bucket: { traces: number } }>().bucket.traces;
    }
    expect(traces).toBe(1);
    const log = readFileSync(join(w.home, '.opentraces', 'capture', 'log.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(log.at(-1) as string)).toMatchObject({ status: 'captured', event: 'Stop' });
  });

  it('8 concurrent hook processes on the same and on different sessions: a consistent bucket, no lost turn', async () => {
    const w = world();
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./test/run-cli.js');
    const lines = w.sample.toString('utf8').split('\n').filter(Boolean);
    const half = `${lines.slice(0, Math.ceil(lines.length / 2)).join('\n')}\n`;
    const other = join(w.home, '.claude', 'projects', '-repo', 'other.jsonl');
    writeFileSync(w.transcript, half);
    const sessionId = /"sessionId":"([^"]+)"/.exec(w.sample.toString('utf8'))?.[1] as string;
    writeFileSync(
      other,
      w.sample.toString('utf8').replaceAll(sessionId, '0f0e0d0c-0b0a-4009-8807-060504030201'),
    );
    const run = (transcript: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, '_capture', '--sync', '--json'], {
          env: { PATH: process.env['PATH'] ?? '', HOME: w.home },
          stdio: ['pipe', 'ignore', 'ignore'],
        });
        child.stdin.end(
          JSON.stringify({ transcript_path: transcript, cwd: w.repo, hook_event_name: 'Stop' }),
        );
        child.on('exit', resolve);
      });
    const first = [run(w.transcript), run(w.transcript), run(other), run(other)];
    writeFileSync(w.transcript, w.sample); // the session grows while captures run
    const codes = await Promise.all([
      ...first,
      run(w.transcript),
      run(w.transcript),
      run(other),
      run(w.transcript),
    ]);
    expect(codes).toEqual(Array(8).fill(0));
    // The last word: one more capture of each sees nothing new (every turn was stored).
    for (const transcript of [w.transcript, other]) {
      const payload = JSON.stringify({ transcript_path: transcript, cwd: w.repo });
      expect(runCli(['_capture', '--sync', '--json'], w.env, { input: payload }).json()).toMatchObject({
        capture: { status: 'skipped', reason: 'nothing new since the last capture' },
      });
    }
    const status = runCli(['status', '--json'], w.env).json<{ bucket: { traces: number } }>();
    expect(status.bucket.traces).toBe(2);
    expect(runCli(['bucket', 'verify', '--full', '--json'], w.env).code).toBe(0);
    const log = readFileSync(join(w.home, '.opentraces', 'capture', 'log.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(log.map((l) => JSON.parse(l).status).filter((s) => s === 'failed')).toEqual([]);
  });

  it('init --import-existing imports the Claude Code sessions of this project only', () => {
    const w = world();
    const text = w.sample.toString('utf8');
    const cwd = /"cwd":"([^"]+)"/.exec(text)?.[1] as string;
    writeFileSync(w.transcript, text.replaceAll(cwd, w.repo));
    const elsewhere = join(w.home, '.claude', 'projects', '-repo', 'elsewhere.jsonl');
    const otherSession = /"sessionId":"([^"]+)"/.exec(text)?.[1] as string;
    writeFileSync(elsewhere, text.replaceAll(otherSession, '0f0e0d0c-0b0a-4009-8807-060504030201'));
    const init = runCli(['init', '--import-existing', '--json'], w.env, { cwd: w.repo });
    expect(init.code).toBe(0);
    expect(init.json()).toMatchObject({
      imported: { files: 1, created: 1 },
      next_command: 'opentraces setup claude-code',
    });
    expect(runCli(['status', '--json'], w.env).json<{ bucket: { traces: number } }>().bucket.traces).toBe(1);
  });

  it('_capture exits 0 and prints nothing, whatever it is given', () => {
    const w = world();
    for (const input of ['', 'not json', '{"transcript_path": "/nowhere.jsonl"}']) {
      expect(runCli(['_capture', '--sync'], w.env, { input })).toMatchObject({ code: 0, stdout: '' });
      expect(runCli(['_capture'], w.env, { input })).toMatchObject({ code: 0, stdout: '' });
    }
    expect(runCli(['_capture', '--sync', '--no-such-flag'], w.env, { input: '{}' }).code).toBe(0);
    const notADirectory = join(w.repo, 'a-file');
    writeFileSync(notADirectory, '');
    expect(
      runCli(['_capture', '--home', notADirectory, '--json'], w.env, { input: '{}' }).json(),
    ).toMatchObject({
      capture: { status: 'failed' },
    });
  });

  it('doctor exits 3 with next_command when the hook points at another version', () => {
    const w = world();
    runCli(['setup', 'claude-code'], w.env);
    const file = join(w.home, '.claude', 'settings.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/opentraces-hook v[0-9.]+/, 'opentraces-hook v0.0.1'),
    );
    const doctor = runCli(['doctor', '--json'], w.env, { cwd: w.repo });
    expect(doctor.code).toBe(3);
    expect(doctor.json()).toMatchObject({
      status: 'needs_action',
      next_command: 'opentraces setup claude-code',
    });
  });

  it('init, remove and tracking mode decide what is captured', () => {
    const w = world();
    writeFileSync(w.transcript, w.sample);
    const payload = JSON.stringify({ transcript_path: w.transcript, cwd: w.repo, hook_event_name: 'Stop' });
    expect(runCli(['config', 'tracking-mode', 'manual', '--json'], w.env).json()).toMatchObject({
      tracking_mode: 'manual',
    });
    const skipped = runCli(['_capture', '--sync', '--json'], w.env, { input: payload, cwd: w.repo });
    expect(skipped.json()).toMatchObject({ capture: { status: 'skipped' } });
    const init = runCli(['init', '--json'], w.env, { cwd: w.repo });
    expect(init.json()).toMatchObject({ project: { agents: ['claude-code'], enrolled_by: 'init' } });
    expect(runCli(['_capture', '--sync', '--json'], w.env, { input: payload }).json()).toMatchObject({
      capture: { status: 'captured' },
    });
    runCli(['remove', '--json'], w.env, { cwd: w.repo });
    writeFileSync(w.transcript, Buffer.concat([w.sample, w.sample.subarray(0, w.sample.indexOf(0x0a) + 1)]));
    expect(runCli(['_capture', '--sync', '--json'], w.env, { input: payload }).json()).toMatchObject({
      capture: { status: 'skipped', reason: 'removed' },
    });
    const bad = runCli(['config', 'set', 'tracking_mode', 'sometimes', '--json'], w.env);
    expect(bad.code).toBe(2);
    expect(bad.json()).toMatchObject({ error: { code: 'CONFIG_BAD_VALUE' } });
  });
});
