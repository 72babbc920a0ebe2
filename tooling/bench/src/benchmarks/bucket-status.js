import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { interleave, median, timeSpawn } from '../measure.js';

export const description =
  '`bucket status` on 10,000 traces vs an empty bucket: the sdk function (getBucketStatus) and the CLI process (`opentraces bucket status --json`)';

/** Goal of issue 6: `bucket status` must not scan the corpus — at most 2× an empty bucket. */
export const GOAL_RATIO = 2;

const TRACES = Number(process.env.OPENTRACES_BENCH_BUCKET_TRACES ?? 10_000);
const round1 = (x) => Math.round(x * 10) / 10;
const round3 = (x) => Math.round(x * 1000) / 1000;

export async function run({ root, runs = 15, warmup = 2, calls = 300 }) {
  const load = (pkg) => import(pathToFileURL(join(root, 'packages', pkg, 'dist', 'index.js')).href);
  const store = await load('bucket-store');
  const sdk = await load('sdk');
  const cli = join(root, 'apps', 'cli', 'bin', 'run.js');

  const empty = join(tmpdir(), `opentraces-bench-bucket-empty-${process.pid}`);
  rmSync(empty, { recursive: true, force: true });
  await (await store.openBucket({ root: join(empty, 'bucket'), create: true })).close();
  const full = await corpusHome(store, TRACES);

  try {
    // The sdk function, in process: many calls per sample (each is well under a millisecond).
    const perCall = (home) => () => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) sdk.getBucketStatus({ home });
      return Number(process.hrtime.bigint() - start) / 1e6 / calls;
    };
    // getBucketStatus is async but does its work synchronously; settle the promises between samples.
    const sdkSamples = interleave(
      {
        'sdk getBucketStatus, empty bucket': perCall(empty),
        [`sdk getBucketStatus, ${TRACES} traces`]: perCall(full),
      },
      { runs: runs * 2, warmup },
    );
    await new Promise((r) => setImmediate(r));
    const cliSamples = interleave(
      {
        'opentraces bucket status --json, empty bucket': () =>
          timeSpawn(process.execPath, [cli, 'bucket', 'status', '--json', '--home', empty]),
        [`opentraces bucket status --json, ${TRACES} traces`]: () =>
          timeSpawn(process.execPath, [cli, 'bucket', 'status', '--json', '--home', full]),
        // For comparison, not a goal: the top-level status lists the most recent traces from the projection.
        'opentraces status --json, empty bucket': () =>
          timeSpawn(process.execPath, [cli, 'status', '--json', '--home', empty]),
        [`opentraces status --json, ${TRACES} traces`]: () =>
          timeSpawn(process.execPath, [cli, 'status', '--json', '--home', full]),
      },
      { runs, warmup },
    );
    const m = Object.fromEntries(
      Object.entries({ ...sdkSamples, ...cliSamples }).map(([k, v]) => [k, median(v)]),
    );
    const ratio = (a, b) => Math.round((m[a] / m[b]) * 100) / 100;
    const ratios = {
      'sdk getBucketStatus': ratio(
        `sdk getBucketStatus, ${TRACES} traces`,
        'sdk getBucketStatus, empty bucket',
      ),
      'opentraces bucket status --json': ratio(
        `opentraces bucket status --json, ${TRACES} traces`,
        'opentraces bucket status --json, empty bucket',
      ),
      'opentraces status --json (not a goal)': ratio(
        `opentraces status --json, ${TRACES} traces`,
        'opentraces status --json, empty bucket',
      ),
    };
    const goalRatios = [ratios['sdk getBucketStatus'], ratios['opentraces bucket status --json']];
    return {
      baseline: 'the same command on an empty bucket',
      traces: TRACES,
      runs,
      warmup,
      calls_per_sdk_sample: calls,
      unit: 'ms',
      medians_ms: Object.fromEntries(
        Object.entries(m).map(([k, v]) => [k, k.startsWith('sdk') ? round3(v) : round1(v)]),
      ),
      ratios,
      goal: { max_ratio: GOAL_RATIO, met: goalRatios.every((r) => r <= GOAL_RATIO) },
    };
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

/**
 * A home whose bucket holds `count` small synthetic traces (each with its own raw blob), stored
 * through the bucket API. Kept in the temp dir and reused while its manifest says it is complete;
 * generation skips fsync (the files written are the same, only their durability is relaxed).
 */
async function corpusHome(store, count) {
  const home = join(tmpdir(), `opentraces-bench-bucket-${count}`);
  const root = join(home, 'bucket');
  const manifest = join(root, 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.counts?.traces === count && !existsSync(join(root, 'pending.json'))) {
      process.stderr.write(`  reusing ${home} (${count} traces)\n`);
      return home;
    }
  }
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const fs = { ...store.NODE_FS, fsyncSync: () => {} };
  const bucket = await store.openBucket({
    root,
    create: true,
    fs,
    now: () => new Date('2026-11-22T00:00:00Z'),
  });
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const id = `bench-${String(i).padStart(6, '0')}`;
    const content = `synthetic session ${i}: fix the flaky test in module ${i % 97}`;
    const blob = await bucket.putBlob(
      new TextEncoder().encode(`{"type":"user","message":{"content":"${content}"}}\n`),
    );
    await bucket.putTrace({
      record: {
        schema_version: '0.9.0',
        trace_id: id,
        session_id: `session-${i}`,
        timestamp_start: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        agent: { name: 'claude-code', version: '2.1.3' },
        task: { description: content },
        steps: [
          { step_index: 0, role: 'user', content },
          { step_index: 1, role: 'agent', content: `done: ${content}` },
        ],
      },
      source: { agent: 'claude-code', file_name: `${id}.jsonl`, blob },
    });
    if ((i + 1) % 2000 === 0) process.stderr.write(`  generated ${i + 1}/${count} traces\n`);
  }
  await bucket.close();
  process.stderr.write(
    `  generated ${count} traces in ${round1((Date.now() - started) / 1000)} s into ${home}\n`,
  );
  return home;
}
