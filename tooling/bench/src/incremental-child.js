// The measured part of `parse-incremental`, in its own process (a clean heap, no generator state).
//   node incremental-child.js <session.jsonl> <turns file> <turn lengths, comma-separated> <rounds> <warmup>
// Prints one JSON object of per-round samples on stdout.
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { claudeCodeParser } from '@opentraces/capture-parsers';

const [path, turnsPath, lengthsArg, roundsArg, warmupArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
const warmup = Number(warmupArg);
const now = () => Number(process.hrtime.bigint()) / 1e6;

const base = readFileSync(path);
const turnBytes = readFileSync(turnsPath);
const turns = [];
for (let at = 0, i = 0, lengths = lengthsArg.split(',').map(Number); i < lengths.length; at += lengths[i++]) {
  turns.push(turnBytes.subarray(at, at + lengths[i]));
}
if (turns.length < warmup + rounds) throw new Error(`need ${warmup + rounds} turns, got ${turns.length}`);
const fileName = path;
const options = { contentHash: false };

/** Same record and fidelity, compared step by step (the record is too big for one string). */
function sameResult(a, b) {
  if (a.record.steps.length !== b.record.steps.length) return false;
  for (let i = 0; i < a.record.steps.length; i++) {
    if (JSON.stringify(a.record.steps[i]) !== JSON.stringify(b.record.steps[i])) return false;
  }
  const rest = (r) => JSON.stringify({ ...r.record, steps: null, fidelity: r.fidelity });
  return rest(a) === rest(b);
}

// Not timed as a case: the session that has read the 100 MB, and its saved state.
let t = now();
const live = claudeCodeParser.open({ fileName });
live.push(base);
const initialPushMs = now() - t;
t = now();
const first = live.result(options);
const firstResultMs = now() - t;
const saved = serialize(live.save());
const fullBytes = Buffer.concat([base, turns[0]]);

const samples = {
  full: [],
  livePush: [],
  liveResult: [],
  liveTotal: [],
  serialize: [],
  stateBytes: [],
  restore: [],
  restoredTurn: [],
};
const checks = {};
for (let i = 0; i < warmup + rounds; i++) {
  const keep = i >= warmup;
  const put = (name, value) => keep && samples[name].push(value);

  // Baseline: parse the whole file again, 100 MB + the new turn.
  t = now();
  const full = claudeCodeParser.parse({ bytes: fullBytes, fileName, contentHash: false });
  put('full', now() - t);

  // In process: the live session reads the next distinct turn and rebuilds its record.
  t = now();
  live.push(turns[i]);
  const pushed = now();
  const liveResult = live.result(options);
  const done = now();
  put('livePush', pushed - t);
  put('liveResult', done - pushed);
  put('liveTotal', done - t);

  // Across processes: the state is serialized after the turn…
  t = now();
  const bytes = serialize(live.save());
  put('serialize', now() - t);
  put('stateBytes', bytes.length);

  // …and a later process restores the 100 MB state and reads the turn appended since.
  t = now();
  const restored = claudeCodeParser.resume(deserialize(saved));
  put('restore', now() - t);
  t = now();
  restored.push(turns[0]);
  const restoredResult = restored.result(options);
  put('restoredTurn', now() - t);

  if (i === 0) {
    checks.live_equals_full_parse = sameResult(liveResult, full);
    checks.restored_equals_full_parse = sameResult(restoredResult, full);
    checks.steps_before_turn = first.record.steps.length;
    checks.steps_after_turn = full.record.steps.length;
    checks.restored_offset = restored.offset;
    checks.full_bytes = fullBytes.length;
  }
}

process.stdout.write(
  `${JSON.stringify({
    base_bytes: base.length,
    turn_bytes: turns.map((b) => b.length),
    initial_push_ms: initialPushMs,
    first_result_ms: firstResultMs,
    saved_state_bytes: saved.length,
    steps_at_end: live.result(options).record.steps.length,
    checks,
    samples,
  })}\n`,
);
