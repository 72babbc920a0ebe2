import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { record, seeded, tempDirs } from './__tests__/helpers.js';
import { openBucket } from './fs-bucket.js';
import { healManifest, repairBucket, verifyBucket } from './maintenance.js';

// Real processes and real SIGKILL: writers (as capture hooks are) killed at seeded random moments,
// repair killed mid-way, and 8 writers at once on the same and on different traces. The children
// run the built package; the checks here run the sources.

const here = dirname(fileURLToPath(import.meta.url));
const CHILD = join(here, '__tests__', 'writer-child.js');
const PACKAGE = join(here, '..');

beforeAll(() => {
  // The children import dist/: refuse to test a build older than the sources.
  const stale = sources(here).filter((src) => {
    const out = join(PACKAGE, 'dist', src.slice(here.length).replace(/\.ts$/, '.js'));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs;
  });
  if (stale.length > 0) {
    throw new Error(
      `packages/bucket-store/dist is missing or older than ${stale[0]}: run \`pnpm build\` first`,
    );
  }
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const temp = tempDirs();
afterEach(() => temp.cleanup());

interface Ack {
  readonly id: string;
  readonly generation: number;
  readonly outcome: string;
  readonly token: string;
}

interface ChildRun {
  readonly acks: Ack[];
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly done: boolean;
  readonly stderr: string;
}

/**
 * Runs a child; with `kill`, SIGKILLs it `afterMs` after its `afterAcks`-th acknowledged put (or
 * after it reports ready, for 0): the moment is seeded, and the acknowledgements before it certain.
 */
function runChild(
  args: readonly string[],
  kill?: { readonly afterAcks: number; readonly afterMs: number },
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let done = false;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, generation, outcome, token] = line.split(' ');
        if (word === 'done') done = true;
        if (word === 'ack')
          acks.push({ id: id!, generation: Number(generation), outcome: outcome!, token: token! });
        const armed = kill && (word === 'ready' || word === 'ack') && acks.length === kill.afterAcks;
        if (armed) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
      }
    });
    child.on('close', (code, signal) => resolve({ acks, code, signal, done, stderr }));
  });
}

/** Every acknowledged put is there: at its generation with its content, or superseded by a later one. */
async function expectAcknowledged(root: string, acks: readonly Ack[]): Promise<void> {
  const bucket = await openBucket({ root });
  const latest = new Map<string, Ack>();
  for (const a of acks) if ((latest.get(a.id)?.generation ?? -1) < a.generation) latest.set(a.id, a);
  for (const [id, ack] of latest) {
    const envelope = await bucket.getTrace(id);
    expect(envelope, `acknowledged trace ${id}`).toBeDefined();
    expect(envelope!.generation_index).toBeGreaterThanOrEqual(ack.generation);
    if (envelope!.generation_index === ack.generation) {
      const [seed, put] = ack.token.split(':');
      expect(envelope!.record.task?.description).toMatch(new RegExp(`^${id} by ${seed} put ${put} `));
    }
  }
  await bucket.close();
}

async function expectCleanAfter(root: string, settle: 'next write' | 'repair'): Promise<void> {
  if (settle === 'repair') await repairBucket({ root });
  else {
    const bucket = await openBucket({ root, create: true });
    await bucket.putTrace({ record: record(`settle-${Date.now()}`, 'settle') });
    await bucket.close();
  }
  const report = verifyBucket({ root, full: true });
  expect(report.issues).toEqual([]);
  expect(report.clean).toBe(true);
  expect((await healManifest({ root })).changed).toEqual([]);
}

describe.each([0, 1, 2, 3])('kill -9 of a writer at random moments (10 trials, group %i)', (group) => {
  it('loses no acknowledged session: verify finds no damage, the next writer or repair settles', async () => {
    const root = join(temp.make(), 'bucket');
    const random = seeded(20261122 + group);
    const acks: Ack[] = [];
    let killedMidRun = 0;
    let cleanRightAway = 0;
    for (let trial = 0; trial < 10; trial++) {
      const seed = 1000 + group * 10 + trial;
      // Killed after 0–5 acknowledged puts and 0–40 ms more: inside some put of the 400, at a seeded moment.
      const kill = { afterAcks: Math.floor(random() * 6), afterMs: Math.floor(random() * 40) };
      const run = await runChild(['write', root, String(seed), '400', 'shared-a,shared-b'], kill);
      expect(run.stderr).toBe('');
      acks.push(...run.acks);
      if (run.signal === 'SIGKILL' && !run.done) killedMidRun += 1;
      const found = verifyBucket({ root, full: true });
      expect(found.issues, `trial ${seed}`).toEqual([]);
      if (found.clean) cleanRightAway += 1;
      await expectAcknowledged(root, acks);
      await expectCleanAfter(root, trial % 2 === 0 ? 'next write' : 'repair');
      await expectAcknowledged(root, acks);
    }
    expect(killedMidRun).toBe(10);
    process.stderr.write(
      `kill -9 of writers, group ${group}: 10 trials, ${killedMidRun} killed mid-run, ${acks.length} acknowledged puts, verify clean right after the kill in ${cleanRightAway}\n`,
    );
  }, 55_000);
});

describe('kill -9 of repair', () => {
  it('leaves a bucket that the next repair restores, with every trace (12 trials)', async () => {
    const root = join(temp.make(), 'bucket');
    const seedRun = await runChild(['write', root, '7', '150']);
    expect(seedRun.done).toBe(true);
    const started = Date.now();
    expect((await runChild(['repair', root])).done).toBe(true);
    const repairMs = Date.now() - started;
    const random = seeded(7);
    let interrupted = 0;
    for (let trial = 0; trial < 12; trial++) {
      const run = await runChild(['repair', root], {
        afterAcks: 0,
        afterMs: Math.floor(random() * repairMs),
      });
      if (!run.done) interrupted += 1;
      expect(verifyBucket({ root, full: true }).issues).toEqual([]);
      await expectAcknowledged(root, seedRun.acks);
      if (trial % 3 === 2) await expectCleanAfter(root, 'repair');
    }
    await expectCleanAfter(root, 'repair');
    await expectAcknowledged(root, seedRun.acks);
    expect(interrupted, 'no kill landed inside a repair').toBeGreaterThan(0);
    process.stderr.write(
      `kill -9 of repair: 12 trials, ${interrupted} killed before finishing (a repair took ${repairMs} ms)\n`,
    );
  }, 55_000);
});

describe('8 writers at once', () => {
  it('serialise on the lock: every put on the same and on different traces is kept, generations never collide', async () => {
    const root = join(temp.make(), 'bucket');
    const shared = ['shared-1', 'shared-2', 'shared-3'];
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) => runChild(['write', root, String(500 + i), '20', shared.join(',')])),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run).toMatchObject({ code: 0, done: true });
      expect(run.acks).toHaveLength(20);
    }
    const acks = runs.flatMap((r) => r.acks);
    for (const id of shared) {
      const gens = acks
        .filter((a) => a.id === id)
        .map((a) => a.generation)
        .sort((a, b) => a - b);
      expect(gens.length).toBeGreaterThan(5);
      // Every put had new content: each got its own generation, none was lost or taken twice.
      expect(gens).toEqual(gens.map((_, i) => i));
    }
    await expectAcknowledged(root, acks);
    const report = verifyBucket({ root, full: true });
    expect(report).toMatchObject({ clean: true, issues: [] });
    const bucket = await openBucket({ root });
    const own = new Set(acks.filter((a) => !shared.includes(a.id)).map((a) => a.id));
    expect((await bucket.status()).traces).toBe(own.size + shared.length);
    await bucket.close();
    expect((await healManifest({ root })).changed).toEqual([]);
  }, 60_000);
});
