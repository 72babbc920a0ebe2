import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeContentHash, hasErrorCode } from '@opentraces/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { record, tempDirs } from './__tests__/helpers.js';
import { openBucket } from './fs-bucket.js';
import { createMemoryBucket } from './testing.js';
import type { BucketStore } from './types.js';

const temp = tempDirs();
afterEach(() => temp.cleanup());
const tempDir = () => temp.make();

const adapters: Array<[string, () => Promise<BucketStore>]> = [
  ['fs', () => openBucket({ root: join(tempDir(), 'bucket'), create: true })],
  ['memory', async () => createMemoryBucket()],
];

describe.each(adapters)('BucketStore contract (%s)', (_name, open) => {
  it('stores a trace, reads it back and lists it', async () => {
    const bucket = await open();
    const result = await bucket.putTrace({ record: record('t-1', 'fix the parser') });
    expect(result).toEqual({ trace_id: 't-1', outcome: 'created', generation_index: 0 });
    const envelope = await bucket.getTrace('t-1');
    expect(envelope?.record.task?.description).toBe('fix the parser');
    expect(envelope?.content_hash).toBe(computeContentHash(record('t-1', 'fix the parser')));
    const list = await bucket.listTraces();
    expect(list.map((s) => [s.trace_id, s.steps, s.title])).toEqual([['t-1', 2, 'fix the parser']]);
    expect((await bucket.status()).traces).toBe(1);
    await bucket.close();
  });

  it('re-storing identical content is a no-op and new content makes a new generation', async () => {
    const bucket = await open();
    await bucket.putTrace({ record: record('t-1', 'a') });
    expect((await bucket.putTrace({ record: record('t-1', 'a') })).outcome).toBe('unchanged');
    const updated = await bucket.putTrace({ record: record('t-1', 'a, then b') });
    expect(updated).toEqual({ trace_id: 't-1', outcome: 'updated', generation_index: 1 });
    expect((await bucket.getTrace('t-1'))?.record.generation_index).toBe(1);
    expect((await bucket.status()).traces).toBe(1);
    await bucket.close();
  });

  it('keeps blobs content-addressed and deduplicated', async () => {
    const bucket = await open();
    const bytes = new TextEncoder().encode('{"type":"user"}\n');
    const a = await bucket.putBlob(bytes);
    const b = await bucket.putBlob(bytes);
    expect(a).toEqual(b);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from((await bucket.getBlob(a.sha256))!).toString()).toBe('{"type":"user"}\n');
    expect((await bucket.status()).blobs).toBe(1);
    expect(await bucket.getBlob('0'.repeat(64))).toBeUndefined();
    await bucket.close();
  });

  it('lists newest sessions first and honours the limit', async () => {
    const bucket = await open();
    await bucket.putTrace({ record: record('old', 'x', '2026-01-01T00:00:00Z') });
    await bucket.putTrace({ record: record('new', 'y', '2026-06-01T00:00:00Z') });
    expect((await bucket.listTraces({ limit: 1 })).map((s) => s.trace_id)).toEqual(['new']);
    await bucket.close();
  });

  it('refuses trace ids that could escape the bucket', async () => {
    const bucket = await open();
    await expect(bucket.putTrace({ record: record('../../etc', 'x') })).rejects.toSatisfy((e) =>
      hasErrorCode(e, 'BUCKET_BAD_TRACE_ID'),
    );
    await bucket.close();
  });
});

describe('on-disk bucket', () => {
  it('reads never create anything', async () => {
    const root = join(tempDir(), 'missing');
    const bucket = await openBucket({ root });
    expect(await bucket.status()).toMatchObject({ exists: false, traces: 0 });
    expect(await bucket.getTrace('t-1')).toBeUndefined();
    expect(await bucket.listTraces()).toEqual([]);
    expect(existsSync(root)).toBe(false);
    await expect(bucket.putTrace({ record: record('t-1', 'x') })).rejects.toSatisfy((e) =>
      hasErrorCode(e, 'BUCKET_NOT_INITIALIZED'),
    );
  });

  it('writes byte-identical gzip blobs for identical content', async () => {
    const bytes = new TextEncoder().encode('same bytes, any machine\n'.repeat(50));
    const paths = await Promise.all(
      [tempDir(), tempDir()].map(async (dir) => {
        const bucket = await openBucket({ root: dir, create: true });
        const ref = await bucket.putBlob(bytes);
        await bucket.close();
        return join(dir, 'blobs', 'sha256', ref.sha256.slice(0, 2), `${ref.sha256.slice(2)}.gz`);
      }),
    );
    const [a, b] = paths.map((p) => readFileSync(p));
    expect(a!.equals(b!)).toBe(true);
    expect(a![9]).toBe(0xff);
  });

  it('detects a corrupt blob', async () => {
    const root = tempDir();
    const bucket = await openBucket({ root, create: true });
    const ref = await bucket.putBlob(new TextEncoder().encode('original'));
    const { gzipSync } = await import('node:zlib');
    writeFileSync(
      join(root, 'blobs', 'sha256', ref.sha256.slice(0, 2), `${ref.sha256.slice(2)}.gz`),
      gzipSync('tampered'),
    );
    await expect(bucket.getBlob(ref.sha256)).rejects.toSatisfy((e) => hasErrorCode(e, 'BUCKET_BLOB_CORRUPT'));
    await bucket.close();
  });

  it('fails with BUCKET_LOCKED (busy) while another live process holds the lock', async () => {
    const root = tempDir();
    const bucket = await openBucket({ root, create: true, lockTimeoutMs: 50 });
    writeFileSync(join(root, '.lock'), `${process.pid}\n`);
    await expect(bucket.putTrace({ record: record('t-1', 'x') })).rejects.toSatisfy(
      (e) => hasErrorCode(e, 'BUCKET_LOCKED') && (e as { kind: string }).kind === 'busy',
    );
    rmSync(join(root, '.lock'));
    await bucket.close();
  });

  it('takes over a lock left by a dead process', async () => {
    const root = tempDir();
    const bucket = await openBucket({ root, create: true, lockTimeoutMs: 50 });
    writeFileSync(join(root, '.lock'), '999999999\n');
    expect((await bucket.putTrace({ record: record('t-1', 'x') })).outcome).toBe('created');
    expect(existsSync(join(root, '.lock'))).toBe(false);
    await bucket.close();
  });

  it('survives reopening: envelopes, projection and event log persist', async () => {
    const root = tempDir();
    const first = await openBucket({ root, create: true });
    await first.putTrace({ record: record('t-1', 'x') });
    await first.close();
    const second = await openBucket({ root });
    expect(await second.status()).toMatchObject({ exists: true, traces: 1, events: 1 });
    const events = readFileSync(join(root, 'events.jsonl'), 'utf8').trim().split('\n');
    expect(events.map((l) => JSON.parse(l).kind)).toEqual(['trace.stored']);
    await second.close();
  });
});
