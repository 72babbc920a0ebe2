import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrorCode, isOpentracesError, validateModel } from '@opentraces/schema';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bucketVerifyFailure,
  getBucketManifest,
  getBucketStatus,
  prefetchFailure,
  prefetchTrace,
  pruneBucket,
  rebuildBucket,
  repairBucket,
  verifyBucket,
} from './bucket.js';
import { importSessions } from './import-sessions.js';

// The bucket verbs on a bucket filled by a real import of the fixture sessions (Claude Code with
// its sub-agent files, Codex, Gemini CLI), as `opentraces trace import` fills it.
const SESSIONS = fileURLToPath(new URL('../../../fixtures/sessions/', import.meta.url));

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ot-sdk-bucket-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const shared = mkdtempSync(join(tmpdir(), 'ot-sdk-bucket-import-'));
const pristine = join(shared, 'home');
let imported: { trace_id: string; raw_blob: string }[];
beforeAll(async () => {
  const report = await importSessions({ home: pristine }, { paths: [SESSIONS] });
  expect(report.failed).toEqual([]);
  imported = report.imported.map((t) => ({ trace_id: t.trace_id, raw_blob: t.raw_blob }));
});
afterAll(() => rmSync(shared, { recursive: true, force: true }));

/** A private copy of the imported home. */
async function home(): Promise<string> {
  const h = join(temp(), 'home');
  cpSync(pristine, h, { recursive: true });
  return h;
}

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      const s = statSync(p);
      out[p] = `${s.mtimeMs}:${s.size}:${s.ino}`;
      if (e.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

const blobFile = (h: string, sha: string) =>
  join(h, 'bucket', 'blobs', 'sha256', sha.slice(0, 2), `${sha.slice(2)}.gz`);

describe('bucket status and manifest', () => {
  it('count what the import stored, from the persisted manifest', async () => {
    const h = await home();
    const status = await getBucketStatus({ home: h });
    expect(status).toMatchObject({
      exists: true,
      manifest_state: 'ok',
      pending: null,
      remote: { configured: false },
    });
    expect(status.counts?.traces).toBe(imported.length);
    expect(status.counts?.generations).toBe(imported.length);
    expect(status.counts?.blobs).toBeGreaterThanOrEqual(new Set(imported.map((t) => t.raw_blob)).size);
    expect(status.digest?.root).toMatch(/^[0-9a-f]{64}$/);
    const manifest = await getBucketManifest({ home: h });
    expect(manifest.healed).toBeNull();
    // The frozen `opentraces.bucket.manifest.v2` document of the schema package, one row per trace.
    expect(validateModel('BucketManifest', manifest.manifest)).toMatchObject({ ok: true });
    expect(manifest.manifest?.bucket_digest).toBe(status.digest?.root);
    expect(manifest.manifest?.traces.map((t) => t.trace_id).sort()).toEqual(
      imported.map((t) => t.trace_id).sort(),
    );
    const healed = await getBucketManifest({ home: h }, { heal: true });
    expect(healed.healed?.changed).toEqual([]);
    expect(healed.healed?.after.digest).toBe(status.digest?.root);
  });

  it('never write: status, manifest, verify (sample and full) and a prune dry run leave every file as it was', async () => {
    const h = await home();
    const before = snapshot(h);
    await new Promise((r) => setTimeout(r, 20));
    await getBucketStatus({ home: h });
    await getBucketManifest({ home: h });
    await verifyBucket({ home: h });
    await verifyBucket({ home: h }, { full: true });
    await pruneBucket({ home: h }, { dryRun: true });
    expect(snapshot(h)).toEqual(before);
  });

  it('say there is no bucket without creating one', async () => {
    const h = join(temp(), 'empty-home');
    expect(await getBucketStatus({ home: h })).toMatchObject({
      exists: false,
      manifest_state: 'absent',
      counts: null,
    });
    expect(await verifyBucket({ home: h })).toMatchObject({ exists: false, clean: true });
    expect(existsSync(h)).toBe(false);
  });
});

describe('verify and repair', () => {
  it('verify is clean on what import stored, and content hashes of real records check out', async () => {
    const h = await home();
    const report = await verifyBucket({ home: h }, { full: true });
    expect(report).toMatchObject({ clean: true, issues: [], manifest: { compared: true, matches: true } });
    expect(report.checked.envelopes).toBe(imported.length);
    expect(bucketVerifyFailure(report)).toBeUndefined();
  });

  it('names a damaged raw blob (corruption), and repair quarantines it', async () => {
    const h = await home();
    const victim = imported[0]!;
    const path = blobFile(h, victim.raw_blob);
    const bytes = readFileSync(path);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0x10;
    writeFileSync(path, bytes);
    const report = await verifyBucket({ home: h }, { full: true });
    expect(report.issues).toEqual([
      expect.objectContaining({ kind: 'blob_corrupt', sha256: victim.raw_blob, path }),
    ]);
    const failure = bucketVerifyFailure(report)!;
    expect(isOpentracesError(failure) && failure.kind).toBe('corruption');
    expect(failure.message).toContain(victim.raw_blob);

    const repaired = await repairBucket({ home: h });
    expect(repaired.quarantined).toEqual([expect.objectContaining({ sha256: victim.raw_blob, from: path })]);
    expect(readFileSync(repaired.quarantined[0]!.to)).toEqual(bytes);
    expect(repaired.missing_blobs.map((m) => m.trace_id)).toContain(victim.trace_id);
  });
});

describe('rebuild', () => {
  it('rebuilds the listing projection and says what the context-tree substrate is', async () => {
    const h = await home();
    const all = await rebuildBucket({ home: h });
    expect(all.substrates.map((s) => [s.substrate, s.action])).toEqual([
      ['projections', 'rebuilt'],
      ['context-tree', 'nothing_to_rebuild'],
    ]);
    expect(all.substrates[0]!.traces).toBe(imported.length);
    const ctx = await rebuildBucket({ home: h }, { substrate: 'context-tree' });
    expect(ctx.substrates).toHaveLength(1);
    expect(ctx.substrates[0]!.detail).toMatch(/context_node_id/);
  });
});

describe('prefetch', () => {
  it('checks every blob of a trace locally (by id prefix) and says there is no remote', async () => {
    const h = await home();
    const id = imported[0]!.trace_id;
    const report = await prefetchTrace({ home: h }, { ref: id.slice(0, 10) });
    expect(report).toMatchObject({ trace_id: id, local_complete: true, remote: { configured: false } });
    expect(report.blobs.map((b) => b.role)).toContain('source');
    expect(prefetchFailure(report)).toBeUndefined();
    rmSync(blobFile(h, report.blobs[0]!.sha256));
    const broken = await prefetchTrace({ home: h }, { ref: id });
    expect(broken.local_complete).toBe(false);
    expect(prefetchFailure(broken)?.kind).toBe('corruption');
  });

  it('fails with not_found for an unknown trace', async () => {
    const h = await home();
    await expect(prefetchTrace({ home: h }, { ref: 'no-such-trace' })).rejects.toSatisfy(
      (e) => hasErrorCode(e, 'SDK_TRACE_NOT_FOUND') && (e as { kind: string }).kind === 'not_found',
    );
  });
});
