import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TraceSummary } from '../types.js';
import { openProjection } from './projection.js';
import { compareSummaries } from './summary.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const summary = (i: number, time: string | null, stored = '2026-01-01T00:00:00Z'): TraceSummary => ({
  trace_id: `t-${String(i).padStart(3, '0')}`,
  session_id: `s-${i}`,
  agent: 'claude-code',
  title: null,
  steps: 1,
  timestamp_start: time,
  stored_at: stored,
  generation_index: 0,
  content_hash: null,
});

describe('the listing projection', () => {
  it('lists the newest `limit` traces in listing order without reading every row, ties included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ot-projection-'));
    dirs.push(dir);
    const projection = await openProjection(join(dir, 'p.lmdb'));
    const all: TraceSummary[] = [];
    // Shuffled inserts; several traces share a start time; some have none (storage time instead).
    for (const i of [7, 3, 11, 0, 5, 9, 1, 12, 4, 8, 2, 10, 6]) {
      const time = i % 4 === 0 ? null : `2026-02-0${1 + (i % 3)}T10:00:00Z`;
      const s = summary(i, time, `2026-02-0${1 + (i % 5)}T09:00:00Z`);
      all.push(s);
      projection.put(s);
    }
    const expected = [...all].sort(compareSummaries);
    for (const limit of [1, 2, 3, 5, 8, 13, 50])
      expect(projection.list(limit)).toEqual(expected.slice(0, limit));
    // A new generation of an old trace moves it (its old listing key is dropped).
    const moved = { ...all[0]!, timestamp_start: '2026-03-01T00:00:00Z', generation_index: 1 };
    projection.put(moved);
    expect(projection.list(1)).toEqual([moved]);
    expect(projection.count()).toBe(all.length);
    expect(projection.list(50)).toHaveLength(all.length);
    await projection.close();
  });
});
