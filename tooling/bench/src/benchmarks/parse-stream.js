import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeSessionFile, discardSession, loadTurnPool } from '../generate-claude-session.js';
import { median } from '../measure.js';

export const description =
  'Peak RSS and speed of streaming a generated 1 GB Claude Code session through claudeCodeParser.open() in 4 MiB chunks, vs the same read loop alone and with JSON.parse of every line';

/** Goal of issue 4: peak RSS below 300 MB while parsing a 1 GB session. */
export const GOAL_PEAK_RSS_MB = 300;

const child = join(dirname(fileURLToPath(import.meta.url)), '..', 'stream-child.js');
const CHUNK = 4 << 20;

/** Runs one measured child; its stdout is one JSON object. */
function measure(mode, path, nodeArgs = []) {
  const res = spawnSync(process.execPath, [...nodeArgs, child, mode, path, String(CHUNK)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (res.status !== 0)
    throw new Error(`stream-child ${mode} exited ${res.status}: ${res.stderr.slice(0, 800)}`);
  return JSON.parse(res.stdout);
}

const round1 = (x) => Math.round(x * 10) / 10;

export async function run({ root, rounds = 3, mb = Number(process.env.OPENTRACES_BENCH_STREAM_MB ?? 1000) }) {
  const generated = Date.now();
  const file = claudeSessionFile({ root, bytes: Math.round(mb * 1e6), seed: 1, pool: loadTurnPool(root) });
  const generateSeconds = (Date.now() - generated) / 1000;
  process.stderr.write(
    `  session ${file.path}: ${round1(file.size / 1e6)} MB, ${file.lines} lines, ${file.turns} turns (${file.reused ? 'reused' : `generated in ${generateSeconds} s`})\n`,
  );
  try {
    const cases = {
      'read loop (RSS floor)': 'read',
      'read + JSON.parse every line': 'json',
      'claudeCodeParser.open + push + result': 'parser',
    };
    const runs = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    // One warm-up pass over every case (page cache, code caches), then interleaved rounds.
    for (let i = 0; i < rounds + 1; i++) {
      for (const [name, mode] of Object.entries(cases)) {
        const out = measure(mode, file.path);
        process.stderr.write(
          `  ${i === 0 ? 'warm-up' : `round ${i}`} ${name}: ${Math.round(out.ms)} ms, peak RSS ${round1(out.max_rss_mb)} MB\n`,
        );
        if (i > 0) runs[name].push(out);
      }
    }
    const analysis = measure('analysis', file.path, ['--expose-gc']);
    const mbs = file.size / 1e6;
    const ms = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v.map((r) => r.ms))]));
    const rss = Object.fromEntries(
      Object.entries(runs).map(([k, v]) => [k, median(v.map((r) => r.max_rss_mb))]),
    );
    const parser = runs['claudeCodeParser.open + push + result'].at(-1);
    const floor = 'read loop (RSS floor)';
    const naive = 'read + JSON.parse every line';
    const peak = rss['claudeCodeParser.open + push + result'];
    return {
      baseline: naive,
      session: {
        path: file.path,
        mb: round1(mbs),
        lines: file.lines,
        turns: file.turns,
        source: file.source,
        seed: file.seed,
        generate_s: file.reused ? null : generateSeconds,
      },
      chunk_bytes: CHUNK,
      rounds,
      medians_ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)])),
      mb_per_s: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round1(mbs / (v / 1000))])),
      peak_rss_mb: Object.fromEntries(Object.entries(rss).map(([k, v]) => [k, round1(v)])),
      // time and peak RSS relative to the naive JSON.parse loop, and peak RSS relative to the floor
      ratios: {
        time_vs_naive: Object.fromEntries(
          Object.entries(ms).map(([k, v]) => [k, Math.round((v / ms[naive]) * 100) / 100]),
        ),
        peak_rss_vs_naive: Object.fromEntries(
          Object.entries(rss).map(([k, v]) => [k, Math.round((v / rss[naive]) * 100) / 100]),
        ),
        peak_rss_vs_floor: Object.fromEntries(
          Object.entries(rss).map(([k, v]) => [k, Math.round((v / rss[floor]) * 100) / 100]),
        ),
      },
      record: parser.record,
      fidelity: parser.fidelity,
      // a streamed parse must account for every generated line, with nothing to report
      checks: {
        lines_total_equals_generated: parser.fidelity.lines_total === file.lines,
        lines_parsed_equals_generated: parser.fidelity.lines_parsed === file.lines,
        diagnostics: parser.fidelity.diagnostics,
      },
      parser_after_push: parser.after_push,
      parser_end_memory: parser.end,
      analysis,
      goal: { peak_rss_mb: `< ${GOAL_PEAK_RSS_MB}`, met: peak < GOAL_PEAK_RSS_MB },
    };
  } finally {
    discardSession(file);
  }
}
