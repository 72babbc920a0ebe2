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
  // Listing order as a key (time, then trace id), so `list(limit)` reads `limit` rows, not all.
  const recent = env.openDB<string, string>({ name: 'recent' });
  const putBoth = (summary: TraceSummary) => {
    const before = traces.get(summary.trace_id);
    if (before) recent.removeSync(recentKey(before));
    traces.putSync(summary.trace_id, summary);
    recent.putSync(recentKey(summary), summary.trace_id);
  };
  return {
    put(summary) {
      env.transactionSync(() => putBoth(summary));
    },
    list(limit) {
      const count = traces.getCount();
      if (recent.getCount() !== count) {
        // A projection written before the `recent` index existed: scan (`rebuild` adds the index).
        const all: TraceSummary[] = [];
        for (const { value } of traces.getRange({})) all.push(value);
        return all.sort(compareSummaries).slice(0, limit);
      }
      const picked: TraceSummary[] = [];
      let lastTime: string | null = null;
      for (const { key, value } of recent.getRange({ reverse: true })) {
        const time = key.slice(0, key.indexOf('\u0000'));
        // Past `limit`, keep reading rows of the same time: their order is by trace id, ascending.
        if (picked.length >= limit && time !== lastTime) break;
        const summary = traces.get(value);
        if (summary) picked.push(summary);
        lastTime = time;
      }
      return picked.sort(compareSummaries).slice(0, limit);
    },
    count() {
      return traces.getCount();
    },
    replaceAll(summaries) {
      let n = 0;
      env.transactionSync(() => {
        traces.clearSync();
        recent.clearSync();
        for (const summary of summaries) {
          traces.putSync(summary.trace_id, summary);
          recent.putSync(recentKey(summary), summary.trace_id);
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

function recentKey(summary: TraceSummary): string {
  return `${summary.timestamp_start ?? summary.stored_at}\u0000${summary.trace_id}`;
}
