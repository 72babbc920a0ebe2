import type { TraceSummary } from '../types.js';
import { compareSummaries } from './summary.js';

/** lmdb projection of the bucket: one summary per trace, for listings. Derived: `rebuild` regenerates it. */
export interface Projection {
  /** Committed before it returns, so a manifest commit that follows never runs ahead of it. */
  put(summary: TraceSummary): void;
  list(limit: number): TraceSummary[];
  count(): number;
  /** Replaces every summary in one transaction: a kill mid-way leaves the previous projection. */
  replaceAll(summaries: Iterable<TraceSummary>): number;
  close(): Promise<void>;
}

export async function openProjection(path: string): Promise<Projection> {
  // Loaded lazily: capture hooks and `--version` must not pay for the native module.
  const { open } = await import('lmdb');
  const env = open({ path, compression: false });
  const traces = env.openDB<TraceSummary, string>({ name: 'traces' });
  return {
    put(summary) {
      traces.putSync(summary.trace_id, summary);
    },
    list(limit) {
      const all: TraceSummary[] = [];
      for (const { value } of traces.getRange({})) all.push(value);
      return all.sort(compareSummaries).slice(0, limit);
    },
    count() {
      return traces.getCount();
    },
    replaceAll(summaries) {
      let n = 0;
      env.transactionSync(() => {
        traces.clearSync();
        for (const summary of summaries) {
          traces.putSync(summary.trace_id, summary);
          n += 1;
        }
      });
      return n;
    },
    async close() {
      await env.close();
    },
  };
}
