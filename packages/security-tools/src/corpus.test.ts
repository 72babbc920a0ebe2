import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scanText } from './sanitize.js';

// The labelled secrets corpus lives outside the repository (../shared/secrets-corpus, see its
// MANIFEST.md); CI has it. Scoring follows the manifest: placeholders are don't-care, a hit is a
// finding overlapping the secret, strict also needs the whole secret covered.
const DIR = fileURLToPath(new URL('../../../../shared/secrets-corpus/', import.meta.url));
const present = existsSync(`${DIR}positives.jsonl.gz`) && existsSync(`${DIR}negatives.jsonl.gz`);

interface Positive {
  readonly id: string;
  readonly type: string;
  readonly text: string;
  readonly secret: string;
  readonly placeholder?: boolean;
}
interface Negative {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
}

function load<T>(file: string): T[] {
  const text = gunzipSync(readFileSync(`${DIR}${file}`)).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

// The secret-finding tools (regex + entropy, the secret half of the row floor).
const scan = (text: string) => scanText(text, { tools: ['regex', 'entropy'] });

describe.skipIf(!present)('secrets corpus', () => {
  it('finds the secrets of every type (recall floor over all non-placeholder positives)', () => {
    const rows = load<Positive>('positives.jsonl.gz').filter((r) => !r.placeholder);
    const missed: string[] = [];
    let hits = 0;
    let strict = 0;
    for (const row of rows) {
      const start = row.text.indexOf(row.secret);
      const end = start + row.secret.length;
      const findings = scan(row.text);
      if (findings.some((f) => f.start < end && f.end > start)) hits++;
      else missed.push(`${row.id}:${row.type}`);
      if (findings.some((f) => f.start <= start && f.end >= end)) strict++;
    }
    // Measured: 361/371 overlapping (0.973), 358/371 whole secret (0.965); the goal is 0.95.
    expect(rows.length).toBeGreaterThanOrEqual(370);
    expect(hits / rows.length, `missed: ${missed.join(' ')}`).toBeGreaterThanOrEqual(0.965);
    expect(strict / rows.length).toBeGreaterThanOrEqual(0.96);
  });

  it('stays quiet on hashes, ids, images and look-alikes (false-positive ceiling)', () => {
    const rows = load<Negative>('negatives.jsonl.gz').filter((r) => r.kind !== 'placeholder');
    const flagged = rows.filter((r) => scan(r.text).length > 0).map((r) => `${r.id}:${r.kind}`);
    // Measured: 0/111; also with the whole recommended policy.
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(flagged.length / rows.length, `flagged: ${flagged.join(' ')}`).toBeLessThanOrEqual(0.02);
    const recommended = rows.filter((r) => scanText(r.text, { policy: 'recommended' }).length > 0);
    expect(recommended.map((r) => `${r.id}:${r.kind}`)).toEqual([]);
  });
});
