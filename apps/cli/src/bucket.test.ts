import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLES, tempDir } from './test/run-cli.js';

// `opentraces bucket …` as a user runs it (the built binary), on a bucket filled by `trace import`
// of the fixture sessions.

const dir = tempDir('ot-cli-bucket-');
const pristine = join(dir.path, 'pristine');
let n = 0;
beforeAll(() => {
  const run = runCli(['trace', 'import', SAMPLES, '--json', '--home', pristine]);
  expect(run.code).toBe(0);
});
afterAll(() => dir.cleanup());

function home(): string {
  n += 1;
  const h = join(dir.path, `home-${n}`);
  cpSync(pristine, h, { recursive: true });
  return h;
}

function blobFiles(h: string): string[] {
  const base = join(h, 'bucket', 'blobs', 'sha256');
  return readdirSync(base).flatMap((shard) =>
    readdirSync(join(base, shard)).map((f) => join(base, shard, f)),
  );
}

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const s = statSync(p);
      out[p] = `${s.mtimeMs}:${s.size}:${s.ino}`;
      if (e.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

describe('opentraces bucket', () => {
  it('status, manifest and verify print one envelope each and never write under the home', () => {
    const h = home();
    const before = snapshot(h);
    for (const args of [
      ['bucket', 'status'],
      ['bucket', 'manifest'],
      ['bucket', 'verify'],
      ['bucket', 'verify', '--sample', '2'],
      ['bucket', 'verify', '--full'],
      ['bucket', 'prune', '--dry-run'],
    ]) {
      const run = runCli([...args, '--json', '--home', h]);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      const payload = run.json();
      expect(payload).toMatchObject({ status: 'ok', next_command: null });
      expect(payload['next_steps']).toEqual([]);
    }
    expect(snapshot(h)).toEqual(before);
    const status = runCli(['--json', 'bucket', 'status', '--home', h]).json<{
      bucket: { counts: { traces: number } };
    }>();
    expect(status.bucket.counts.traces).toBeGreaterThan(0);
  });

  it('verify --full names exactly the blob with a flipped byte and exits 5; repair quarantines it', () => {
    const h = home();
    const files = blobFiles(h);
    const victim = files[Math.floor(files.length / 2)]!;
    const sha = `${victim.split('/').at(-2)}${victim.split('/').at(-1)!.replace(/\.gz$/, '')}`;
    const bytes = readFileSync(victim);
    const at = bytes.length - 3;
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(victim, bytes);

    const run = runCli(['bucket', 'verify', '--full', '--json', '--home', h]);
    expect(run.code).toBe(5);
    const payload = run.json<{
      status: string;
      error: { kind: string; code: string };
      verify: { issues: { kind: string; sha256: string; path: string }[] };
    }>();
    expect(payload.status).toBe('error');
    expect(payload.error).toMatchObject({ kind: 'corruption', code: 'BUCKET_CORRUPT' });
    expect(payload.verify.issues).toEqual([
      expect.objectContaining({ kind: 'blob_corrupt', sha256: sha, path: victim }),
    ]);
    const human = runCli(['bucket', 'verify', '--full', '--home', h]);
    expect(human.code).toBe(5);
    expect(human.stdout).toContain(sha);

    const repaired = runCli(['bucket', 'repair', '--json', '--home', h]);
    expect(repaired.code).toBe(0);
    const repair = repaired.json<{ repair: { quarantined: { sha256: string; to: string }[] } }>().repair;
    expect(repair.quarantined.map((q) => q.sha256)).toEqual([sha]);
    expect(readFileSync(repair.quarantined[0]!.to)).toEqual(bytes);
  });

  it('prefetch checks a trace by prefix (no remote) and exits 6 for an unknown one', () => {
    const h = home();
    const list = runCli(['--json', 'status', '--home', h]).json<{ recent: { trace_id: string }[] }>();
    const id = list.recent[0]!.trace_id;
    const run = runCli(['bucket', 'prefetch', id.slice(0, 8), '--json', '--home', h]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({
      status: 'ok',
      prefetch: { trace_id: id, local_complete: true, remote: { configured: false } },
    });
    expect(runCli(['bucket', 'prefetch', 'no-such-trace', '--json', '--home', h]).code).toBe(6);
  });

  it('rebuild accepts the substrates the seeds name and says what each does', () => {
    const h = home();
    const run = runCli(['bucket', 'rebuild', '--substrate', 'context-tree', '--json', '--home', h]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({
      rebuild: { substrates: [{ substrate: 'context-tree', action: 'nothing_to_rebuild' }] },
    });
    const all = runCli(['bucket', 'rebuild', '--json', '--home', h]).json<{
      rebuild: { substrates: { action: string }[] };
    }>();
    expect(all.rebuild.substrates.map((s) => s.action)).toEqual(['rebuilt', 'nothing_to_rebuild']);
  });

  it('a second writer waits, then exits 7 with a clear message while the lock is held', () => {
    const h = home();
    // The lock of a live process (this test runner) that never lets go.
    writeFileSync(join(h, 'bucket', '.lock'), `${process.pid}\n`);
    const run = runCli(['bucket', 'repair', '--json', '--home', h]);
    expect(run.code).toBe(7);
    expect(run.json()).toMatchObject({
      status: 'error',
      error: { kind: 'busy', code: 'BUCKET_LOCKED', retryable: true },
    });
  });
});
