import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrorCode, isOpentracesError } from '@opentraces/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { crashingFs, fullDiskFs, record, SimulatedCrash, tempDirs } from './__tests__/helpers.js';
import { openBucket } from './fs-bucket.js';
import type { BucketFs } from './internal/fs-layer.js';
import { healManifest, pruneBucket, rebuildProjections, repairBucket, verifyBucket } from './maintenance.js';
import type { BucketStore } from './types.js';

// Every write operation of every write path, interrupted at each of its file operations in turn
// (in process, through the injectable fs layer); then the state a real kill -9 would leave is
// checked: nothing acknowledged is lost, verify finds no damage, and the next writer (or repair)
// leaves a bucket whose manifest equals a recount from disk. `reliability.test.ts` does the same
// with real processes and SIGKILL.

const temp = tempDirs();
afterEach(() => temp.cleanup());

const enc = (text: string) => new TextEncoder().encode(text);
type Acked = Map<string, { generation_index: number; content_hash: string | null }>;

/** Three traces (one with two generations) and an old orphan blob; returns what was acknowledged. */
async function base(root: string): Promise<Acked> {
  const bucket = await openBucket({ root, create: true });
  const acked: Acked = new Map();
  const put = async (id: string, content: string) => {
    const blob = await bucket.putBlob(enc(`raw ${id} ${content}\n`));
    await bucket.putTrace({
      record: record(id, content),
      source: { agent: 'claude-code', file_name: null, blob },
    });
    const e = (await bucket.getTrace(id))!;
    acked.set(id, { generation_index: e.generation_index, content_hash: e.content_hash });
  };
  await put('trace-a', 'first');
  await put('trace-b', 'second');
  await put('trace-a', 'first, grown');
  await bucket.putBlob(enc('orphan\n'));
  await bucket.close();
  return acked;
}

interface Operation {
  readonly name: string;
  /** Damage to plant in the base bucket (repair needs something to do). */
  readonly damage?: (root: string) => void;
  run(root: string, fs: BucketFs): Promise<unknown>;
}

const withBucket = async (root: string, fs: BucketFs, work: (b: BucketStore) => Promise<unknown>) => {
  const bucket = await openBucket({ root, create: true, fs, lockTimeoutMs: 2_000 });
  try {
    return await work(bucket);
  } finally {
    await bucket.close();
  }
};

const OPERATIONS: Operation[] = [
  {
    name: 'capture of a new trace (blob, then envelope)',
    run: (root, fs) =>
      withBucket(root, fs, async (b) => {
        const blob = await b.putBlob(enc('raw new\n'));
        await b.putTrace({
          record: record('trace-new', 'new'),
          source: { agent: 'claude-code', file_name: null, blob },
        });
      }),
  },
  {
    name: 'a new generation of a trace',
    run: (root, fs) =>
      withBucket(root, fs, async (b) => {
        const blob = await b.putBlob(enc('raw trace-b grown\n'));
        await b.putTrace({
          record: record('trace-b', 'second, grown'),
          source: { agent: 'claude-code', file_name: null, blob },
        });
      }),
  },
  { name: 'prune', run: (root, fs) => pruneBucket({ root, fs, graceMs: 0 }) },
  { name: 'manifest --heal', run: (root, fs) => healManifest({ root, fs }) },
  { name: 'rebuild', run: (root, fs) => rebuildProjections({ root, fs }) },
  {
    name: 'repair of a damaged blob',
    damage: (root) => {
      const file = blobPathOf(root, 'orphan\n');
      const bytes = readFileSync(file);
      const at = bytes.length - 5;
      bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(file, bytes);
    },
    run: (root, fs) => repairBucket({ root, fs }),
  },
];

function blobPathOf(root: string, content: string): string {
  const sha = createHash('sha256').update(content).digest('hex');
  return join(root, 'blobs', 'sha256', sha.slice(0, 2), `${sha.slice(2)}.gz`);
}

/** What a dead writer leaves: its lock file, now owned by a pid that no longer exists. */
function killedWriterLeavesLock(root: string): void {
  const lock = join(root, '.lock');
  if (existsSync(lock)) writeFileSync(lock, '999999999\n');
}

/** Nothing acknowledged is lost: every trace is at its acknowledged generation or a later one. */
async function expectAcked(root: string, acked: Acked): Promise<void> {
  const bucket = await openBucket({ root });
  for (const [id, want] of acked) {
    const got = await bucket.getTrace(id);
    expect(got, id).toBeDefined();
    expect(got!.generation_index).toBeGreaterThanOrEqual(want.generation_index);
    if (got!.generation_index === want.generation_index) expect(got!.content_hash).toBe(want.content_hash);
  }
  await bucket.close();
}

/** After the next write (or a repair), the bucket is clean and its manifest equals a recount. */
async function expectSettled(root: string, via: 'next write' | 'repair'): Promise<void> {
  if (via === 'repair') await repairBucket({ root });
  else
    await withBucket(root, crashingFs(0), (b) =>
      b.putTrace({ record: record('after', `after ${Date.now()}`) }),
    );
  const report = verifyBucket({ root, full: true });
  expect(report.issues).toEqual([]);
  expect(report.clean).toBe(true);
  expect((await healManifest({ root })).changed).toEqual([]);
}

const crashPoints: string[] = [];
afterAll(() => {
  if (crashPoints.length > 0) process.stderr.write(`crash points per operation: ${crashPoints.join('; ')}\n`);
});

describe.each(OPERATIONS)('interrupted at every file operation: $name', (op) => {
  it('loses nothing acknowledged and settles', async () => {
    const count = join(temp.make(), 'bucket');
    await base(count);
    op.damage?.(count);
    const counter = crashingFs(0);
    await op.run(count, counter);
    const total = counter.ops();
    expect(total).toBeGreaterThan(5);
    crashPoints.push(`${op.name}: ${total}`);

    const pristine = join(temp.make(), 'bucket');
    const acked = await base(pristine);
    op.damage?.(pristine);
    for (let crashAt = 1; crashAt <= total; crashAt++) {
      const root = join(temp.make(), 'bucket');
      cpSync(pristine, root, { recursive: true });
      // A crash in the last steps (dropping the lock) may go unnoticed by the operation: it had finished.
      const fs = crashingFs(crashAt);
      const outcome = await op.run(root, fs).catch((e: unknown) => e);
      if (outcome instanceof Error)
        expect(outcome, `crash at ${crashAt}/${total}`).toBeInstanceOf(SimulatedCrash);
      expect(fs.ops()).toBeGreaterThanOrEqual(crashAt);
      killedWriterLeavesLock(root);
      const found = verifyBucket({ root, full: true });
      // No damage but the planted one (until the repair had quarantined it).
      const planted = op.damage ? ['blob_corrupt'] : [];
      for (const issue of found.issues) expect(planted, `crash at ${crashAt}/${total}`).toContain(issue.kind);
      await expectAcked(root, acked);
      await expectSettled(root, op.damage || crashAt % 2 === 0 ? 'repair' : 'next write');
      await expectAcked(root, acked);
    }
  });
});

describe('a full disk (ENOSPC at every byte budget of a capture)', () => {
  it('fails with BUCKET_DISK_FULL, leaves no damage, and the next write settles', async () => {
    const sizing = join(temp.make(), 'bucket');
    await base(sizing);
    const capture = (root: string, fs: BucketFs) =>
      withBucket(root, fs, async (b) => {
        const blob = await b.putBlob(enc('raw of a capture on a full disk\n'.repeat(40)));
        await b.putTrace({
          record: record('trace-full', 'a capture on a full disk '.repeat(20)),
          source: { agent: 'claude-code', file_name: null, blob },
        });
      });
    const unlimited = fullDiskFs(Number.MAX_SAFE_INTEGER);
    const probe = fullDiskFs(1e9);
    await capture(sizing, probe);
    const needed = 1e9 - probe.left();
    expect(needed).toBeGreaterThan(500);
    const budgets = [
      ...new Set([0, 1, ...Array.from({ length: 60 }, (_, i) => Math.floor((needed * i) / 60)), needed - 1]),
    ];
    let failures = 0;
    const pristine = join(temp.make(), 'bucket');
    const acked = await base(pristine);
    for (const budget of budgets) {
      const root = join(temp.make(), 'bucket');
      cpSync(pristine, root, { recursive: true });
      const fs = fullDiskFs(budget);
      let error: unknown;
      await capture(root, fs).catch((e) => {
        error = e;
      });
      if (error !== undefined) {
        failures += 1;
        expect(hasErrorCode(error, 'BUCKET_DISK_FULL'), `budget ${budget}: ${String(error)}`).toBe(true);
        expect(isOpentracesError(error) && error.kind).toBe('failure');
        const report = verifyBucket({ root, full: true });
        expect(report.issues, `budget ${budget}`).toEqual([]);
        expect(['ok', 'interrupted']).toContain(report.manifest.state);
        expect(report.notices.filter((n) => n.kind === 'temp_files')).toEqual([]);
      }
      await expectAcked(root, acked);
      await capture(root, unlimited);
      const after = verifyBucket({ root, full: true });
      expect(after.clean, `budget ${budget}`).toBe(true);
      expect((await healManifest({ root })).changed).toEqual([]);
    }
    expect(failures).toBeGreaterThan(budgets.length / 2);
  });
});

describe('a full disk for real (a 512 KiB tmpfs, as root)', () => {
  const mountPoint = join(temp.make('ot-tmpfs-'), 'mnt');
  let mounted = false;
  beforeAll(() => {
    mkdirSync(mountPoint, { recursive: true });
    const res = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], {
      encoding: 'utf8',
    });
    mounted = res.status === 0;
  });
  afterAll(() => {
    if (mounted) spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('stops with BUCKET_DISK_FULL when the filesystem fills, and resumes once space is freed', async (ctx) => {
    if (!mounted) ctx.skip(); // needs root and tmpfs (as in CI here); the injected-fs test above always runs
    const root = join(mountPoint, 'bucket');
    const filler = join(mountPoint, 'filler');
    writeFileSync(filler, Buffer.alloc(128 * 1024));
    // The writes run in a child process: on ENOSPC inside its memory map, lmdb (native) may abort
    // the whole process (seen here: "munmap_chunk(): invalid pointer") instead of throwing. What
    // must hold either way: nothing acknowledged is lost, and the bucket verifies after the next write.
    const dist = join(import.meta.dirname, '..', 'dist', 'index.js');
    const script = `
      import { openBucket } from ${JSON.stringify(dist)};
      const root = process.argv[1];
      const enc = (t) => new TextEncoder().encode(t);
      const record = (id, content) => ({ schema_version: ${JSON.stringify(record('x', 'x').schema_version)},
        trace_id: id, session_id: 'session-' + id, timestamp_start: '2026-11-01T10:00:00.000Z',
        agent: { name: 'claude-code', version: '2.1.3', model: 'claude-sonnet-4-5' }, task: { description: content },
        steps: [{ step_index: 0, role: 'user', content }, { step_index: 1, role: 'agent', content: 'done: ' + content }] });
      const bucket = await openBucket({ root, create: true });
      for (let i = 0; i < 1000; i++) {
        try {
          const blob = await bucket.putBlob(enc(('raw ' + i + ' ').repeat(300)));
          await bucket.putTrace({ record: record('t-' + i, (i + ' ').repeat(800)), source: { agent: 'claude-code', file_name: null, blob } });
          process.stdout.write('ack t-' + i + '\\n');
        } catch (e) {
          process.stdout.write('error ' + (e && e.code) + '\\n');
          break;
        }
      }
      await bucket.close();`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, root], {
      encoding: 'utf8',
    });
    const lines = child.stdout.split('\n').filter(Boolean);
    const acked = lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
    const errorLine = lines.find((l) => l.startsWith('error '));
    if (child.status === 0) expect(errorLine).toBe('error BUCKET_DISK_FULL');
    else expect(child.signal ?? child.status, child.stderr.slice(-300)).toBeTruthy();
    const bucket = await openBucket({ root, create: true });
    expect(acked.length).toBeGreaterThan(5);
    expect(verifyBucket({ root, full: true }).issues).toEqual([]);
    rmSync(filler);
    await bucket.putTrace({ record: record('after-space-freed', 'x') });
    await bucket.close();
    expect(verifyBucket({ root, full: true }).clean).toBe(true);
    const reader = await openBucket({ root });
    for (const id of acked) expect(await reader.getTrace(id), id).toBeDefined();
    await reader.close();
  });
});
