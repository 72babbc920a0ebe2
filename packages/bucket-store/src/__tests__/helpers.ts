import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_VERSION, type TraceRecord } from '@opentraces/schema';
import { type BucketFs, NODE_FS } from '../internal/fs-layer.js';

/** A small valid record; `content` changes its content hash (and so its generation when re-stored). */
export function record(id: string, content: string, start = '2026-11-01T10:00:00.000Z'): TraceRecord {
  return {
    schema_version: SCHEMA_VERSION,
    trace_id: id,
    session_id: `session-${id}`,
    timestamp_start: start,
    agent: { name: 'claude-code', version: '2.1.3', model: 'claude-sonnet-4-5' },
    task: { description: content },
    steps: [
      { step_index: 0, role: 'user', content },
      { step_index: 1, role: 'agent', content: `done: ${content}` },
    ],
  };
}

/** Temp directories removed by `cleanup()` (call it from `afterEach`). */
export function tempDirs(): { make(prefix?: string): string; cleanup(): void } {
  const dirs: string[] = [];
  return {
    make(prefix = 'ot-bucket-') {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file and directory under `root` with its mtime, size and inode: equal snapshots mean nothing was written. */
export function snapshotTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const stat = statSync(path);
      out[path] = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
      if (entry.isDirectory()) walk(path);
    }
  };
  const top = statSync(root);
  out[root] = `${top.mtimeMs}:${top.ino}`;
  walk(root);
  return out;
}

/** Thrown by `crashingFs` at its crash point and for every operation after it. */
export class SimulatedCrash extends Error {
  constructor(readonly op: number) {
    super(`simulated crash at fs operation ${op}`);
  }
}

/**
 * An fs layer that counts write operations and, from operation `crashAt` on, fails every one: the
 * process "dies" there, nothing after it reaches the disk (not even cleanup). `crashAt` 0 never
 * crashes (use it to count the operations of a write).
 */
export function crashingFs(crashAt: number): BucketFs & { readonly ops: () => number } {
  let ops = 0;
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      ops += 1;
      if (crashAt > 0 && ops >= crashAt) throw new SimulatedCrash(ops);
      return fn(...args);
    };
  return {
    openSync: guard(NODE_FS.openSync),
    writeSync: guard(NODE_FS.writeSync),
    fsyncSync: guard(NODE_FS.fsyncSync),
    ftruncateSync: guard(NODE_FS.ftruncateSync),
    closeSync: guard(NODE_FS.closeSync),
    renameSync: guard(NODE_FS.renameSync),
    linkSync: guard(NODE_FS.linkSync),
    unlinkSync: guard(NODE_FS.unlinkSync),
    mkdirSync: guard(NODE_FS.mkdirSync),
    utimesSync: guard(NODE_FS.utimesSync),
    ops: () => ops,
  };
}

/** An fs layer whose disk holds `budget` more bytes: past that, `write` fails with ENOSPC (as Linux does). */
export function fullDiskFs(budget: number): BucketFs & { left(): number } {
  let left = budget;
  return {
    ...NODE_FS,
    writeSync(fd, buffer, offset, length, position) {
      if (length > left) {
        const n = left;
        left = 0;
        if (n > 0) return NODE_FS.writeSync(fd, buffer, offset, n, position);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
          errno: -28,
        });
      }
      left -= length;
      return NODE_FS.writeSync(fd, buffer, offset, length, position);
    },
    left: () => left,
  };
}

/** A small deterministic PRNG (mulberry32) for seeded trials. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
