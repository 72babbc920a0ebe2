import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { drainCaptureSpool } from './capture-spool.js';
import { spoolDir, spoolHookPayload } from './hook-spool.js';
import { getStatus } from './traces.js';

const SAMPLES = fileURLToPath(new URL('../../../fixtures/sessions/claude-code', import.meta.url));
const samples = readdirSync(SAMPLES, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .slice(0, 2)
  .map((f) => join(SAMPLES, f));

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the capture spool', () => {
  it('captures every spooled hook run; runs of one transcript become one capture', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ot-spool-'));
    dirs.push(dir);
    const home = join(dir, 'home');
    mkdirSync(join(dir, 'repo', '.git'), { recursive: true });
    const transcripts = samples.map((sample, i) => {
      const path = join(dir, `session-${i}.jsonl`);
      writeFileSync(path, readFileSync(sample));
      return path;
    });
    const spool = (transcript: string, event: string) =>
      spoolHookPayload(home, {
        agent: 'claude-code',
        payload: { transcript_path: transcript, cwd: join(dir, 'repo'), hook_event_name: event },
        spooled_at: new Date().toISOString(),
      });
    spool(transcripts[0]!, 'Stop');
    spool(transcripts[0]!, 'SessionEnd');
    spool(transcripts[1]!, 'Stop');
    const report = await drainCaptureSpool({ home });
    expect(report.drained).toBe(true);
    expect(report.results.map((r) => [r.status, r.event])).toEqual([
      ['captured', 'SessionEnd'],
      ['captured', 'Stop'],
    ]);
    expect(readdirSync(spoolDir(home)).filter((f) => !f.startsWith('.'))).toEqual([]);
    expect((await getStatus({ home })).bucket.traces).toBe(transcripts.length);
  });

  it('a second worker leaves the spool to the running one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ot-spool-'));
    dirs.push(dir);
    const home = join(dir, 'home');
    mkdirSync(spoolDir(home), { recursive: true });
    writeFileSync(join(spoolDir(home), '.worker.lock'), `${process.pid}\n`); // a live holder
    spoolHookPayload(home, { agent: 'claude-code', payload: {}, spooled_at: '' });
    expect(await drainCaptureSpool({ home })).toEqual({ drained: false, results: [] });
    expect(existsSync(join(spoolDir(home), '.worker.lock'))).toBe(true);
  });
});
