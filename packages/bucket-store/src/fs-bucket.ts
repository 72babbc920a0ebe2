import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OpentracesError } from '@opentraces/schema/core';
import { writeFileAtomic } from './internal/atomic.js';
import { referencedBlobs, sha256, type TraceEntry } from './internal/digest.js';
import { planPut } from './internal/envelope.js';
import { type BucketFs, describeWriteError, NODE_FS } from './internal/fs-layer.js';
import { gunzip, gzipDeterministic } from './internal/gzip.js';
import {
  blobPath,
  envelopePath,
  isSha256,
  LAYOUT,
  parseEnvelope,
  readEnvelopeHead,
} from './internal/layout.js';
import { acquireLock } from './internal/lock.js';
import {
  applyBlob,
  applyTrace,
  newManifest,
  readManifest,
  trackingOf,
  writeManifest,
} from './internal/manifest.js';
import { openProjection, type Projection } from './internal/projection.js';
import { isSafeTraceId, summarize } from './internal/summary.js';
import { abortOp, beginOp, commitOp, entryOf, type WriterContext, withWriteLock } from './internal/writer.js';
import type {
  BlobRef,
  BucketStatus,
  BucketStore,
  PutTraceInput,
  PutTraceResult,
  TraceEnvelope,
  TraceSummary,
} from './types.js';

export interface OpenBucketOptions {
  /** The bucket directory, usually `<home>/bucket`. */
  readonly root: string;
  /** Create the bucket when missing (writers). Readers leave it false: reads never write. */
  readonly create?: boolean;
  readonly now?: () => Date;
  /** How long a writer waits for another writer's lock before failing with `BUCKET_LOCKED`. */
  readonly lockTimeoutMs?: number;
  /** The file operations writes go through (tests inject a full disk or a crash); `node:fs` by default. */
  readonly fs?: BucketFs;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

/** Opens the on-disk bucket (Node adapter of the `BucketStore` port). */
export async function openBucket(options: OpenBucketOptions): Promise<BucketStore> {
  const bucket = new FsBucket(options);
  if (!bucket.exists && options.create) await bucket.create();
  return bucket;
}

/** Whether anything of a bucket is on disk (a manifest, or data whose manifest was lost). */
export function bucketExists(root: string): boolean {
  return ['manifest.json', LAYOUT.traces, LAYOUT.blobs].some((p) => existsSync(join(root, p)));
}

/** The writer context of a bucket root: shared by the store and the maintenance verbs. */
export function writerContext(
  options: OpenBucketOptions,
  projection: () => Promise<Projection>,
): WriterContext {
  return {
    root: options.root,
    fs: options.fs ?? NODE_FS,
    now: options.now ?? (() => new Date()),
    lockTimeoutMs: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
    projection,
  };
}

class FsBucket implements BucketStore {
  readonly root: string;
  exists: boolean;
  #ctx: WriterContext;
  #projection: Projection | undefined;

  constructor(options: OpenBucketOptions) {
    this.root = options.root;
    this.exists = bucketExists(options.root);
    this.#ctx = writerContext(options, () => this.#openProjection());
  }

  /** Writes the first manifest, under the lock so two first writers cannot both start from zero. */
  async create(): Promise<void> {
    const { root, fs } = this.#ctx;
    try {
      fs.mkdirSync(root, { recursive: true, mode: 0o700 });
      const lock = await acquireLock(join(root, LAYOUT.lock), this.#ctx.lockTimeoutMs, { fs });
      try {
        if (!existsSync(join(root, LAYOUT.manifest))) {
          // Data without a manifest (it was deleted): start untracked rather than from a wrong zero.
          const hasData = bucketExists(root);
          const m = newManifest(this.#ctx.now().toISOString(), !hasData, 'the manifest was missing');
          writeManifest(root, m, fs);
        }
      } finally {
        lock.release();
      }
    } catch (error) {
      throw describeWriteError(error, root);
    }
    this.exists = true;
  }

  async putBlob(bytes: Uint8Array): Promise<BlobRef> {
    this.#requireWritable();
    const sha = sha256(bytes);
    const ref = { sha256: sha, size: bytes.length };
    const path = blobPath(this.root, sha);
    return withWriteLock(this.#ctx, async (m) => {
      const now = this.#ctx.now();
      if (existsSync(path)) {
        // Fresh mtime: a prune running before the trace that references it is stored spares it.
        this.#ctx.fs.utimesSync(path, now, now);
        return ref;
      }
      const gz = gzipDeterministic(bytes);
      const entry = { sha256: sha, raw_bytes: bytes.length, blob_bytes: gz.length };
      beginOp(this.#ctx, m, { op: 'blob', blob: entry });
      try {
        writeFileAtomic(path, gz, this.#ctx.fs);
      } catch (error) {
        abortOp(this.#ctx);
        throw error;
      }
      commitOp(this.#ctx, m, (t) => applyBlob(t, entry, 1), [
        { at: now.toISOString(), kind: 'blob.stored', sha256: sha },
      ]);
      return ref;
    });
  }

  async getBlob(sha: string): Promise<Uint8Array | undefined> {
    if (!isSha256(sha)) return undefined;
    const path = blobPath(this.root, sha);
    if (!existsSync(path)) return undefined;
    const bytes = gunzip(readFileSync(path));
    const actual = sha256(bytes);
    if (actual !== sha) {
      throw new OpentracesError({
        code: 'BUCKET_BLOB_CORRUPT',
        kind: 'corruption',
        message: `Blob ${sha} does not match its content hash (found ${actual}).`,
        hint: 'Run `opentraces bucket verify --full` and `opentraces bucket repair`.',
        data: { sha256: sha, path },
      });
    }
    return bytes;
  }

  async putTrace(input: PutTraceInput): Promise<PutTraceResult> {
    this.#requireWritable();
    return withWriteLock(this.#ctx, async (m) => {
      const traceId = input.record.trace_id;
      const path = envelopePath(this.root, traceId);
      const head = isSafeTraceId(traceId) ? readEnvelopeHead(path, traceId) : undefined;
      const { result, envelope } = planPut(input, head, this.#ctx.now().toISOString());
      if (!envelope) return result;
      const blobs = referencedBlobs(envelope.source);
      const missing = blobs.filter((sha) => !existsSync(blobPath(this.root, sha)));
      if (missing.length > 0) {
        throw new OpentracesError({
          code: 'BUCKET_BLOB_MISSING',
          kind: 'failure',
          message: `Trace ${traceId} references ${missing.length} blob(s) the bucket does not hold (${missing[0]}…).`,
          hint: 'Store the raw bytes with putBlob before the trace that references them; retry the capture.',
          data: { trace_id: traceId, missing: missing.slice(0, 20) },
          retryable: true,
        });
      }
      const text = `${JSON.stringify(envelope)}\n`;
      const before = head ? entryOf(head, path) : null;
      const after: TraceEntry = {
        generation_index: envelope.generation_index,
        content_hash: envelope.content_hash,
        blobs,
        envelope_bytes: Buffer.byteLength(text),
      };
      beginOp(this.#ctx, m, { op: 'trace', trace_id: traceId, before, after });
      try {
        writeFileAtomic(path, text, this.#ctx.fs);
      } catch (error) {
        abortOp(this.#ctx);
        throw error;
      }
      (await this.#openProjection()).put(
        summarize(envelope.record, envelope.stored_at, envelope.generation_index),
      );
      commitOp(this.#ctx, m, (t) => applyTrace(t, traceId, before, after), [
        {
          at: envelope.stored_at,
          kind: 'trace.stored',
          trace_id: traceId,
          generation_index: envelope.generation_index,
        },
      ]);
      return result;
    });
  }

  async getTrace(traceId: string): Promise<TraceEnvelope | undefined> {
    if (!this.exists || !isSafeTraceId(traceId)) return undefined;
    const path = envelopePath(this.root, traceId);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return parseEnvelope(text, path, traceId);
  }

  async listTraces(options: { readonly limit?: number } = {}): Promise<TraceSummary[]> {
    if (!this.#hasProjection()) return [];
    const projection = await this.#openProjection();
    return projection.list(options.limit ?? Number.POSITIVE_INFINITY);
  }

  /** O(1): counts come from the persisted manifest; nothing is scanned and nothing is written. */
  async status(): Promise<BucketStatus> {
    const base = { root: this.root, last_event_at: null, digest: null, generations: 0, bytes: 0 };
    if (!this.exists) {
      return { ...base, exists: false, traces: 0, blobs: 0, events: 0, manifest: 'absent' };
    }
    const read = readManifest(this.root);
    const t = read.manifest && trackingOf(read.manifest);
    if (read.manifest && t) {
      return {
        exists: true,
        root: this.root,
        traces: t.counts.traces,
        blobs: t.counts.blobs,
        events: t.counts.events,
        generations: t.counts.generations,
        bytes: t.counts.blob_bytes + t.counts.envelope_bytes,
        last_event_at: read.manifest.updated_at,
        manifest: read.state,
        digest: t.digest.root,
      };
    }
    const traces = this.#hasProjection() ? (await this.#openProjection()).count() : 0;
    const events = join(this.root, LAYOUT.events);
    return {
      ...base,
      exists: true,
      traces,
      blobs: 0,
      events: 0,
      last_event_at: existsSync(events) ? statSync(events).mtime.toISOString() : null,
      manifest: read.state,
    };
  }

  async close(): Promise<void> {
    await this.#projection?.close();
    this.#projection = undefined;
  }

  #requireWritable(): void {
    if (!this.exists) {
      throw new OpentracesError({
        code: 'BUCKET_NOT_INITIALIZED',
        kind: 'config',
        message: `No bucket at ${this.root}.`,
        hint: 'Open the bucket with `create: true` (capture and import do this), or run `opentraces init`.',
        data: { root: this.root },
      });
    }
  }

  #hasProjection(): boolean {
    return this.exists && existsSync(join(this.root, LAYOUT.projection));
  }

  async #openProjection(): Promise<Projection> {
    this.#projection ??= await openProjection(join(this.root, LAYOUT.projection));
    return this.#projection;
  }
}
