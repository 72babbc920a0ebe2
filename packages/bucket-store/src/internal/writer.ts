import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BucketEvent } from '../types.js';
import { writeFileAtomic } from './atomic.js';
import { entryFrom } from './checks.js';
import type { TraceEntry } from './digest.js';
import { appendEvent, settleEvents } from './events.js';
import { type BucketFs, describeWriteError, removeFile } from './fs-layer.js';
import {
  blobPath,
  type EnvelopeHead,
  envelopePath,
  LAYOUT,
  parseEnvelope,
  readEnvelopeHead,
} from './layout.js';
import { acquireLock, currentOwner } from './lock.js';
import {
  applyBlob,
  applyTrace,
  emptyCounts,
  emptyDigest,
  type Manifest,
  type PendingOp,
  readManifest,
  type Tracking,
  trackingOf,
  writeManifest,
} from './manifest.js';
import type { Projection } from './projection.js';
import { summarize } from './summary.js';

/** What every writer of the bucket (the store, and the maintenance verbs) shares. */
export interface WriterContext {
  readonly root: string;
  readonly fs: BucketFs;
  readonly now: () => Date;
  readonly lockTimeoutMs: number;
  projection(): Promise<Projection>;
}

/**
 * Runs `work` as the one writer: takes the lock (bounded wait, then `BUCKET_LOCKED`), settles a
 * write that a killed writer left pending, and hands over the manifest when it tracks counts
 * (undefined when it does not: the write then leaves the manifest alone). Operating-system write
 * failures become `BUCKET_DISK_FULL` / `BUCKET_NOT_WRITABLE`.
 */
export async function withWriteLock<T>(
  ctx: WriterContext,
  work: (manifest: Manifest | undefined) => Promise<T>,
): Promise<T> {
  let lock: Awaited<ReturnType<typeof acquireLock>>;
  try {
    lock = await acquireLock(join(ctx.root, LAYOUT.lock), ctx.lockTimeoutMs, { fs: ctx.fs });
  } catch (error) {
    throw describeWriteError(error, ctx.root);
  }
  try {
    return await work(await settlePending(ctx));
  } catch (error) {
    throw describeWriteError(error, ctx.root);
  } finally {
    try {
      lock.release();
    } catch {
      // a lock file we could not remove is taken over once this process has exited
    }
  }
}

/** The manifest, with a write that a killed writer left pending settled (call under the lock). */
export async function settlePending(ctx: WriterContext): Promise<Manifest | undefined> {
  const read = readManifest(ctx.root);
  const m = read.manifest;
  const tracking = m ? trackingOf(m) : undefined;
  const p = read.pending;
  if (!p) return tracking ? m : undefined;
  let next = m;
  if (m && tracking && p.seq >= m.seq) {
    let settled: Tracking | undefined;
    try {
      settled = await settleOne(ctx, tracking, p);
    } catch {
      settled = undefined;
    }
    const now = ctx.now().toISOString();
    if (settled) {
      const events = settleEvents(
        ctx.root,
        { count: settled.counts.events, tail: m.events_tail ?? 0 },
        ctx.fs,
      );
      next = {
        ...m,
        counts: { ...settled.counts, events: events.count },
        digest: settled.digest,
        events_tail: events.tail,
        seq: m.seq + 1,
        updated_at: now,
      };
    } else {
      next = {
        ...m,
        counts: null,
        digest: null,
        events_tail: null,
        stale_reason: `an interrupted ${p.op} left the bucket in a state its manifest cannot account for`,
        updated_at: now,
      };
    }
    writeManifest(ctx.root, next, ctx.fs);
  } else if (!tracking) {
    // Untracked: no counts to settle, but the projection may still miss the interrupted trace.
    await settleOne(ctx, { counts: emptyCounts(), digest: emptyDigest() }, p).catch(() => undefined);
  }
  removeFile(ctx.fs, join(ctx.root, LAYOUT.pending));
  return next && trackingOf(next) ? next : undefined;
}

/** The effect of an interrupted operation, judged from the one trace or the blobs it touched. */
async function settleOne(ctx: WriterContext, t: Tracking, p: PendingOp): Promise<Tracking | undefined> {
  switch (p.op) {
    case 'blob':
      return existsSync(blobPath(ctx.root, p.blob.sha256)) ? applyBlob(t, p.blob, 1) : t;
    case 'prune':
      return p.blobs.reduce(
        (acc, b) => (existsSync(blobPath(ctx.root, b.sha256)) ? acc : applyBlob(acc, b, -1)),
        t,
      );
    case 'trace': {
      const path = envelopePath(ctx.root, p.trace_id);
      const head = readEnvelopeHead(path, p.trace_id);
      if (head && sameEntry(head, p.after)) {
        // The envelope was written; the projection may not have been.
        const envelope = parseEnvelope(readFileSync(path, 'utf8'), path, p.trace_id);
        (await ctx.projection()).put(
          summarize(envelope.record, envelope.stored_at, envelope.generation_index),
        );
        return applyTrace(t, p.trace_id, p.before, p.after);
      }
      if ((!head && !p.before) || (head && p.before && sameEntry(head, p.before))) return t;
      return undefined;
    }
    case 'repair':
      return undefined;
  }
}

function sameEntry(head: EnvelopeHead, entry: TraceEntry): boolean {
  return head.generation_index === entry.generation_index && head.content_hash === entry.content_hash;
}

/** A trace's entry in the counts and digest, from its envelope head. */
export function entryOf(head: EnvelopeHead, path: string): TraceEntry {
  return entryFrom(head, statSync(path).size);
}

type PendingInput = PendingOp extends infer P
  ? P extends unknown
    ? Omit<P, 'owner' | 'started_at' | 'seq'>
    : never
  : never;

/** Records the operation about to run (`pending.json`), before it touches anything. */
export function beginOp(ctx: WriterContext, m: Manifest | undefined, op: PendingInput): void {
  const pending = { ...op, seq: m?.seq ?? -1, owner: currentOwner(), started_at: ctx.now().toISOString() };
  writeFileAtomic(join(ctx.root, LAYOUT.pending), `${JSON.stringify(pending)}\n`, ctx.fs);
}

/** Drops the record of an operation that failed before it changed anything; needs no disk space. */
export function abortOp(ctx: WriterContext): void {
  try {
    removeFile(ctx.fs, join(ctx.root, LAYOUT.pending));
  } catch {
    // left pending: the next writer sees that nothing changed and clears it
  }
}

/**
 * Appends the operation's events, commits the manifest with its effect on counts and digests (when
 * it tracks them), then drops the pending record.
 */
export function commitOp(
  ctx: WriterContext,
  m: Manifest | undefined,
  update: (t: Tracking) => Tracking,
  events: readonly BucketEvent[],
): void {
  let tail = 0;
  for (const event of events) tail = appendEvent(ctx.root, event, ctx.fs);
  const tracking = m && trackingOf(m);
  if (m && tracking) {
    const t = update(tracking);
    writeManifest(
      ctx.root,
      {
        ...m,
        counts: { ...t.counts, events: t.counts.events + events.length },
        digest: t.digest,
        events_tail: events.length > 0 ? tail : m.events_tail,
        seq: m.seq + 1,
        updated_at: ctx.now().toISOString(),
      },
      ctx.fs,
    );
  }
  removeFile(ctx.fs, join(ctx.root, LAYOUT.pending));
}
