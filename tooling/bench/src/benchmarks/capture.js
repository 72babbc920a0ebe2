import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claudeSessionFile, loadTurnPool, moreTurns } from '../generate-claude-session.js';
import { median } from '../measure.js';

export const description =
  'Capture: import of the whole ../shared/corpus (MB/s, next to parse-only in the same run), and the latency of the `_capture` hook process for one more turn on a generated 50 MB Claude Code session';

/** Goal of issue 6: the whole `_capture` process for +1 turn on a 50 MB session, median < 200 ms. */
export const GOAL_MS = 200;

const round1 = (x) => Math.round(x * 10) / 10;
const ratio = (a, b) => Math.round((a / b) * 100) / 100;

export async function run({ root, rounds = 7, mb = Number(process.env.OPENTRACES_BENCH_CAPTURE_MB ?? 50) }) {
  const cli = join(root, 'apps', 'cli', 'bin', 'run.js');
  const work = mkdtempSync(join(tmpdir(), 'ot-bench-capture-'));
  try {
    const corpus = join(root, '..', 'shared', 'corpus');
    const importResult = existsSync(corpus) ? corpusImport({ root, cli, corpus, work }) : null;
    const hook = hookLatency({ root, cli, work, rounds, mb });
    return {
      baseline:
        '`node -e 0` (process floor) and `opentraces --version`; parse-only of the same corpus files in-process',
      import: importResult,
      hook_session: hook.session,
      medians_ms: hook.medians,
      ratios: {
        'hook process / goal': ratio(
          hook.medians['_capture hook process (spool + detached worker)'],
          GOAL_MS,
        ),
        'hook process / `node -e 0`': ratio(
          hook.medians['_capture hook process (spool + detached worker)'],
          hook.medians['node -e 0'],
        ),
        '`_capture --sync` +1 turn / goal': ratio(
          hook.medians['_capture --sync +1 turn (whole process)'],
          GOAL_MS,
        ),
      },
      goal: `the _capture hook process for +1 turn on ${mb} MB: median < ${GOAL_MS} ms`,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function corpusImport({ root, cli, corpus, work }) {
  const files = listTranscripts(corpus);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const parseOnly = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs';
       import { parseSession } from ${JSON.stringify(join(root, 'packages', 'capture-parsers', 'dist', 'index.js'))};
       const files = JSON.parse(process.argv[1]);
       const t = performance.now();
       for (const f of files) { try { parseSession({ bytes: readFileSync(f), fileName: f }); } catch {} }
       process.stdout.write(String(performance.now() - t));`,
      JSON.stringify(files),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (parseOnly.status !== 0) throw new Error(`parse-only run failed: ${parseOnly.stderr.slice(0, 500)}`);
  const parseMs = Number(parseOnly.stdout);
  const home = join(work, 'import-home');
  const start = performance.now();
  const res = spawnSync(process.execPath, [cli, 'trace', 'import', corpus, '--home', home, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const importMs = performance.now() - start;
  const report = JSON.parse(res.stdout);
  return {
    files: files.length,
    mb: round1(bytes / 1e6),
    parse_only_ms: Math.round(parseMs),
    parse_only_mb_s: round1(bytes / 1e6 / (parseMs / 1000)),
    import_ms: Math.round(importMs),
    import_mb_s: round1(bytes / 1e6 / (importMs / 1000)),
    import_vs_parse: round1((importMs / parseMs) * 10) / 10,
    imported: report.totals ?? null,
  };
}

function hookLatency({ root, cli, work, rounds, mb }) {
  const pool = loadTurnPool(root);
  const file = claudeSessionFile({ root, bytes: Math.round(mb * 1e6), seed: 2, pool });
  const turns = moreTurns(file, { count: 2 * (rounds + 1), pool });
  const home = join(work, 'hook-home');
  const repo = join(work, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  const transcript = join(work, 'session.jsonl');
  copyFileSync(file.path, transcript);
  const payload = JSON.stringify({
    session_id: 'bench',
    transcript_path: transcript,
    cwd: repo,
    hook_event_name: 'Stop',
  });
  const spool = join(home, 'capture', 'spool');
  /** `_capture --sync`: the capture itself, in the foreground. */
  const syncCapture = () => {
    const t = performance.now();
    const res = spawnSync(
      process.execPath,
      [cli, '_capture', '--sync', '--agent', 'claude-code', '--home', home, '--json'],
      {
        input: payload,
        encoding: 'utf8',
      },
    );
    const ms = performance.now() - t;
    const out = JSON.parse(res.stdout).capture;
    if (out.status !== 'captured') throw new Error(`_capture did not capture: ${JSON.stringify(out)}`);
    return { ms, out };
  };
  /** The hook as agents run it: spool + detached worker; then wait until the worker has captured. */
  const hookRun = () => {
    const t = performance.now();
    const res = spawnSync(process.execPath, [cli, '_capture', '--agent', 'claude-code', '--home', home], {
      input: payload,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const ms = performance.now() - t;
    if (res.status !== 0) throw new Error(`_capture exited ${res.status}`);
    while (pendingWork(spool)) {
      if (performance.now() - t > 120_000) throw new Error('the capture worker did not finish');
      spawnSync('sleep', ['0.02']);
    }
    return { ms, until_captured_ms: performance.now() - t };
  };
  const timeProcess = (args) => {
    const t = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    return performance.now() - t;
  };
  const first = syncCapture();
  const samples = {
    '_capture hook process (spool + detached worker)': [],
    'hook → captured (worker done)': [],
    '_capture --sync +1 turn (whole process)': [],
    'opentraces --version': [],
    'node -e 0': [],
  };
  const modes = new Set();
  for (let i = 0; i <= rounds; i++) {
    appendFileSync(transcript, turns[2 * i]);
    const sync = syncCapture();
    appendFileSync(transcript, turns[2 * i + 1]);
    const hook = hookRun();
    if (i === 0) continue; // warm-up
    modes.add(sync.out.mode);
    samples['_capture --sync +1 turn (whole process)'].push(sync.ms);
    samples['_capture hook process (spool + detached worker)'].push(hook.ms);
    samples['hook → captured (worker done)'].push(hook.until_captured_ms);
    samples['opentraces --version'].push(timeProcess([cli, '--version']));
    samples['node -e 0'].push(timeProcess(['-e', '0']));
  }
  return {
    session: {
      mb: round1(file.size / 1e6),
      turns: file.turns,
      first_capture_ms: Math.round(first.ms),
      modes: [...modes],
    },
    medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round1(median(v))])),
  };
}

/** Spool files not yet captured, or a worker still running. */
function pendingWork(spool) {
  if (!existsSync(spool)) return false;
  return readdirSync(spool).some((f) => f === '.worker.lock' || (f.endsWith('.json') && !f.startsWith('.')));
}

function listTranscripts(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.jsonl?$/.test(e.name) && !e.name.endsWith('.expected.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
