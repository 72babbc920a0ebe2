import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeSessionFile, discardSession, loadTurnPool, moreTurns } from '../generate-claude-session.js';
import { median } from '../measure.js';

export const description =
  'Cost of one more turn on a generated 100 MB Claude Code session: push + result on the live session, and v8.serialize/deserialize + resume across processes, vs a full re-parse';

/** Goal of issue 4: an incremental +1 turn on a 100 MB session under 50 ms. */
export const GOAL_MS = 50;

const child = join(dirname(fileURLToPath(import.meta.url)), '..', 'incremental-child.js');
const round1 = (x) => Math.round(x * 10) / 10;

export async function run({
  root,
  rounds = 7,
  warmup = 2,
  mb = Number(process.env.OPENTRACES_BENCH_INCREMENTAL_MB ?? 100),
}) {
  const pool = loadTurnPool(root);
  const file = claudeSessionFile({ root, bytes: Math.round(mb * 1e6), seed: 1, pool });
  const turns = moreTurns(file, { count: warmup + rounds, pool });
  process.stderr.write(
    `  session ${file.path}: ${round1(file.size / 1e6)} MB, ${file.lines} lines, ${file.turns} turns${file.reused ? ' (reused)' : ''}; next turns ${turns.map((t) => t.length).join(', ')} bytes\n`,
  );
  const turnsPath = `${file.path}.turns-${process.pid}`;
  writeFileSync(turnsPath, Buffer.concat(turns));
  try {
    const res = spawnSync(
      process.execPath,
      [child, file.path, turnsPath, turns.map((t) => t.length).join(','), String(rounds), String(warmup)],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (res.status !== 0)
      throw new Error(`incremental-child exited ${res.status}: ${res.stderr.slice(0, 800)}`);
    const out = JSON.parse(res.stdout);
    const m = Object.fromEntries(Object.entries(out.samples).map(([k, v]) => [k, median(v)]));
    const crossProcess = m.restore + m.restoredTurn + m.serialize;
    const medians = {
      'full re-parse of the session + turn': m.full,
      '+1 turn, live session: push + result': m.liveTotal,
      '  push': m.livePush,
      '  result': m.liveResult,
      '+1 turn, restored session: push + result': m.restoredTurn,
      'v8.deserialize + resume': m.restore,
      'v8.serialize(save())': m.serialize,
      '+1 turn across processes: deserialize + resume + push + result + serialize': crossProcess,
    };
    const baseline = m.full;
    return {
      baseline: 'full re-parse of the session + turn',
      session: {
        path: file.path,
        mb: round1(file.size / 1e6),
        lines: file.lines,
        turns: file.turns,
        source: file.source,
        seed: file.seed,
      },
      turn_bytes: out.turn_bytes,
      rounds,
      warmup,
      medians_ms: Object.fromEntries(Object.entries(medians).map(([k, v]) => [k, round1(v)])),
      // time relative to the full re-parse (lower is faster)
      ratios: Object.fromEntries(
        Object.entries(medians)
          .filter(([k]) => k !== 'full re-parse of the session + turn')
          .map(([k, v]) => [k, Math.round((v / baseline) * 10000) / 10000]),
      ),
      state_mb: {
        serialized_100mb_state: round1(out.saved_state_bytes / 1e6),
        serialized_after_turn_median: round1(median(out.samples.stateBytes) / 1e6),
      },
      not_timed: {
        initial_push_ms: Math.round(out.initial_push_ms),
        first_result_ms: Math.round(out.first_result_ms),
        steps_at_end: out.steps_at_end,
      },
      checks: out.checks,
      samples_ms: Object.fromEntries(
        Object.entries(out.samples)
          .filter(([k]) => k !== 'stateBytes')
          .map(([k, v]) => [k, v.map(round1)]),
      ),
      goal: {
        ms: `< ${GOAL_MS}`,
        met_live: m.liveTotal < GOAL_MS,
        met_across_processes: crossProcess < GOAL_MS,
      },
    };
  } finally {
    rmSync(turnsPath, { force: true });
    discardSession(file);
  }
}
