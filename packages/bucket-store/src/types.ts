import type { TraceRecord } from '@opentraces/schema/core';

/** A content-addressed blob: SHA-256 of the raw (uncompressed) bytes. */
export interface BlobRef {
  readonly sha256: string;
  readonly size: number;
}

/** Where a stored record came from. The raw bytes are kept so nothing is ever lost. */
export interface TraceSource {
  readonly agent: string;
  readonly file_name: string | null;
  readonly blob: BlobRef;
  /**
   * A session captured as it grew is kept in pieces: the blobs of consecutive byte ranges, from
   * offset 0; their concatenation is the transcript. `blob` is then the first piece.
   */
  readonly segments?: readonly { readonly offset: number; readonly blob: BlobRef }[];
  /** The session's other files (sub-agent transcripts, saved tool outputs), kept as raw blobs too. */
  readonly companions?: readonly { readonly path: string; readonly blob: BlobRef }[];
}

/** What the bucket keeps per trace (`opentraces.bucket.envelope.v1`). */
export interface TraceEnvelope {
  readonly envelope: 'opentraces.bucket.envelope.v1';
  readonly trace_id: string;
  readonly generation_index: number;
  readonly stored_at: string;
  readonly content_hash: string | null;
  readonly source: TraceSource | null;
  readonly record: TraceRecord;
}

/** The small projection used for counts and listings. */
export interface TraceSummary {
  readonly trace_id: string;
  readonly session_id: string;
  readonly agent: string;
  readonly title: string | null;
  readonly steps: number;
  readonly timestamp_start: string | null;
  readonly stored_at: string;
  readonly generation_index: number;
  readonly content_hash: string | null;
}

export interface PutTraceInput {
  readonly record: TraceRecord;
  readonly source?: TraceSource;
}

export interface PutTraceResult {
  readonly trace_id: string;
  /** `created` the first time, `updated` when the content changed, `unchanged` when identical. */
  readonly outcome: 'created' | 'updated' | 'unchanged';
  readonly generation_index: number;
}

/**
 * Counts from the persisted manifest: reading them is O(1) whatever the bucket holds. When the
 * manifest does not track counts (`manifest` is not `ok`/`writing`/`interrupted`), `traces` comes
 * from the projection and the other counts are 0 until `bucket manifest --heal`.
 */
export interface BucketStatus {
  readonly exists: boolean;
  readonly root: string;
  readonly traces: number;
  readonly blobs: number;
  readonly events: number;
  readonly last_event_at: string | null;
  /** Generations ever stored (superseded ones included). */
  readonly generations: number;
  /** Bytes on disk: blob files and envelopes. */
  readonly bytes: number;
  readonly manifest: 'ok' | 'writing' | 'interrupted' | 'stale' | 'missing' | 'corrupt' | 'absent';
  /** The manifest's root digest (null when not tracked). */
  readonly digest: string | null;
}

export interface BucketEvent {
  readonly at: string;
  readonly kind:
    | 'trace.stored'
    | 'blob.stored'
    | 'blob.pruned'
    | 'manifest.healed'
    | 'bucket.repaired'
    | 'projection.rebuilt';
  readonly trace_id?: string;
  readonly sha256?: string;
  readonly generation_index?: number;
  readonly detail?: Readonly<Record<string, number | string>>;
}

/** The port every bucket implementation provides (the Node adapter and the in-memory fake). */
export interface BucketStore {
  readonly root: string;
  putBlob(bytes: Uint8Array): Promise<BlobRef>;
  getBlob(sha256: string): Promise<Uint8Array | undefined>;
  putTrace(input: PutTraceInput): Promise<PutTraceResult>;
  getTrace(traceId: string): Promise<TraceEnvelope | undefined>;
  listTraces(options?: { readonly limit?: number }): Promise<TraceSummary[]>;
  status(): Promise<BucketStatus>;
  close(): Promise<void>;
}
