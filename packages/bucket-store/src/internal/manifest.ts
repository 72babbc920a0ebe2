import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import {
  addElement,
  blobElement,
  DIGEST_ALGORITHM,
  rootDigest,
  type TraceEntry,
  traceElement,
  ZERO_DIGEST,
} from './digest.js';
import type { BucketFs } from './fs-layer.js';
import { LAYOUT } from './layout.js';
import { type LockOwner, ownerAlive, readOwner } from './lock.js';

export const BUCKET_FORMAT = 'opentraces.bucket.v1';

export interface ManifestCounts {
  readonly traces: number;
  /** Generations ever stored, superseded ones included: the sum of (generation_index + 1). */
  readonly generations: number;
  readonly blobs: number;
  /** Blob files on disk (gzip). */
  readonly blob_bytes: number;
  /** What the blobs hold, uncompressed. */
  readonly raw_bytes: number;
  readonly envelope_bytes: number;
  readonly events: number;
}

export interface ManifestDigest {
  readonly algorithm: typeof DIGEST_ALGORITHM;
  readonly traces: string;
  readonly blobs: string;
  readonly root: string;
}

export interface BlobEntry {
  readonly sha256: string;
  readonly raw_bytes: number;
  readonly blob_bytes: number;
}

/**
 * The write in progress (`pending.json`), recorded before it touches anything and removed once the
 * manifest is committed. A writer killed mid-way leaves it; the next writer (or `manifest --heal`)
 * settles it by looking at the one trace or the blobs it names. Removing it needs no disk space, so
 * a write that fails on a full disk leaves the bucket as it was.
 */
export type PendingOp = (
  | {
      readonly op: 'trace';
      readonly trace_id: string;
      readonly before: TraceEntry | null;
      readonly after: TraceEntry;
    }
  | { readonly op: 'blob'; readonly blob: BlobEntry }
  | { readonly op: 'prune'; readonly blobs: readonly BlobEntry[] }
  | { readonly op: 'repair' }
) & {
  /** The manifest's `seq` when the operation began (-1 when untracked): a later seq means it committed. */
  readonly seq: number;
  readonly owner: LockOwner;
  readonly started_at: string;
};

/** `manifest.json`: the bucket's identity plus counts and digests kept up to date by every write. */
export interface Manifest {
  readonly format: typeof BUCKET_FORMAT;
  readonly created_at: string;
  readonly updated_at: string | null;
  /** Committed writes so far; readers compare it before and after a walk to detect a concurrent write. */
  readonly seq: number;
  /** Null when not tracked (a manifest from before counts, or one a writer could not settle). */
  readonly counts: ManifestCounts | null;
  readonly digest: ManifestDigest | null;
  /** Byte length of `events.jsonl` after the last committed append (the log's tail pointer). */
  readonly events_tail: number | null;
  readonly stale_reason: string | null;
  readonly healed_at: string | null;
  readonly quarantined: number;
}

/** What a reader makes of the manifest without writing anything. */
export type ManifestState =
  | 'ok'
  /** a write is in progress (its owner is alive) */
  | 'writing'
  /** a writer died mid-write: the next write or `manifest --heal` settles it */
  | 'interrupted'
  /** counts are not tracked (older manifest, or a writer could not settle an interruption) */
  | 'stale'
  /** no manifest.json, but the bucket holds data */
  | 'missing'
  /** manifest.json is not readable JSON */
  | 'corrupt';

export type ManifestRead = (
  | { readonly state: 'missing' | 'corrupt'; readonly manifest: undefined }
  | { readonly state: Exclude<ManifestState, 'missing' | 'corrupt'>; readonly manifest: Manifest }
) & { readonly pending: PendingOp | undefined };

export function emptyCounts(): ManifestCounts {
  return { traces: 0, generations: 0, blobs: 0, blob_bytes: 0, raw_bytes: 0, envelope_bytes: 0, events: 0 };
}

export function emptyDigest(): ManifestDigest {
  return {
    algorithm: DIGEST_ALGORITHM,
    traces: ZERO_DIGEST,
    blobs: ZERO_DIGEST,
    root: rootDigest(ZERO_DIGEST, ZERO_DIGEST),
  };
}

export function newManifest(now: string, tracked: boolean, staleReason: string | null = null): Manifest {
  return {
    format: BUCKET_FORMAT,
    created_at: now,
    updated_at: now,
    seq: 0,
    counts: tracked ? emptyCounts() : null,
    digest: tracked ? emptyDigest() : null,
    events_tail: tracked ? 0 : null,
    stale_reason: tracked ? null : staleReason,
    healed_at: null,
    quarantined: 0,
  };
}

/** Reads and classifies the manifest (and the pending write, if any); never writes. */
export function readManifest(root: string): ManifestRead {
  const pending = readPending(root);
  let text: string;
  try {
    text = readFileSync(join(root, LAYOUT.manifest), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { state: 'missing', manifest: undefined, pending };
    throw error;
  }
  let value: Partial<Manifest>;
  try {
    value = JSON.parse(text) as Partial<Manifest>;
  } catch {
    return { state: 'corrupt', manifest: undefined, pending };
  }
  if (!value || typeof value !== 'object' || value.format !== BUCKET_FORMAT) {
    return { state: 'corrupt', manifest: undefined, pending };
  }
  const tracked = isCounts(value.counts) && isDigest(value.digest);
  const manifest: Manifest = {
    format: BUCKET_FORMAT,
    created_at: typeof value.created_at === 'string' ? value.created_at : '',
    updated_at: value.updated_at ?? null,
    seq: typeof value.seq === 'number' ? value.seq : 0,
    counts: tracked ? value.counts! : null,
    digest: tracked ? value.digest! : null,
    events_tail: tracked && typeof value.events_tail === 'number' ? value.events_tail : null,
    stale_reason: tracked
      ? null
      : (value.stale_reason ?? 'the manifest does not track counts (written by an older version)'),
    healed_at: value.healed_at ?? null,
    quarantined: typeof value.quarantined === 'number' ? value.quarantined : 0,
  };
  if (!tracked) return { state: 'stale', manifest, pending };
  if (pending && pending.seq >= manifest.seq) {
    const holder = readOwner(join(root, LAYOUT.lock));
    return { state: holder && ownerAlive(holder) ? 'writing' : 'interrupted', manifest, pending };
  }
  return { state: 'ok', manifest, pending };
}

/** The pending write, if one is recorded. An unreadable record counts as an unknown interrupted write. */
export function readPending(root: string): PendingOp | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, LAYOUT.pending), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as PendingOp;
    if (value && typeof value.op === 'string' && typeof value.seq === 'number') return value;
  } catch {
    // falls through
  }
  return { op: 'repair', seq: Number.MAX_SAFE_INTEGER, owner: { pid: 0, start: null }, started_at: '' };
}

export function writeManifest(root: string, manifest: Manifest, fs: BucketFs): void {
  writeFileAtomic(join(root, LAYOUT.manifest), `${JSON.stringify(manifest, null, 2)}\n`, fs);
}

/** Counts and digests, updated in O(1) per trace or blob. */
export interface Tracking {
  readonly counts: ManifestCounts;
  readonly digest: ManifestDigest;
}

export function applyTrace(
  t: Tracking,
  traceId: string,
  before: TraceEntry | null,
  after: TraceEntry | null,
): Tracking {
  let traces = t.digest.traces;
  if (before) traces = addElement(traces, traceElement(traceId, before), -1);
  if (after) traces = addElement(traces, traceElement(traceId, after));
  const c = t.counts;
  return {
    counts: {
      ...c,
      traces: c.traces + (after ? 1 : 0) - (before ? 1 : 0),
      generations:
        c.generations + (after ? after.generation_index + 1 : 0) - (before ? before.generation_index + 1 : 0),
      envelope_bytes: c.envelope_bytes + (after?.envelope_bytes ?? 0) - (before?.envelope_bytes ?? 0),
    },
    digest: withTraces(t.digest, traces),
  };
}

export function applyBlob(t: Tracking, blob: BlobEntry, sign: 1 | -1): Tracking {
  const blobs = addElement(t.digest.blobs, blobElement(blob.sha256), sign);
  const c = t.counts;
  return {
    counts: {
      ...c,
      blobs: c.blobs + sign,
      blob_bytes: c.blob_bytes + sign * blob.blob_bytes,
      raw_bytes: c.raw_bytes + sign * blob.raw_bytes,
    },
    digest: { ...t.digest, blobs, root: rootDigest(t.digest.traces, blobs) },
  };
}

function withTraces(d: ManifestDigest, traces: string): ManifestDigest {
  return { ...d, traces, root: rootDigest(traces, d.blobs) };
}

export function trackingOf(m: Manifest): Tracking | undefined {
  return m.counts && m.digest ? { counts: m.counts, digest: m.digest } : undefined;
}

function isCounts(value: unknown): value is ManifestCounts {
  const c = value as Record<string, unknown> | null | undefined;
  return (
    !!c &&
    ['traces', 'generations', 'blobs', 'blob_bytes', 'raw_bytes', 'envelope_bytes', 'events'].every(
      (k) => typeof c[k] === 'number',
    )
  );
}

function isDigest(value: unknown): value is ManifestDigest {
  const d = value as Record<string, unknown> | null | undefined;
  return (
    !!d &&
    d['algorithm'] === DIGEST_ALGORITHM &&
    typeof d['traces'] === 'string' &&
    typeof d['blobs'] === 'string'
  );
}
