import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrorCode } from '@opentraces/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { record, snapshotTree, tempDirs } from './__tests__/helpers.js';
import { openBucket } from './fs-bucket.js';
import { listBlobs } from './internal/layout.js';
import {
  checkTraceBlobs,
  healManifest,
  inspectManifest,
  pruneBucket,
  rebuildProjections,
  repairBucket,
  verifyBucket,
} from './maintenance.js';
import type { BucketStore } from './types.js';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const enc = (text: string) => new TextEncoder().encode(text);
const blobFile = (root: string, sha: string) =>
  join(root, 'blobs', 'sha256', sha.slice(0, 2), `${sha.slice(2)}.gz`);
const envelopeFile = (root: string, id: string) => join(root, 'traces', id.slice(0, 2), id, 'envelope.json');

/** A bucket with traces that use every kind of blob reference, an update and an orphan blob. */
async function populated(root = join(temp.make(), 'bucket')): Promise<{ root: string; bucket: BucketStore }> {
  const bucket = await openBucket({ root, create: true });
  for (let i = 0; i < 6; i++) {
    const blob = await bucket.putBlob(enc(`{"line":${i}}\n`));
    await bucket.putTrace({
      record: record(`trace-${i}`, `task ${i}`),
      source: { agent: 'claude-code', file_name: `s${i}.jsonl`, blob },
    });
  }
  const first = await bucket.putBlob(enc('{"piece":1}\n'));
  const second = await bucket.putBlob(enc('{"piece":2}\n'));
  const companion = await bucket.putBlob(enc('{"sub":"agent"}\n'));
  await bucket.putTrace({
    record: record('grown', 'one turn'),
    source: {
      agent: 'claude-code',
      file_name: 'g.jsonl',
      blob: first,
      segments: [{ offset: 0, blob: first }],
    },
  });
  await bucket.putTrace({
    record: record('grown', 'one turn, then another'),
    source: {
      agent: 'claude-code',
      file_name: 'g.jsonl',
      blob: first,
      segments: [
        { offset: 0, blob: first },
        { offset: 12, blob: second },
      ],
      companions: [{ path: 'subagents/agent-1.jsonl', blob: companion }],
    },
  });
  await bucket.putBlob(enc('orphan: stored, never referenced\n'));
  return { root, bucket };
}

describe('persisted manifest', () => {
  it('keeps counts and digests per write that equal a recount from disk', async () => {
    const { root, bucket } = await populated();
    const status = await bucket.status();
    expect(status).toMatchObject({ manifest: 'ok', traces: 7, blobs: 10, generations: 8 });
    const before = inspectManifest(root).manifest!;
    const heal = await healManifest({ root });
    expect(heal.changed).toEqual([]);
    expect(heal.after.digest).toBe(before.digest!.root);
    expect(heal.after.counts).toMatchObject({ ...before.counts!, events: before.counts!.events + 1 });
    expect(verifyBucket({ root, full: true })).toMatchObject({ clean: true, manifest: { compared: true } });
    await bucket.close();
  });

  it('gives the same digest for the same content stored in another order', async () => {
    const roots = [join(temp.make(), 'a'), join(temp.make(), 'b')];
    const ids = ['x', 'y', 'z'];
    for (const [n, root] of roots.entries()) {
      const bucket = await openBucket({ root, create: true });
      for (const id of n === 0 ? ids : [...ids].reverse()) {
        const blob = await bucket.putBlob(enc(id));
        await bucket.putTrace({ record: record(id, id), source: { agent: 'a', file_name: null, blob } });
      }
      await bucket.close();
    }
    const [a, b] = roots.map((r) => inspectManifest(r).manifest!.digest!.root);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a manifest written before counts as stale until healed', async () => {
    const { root, bucket } = await populated();
    await bucket.close();
    writeFileSync(
      join(root, 'manifest.json'),
      JSON.stringify({ format: 'opentraces.bucket.v1', created_at: '2026-01-01T00:00:00.000Z' }),
    );
    const reader = await openBucket({ root });
    expect(await reader.status()).toMatchObject({ manifest: 'stale', traces: 7, blobs: 0 });
    expect(verifyBucket({ root, full: true }).notices.map((n) => n.kind)).toEqual(['manifest_state']);
    const writer = await openBucket({ root, create: true });
    await writer.putTrace({ record: record('late', 'x') });
    expect(inspectManifest(root).state).toBe('stale');
    const heal = await healManifest({ root });
    expect(heal.before.state).toBe('stale');
    expect(await reader.status()).toMatchObject({ manifest: 'ok', traces: 8, blobs: 10 });
    expect(verifyBucket({ root, full: true }).clean).toBe(true);
    await reader.close();
    await writer.close();
  });

  it('never writes when reading: status, manifest, verify, a prune dry run, prefetch checks', async () => {
    const { root, bucket } = await populated();
    await bucket.close();
    const before = snapshotTree(root);
    await new Promise((r) => setTimeout(r, 20));
    const reader = await openBucket({ root });
    await reader.status();
    await reader.getTrace('trace-1');
    await reader.close();
    inspectManifest(root);
    verifyBucket({ root, full: true });
    verifyBucket({ root, sample: 3 });
    await pruneBucket({ root, dryRun: true, graceMs: 0 });
    checkTraceBlobs(root, 'grown');
    expect(snapshotTree(root)).toEqual(before);
  });
});

describe('verify', () => {
  it('names exactly the blob whose file has any one byte flipped', async () => {
    const { root, bucket } = await populated();
    await bucket.close();
    const ref = await (async () => {
      const b = await openBucket({ root });
      const e = await b.getTrace('trace-3');
      await b.close();
      return e!.source!.blob;
    })();
    const path = blobFile(root, ref.sha256);
    const original = readFileSync(path);
    for (let at = 0; at < original.length; at++) {
      const flipped = Buffer.from(original);
      flipped[at] = flipped[at]! ^ 0x01;
      writeFileSync(path, flipped);
      const report = verifyBucket({ root, full: true });
      expect(report.issues, `byte ${at}`).toEqual([
        expect.objectContaining({ kind: 'blob_corrupt', sha256: ref.sha256, path }),
      ]);
    }
    writeFileSync(path, original);
    expect(verifyBucket({ root, full: true }).clean).toBe(true);
  });

  it('names an envelope whose record no longer matches its content hash', async () => {
    const { root, bucket } = await populated();
    await bucket.close();
    const path = envelopeFile(root, 'trace-2');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"content":"task 2"', '"content":"task 2!"'));
    const report = verifyBucket({ root, full: true });
    expect(report.issues).toEqual([
      expect.objectContaining({ kind: 'envelope_corrupt', trace_id: 'trace-2', path }),
    ]);
    expect(report.issues[0]!.detail).toMatch(/hashes to/);
  });

  it('finds a lost envelope through the manifest, in full and in sample mode', async () => {
    const { root, bucket } = await populated();
    await bucket.close();
    rmSync(envelopeFile(root, 'trace-4'));
    for (const report of [verifyBucket({ root, full: true }), verifyBucket({ root, sample: 2 })]) {
      expect(report.issues.map((i) => i.kind)).toEqual(['manifest_mismatch']);
      expect(report.issues[0]!.detail).toMatch(/traces 7 → 6/);
    }
  });

  it('names the trace and blob when a referenced blob is gone', async () => {
    const { root, bucket } = await populated();
    const companion = (await bucket.getTrace('grown'))!.source!.companions![0]!.blob.sha256;
    await bucket.close();
    rmSync(blobFile(root, companion));
    expect(verifyBucket({ root, full: true }).issues).toEqual([
      expect.objectContaining({ kind: 'blob_missing', trace_id: 'grown', sha256: companion }),
    ]);
    const check = checkTraceBlobs(root, 'grown')!;
    expect(check.blobs.map((b) => [b.role, b.present])).toEqual([
      ['source', true],
      ['segment', true],
      ['segment', true],
      ['companion', false],
    ]);
  });

  it('checks at most the sample in sample mode', async () => {
    const { root, bucket } = await populated();
    await bucket.close();
    const report = verifyBucket({ root, sample: 3 });
    expect(report).toMatchObject({
      mode: 'sample',
      checked: { envelopes: 3, blobs: 3 },
      totals: { envelopes: 7, blobs: 10 },
      clean: true,
    });
  });
});

describe('repair', () => {
  it('quarantines damaged files without deleting them and rebuilds the manifest and projection', async () => {
    const { root, bucket } = await populated();
    const blob = (await bucket.getTrace('trace-5'))!.source!.blob.sha256;
    await bucket.close();
    const blobPath = blobFile(root, blob);
    const damagedBlob = Buffer.from(readFileSync(blobPath));
    const at = damagedBlob.length - 6;
    damagedBlob[at] = damagedBlob[at]! ^ 0xff;
    writeFileSync(blobPath, damagedBlob);
    const envPath = envelopeFile(root, 'trace-1');
    writeFileSync(envPath, '{"envelope":"opentraces.bucket.envelope.v1", truncated');

    const report = await repairBucket({ root });
    expect(report.quarantined.map((q) => [q.sha256 ?? q.trace_id, q.from])).toEqual([
      [blob, blobPath],
      ['trace-1', envPath],
    ]);
    for (const q of report.quarantined) {
      expect(existsSync(q.from)).toBe(false);
      expect(q.to).toContain(join(root, 'quarantine'));
    }
    expect(readFileSync(report.quarantined[0]!.to)).toEqual(damagedBlob);
    expect(report.missing_blobs).toEqual([{ trace_id: 'trace-5', sha256: blob }]);
    expect(report).toMatchObject({ traces: 6, blobs: 9, projection: { traces: 6 } });

    const reader = await openBucket({ root });
    expect(await reader.status()).toMatchObject({ manifest: 'ok', traces: 6, blobs: 9 });
    expect((await reader.listTraces()).map((s) => s.trace_id)).not.toContain('trace-1');
    // The raw bytes of trace-5 are gone: verify keeps naming them until the session is stored again.
    expect(verifyBucket({ root, full: true }).issues).toEqual([
      expect.objectContaining({ kind: 'blob_missing', trace_id: 'trace-5', sha256: blob }),
    ]);
    const writer = await openBucket({ root, create: true });
    await writer.putBlob(enc('{"line":5}\n'));
    expect(verifyBucket({ root, full: true })).toMatchObject({ clean: true, issues: [] });
    await reader.close();
    await writer.close();
  });
});

describe('rebuild', () => {
  it('regenerates the listing projection from the envelopes', async () => {
    const { root, bucket } = await populated();
    const listed = (await bucket.listTraces()).map((s) => s.trace_id);
    await bucket.close();
    rmSync(join(root, 'projections.lmdb'));
    rmSync(join(root, 'projections.lmdb-lock'), { force: true });
    expect(verifyBucket({ root }).notices.map((n) => n.kind)).toEqual(['projection_missing']);
    expect(await rebuildProjections({ root })).toMatchObject({ projection: { traces: 7 }, skipped: [] });
    const reader = await openBucket({ root });
    expect((await reader.listTraces()).map((s) => s.trace_id)).toEqual(listed);
    await reader.close();
    expect(verifyBucket({ root, full: true }).clean).toBe(true);
  });
});

describe('prune', () => {
  it('removes old unreferenced blobs and dead temp files, never a referenced or recent blob', async () => {
    const { root, bucket } = await populated();
    const recentOrphan = (await bucket.putBlob(enc('another orphan, just stored\n'))).sha256;
    const referenced = new Set<string>();
    for (const s of await bucket.listTraces()) {
      for (const b of checkTraceBlobs(root, s.trace_id)!.blobs) referenced.add(b.sha256);
    }
    await bucket.close();
    // Age every blob but the recent orphan: of the rest, only the unreferenced one may go.
    const old = new Date(Date.now() - 3_600_000);
    for (const b of listBlobs(root)) if (b.sha256 !== recentOrphan) utimesSync(b.path, old, old);
    const temp = join(root, 'traces', 'tr', 'trace-1', 'envelope.json.tmp-999999999-abcd1234');
    writeFileSync(temp, 'half');

    const dry = await pruneBucket({ root, dryRun: true });
    expect(dry.blobs.map((b) => referenced.has(b.sha256))).toEqual([false]);
    expect(dry.kept_recent).toEqual([recentOrphan]);
    expect(dry.temp_files).toEqual([temp]);
    expect(existsSync(dry.blobs[0]!.path) && existsSync(temp)).toBe(true);

    const done = await pruneBucket({ root });
    expect(done.blobs.map((b) => b.sha256)).toEqual(dry.blobs.map((b) => b.sha256));
    expect(existsSync(dry.blobs[0]!.path) || existsSync(temp)).toBe(false);
    for (const sha of referenced) expect(existsSync(blobFile(root, sha))).toBe(true);
    expect(verifyBucket({ root, full: true })).toMatchObject({ clean: true, totals: { blobs: 10 } });
    expect((await healManifest({ root })).changed).toEqual([]);
  });

  it('refuses to run while an envelope cannot be read', async () => {
    const { root, bucket } = await populated();
    await bucket.close();
    writeFileSync(envelopeFile(root, 'trace-0'), 'not json');
    await expect(pruneBucket({ root, dryRun: true })).rejects.toSatisfy((e) =>
      hasErrorCode(e, 'BUCKET_PRUNE_REFUSED'),
    );
  });
});
