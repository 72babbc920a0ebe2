// `pnpm bench security`: how well and how fast @opentraces/security-tools finds secrets.
// 1. Recall / false positives on the labeled ../shared/secrets-corpus, scored as its MANIFEST says
//    (placeholders are don't-care), for ours and for secretlint's recommended preset in the same harness.
// 2. Throughput of sanitizeValue over the real Claude Code transcripts of ../shared/corpus, next to
//    JSON.parse and a memory floor (an indexOf pass that never matches) measured in the same run.
// Findings are compared by span only: nothing here prints or stores a secret.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { interleave, median } from '../measure.js';

export const description =
  'security-tools: recall/FP per type on ../shared/secrets-corpus next to secretlint (recommended preset), and sanitize throughput over the Claude Code transcripts of ../shared/corpus next to JSON.parse and an indexOf memory floor';

/** Goals of issue 5. */
export const GOALS = Object.freeze({ recall: 0.95, fp_rate: 0.02, sanitize_mb_s: 100 });

/** The secret-finding tools (scored for recall) and the `row` tools of the `recommended` policy. */
const SECRET_TOOLS = ['regex', 'entropy'];
const RECOMMENDED_ROW_TOOLS = ['regex', 'entropy', 'privacy_filter', 'business_logic', 'path_anonymizer'];
/** Tools timed one by one on a sample, to show where the sanitize time goes. */
const BREAKDOWN_TOOLS = [...RECOMMENDED_ROW_TOOLS, 'classifier'];

/** secretlint is slow: its throughput sample stops after this much of its own time. */
const SECRETLINT_BUDGET_MS = Number(process.env.OPENTRACES_BENCH_SECRETLINT_MS ?? 15_000);

const round1 = (x) => Math.round(x * 10) / 10;
const round3 = (x) => Math.round(x * 1000) / 1000;
const mbPerS = (bytes, ms) => round1(bytes / 1e6 / (ms / 1000));
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');

export async function run({ root, rounds = Number(process.env.OPENTRACES_BENCH_SECURITY_ROUNDS ?? 5) }) {
  const libs = await loadLibraries();
  if (libs.skipped) return { skipped: libs.skipped, medians_ms: {}, ratios: {}, goal: goalText() };
  const detection = await detectionQuality(join(root, '..', 'shared', 'secrets-corpus'), libs);
  const throughput = await measureThroughput(join(root, '..', 'shared', 'corpus'), libs, rounds);
  const skipped = [detection.skipped, throughput.skipped].filter(Boolean);
  return {
    ...(skipped.length === 2 ? { skipped: skipped.join('; ') } : {}),
    baseline:
      'secretlint 11.7.1 recommended preset (same harness, same rows); JSON.parse and an indexOf pass that never matches over the same lines (memory floor)',
    tools: { secrets: libs.secretTools, recommended_row: libs.recommendedTools },
    detection,
    throughput,
    medians_ms: throughput.medians_ms ?? {},
    ratios: { ...(throughput.ratios ?? {}), ...(detection.ratios ?? {}) },
    goal: goalReport(detection, throughput),
  };
}

// ---------------------------------------------------------------------------------------------
// libraries

/**
 * Imports the built security-tools (its dist/) and secretlint lazily, so that a missing build is
 * reported as `skipped` instead of crashing the bench runner.
 */
async function loadLibraries() {
  let ours;
  try {
    ours = await import('@opentraces/security-tools');
  } catch (e) {
    return {
      skipped: `@opentraces/security-tools could not be imported (${String(e.message).slice(0, 200)}); build it first: pnpm --filter @opentraces/security-tools build`,
    };
  }
  const implemented = new Set(ours.SECURITY_TOOLS.filter((t) => t.implemented).map((t) => t.name));
  const only = (names) => names.filter((n) => implemented.has(n));
  let secretlint = null;
  try {
    const core = await import('@secretlint/core');
    const preset = await import('@secretlint/secretlint-rule-preset-recommend');
    secretlint = { lintSource: core.lintSource, preset: preset.creator };
  } catch (e) {
    secretlint = { unavailable: String(e.message).slice(0, 200) };
  }
  let detectClaude = null;
  try {
    detectClaude = (await import('@opentraces/capture-parsers')).claudeCodeParser.detect;
  } catch {
    // without the parsers every .jsonl line that looks like a Claude Code line is taken (see below)
  }
  return {
    ours,
    secretlint,
    detectClaude,
    secretTools: only(SECRET_TOOLS),
    recommendedTools: only(RECOMMENDED_ROW_TOOLS),
    breakdownTools: only(BREAKDOWN_TOOLS),
  };
}

/** Spans secretlint's recommended preset reports in `text` (UTF-16 offsets, like ours). */
async function secretlintSpans(secretlint, text) {
  const result = await secretlint.lintSource({
    source: { filePath: '/virtual/input.txt', content: text, contentType: 'text' },
    options: {
      config: { rules: [{ id: secretlint.preset.meta.id, rule: secretlint.preset }] },
      noPhysicFilePath: true,
      maskSecrets: true,
    },
  });
  return result.messages
    .filter((m) => m.type === 'message' && Array.isArray(m.range))
    .map((m) => ({
      type: m.ruleId.replace('@secretlint/secretlint-rule-', ''),
      start: m.range[0],
      end: m.range[1],
    }));
}

// ---------------------------------------------------------------------------------------------
// 1. recall and false positives

function readJsonlGz(file) {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

async function detectionQuality(dir, libs) {
  const posFile = join(dir, 'positives.jsonl.gz');
  const negFile = join(dir, 'negatives.jsonl.gz');
  if (!existsSync(posFile) || !existsSync(negFile)) {
    return { skipped: `no labeled secrets corpus at ${dir} (positives.jsonl.gz, negatives.jsonl.gz)` };
  }
  const allPositives = readJsonlGz(posFile);
  const allNegatives = readJsonlGz(negFile);
  // MANIFEST: placeholders are don't-care, out of both recall and FP.
  const positives = allPositives.filter((r) => !r.placeholder);
  const negatives = allNegatives.filter((r) => r.kind !== 'placeholder');
  const placeholders = [
    ...allPositives.filter((r) => r.placeholder),
    ...allNegatives.filter((r) => r.kind === 'placeholder'),
  ];
  const { scanText } = libs.ours;
  const scanners = {
    ours: (t) => scanText(t, { tools: libs.secretTools }),
    ours_recommended: (t) => scanText(t, { tools: libs.recommendedTools }),
  };
  if (libs.secretlint.lintSource) scanners.secretlint = (t) => secretlintSpans(libs.secretlint, t);

  const scored = {};
  for (const [name, find] of Object.entries(scanners)) {
    scored[name] = await scoreScanner(find, positives, negatives, placeholders);
  }
  const ours = scored.ours;
  const sl = scored.secretlint;
  const perType = Object.keys(ours.by_type)
    .sort()
    .map((type) => ({
      type,
      n: ours.by_type[type].n,
      ours: ours.by_type[type].hits,
      ours_strict: ours.by_type[type].strict,
      secretlint: sl ? sl.by_type[type].hits : null,
    }));
  const perKind = Object.keys(ours.by_kind)
    .sort()
    .map((kind) => ({
      kind,
      n: ours.by_kind[kind].n,
      ours: ours.by_kind[kind].flagged,
      ours_recommended: scored.ours_recommended.by_kind[kind].flagged,
      secretlint: sl ? sl.by_kind[kind].flagged : null,
    }));
  const summary = (s) => (s ? { ...s, by_type: undefined, by_kind: undefined, misses: undefined } : null);
  return {
    corpus: {
      positives: allPositives.length,
      scored_positives: positives.length,
      negatives: allNegatives.length,
      scored_negatives: negatives.length,
      placeholders_dont_care: placeholders.length,
      types: perType.length,
      // the MANIFEST also names traces.jsonl and pii.jsonl; scored only when they exist
      not_present: ['traces.jsonl.gz', 'pii.jsonl.gz'].filter((f) => !existsSync(join(dir, f))),
    },
    ours: summary(ours),
    ours_recommended: summary(scored.ours_recommended),
    secretlint: sl ? summary(sl) : { unavailable: libs.secretlint.unavailable },
    ours_misses: ours.misses,
    per_type: perType,
    per_kind_fp: perKind,
    ratios: {
      recall_ours: ours.recall,
      recall_secretlint: sl ? sl.recall : null,
      fp_rate_ours: ours.fp_rate,
      fp_rate_ours_recommended: scored.ours_recommended.fp_rate,
      fp_rate_secretlint: sl ? sl.fp_rate : null,
    },
  };
}

/**
 * Scores one scanner: a positive is a hit when a finding overlaps the secret's span
 * (`text.indexOf(secret)`), strict when one finding covers all of it; a negative is a false positive
 * when anything is found. Misses and FPs are listed by row id and finding type, never by text.
 */
async function scoreScanner(find, positives, negatives, placeholders) {
  const byType = {};
  const bySource = {};
  const misses = [];
  let hits = 0;
  let strict = 0;
  for (const row of positives) {
    const start = row.text.indexOf(row.secret);
    const end = start + row.secret.length;
    const found = await find(row.text);
    const hit = found.some((f) => f.start < end && f.end > start);
    const whole = found.some((f) => f.start <= start && f.end >= end);
    byType[row.type] ??= { n: 0, hits: 0, strict: 0 };
    bySource[row.source] ??= { n: 0, hits: 0 };
    const t = byType[row.type];
    t.n++;
    bySource[row.source].n++;
    if (hit) {
      t.hits++;
      bySource[row.source].hits++;
      hits++;
    }
    if (whole) {
      t.strict++;
      strict++;
    }
    if (!whole) misses.push({ id: row.id, type: row.type, result: hit ? 'partial' : 'missed' });
  }
  const byKind = {};
  const fpTypes = {};
  let flagged = 0;
  for (const row of negatives) {
    byKind[row.kind] ??= { n: 0, flagged: 0, rows: [] };
    const k = byKind[row.kind];
    k.n++;
    const found = await find(row.text);
    if (found.length === 0) continue;
    flagged++;
    k.flagged++;
    k.rows.push(row.id);
    for (const f of found) fpTypes[f.type] = (fpTypes[f.type] ?? 0) + 1;
  }
  let placeholdersFlagged = 0;
  for (const row of placeholders) if ((await find(row.text)).length > 0) placeholdersFlagged++;
  return {
    recall: round3(hits / positives.length),
    strict_recall: round3(strict / positives.length),
    fp_rate: round3(flagged / negatives.length),
    // the corpus mixes Nosey Parker examples, secretlint's own test inputs and synthetic tokens
    hits_by_source: bySource,
    hits,
    strict,
    flagged,
    fp_rows: Object.fromEntries(
      Object.entries(byKind)
        .filter(([, v]) => v.flagged > 0)
        .map(([kind, v]) => [kind, v.rows]),
    ),
    fp_finding_types: fpTypes,
    placeholders_flagged: placeholdersFlagged,
    by_type: byType,
    by_kind: byKind,
    misses,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. throughput

function jsonlFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) jsonlFiles(p, out);
    else if (e.name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

/** A Claude Code transcript line: the shapes the project's parser detects (fallback without it). */
const looksLikeClaudeLine = (v) =>
  typeof v === 'object' && v !== null && typeof v.type === 'string' && ('sessionId' in v || 'uuid' in v);

/**
 * Every parseable line of the Claude Code transcripts (detected by the project's own parser; a
 * truncated last line of a real file is left out, as a reader would).
 */
function loadTranscriptLines(dir, detectClaude) {
  const files = jsonlFiles(dir).filter((f) => {
    if (!detectClaude) return true;
    return detectClaude(
      readFileSync(f)
        .subarray(0, 16 * 1024)
        .toString('utf8'),
    );
  });
  const lines = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        continue;
      }
      if (detectClaude || looksLikeClaudeLine(value)) lines.push(line);
    }
  }
  return { files: files.length, lines };
}

/** A character that occurs in none of the strings, for the never-matching indexOf floor. */
function absentChar(lines) {
  for (const c of ['\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\u000e']) {
    if (!lines.some((l) => l.includes(c))) return c;
  }
  throw new Error('every candidate floor character occurs in the corpus');
}

function timed(fn) {
  return () => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
}

async function measureThroughput(dir, libs, rounds) {
  if (!existsSync(dir)) return { skipped: `no transcript corpus at ${dir}` };
  const { lines, files } = loadTranscriptLines(dir, libs.detectClaude);
  if (lines.length === 0) return { skipped: `no Claude Code transcript lines under ${dir}` };
  const { sanitizeValue, scanText } = libs.ours;
  const bytes = lines.reduce((n, l) => n + utf8Bytes(l), 0);
  const buffer = Buffer.from(lines.join('\n'), 'utf8');
  const never = absentChar(lines);
  const neverByte = never.charCodeAt(0);
  let sink = 0; // results flow here so that no pass can be optimised away
  const cases = {
    floor_string_indexof: () => {
      for (const l of lines) sink += l.indexOf(never);
    },
    floor_buffer_indexof: () => {
      sink += buffer.indexOf(neverByte);
    },
    json_parse: () => {
      for (const l of lines) sink += JSON.parse(l) === null ? 1 : 0;
    },
    parse_sanitize_recommended: () => {
      for (const l of lines)
        sink += sanitizeValue(JSON.parse(l), { tools: libs.recommendedTools }).findings.length;
    },
    parse_sanitize_regex: () => {
      for (const l of lines) sink += sanitizeValue(JSON.parse(l), { tools: ['regex'] }).findings.length;
    },
    scan_lines_regex: () => {
      for (const l of lines) sink += scanText(l, { tools: ['regex'] }).length;
    },
  };
  const samples = interleave(Object.fromEntries(Object.entries(cases).map(([k, fn]) => [k, timed(fn)])), {
    runs: rounds,
    warmup: 1,
  });
  const medians = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round1(median(v))]));
  const mbS = Object.fromEntries(Object.entries(medians).map(([k, ms]) => [k, mbPerS(bytes, ms)]));
  const findings = countFindings(lines, (l) =>
    sanitizeValue(JSON.parse(l), { tools: libs.recommendedTools }),
  );
  const sanitizeOnlyMs = medians.parse_sanitize_recommended - medians.json_parse;
  return {
    corpus: { files, lines: lines.length, mb: round1(bytes / 1e6) },
    rounds,
    floor_char: `U+${neverByte.toString(16).padStart(4, '0')}`,
    medians_ms: medians,
    mb_per_s: { ...mbS, sanitize_recommended_without_parse: mbPerS(bytes, sanitizeOnlyMs) },
    findings_recommended_on_corpus: findings,
    per_tool_on_sample: perToolBreakdown(lines, libs, rounds),
    secretlint_sample: await secretlintThroughput(lines, libs),
    ratios: {
      sanitize_mb_s: mbS.parse_sanitize_recommended,
      sanitize_vs_floor: Math.round(medians.parse_sanitize_recommended / medians.floor_string_indexof),
      sanitize_vs_json_parse: round1(medians.parse_sanitize_recommended / medians.json_parse),
      scan_lines_regex_mb_s: mbS.scan_lines_regex,
    },
    sink_checksum: sink % 1000,
  };
}

/** Finding types over the whole corpus (counts only), to see what the timed runs redact. */
function countFindings(lines, sanitize) {
  const byType = {};
  let total = 0;
  for (const l of lines) {
    for (const f of sanitize(l).findings) {
      byType[f.type] = (byType[f.type] ?? 0) + 1;
      total++;
    }
  }
  return { total, by_type: byType };
}

/**
 * Each tool alone (one pass, no serialized second pass) on every 10th pre-parsed line, plus the walk
 * with no tool and regex with its serialized pass: where the sanitize time goes.
 */
function perToolBreakdown(lines, libs, rounds) {
  const values = lines.filter((_, i) => i % 10 === 0).map((l) => JSON.parse(l));
  const bytes = lines.filter((_, i) => i % 10 === 0).reduce((n, l) => n + utf8Bytes(l), 0);
  const { sanitizeValue } = libs.ours;
  const runWith = (options) => () => {
    for (const v of values) sanitizeValue(v, options);
  };
  const cases = { 'walk only (no tools)': runWith({ tools: [] }) };
  for (const tool of libs.breakdownTools) cases[tool] = runWith({ tools: [tool], serializedPass: false });
  cases['regex + serialized pass'] = runWith({ tools: ['regex'] });
  cases['recommended row tools'] = runWith({ tools: libs.recommendedTools });
  const samples = interleave(Object.fromEntries(Object.entries(cases).map(([k, fn]) => [k, timed(fn)])), {
    runs: Math.max(3, Math.min(rounds, 5)),
    warmup: 1,
  });
  const ms = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round1(median(v))]));
  return {
    lines: values.length,
    mb: round1(bytes / 1e6),
    medians_ms: ms,
    mb_per_s: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, mbPerS(bytes, v)])),
  };
}

/**
 * secretlint's throughput for context: raw lines (every 10th, in order) until its time budget is
 * spent, and our `scanText` (regex) over exactly the same lines.
 */
async function secretlintThroughput(lines, libs) {
  if (!libs.secretlint.lintSource) return { unavailable: libs.secretlint.unavailable };
  const sample = lines.filter((_, i) => i % 10 === 5);
  const done = [];
  const start = performance.now();
  for (const l of sample) {
    await secretlintSpans(libs.secretlint, l);
    done.push(l);
    if (performance.now() - start > SECRETLINT_BUDGET_MS) break;
  }
  const secretlintMs = performance.now() - start;
  const bytes = done.reduce((n, l) => n + utf8Bytes(l), 0);
  const oursMs = median(
    [0, 1, 2].map(() =>
      timed(() => {
        for (const l of done) libs.ours.scanText(l, { tools: ['regex'] });
      })(),
    ),
  );
  return {
    budget_ms: SECRETLINT_BUDGET_MS,
    lines: done.length,
    of_sample_lines: sample.length,
    mb: round1(bytes / 1e6),
    secretlint_ms: round1(secretlintMs),
    secretlint_mb_s: mbPerS(bytes, secretlintMs),
    ours_scan_regex_ms: round1(oursMs),
    ours_scan_regex_mb_s: mbPerS(bytes, oursMs),
  };
}

// ---------------------------------------------------------------------------------------------
// goals

function goalText() {
  return `recall >= ${GOALS.recall} and FP <= ${GOALS.fp_rate} on non-placeholder rows; sanitize (recommended row tools, JSON.parse included) >= ${GOALS.sanitize_mb_s} MB/s per core`;
}

function goalReport(detection, throughput) {
  const ours = detection.ours;
  const mbS = throughput.ratios?.sanitize_mb_s;
  return {
    text: goalText(),
    recall: ours ? { ours: ours.recall, met: ours.recall >= GOALS.recall } : 'skipped',
    fp_rate: ours ? { ours: ours.fp_rate, met: ours.fp_rate <= GOALS.fp_rate } : 'skipped',
    sanitize_mb_s: mbS === undefined ? 'skipped' : { ours: mbS, met: mbS >= GOALS.sanitize_mb_s },
  };
}
