import {
  bucketCorruptionError,
  checkTraceBlobs,
  describeManifest,
  type HealReport,
  healManifest,
  inspectManifest,
  type ManifestCounts,
  type ManifestDocument,
  type ManifestState,
  type PrunePlan,
  pruneBucket as pruneStore,
  type RepairReport,
  rebuildProjections,
  repairBucket as repairStore,
  type TraceBlobCheck,
  type VerifyReport,
  verifyBucket as verifyStore,
} from '@opentraces/bucket-store';
import { OpentracesError } from '@opentraces/schema/core';
import { clockOf, type OpentracesContext, resolveHomePaths } from './context.js';
import { getTrace } from './traces.js';

/** There is no bucket remote yet (`setup bucket` is later work): said wherever a remote would matter. */
export const NO_REMOTE = {
  configured: false,
  note: 'No bucket remote exists yet: everything is local, and nothing is fetched or pushed.',
} as const;

export interface BucketStatusReport {
  readonly home: string;
  readonly root: string;
  readonly exists: boolean;
  /** `absent` (no bucket), `ok`, `writing`, `interrupted`, `stale`, `missing` or `corrupt`. */
  readonly manifest_state: ManifestState | 'absent';
  /** From the persisted manifest; null when it does not track counts (heal it). */
  readonly counts: ManifestCounts | null;
  readonly digest: { readonly algorithm: string; readonly root: string } | null;
  readonly seq: number | null;
  readonly updated_at: string | null;
  readonly healed_at: string | null;
  readonly stale_reason: string | null;
  /** A write in progress or interrupted: what it was and whether its process still runs. */
  readonly pending: {
    readonly op: string;
    readonly trace_id: string | null;
    readonly started_at: string;
    readonly writer_pid: number | null;
    readonly writer_alive: boolean | null;
  } | null;
  readonly quarantined: number;
  readonly projection: boolean;
  readonly remote: typeof NO_REMOTE;
}

/**
 * The bucket's counts and digest from its persisted manifest: O(1) whatever the bucket holds (no
 * listing, no scan), and it never writes — a missing or stale manifest is reported, not healed.
 */
export async function getBucketStatus(ctx: OpentracesContext): Promise<BucketStatusReport> {
  const root = resolveHomePaths(ctx.home).bucket;
  const i = inspectManifest(root);
  const m = i.manifest;
  return {
    home: ctx.home,
    root,
    exists: i.exists,
    manifest_state: i.state,
    counts: m?.counts ?? null,
    digest: m?.digest ? { algorithm: m.digest.algorithm, root: m.digest.root } : null,
    seq: m?.seq ?? null,
    updated_at: m?.updated_at ?? null,
    healed_at: m?.healed_at ?? null,
    stale_reason: m?.stale_reason ?? null,
    pending: i.pending
      ? {
          op: i.pending.op,
          trace_id: i.pending.op === 'trace' ? i.pending.trace_id : null,
          started_at: i.pending.started_at,
          writer_pid: i.writer?.pid ?? null,
          writer_alive: i.writer?.alive ?? null,
        }
      : null,
    quarantined: m?.quarantined ?? 0,
    projection: i.projection,
    remote: NO_REMOTE,
  };
}

export interface BucketManifestReport {
  readonly root: string;
  readonly exists: boolean;
  readonly manifest_state: ManifestState | 'absent';
  /** The `opentraces.bucket.manifest.v2` document (after healing, with `heal`); null without a bucket. */
  readonly manifest: ManifestDocument | null;
  /** What `--heal` recomputed and changed; null for a plain read. */
  readonly healed: HealReport | null;
}

/**
 * The bucket manifest as the `opentraces.bucket.manifest.v2` document: counts and digests from the
 * persisted manifest, one row per trace from the envelope heads. A read never writes; `heal`
 * (explicit) first materialises the persisted manifest from the envelopes and blobs on disk and
 * settles an interrupted write.
 */
export async function getBucketManifest(
  ctx: OpentracesContext,
  options: { readonly heal?: boolean } = {},
): Promise<BucketManifestReport> {
  const root = resolveHomePaths(ctx.home).bucket;
  const healed = options.heal ? await healManifest({ root, now: clockOf(ctx) }) : null;
  const manifest = describeManifest(root, clockOf(ctx));
  return {
    root,
    exists: manifest !== null,
    manifest_state: manifest?.persisted.state ?? 'absent',
    manifest,
    healed,
  };
}

/**
 * Re-hashes blobs and envelopes: every one with `full`, else a random sample (`sample`, default
 * 100 of each) plus the checks that names and sizes allow. Never writes.
 */
export async function verifyBucket(
  ctx: OpentracesContext,
  options: { readonly full?: boolean; readonly sample?: number; readonly random?: () => number } = {},
): Promise<VerifyReport> {
  return verifyStore({ root: resolveHomePaths(ctx.home).bucket, ...options });
}

/** The error for a verify that found damage (kind `corruption`, exit 5), or undefined when it found none. */
export function bucketVerifyFailure(report: VerifyReport): OpentracesError | undefined {
  return report.issues.length > 0 ? bucketCorruptionError(report) : undefined;
}

/** Rebuilds manifest, digests and projection from disk; quarantines (never deletes) damaged files. */
export async function repairBucket(ctx: OpentracesContext): Promise<RepairReport> {
  return repairStore({ root: resolveHomePaths(ctx.home).bucket, now: clockOf(ctx) });
}

/** The derived substrates `bucket rebuild` knows. */
export const REBUILD_SUBSTRATES = ['projections', 'context-tree'] as const;
export type RebuildSubstrate = (typeof REBUILD_SUBSTRATES)[number];

export interface RebuildReport {
  readonly root: string;
  readonly substrates: readonly {
    readonly substrate: RebuildSubstrate;
    readonly action: 'rebuilt' | 'nothing_to_rebuild';
    readonly detail: string;
    readonly traces?: number;
    readonly skipped?: readonly { readonly trace_id: string; readonly problem: string }[];
  }[];
}

/**
 * Regenerates derived state from the canonical envelopes. `projections`: the lmdb listing
 * projection (what `status` and `trace get <prefix>` list), in one transaction. `context-tree`:
 * context nodes live inside each record (`Step.context_node_id`, covered by its content hash), so
 * there is no separate context-tree projection to rebuild yet; it says so. Without a substrate, both.
 */
export async function rebuildBucket(
  ctx: OpentracesContext,
  options: { readonly substrate?: RebuildSubstrate } = {},
): Promise<RebuildReport> {
  const root = resolveHomePaths(ctx.home).bucket;
  const wanted = options.substrate ? [options.substrate] : [...REBUILD_SUBSTRATES];
  const substrates: RebuildReport['substrates'][number][] = [];
  for (const substrate of wanted) {
    if (substrate === 'projections') {
      const r = await rebuildProjections({ root, now: clockOf(ctx) });
      substrates.push({
        substrate,
        action: 'rebuilt',
        detail: `the listing projection now holds ${r.projection.traces} trace(s), read from their envelopes`,
        traces: r.projection.traces,
        skipped: r.skipped,
      });
    } else {
      substrates.push({
        substrate,
        action: 'nothing_to_rebuild',
        detail:
          'context nodes are stored inside each record (Step.context_node_id, covered by its content hash); there is no separate context-tree projection yet',
      });
    }
  }
  return { root, substrates };
}

/**
 * Removes unreferenced blobs (older than `graceMs`, default 15 min) and temp files of dead writers;
 * never a referenced blob. `dryRun` lists them and writes nothing.
 */
export async function pruneBucket(
  ctx: OpentracesContext,
  options: { readonly dryRun?: boolean; readonly graceMs?: number } = {},
): Promise<PrunePlan> {
  return pruneStore({ root: resolveHomePaths(ctx.home).bucket, now: clockOf(ctx), ...options });
}

export interface PrefetchReport extends TraceBlobCheck {
  /** Every blob of the trace is in the local bucket and intact. */
  readonly local_complete: boolean;
  readonly remote: typeof NO_REMOTE;
}

/**
 * Makes sure a trace's blobs (raw transcript, pieces, companions) are in the local bucket. There is
 * no remote yet, so nothing is fetched: it checks (and re-hashes) what is local. `ref` is a trace
 * id or a unique prefix (`SDK_TRACE_NOT_FOUND`, kind `not_found`, when there is none).
 */
export async function prefetchTrace(
  ctx: OpentracesContext,
  options: { readonly ref: string },
): Promise<PrefetchReport> {
  const envelope = await getTrace(ctx, { ref: options.ref });
  const check = checkTraceBlobs(resolveHomePaths(ctx.home).bucket, envelope.trace_id);
  if (!check) {
    throw new OpentracesError({
      code: 'SDK_TRACE_NOT_FOUND',
      kind: 'not_found',
      message: `Trace ${envelope.trace_id} disappeared from the bucket while reading it.`,
      hint: 'Retry; another process may be repairing the bucket.',
      data: { ref: options.ref },
    });
  }
  return { ...check, local_complete: check.blobs.every((b) => b.intact), remote: NO_REMOTE };
}

/** The error for a prefetch that found blobs missing or damaged locally (kind `corruption`, exit 5). */
export function prefetchFailure(report: PrefetchReport): OpentracesError | undefined {
  const bad = report.blobs.filter((b) => !b.intact);
  if (bad.length === 0) return undefined;
  return new OpentracesError({
    code: 'BUCKET_BLOB_MISSING',
    kind: 'corruption',
    message: `${bad.length} blob(s) of trace ${report.trace_id} are ${bad.every((b) => !b.present) ? 'missing' : 'missing or damaged'} locally (${bad[0]!.role} ${bad[0]!.sha256}), and there is no remote to fetch them from.`,
    hint: 'Re-import the session from its transcript if it still exists (`opentraces trace import <path>`); `opentraces bucket repair` quarantines damaged blobs.',
    data: { trace_id: report.trace_id, blobs: bad.map((b) => b.sha256) },
  });
}

/** What to tell the user about a manifest state: `needs_action` and the command that fixes it, or nothing. */
export function manifestAdvice(state: ManifestState | 'absent'): {
  readonly status: 'ok' | 'needs_action';
  readonly next_steps: readonly string[];
  readonly next_command: string | null;
} {
  switch (state) {
    case 'ok':
      return { status: 'ok', next_steps: [], next_command: null };
    case 'absent':
      return {
        status: 'ok',
        next_steps: [
          'No bucket yet: set up capture (`opentraces init`) or import sessions (`opentraces trace import <path>`).',
        ],
        next_command: 'opentraces init',
      };
    case 'writing':
      return {
        status: 'ok',
        next_steps: ['A capture is writing to the bucket right now; counts are those before it.'],
        next_command: null,
      };
    case 'interrupted':
      return {
        status: 'needs_action',
        next_steps: [
          'A writer was killed mid-write: the next capture settles it, or settle it now with `opentraces bucket manifest --heal`.',
        ],
        next_command: 'opentraces bucket manifest --heal',
      };
    default:
      return {
        status: 'needs_action',
        next_steps: [
          `The bucket manifest is ${state}: \`opentraces bucket manifest --heal\` recounts it from the files on disk.`,
        ],
        next_command: 'opentraces bucket manifest --heal',
      };
  }
}
