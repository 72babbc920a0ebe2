import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { BucketManifest } from '@opentraces/schema';
import { OpentracesError } from '@opentraces/schema/core';
import { bucketExists, type OpenBucketOptions, writerContext } from './fs-bucket.js';
import { tempFileOwner } from './internal/atomic.js';
import {
  blobEntryOf,
  checkBlobFile,
  checkEnvelopeFile,
  entryFrom,
  readHeadSafely,
} from './internal/checks.js';
import { addElement, blobElement } from './internal/digest.js';
import { appendEvent, settleEvents } from './internal/events.js';
import { removeFile } from './internal/fs-layer.js';
import {
  blobPath,
  LAYOUT,
  type Leftovers,
  listBlobs,
  listRootTemp,
  listTraceDirs,
} from './internal/layout.js';
import { ownerAlive, readOwner } from './internal/lock.js';
import {
  applyBlob,
  applyTrace,
  type BlobEntry,
  emptyCounts,
  emptyDigest,
  type Manifest,
  type ManifestCounts,
  type ManifestState,
  newManifest,
  type PendingOp,
  readManifest,
  type Tracking,
  trackingOf,
  writeManifest,
} from './internal/manifest.js';
import { openProjection, type Projection } from './internal/projection.js';
import { summarize } from './internal/summary.js';
import { beginOp, commitOp, type WriterContext, withWriteLock } from './internal/writer.js';
import type { TraceSummary } from './types.js';

/** Options of every maintenance verb: the bucket root and, for writers, the clock, lock wait and fs. */
export type MaintenanceOptions = Omit<OpenBucketOptions, 'create'>;

// ---------------------------------------------------------------- manifest (read) and heal

export interface ManifestInspection {
  readonly root: string;
  readonly exists: boolean;
  readonly state: ManifestState | 'absent';
  readonly manifest: Manifest | null;
  /** The write in progress or interrupted (`pending.json`), if any. */
  readonly pending: PendingOp | null;
  /** Who holds the lock while a write is pending, and whether it is still running. */
  readonly writer: { readonly pid: number; readonly alive: boolean } | null;
  readonly projection: boolean;
}

/** The persisted manifest and what a reader can tell about it. Never writes, never scans. */
export function inspectManifest(root: string): ManifestInspection {
  if (!bucketExists(root)) {
    return {
      root,
      exists: false,
      state: 'absent',
      manifest: null,
      pending: null,
      writer: null,
      projection: false,
    };
  }
  const read = readManifest(root);
  const owner = read.pending ? (readOwner(join(root, LAYOUT.lock)) ?? read.pending.owner) : undefined;
  return {
    root,
    exists: true,
    state: read.state,
    manifest: read.manifest ?? null,
    pending: read.pending && (read.state === 'writing' || read.state === 'interrupted') ? read.pending : null,
    writer: owner ? { pid: owner.pid, alive: ownerAlive(owner) } : null,
    projection: existsSync(join(root, LAYOUT.projection)),
  };
}

/**
 * What `bucket manifest --json` prints: the `opentraces.bucket.manifest.v2` document of the schema
 * package. Its per-trace rows come from the envelope heads at read time (no record or blob is
 * read); the persisted `manifest.json` keeps only what a write can update in O(1) (counts and
 * digests), under `persisted`. Never writes.
 */
export type ManifestDocument = BucketManifest & {
  /** The persisted `manifest.json` and what a reader makes of it. */
  readonly persisted: { readonly state: ManifestState } & Readonly<Record<string, unknown>>;
};

export function describeManifest(root: string, now: () => Date = () => new Date()): ManifestDocument | null {
  if (!bucketExists(root)) return null;
  const read = readManifest(root);
  const m = read.manifest;
  const traces: BucketManifest['traces'][number][] = [];
  for (const dir of listTraceDirs(root)) {
    const r = readHeadSafely(dir.path, dir.trace_id);
    traces.push({
      trace_id: dir.trace_id,
      project_slug: '',
      syncable: null,
      security_stale: null,
      written_at: r.ok ? r.head.stored_at : null,
      summary: r.ok
        ? {
            generation_index: r.head.generation_index,
            content_hash: r.head.content_hash,
            agent: r.head.source?.agent ?? null,
            blobs: entryFrom(r.head, 0).blobs.length,
          }
        : { unreadable: r.problem },
    });
  }
  const c = m?.counts;
  return {
    schema_version: 'opentraces.bucket.manifest.v2',
    bucket_root: '',
    root,
    generated_at: now().toISOString(),
    updated_at: m?.updated_at ?? null,
    security_version: null,
    bucket_digest: m?.digest?.root ?? null,
    traces,
    trace_records: c ? { count: c.traces, generations: c.generations, envelope_bytes: c.envelope_bytes } : {},
    raw_sources: c ? { blobs: c.blobs, blob_bytes: c.blob_bytes, raw_bytes: c.raw_bytes } : {},
    events_v1: c ? { count: c.events, tail: m?.events_tail ?? null } : {},
    sync: { eligible: false, blocked_reasons: ['no bucket remote is configured'] },
    persisted: {
      state: read.state,
      format: m?.format ?? null,
      created_at: m?.created_at ?? null,
      seq: m?.seq ?? null,
      counts: c ?? null,
      digest: m?.digest ?? null,
      stale_reason: m?.stale_reason ?? null,
      healed_at: m?.healed_at ?? null,
      quarantined: m?.quarantined ?? 0,
    },
  };
}

export interface HealReport {
  readonly root: string;
  readonly before: {
    readonly state: ManifestState;
    readonly counts: ManifestCounts | null;
    readonly digest: string | null;
  };
  readonly after: { readonly counts: ManifestCounts; readonly digest: string };
  /** Counts and digests that differed from the manifest on disk. */
  readonly changed: readonly string[];
  /** Envelopes whose head could not be read: left out of the counts (`repair` quarantines them). */
  readonly unreadable: readonly {
    readonly trace_id: string;
    readonly path: string;
    readonly problem: string;
  }[];
  readonly events_truncated_bytes: number;
}

/**
 * Materialises the manifest from the envelopes and blobs on disk (envelope heads, blob names, file
 * sizes and gzip trailers; no content is re-hashed), settling any pending write. The one explicit
 * self-heal: readers never do this.
 */
export async function healManifest(options: MaintenanceOptions): Promise<HealReport> {
  requireBucket(options.root);
  const { ctx, close } = maintenanceContext(options);
  try {
    return await withWriteLock(ctx, async () => {
      const { root } = ctx;
      const read = readManifest(root);
      const old = read.manifest;
      const unreadable: { trace_id: string; path: string; problem: string }[] = [];
      let t: Tracking = { counts: emptyCounts(), digest: emptyDigest() };
      for (const dir of listTraceDirs(root)) {
        const r = readHeadSafely(dir.path, dir.trace_id);
        if (r.ok) t = applyTrace(t, dir.trace_id, null, entryFrom(r.head, statSync(dir.path).size));
        else unreadable.push({ trace_id: dir.trace_id, path: dir.path, problem: r.problem });
      }
      for (const blob of listBlobs(root)) t = applyBlob(t, blobEntryOf(blob.path, blob.sha256), 1);
      const events = settleEvents(root, null, ctx.fs);
      const now = ctx.now().toISOString();
      const tail = appendEvent(
        root,
        { at: now, kind: 'manifest.healed', detail: { traces: t.counts.traces } },
        ctx.fs,
      );
      const base = old ?? newManifest(now, true);
      const next: Manifest = {
        ...base,
        updated_at: now,
        seq: base.seq + 1,
        counts: { ...t.counts, events: events.count + 1 },
        digest: t.digest,
        events_tail: tail,
        stale_reason: null,
        healed_at: now,
      };
      writeManifest(root, next, ctx.fs);
      return {
        root,
        before: { state: read.state, counts: old?.counts ?? null, digest: old?.digest?.root ?? null },
        after: { counts: next.counts!, digest: t.digest.root },
        changed: differences(old ? trackingOf(old) : undefined, t, { events: false }),
        unreadable,
        events_truncated_bytes: events.truncated_bytes,
      };
    });
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- verify

export type VerifyIssueKind = 'blob_corrupt' | 'envelope_corrupt' | 'blob_missing' | 'manifest_mismatch';

/** Damage: each names exactly the file (and blob or trace) concerned. */
export interface VerifyIssue {
  readonly kind: VerifyIssueKind;
  readonly detail: string;
  readonly path?: string;
  readonly sha256?: string;
  readonly trace_id?: string;
}

/** Not damage, but something to act on (a derived file to heal or rebuild, leftovers to prune). */
export interface VerifyNotice {
  readonly kind: 'manifest_state' | 'projection_missing' | 'temp_files' | 'stray_files' | 'concurrent_write';
  readonly detail: string;
  readonly paths?: readonly string[];
}

export interface VerifyReport {
  readonly root: string;
  readonly exists: boolean;
  readonly mode: 'sample' | 'full';
  readonly sample: number | null;
  readonly checked: { readonly envelopes: number; readonly blobs: number };
  readonly totals: { readonly envelopes: number; readonly blobs: number };
  readonly manifest: {
    readonly state: ManifestState | 'absent';
    /** Whether the manifest's counts and digests were compared with what is on disk. */
    readonly compared: boolean;
    readonly matches: boolean | null;
    readonly differences: readonly string[];
  };
  readonly issues: readonly VerifyIssue[];
  readonly notices: readonly VerifyNotice[];
  /** No issue, and no notice but leftovers (temp or stray files) that change nothing. */
  readonly clean: boolean;
}

export const DEFAULT_VERIFY_SAMPLE = 100;

/** Notices about leftovers: worth a prune, but the bucket is consistent with them. */
const INFORMATIONAL: ReadonlySet<VerifyNotice['kind']> = new Set(['temp_files', 'stray_files']);

/**
 * Re-hashes blobs (gunzip + SHA-256, header) and envelopes (the record's content hash): all of them
 * with `full`, else a random sample of each. Full mode also recomputes counts and digests from what
 * it read and compares them with the manifest; sample mode compares what names and sizes alone
 * give (trace and blob counts, blob bytes, the blob digest). Never writes, takes no lock.
 */
export function verifyBucket(options: {
  readonly root: string;
  readonly full?: boolean;
  readonly sample?: number;
  /** Random numbers in [0, 1) for the sample (tests pass a seeded generator). */
  readonly random?: () => number;
}): VerifyReport {
  const { root } = options;
  const mode = options.full ? 'full' : 'sample';
  const sample = options.full ? null : Math.max(0, Math.floor(options.sample ?? DEFAULT_VERIFY_SAMPLE));
  if (!bucketExists(root)) {
    return {
      root,
      exists: false,
      mode,
      sample,
      checked: { envelopes: 0, blobs: 0 },
      totals: { envelopes: 0, blobs: 0 },
      manifest: { state: 'absent', compared: false, matches: null, differences: [] },
      issues: [],
      notices: [],
      clean: true,
    };
  }
  const first = readManifest(root);
  const leftovers: Leftovers = { temp: listRootTemp(root), strays: [] };
  const dirs = listTraceDirs(root, leftovers);
  const blobs = listBlobs(root, leftovers);
  const issues: VerifyIssue[] = [];
  const random = options.random ?? Math.random;
  const chosenDirs = sample === null ? dirs : pick(dirs, sample, random);
  const chosenBlobs = sample === null ? blobs : pick(blobs, sample, random);
  const present = new Set(blobs.map((b) => b.sha256));

  let fromDisk: Tracking = { counts: emptyCounts(), digest: emptyDigest() };
  for (const dir of chosenDirs) {
    const r = checkEnvelopeFile(dir.path, dir.trace_id);
    if (!r.ok) {
      issues.push({ kind: 'envelope_corrupt', trace_id: dir.trace_id, path: dir.path, detail: r.problem });
      continue;
    }
    fromDisk = applyTrace(fromDisk, dir.trace_id, null, r.entry);
    for (const sha of r.entry.blobs) {
      if (!present.has(sha)) {
        issues.push({
          kind: 'blob_missing',
          trace_id: dir.trace_id,
          sha256: sha,
          path: blobPath(root, sha),
          detail: `trace ${dir.trace_id} references blob ${sha}, which is not in the bucket`,
        });
      }
    }
  }
  for (const blob of chosenBlobs) {
    const r = checkBlobFile(blob.path, blob.sha256);
    if (r.ok) fromDisk = applyBlob(fromDisk, r.entry, 1);
    else issues.push({ kind: 'blob_corrupt', sha256: blob.sha256, path: blob.path, detail: r.problem });
  }

  const notices: VerifyNotice[] = [];
  const last = readManifest(root);
  const tracked = first.manifest && trackingOf(first.manifest);
  let compared = false;
  let diffs: string[] = [];
  if (first.state !== 'ok' || !tracked) {
    notices.push({ kind: 'manifest_state', detail: manifestStateAdvice(first.state) });
  } else if (last.manifest?.seq !== first.manifest?.seq || last.state !== 'ok') {
    notices.push({
      kind: 'concurrent_write',
      detail: 'a write happened while verifying: counts and digests were not compared; run verify again',
    });
  } else if (issues.length === 0) {
    compared = true;
    diffs =
      sample === null
        ? differences(tracked, fromDisk, { events: false })
        : listingDifferences(
            tracked,
            dirs.length,
            blobs.map((b) => b.sha256),
            sumSizes(blobs.map((b) => b.path)),
          );
    if (diffs.length > 0) {
      issues.push({
        kind: 'manifest_mismatch',
        path: join(root, LAYOUT.manifest),
        detail: `the bucket on disk does not match its manifest (${diffs.join(', ')}): files were lost or added behind its back`,
      });
    }
  }
  if (!existsSync(join(root, LAYOUT.projection)) && dirs.length > 0) {
    notices.push({
      kind: 'projection_missing',
      detail: 'the listing projection is missing: run `opentraces bucket rebuild`',
    });
  }
  const deadTemp = leftovers.temp.filter((p) => !tempOwnerAlive(p));
  if (deadTemp.length > 0) {
    notices.push({
      kind: 'temp_files',
      detail: `${deadTemp.length} temp file(s) of interrupted writes: \`opentraces bucket prune\` removes them`,
      paths: deadTemp.slice(0, 50),
    });
  }
  if (leftovers.strays.length > 0) {
    notices.push({
      kind: 'stray_files',
      detail: `${leftovers.strays.length} file(s) under blobs/ or traces/ that the bucket did not write`,
      paths: leftovers.strays.slice(0, 50),
    });
  }
  return {
    root,
    exists: true,
    mode,
    sample,
    checked: { envelopes: chosenDirs.length, blobs: chosenBlobs.length },
    totals: { envelopes: dirs.length, blobs: blobs.length },
    manifest: {
      state: first.state,
      compared,
      matches: compared ? diffs.length === 0 : null,
      differences: diffs,
    },
    issues,
    notices,
    clean: issues.length === 0 && notices.every((n) => INFORMATIONAL.has(n.kind)),
  };
}

/** The error a caller reports for a verify that found damage (kind `corruption`, exit 5 in the CLI). */
export function bucketCorruptionError(report: VerifyReport): OpentracesError {
  const first = report.issues[0];
  const named = report.issues.map((i) => i.sha256 ?? i.trace_id ?? i.path ?? i.kind);
  return new OpentracesError({
    code: 'BUCKET_CORRUPT',
    kind: 'corruption',
    message: `The bucket has ${report.issues.length} damaged item(s): ${first ? describeIssue(first) : ''}${report.issues.length > 1 ? ` (and ${report.issues.length - 1} more)` : ''}.`,
    hint: report.issues.every((i) => i.kind === 'blob_missing')
      ? 'The raw bytes are gone from this machine and there is no remote: re-import the session(s) from their transcripts if they still exist (`opentraces trace import <path>`); repair cannot restore them.'
      : 'Run `opentraces bucket repair`: it quarantines damaged files (never deletes them) and rebuilds the manifest and projections.',
    data: {
      root: report.root,
      items: named.slice(0, 50),
      kinds: [...new Set(report.issues.map((i) => i.kind))],
    },
  });
}

function describeIssue(i: VerifyIssue): string {
  switch (i.kind) {
    case 'blob_corrupt':
      return `blob ${i.sha256} (${i.path}): ${i.detail}`;
    case 'envelope_corrupt':
      return `envelope of trace ${i.trace_id} (${i.path}): ${i.detail}`;
    case 'blob_missing':
      return i.detail;
    case 'manifest_mismatch':
      return i.detail;
  }
}

// ---------------------------------------------------------------- repair

export interface RepairReport {
  readonly root: string;
  /** Damaged files moved (never deleted) under `quarantine/<time>/`, with the reason. */
  readonly quarantined: readonly {
    readonly from: string;
    readonly to: string;
    readonly reason: string;
    readonly trace_id?: string;
    readonly sha256?: string;
  }[];
  /** Blobs that intact envelopes reference but that are gone (not recoverable locally). */
  readonly missing_blobs: readonly { readonly trace_id: string; readonly sha256: string }[];
  readonly traces: number;
  readonly blobs: number;
  readonly projection: { readonly traces: number };
  readonly manifest: {
    readonly before: ManifestState | 'absent';
    readonly changed: readonly string[];
    readonly digest: string;
  };
  readonly events_truncated_bytes: number;
  readonly temp_files: number;
}

/**
 * Rebuilds the manifest, digests and projection from the envelopes and blobs on disk, re-hashing
 * every one of them; damaged files are moved to `quarantine/<time>/` (never deleted). Safe to kill
 * and to run again: moves are renames, the projection is replaced in one transaction and the
 * manifest is written last.
 */
export async function repairBucket(options: MaintenanceOptions): Promise<RepairReport> {
  requireBucket(options.root);
  const { ctx, close } = maintenanceContext(options);
  try {
    return await withWriteLock(ctx, async () => {
      const { root, fs } = ctx;
      const read = readManifest(root);
      const startedAt = ctx.now().toISOString();
      const base = read.manifest ?? newManifest(startedAt, true);
      beginOp(ctx, read.manifest, { op: 'repair' });
      const qdir = join(root, LAYOUT.quarantine, startedAt.replace(/[:.]/g, '-'));
      const quarantined: { from: string; to: string; reason: string; trace_id?: string; sha256?: string }[] =
        [];
      const moveAside = (path: string, reason: string, ids: { trace_id?: string; sha256?: string }) => {
        const to = join(qdir, relative(root, path));
        fs.mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
        fs.renameSync(path, to);
        quarantined.push({ from: path, to, reason, ...ids });
      };
      const leftovers: Leftovers = { temp: listRootTemp(root), strays: [] };

      let t: Tracking = { counts: emptyCounts(), digest: emptyDigest() };
      const intact = new Set<string>();
      for (const blob of listBlobs(root, leftovers)) {
        const r = checkBlobFile(blob.path, blob.sha256);
        if (r.ok) {
          t = applyBlob(t, r.entry, 1);
          intact.add(blob.sha256);
        } else moveAside(blob.path, r.problem, { sha256: blob.sha256 });
      }
      const summaries: TraceSummary[] = [];
      const missing: { trace_id: string; sha256: string }[] = [];
      for (const dir of listTraceDirs(root, leftovers)) {
        const r = checkEnvelopeFile(dir.path, dir.trace_id);
        if (!r.ok) {
          moveAside(dir.path, r.problem, { trace_id: dir.trace_id });
          continue;
        }
        const e = r.envelope;
        summaries.push(summarize(e.record, e.stored_at, e.generation_index));
        t = applyTrace(t, dir.trace_id, null, r.entry);
        for (const sha of r.entry.blobs)
          if (!intact.has(sha)) missing.push({ trace_id: dir.trace_id, sha256: sha });
      }
      const projected = (await ctx.projection()).replaceAll(summaries);
      const events = settleEvents(root, null, fs);
      const now = ctx.now().toISOString();
      const tail = appendEvent(
        root,
        {
          at: now,
          kind: 'bucket.repaired',
          detail: { quarantined: quarantined.length, traces: t.counts.traces },
        },
        fs,
      );
      writeManifest(
        root,
        {
          ...base,
          updated_at: now,
          seq: base.seq + 1,
          counts: { ...t.counts, events: events.count + 1 },
          digest: t.digest,
          events_tail: tail,
          stale_reason: null,
          healed_at: now,
          quarantined: base.quarantined + quarantined.length,
        },
        fs,
      );
      removeFile(fs, join(root, LAYOUT.pending));
      return {
        root,
        quarantined,
        missing_blobs: missing,
        traces: t.counts.traces,
        blobs: t.counts.blobs,
        projection: { traces: projected },
        manifest: {
          before: read.state,
          changed: differences(read.manifest ? trackingOf(read.manifest) : undefined, t, { events: false }),
          digest: t.digest.root,
        },
        events_truncated_bytes: events.truncated_bytes,
        temp_files: leftovers.temp.length,
      };
    });
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- rebuild

export interface RebuildReport {
  readonly root: string;
  readonly projection: { readonly traces: number };
  /** Envelopes that could not be read (left out; `repair` quarantines them). */
  readonly skipped: readonly { readonly trace_id: string; readonly problem: string }[];
}

/** Regenerates the lmdb listing projection from the envelopes (canonical state), in one transaction. */
export async function rebuildProjections(options: MaintenanceOptions): Promise<RebuildReport> {
  requireBucket(options.root);
  const { ctx, close } = maintenanceContext(options);
  try {
    return await withWriteLock(ctx, async (m) => {
      const summaries: TraceSummary[] = [];
      const skipped: { trace_id: string; problem: string }[] = [];
      for (const dir of listTraceDirs(ctx.root)) {
        const r = checkEnvelopeFile(dir.path, dir.trace_id);
        if (r.ok)
          summaries.push(summarize(r.envelope.record, r.envelope.stored_at, r.envelope.generation_index));
        else skipped.push({ trace_id: dir.trace_id, problem: r.problem });
      }
      const traces = (await ctx.projection()).replaceAll(summaries);
      commitOp(ctx, m, (t) => t, [
        { at: ctx.now().toISOString(), kind: 'projection.rebuilt', detail: { traces } },
      ]);
      return { root: ctx.root, projection: { traces }, skipped };
    });
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- prune

export const DEFAULT_PRUNE_GRACE_MS = 15 * 60 * 1000;

export interface PrunePlan {
  readonly root: string;
  readonly dry_run: boolean;
  /** Unreferenced blobs removed (or, in a dry run, that would be). */
  readonly blobs: readonly { readonly sha256: string; readonly path: string; readonly blob_bytes: number }[];
  /** Unreferenced blobs younger than the grace period: a capture may be about to reference them. */
  readonly kept_recent: readonly string[];
  /** Temp files of interrupted writes removed (or that would be). */
  readonly temp_files: readonly string[];
  readonly freed_bytes: number;
  readonly referenced: number;
}

/**
 * Removes blobs no envelope references (the raw transcript, its pieces and companions count) and
 * temp files of dead writers. Never a referenced blob, never a blob younger than `graceMs` (a
 * capture stores its blobs just before the trace), never anything under `quarantine/`. Refuses to
 * run while an envelope is unreadable, since its references are unknown.
 */
export async function pruneBucket(
  options: MaintenanceOptions & { readonly dryRun?: boolean; readonly graceMs?: number },
): Promise<PrunePlan> {
  requireBucket(options.root);
  const graceMs = options.graceMs ?? DEFAULT_PRUNE_GRACE_MS;
  const now = options.now ?? (() => new Date());
  if (options.dryRun) return planPrune(options.root, now().getTime(), graceMs, true);
  const { ctx, close } = maintenanceContext(options);
  try {
    return await withWriteLock(ctx, async (m) => {
      const plan = planPrune(ctx.root, ctx.now().getTime(), graceMs, false);
      const entries: BlobEntry[] = plan.blobs.map((b) => blobEntryOf(b.path, b.sha256));
      if (entries.length > 0) beginOp(ctx, m, { op: 'prune', blobs: entries });
      for (const b of plan.blobs) removeFile(ctx.fs, b.path);
      for (const p of plan.temp_files) removeFile(ctx.fs, p);
      if (entries.length > 0) {
        const at = ctx.now().toISOString();
        commitOp(
          ctx,
          m,
          (t) => entries.reduce((acc, e) => applyBlob(acc, e, -1), t),
          entries.map((e) => ({ at, kind: 'blob.pruned' as const, sha256: e.sha256 })),
        );
      }
      return plan;
    });
  } finally {
    await close();
  }
}

function planPrune(root: string, nowMs: number, graceMs: number, dryRun: boolean): PrunePlan {
  const leftovers: Leftovers = { temp: listRootTemp(root), strays: [] };
  const referenced = new Set<string>();
  const unreadable: string[] = [];
  for (const dir of listTraceDirs(root, leftovers)) {
    const r = readHeadSafely(dir.path, dir.trace_id);
    if (r.ok) for (const sha of entryFrom(r.head, 0).blobs) referenced.add(sha);
    else unreadable.push(dir.trace_id);
  }
  if (unreadable.length > 0) {
    throw new OpentracesError({
      code: 'BUCKET_PRUNE_REFUSED',
      kind: 'corruption',
      message: `Prune needs every envelope's references, and ${unreadable.length} envelope(s) cannot be read (trace ${unreadable[0]}).`,
      hint: 'Run `opentraces bucket repair` first (it quarantines damaged envelopes), then prune.',
      data: { root, traces: unreadable.slice(0, 50) },
    });
  }
  const blobs: { sha256: string; path: string; blob_bytes: number }[] = [];
  const recent: string[] = [];
  for (const blob of listBlobs(root, leftovers)) {
    if (referenced.has(blob.sha256)) continue;
    const stat = statSync(blob.path);
    if (graceMs > 0 && nowMs - stat.mtimeMs < graceMs) recent.push(blob.sha256);
    else blobs.push({ sha256: blob.sha256, path: blob.path, blob_bytes: stat.size });
  }
  const temp = leftovers.temp.filter((p) => !tempOwnerAlive(p));
  return {
    root,
    dry_run: dryRun,
    blobs,
    kept_recent: recent,
    temp_files: temp,
    freed_bytes: blobs.reduce((n, b) => n + b.blob_bytes, 0) + temp.reduce((n, p) => n + sizeOf(p), 0),
    referenced: referenced.size,
  };
}

// ---------------------------------------------------------------- prefetch

export interface TraceBlobCheck {
  readonly trace_id: string;
  readonly generation_index: number;
  readonly blobs: readonly {
    readonly sha256: string;
    readonly role: 'source' | 'segment' | 'companion';
    /** The companion's path relative to the session folder, or the segment's byte offset. */
    readonly at: string | null;
    readonly present: boolean;
    readonly intact: boolean;
    readonly problem: string | null;
  }[];
}

/** Whether every blob of one trace is in the local bucket, each re-hashed. Undefined for an unknown trace. */
export function checkTraceBlobs(root: string, traceId: string): TraceBlobCheck | undefined {
  const dirs = listTraceDirs(root).filter((d) => d.trace_id === traceId);
  const dir = dirs[0];
  if (!dir) return undefined;
  const r = readHeadSafely(dir.path, traceId);
  if (!r.ok) {
    throw new OpentracesError({
      code: 'BUCKET_ENVELOPE_CORRUPT',
      kind: 'corruption',
      message: `The envelope of trace ${traceId} cannot be read (${dir.path}).`,
      hint: 'Run `opentraces bucket repair`.',
      data: { trace_id: traceId, path: dir.path },
    });
  }
  const source = r.head.source;
  const refs: { sha256: string; role: 'source' | 'segment' | 'companion'; at: string | null }[] = [];
  if (source) {
    refs.push({ sha256: source.blob.sha256, role: 'source', at: source.file_name });
    for (const s of source.segments ?? [])
      refs.push({ sha256: s.blob.sha256, role: 'segment', at: String(s.offset) });
    for (const c of source.companions ?? [])
      refs.push({ sha256: c.blob.sha256, role: 'companion', at: c.path });
  }
  const seen = new Set<string>();
  const unique = refs.filter((ref) => {
    const key = `${ref.role}\0${ref.sha256}\0${ref.at}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    trace_id: traceId,
    generation_index: r.head.generation_index,
    blobs: unique.map((ref) => {
      const path = blobPath(root, ref.sha256);
      if (!existsSync(path))
        return { ...ref, present: false, intact: false, problem: 'not in the local bucket' };
      const check = checkBlobFile(path, ref.sha256);
      return { ...ref, present: true, intact: check.ok, problem: check.ok ? null : check.problem };
    }),
  };
}

// ---------------------------------------------------------------- helpers

function requireBucket(root: string): void {
  if (!bucketExists(root)) {
    throw new OpentracesError({
      code: 'BUCKET_NOT_FOUND',
      kind: 'not_found',
      message: `No bucket at ${root}.`,
      hint: 'Capture or import a session first (`opentraces init`, `opentraces trace import <path>`).',
      data: { root },
    });
  }
}

function maintenanceContext(options: MaintenanceOptions): { ctx: WriterContext; close(): Promise<void> } {
  let projection: Projection | undefined;
  const ctx = writerContext(options, async () => {
    projection ??= await openProjection(join(options.root, LAYOUT.projection));
    return projection;
  });
  return {
    ctx,
    async close() {
      await projection?.close();
    },
  };
}

function manifestStateAdvice(state: ManifestState): string {
  switch (state) {
    case 'writing':
      return 'a write is in progress: counts and digests were not compared; run verify again';
    case 'interrupted':
      return 'a writer was killed mid-write: the next write settles it, or run `opentraces bucket manifest --heal`';
    case 'stale':
    case 'missing':
    case 'corrupt':
      return `the manifest is ${state}: run \`opentraces bucket manifest --heal\` (or \`opentraces bucket repair\`)`;
    case 'ok':
      return 'ok';
  }
}

const COUNT_KEYS = ['traces', 'generations', 'blobs', 'blob_bytes', 'raw_bytes', 'envelope_bytes'] as const;

/** What differs between the manifest's tracking and one recomputed from disk. */
function differences(
  manifest: Tracking | undefined,
  disk: Tracking,
  options: { readonly events: boolean } = { events: true },
): string[] {
  if (!manifest) return ['untracked'];
  const out: string[] = COUNT_KEYS.filter((k) => manifest.counts[k] !== disk.counts[k]).map(
    (k) => `${k} ${manifest.counts[k]} → ${disk.counts[k]}`,
  );
  if (options.events && manifest.counts.events !== disk.counts.events) out.push('events');
  if (manifest.digest.traces !== disk.digest.traces) out.push('traces digest');
  if (manifest.digest.blobs !== disk.digest.blobs) out.push('blobs digest');
  return out;
}

/** What names and sizes alone can check: counts, blob bytes and the blob digest. */
function listingDifferences(
  manifest: Tracking,
  traces: number,
  blobShas: readonly string[],
  blobBytes: number,
): string[] {
  const out: string[] = [];
  if (manifest.counts.traces !== traces) out.push(`traces ${manifest.counts.traces} → ${traces}`);
  if (manifest.counts.blobs !== blobShas.length)
    out.push(`blobs ${manifest.counts.blobs} → ${blobShas.length}`);
  if (manifest.counts.blob_bytes !== blobBytes)
    out.push(`blob_bytes ${manifest.counts.blob_bytes} → ${blobBytes}`);
  const digest = blobShas.reduce((d, sha) => addElement(d, blobElement(sha)), emptyDigest().blobs);
  if (digest !== manifest.digest.blobs) out.push('blobs digest');
  return out;
}

function pick<T>(items: readonly T[], n: number, random: () => number): T[] {
  if (n >= items.length) return [...items];
  const copy = [...items];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function sumSizes(paths: readonly string[]): number {
  return paths.reduce((n, p) => n + sizeOf(p), 0);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function tempOwnerAlive(path: string): boolean {
  const pid = tempFileOwner(path);
  return pid !== undefined && pid !== process.pid && ownerAlive({ pid, start: null });
}
