import { sha256Hex } from '@opentraces/schema/core';
import { planPut } from './internal/envelope.js';
import { compareSummaries, summarize } from './internal/summary.js';
import type {
  BlobRef,
  BucketStatus,
  BucketStore,
  PutTraceInput,
  PutTraceResult,
  TraceEnvelope,
  TraceSummary,
} from './types.js';

/** An in-memory `BucketStore` with the same semantics as the on-disk one, for tests of callers. */
export function createMemoryBucket(options: { readonly now?: () => Date } = {}): BucketStore {
  const now = options.now ?? (() => new Date());
  const blobs = new Map<string, Uint8Array>();
  const traces = new Map<string, TraceEnvelope>();
  let events = 0;
  let lastEventAt: string | null = null;
  const event = () => {
    events += 1;
    lastEventAt = now().toISOString();
  };
  return {
    root: 'memory:',
    async putBlob(bytes): Promise<BlobRef> {
      const sha256 = sha256Hex(bytes);
      if (!blobs.has(sha256)) {
        blobs.set(sha256, bytes.slice());
        event();
      }
      return { sha256, size: bytes.length };
    },
    async getBlob(sha256) {
      return blobs.get(sha256)?.slice();
    },
    async putTrace(input: PutTraceInput): Promise<PutTraceResult> {
      const { result, envelope } = planPut(input, traces.get(input.record.trace_id), now().toISOString());
      if (envelope) {
        traces.set(envelope.trace_id, structuredClone(envelope));
        event();
      }
      return result;
    },
    async getTrace(traceId) {
      const found = traces.get(traceId);
      return found ? structuredClone(found) : undefined;
    },
    async listTraces(opts = {}): Promise<TraceSummary[]> {
      return [...traces.values()]
        .map((e) => summarize(e.record, e.stored_at, e.generation_index))
        .sort(compareSummaries)
        .slice(0, opts.limit ?? Number.POSITIVE_INFINITY);
    },
    async status(): Promise<BucketStatus> {
      let generations = 0;
      for (const e of traces.values()) generations += e.generation_index + 1;
      let bytes = 0;
      for (const b of blobs.values()) bytes += b.length;
      return {
        exists: true,
        root: 'memory:',
        traces: traces.size,
        blobs: blobs.size,
        events,
        last_event_at: lastEventAt,
        generations,
        bytes,
        manifest: 'ok',
        digest: null,
      };
    },
    async close() {},
  };
}
