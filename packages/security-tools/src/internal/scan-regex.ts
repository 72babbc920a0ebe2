import { OpentracesError } from '@opentraces/schema';
import { REGEX_RULES } from '../regex-rules.js';
import { DEFAULT_RULE_WINDOW, type RegexRule, type RuleWindow } from '../types.js';
import { base64Fragments, scanDecoded } from './decode.js';

/** A detected span before merging; `rank` orders rules (lower = more specific). */
export interface RawSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly rank: number;
  /** The verdict of the rule's offline checksum, for rules that have one. */
  readonly checksum?: 'valid' | 'invalid';
}

const REDACTION_MARK = '[REDACTED:';

/**
 * Real text kept on each side of a window when the pattern runs on a slice: lookbehinds
 * (`(?<!\/\/[^\s/@]{0,80})`) see the true context before the window, and a match that reaches into
 * the context after it is re-run on the whole text, so that the cut never shortens a match.
 */
const CONTEXT_BEHIND = 256;
const CONTEXT_AHEAD = 256;

/** The rule's flags with `g` (iterate) and `d` (group indices), and `y` (only at lastIndex) when asked. */
function withFlags(flags: string, sticky: boolean): string {
  return `${flags.replace(/[gdy]/g, '')}gd${sticky ? 'y' : ''}`;
}

interface PrivatePatterns {
  /** Searches forward from lastIndex. */
  readonly search: RegExp;
  /** Matches only at lastIndex: re-checks a match near a window's end on the whole text. */
  readonly sticky: RegExp;
}

const privatePatterns = new WeakMap<RegexRule, PrivatePatterns>();

/**
 * Private copies of the rule's pattern: the exported RegExp's `lastIndex` may have been moved by
 * someone else's `exec`, and these copies are only used synchronously here.
 */
function patternsOf(rule: RegexRule): PrivatePatterns {
  let patterns = privatePatterns.get(rule);
  if (!patterns) {
    const { source, flags } = rule.pattern;
    patterns = {
      search: new RegExp(source, withFlags(flags, false)),
      sticky: new RegExp(source, withFlags(flags, true)),
    };
    privatePatterns.set(rule, patterns);
  }
  return patterns;
}

/** Start/end of the secret: the first participating capture group, else the whole match. */
function spanOf(match: RegExpExecArray): readonly [number, number] {
  const indices = match.indices;
  if (indices) {
    for (let i = 1; i < indices.length; i++) {
      const group = indices[i];
      if (group) return group;
    }
    return indices[0]!;
  }
  return [match.index, match.index + match[0].length];
}

// ---------------------------------------------------------------------------------------------
// The keyword pass: one Aho–Corasick automaton over UTF-16 code units with case folding.
//
// Measured on the 90 MB of Claude Code transcripts in ../shared/corpus (2-core Xeon): a single
// case-insensitive RegExp alternation runs at ~110 MB/s with the 49 keywords of the first catalogue
// but ~45 MB/s with ~300 keywords (irregexp tries the alternatives at every position); per-keyword
// `indexOf` over a lowercased copy falls to ~4 MB/s; this automaton stays at ~115 MB/s whatever
// the number of keywords, since it reads each code unit once.
// ---------------------------------------------------------------------------------------------

interface KeywordIndex {
  /** Code unit → character class (0: in no keyword). Both cases of a letter share a class. */
  readonly classOf: Uint16Array;
  /** Number of classes: the row width of `next`. */
  readonly width: number;
  /**
   * `next[row + class]` is the row offset (state × width) of the next state, stored as
   * `-(offset) - 1` when that state completes keywords.
   */
  readonly next: Int32Array;
  /** Keyword ids completed in each state (by state number). */
  readonly outputs: readonly (readonly number[])[];
  readonly keywordLengths: readonly number[];
  /** For each keyword id, the ranks of the rules listing it. */
  readonly rulesOf: readonly (readonly number[])[];
  /** Ranks of the rules without keywords: they run over the whole text. */
  readonly unconditional: readonly number[];
  /** Keyword ids at or above this one are base64 fragments of keywords (hints for `decode.ts`). */
  readonly firstFragment: number;
}

/** Keywords this long or longer are also searched in base64 form (lowercase, UPPER, Capitalized). */
const MIN_ENCODED_KEYWORD = 5;

/** The base64 fragments of the rules' keywords, case-folded like every keyword. */
function encodedKeywords(keywords: readonly string[]): string[] {
  const fragments = new Set<string>();
  for (const keyword of keywords) {
    if (keyword.length < MIN_ENCODED_KEYWORD) continue;
    const variants = new Set([keyword, keyword.toUpperCase(), keyword[0]!.toUpperCase() + keyword.slice(1)]);
    for (const variant of variants) for (const f of base64Fragments(variant)) fragments.add(f.toLowerCase());
  }
  return [...fragments];
}

const indexes = new WeakMap<readonly RegexRule[], KeywordIndex>();

function invalidKeyword(rule: RegexRule, detail: string): OpentracesError {
  return new OpentracesError({
    code: 'SECURITY_INVALID_RULE',
    kind: 'config',
    message: `Regex rule ${JSON.stringify(rule.id)} has an unusable keyword: ${detail}.`,
    hint: 'Give every rule non-empty keywords, or no keywords at all to run it over the whole text.',
  });
}

/** Assigns a class to every code unit of the keywords, both cases of a letter sharing one. */
function buildClasses(keywords: readonly string[]): { classOf: Uint16Array; width: number } {
  const classOf = new Uint16Array(65536);
  let width = 1;
  for (const keyword of keywords) {
    for (let i = 0; i < keyword.length; i++) {
      const unit = keyword.charCodeAt(i);
      if (classOf[unit] !== 0) continue;
      classOf[unit] = width;
      const char = keyword[i]!;
      for (const other of [char.toUpperCase(), char.toLowerCase()]) {
        if (other.length === 1 && classOf[other.charCodeAt(0)] === 0) classOf[other.charCodeAt(0)] = width;
      }
      width++;
    }
  }
  return { classOf, width };
}

function keywordIndex(rules: readonly RegexRule[]): KeywordIndex {
  const cached = indexes.get(rules);
  if (cached) return cached;
  const ids = new Map<string, number>();
  const rulesOf: number[][] = [];
  const unconditional: number[] = [];
  rules.forEach((rule, rank) => {
    if (rule.keywords.length === 0) unconditional.push(rank);
    for (const raw of rule.keywords) {
      if (raw.length === 0) throw invalidKeyword(rule, 'an empty string');
      const keyword = raw.toLowerCase();
      let id = ids.get(keyword);
      if (id === undefined) {
        id = ids.size;
        ids.set(keyword, id);
        rulesOf.push([]);
      }
      if (!rulesOf[id]!.includes(rank)) rulesOf[id]!.push(rank);
    }
  });
  const firstFragment = ids.size;
  const keywords = [...ids.keys(), ...encodedKeywords([...ids.keys()]).filter((f) => !ids.has(f))];
  for (let i = firstFragment; i < keywords.length; i++) rulesOf.push([]);
  const { classOf, width } = buildClasses(keywords);
  const automaton = buildAutomaton(keywords, classOf, width);
  const index: KeywordIndex = {
    classOf,
    width,
    ...automaton,
    keywordLengths: keywords.map((k) => k.length),
    rulesOf,
    unconditional,
    firstFragment,
  };
  indexes.set(rules, index);
  return index;
}

/** The trie of the keywords, completed into a DFA with failure links (classic Aho–Corasick). */
function buildAutomaton(
  keywords: readonly string[],
  classOf: Uint16Array,
  width: number,
): { next: Int32Array; outputs: number[][] } {
  const goto: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const cls = classOf[keyword.charCodeAt(i)]!;
      let target = goto[state]!.get(cls);
      if (target === undefined) {
        target = goto.length;
        goto.push(new Map());
        outputs.push([]);
        goto[state]!.set(cls, target);
      }
      state = target;
    }
    outputs[state]!.push(id);
  });
  const states = goto.length;
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (const [cls, target] of goto[0]!) {
    delta[cls] = target;
    queue.push(target);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const fallback = fail[state]!;
    for (const id of outputs[fallback]!) outputs[state]!.push(id);
    for (let cls = 1; cls < width; cls++) {
      const target = goto[state]!.get(cls);
      if (target === undefined) delta[state * width + cls] = delta[fallback * width + cls]!;
      else {
        fail[target] = state === 0 ? 0 : delta[fallback * width + cls]!;
        delta[state * width + cls] = target;
        queue.push(target);
      }
    }
  }
  const next = new Int32Array(states * width);
  for (let i = 0; i < next.length; i++) {
    const target = delta[i]!;
    next[i] = outputs[target]!.length > 0 ? -(target * width) - 1 : target * width;
  }
  return { next, outputs };
}

/**
 * Every keyword occurrence in `text`, overlapping ones included, as (start, keyword id) pairs in
 * order of their end. One read of each code unit; this loop is the floor of the whole tool's cost.
 */
function findKeywords(text: string, index: KeywordIndex): number[] {
  const hits: number[] = [];
  const { classOf, next, width, outputs, keywordLengths } = index;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    row = next[row + classOf[text.charCodeAt(i)]!]!;
    if (row < 0) {
      row = -row - 1;
      for (const id of outputs[row / width]!) hits.push(i + 1 - keywordLengths[id]!, id);
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Windows: a rule's pattern runs only around the hits of its keywords.
// ---------------------------------------------------------------------------------------------

/**
 * The start offsets of each rule's keyword hits, by rank (sorted; undefined for rules without
 * hits); the offsets of base64-encoded keywords go to `hints`.
 */
function hitsByRule(
  hits: readonly number[],
  index: KeywordIndex,
  ruleCount: number,
  hints: number[],
): (number[] | undefined)[] {
  const byRule: (number[] | undefined)[] = new Array(ruleCount);
  for (let h = 0; h < hits.length; h += 2) {
    const start = hits[h]!;
    const id = hits[h + 1]!;
    if (id >= index.firstFragment) {
      hints.push(start);
      continue;
    }
    for (const rank of index.rulesOf[id]!) {
      const list = byRule[rank];
      if (list === undefined) byRule[rank] = [start];
      else if (list[list.length - 1] !== start) list.push(start);
    }
  }
  for (const list of byRule) {
    if (list && !isSorted(list)) list.sort((a, b) => a - b);
  }
  return byRule;
}

function isSorted(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! < list[i - 1]!) return false;
  return true;
}

/** One rule over the merged windows around its hits; pushes what it finds to `spans`. */
function scanWindows(
  text: string,
  rule: RegexRule,
  rank: number,
  starts: readonly number[],
  window: RuleWindow,
  spans: RawSpan[],
): void {
  const { before, after } = window;
  const state = { resumeAt: 0 };
  let regionStart = -1;
  let regionEnd = -1;
  for (const hit of starts) {
    const from = Math.max(0, hit - before);
    const to = Math.min(text.length, hit + after);
    if (regionEnd >= 0 && from <= regionEnd) {
      regionEnd = Math.max(regionEnd, to);
      continue;
    }
    if (regionEnd >= 0) scanRegion(text, rule, rank, regionStart, regionEnd, state, spans);
    regionStart = from;
    regionEnd = to;
  }
  if (regionEnd >= 0) scanRegion(text, rule, rank, regionStart, regionEnd, state, spans);
}

/**
 * Runs the rule's pattern over `[from, to]` of `text`: on a slice with some real context either
 * side (a sliced string is not copied), starting at the window or at the end of the previous match
 * (a hit inside an earlier match is not searched again), stopping at the first match that starts
 * after the window. A match reaching into the context after the window is re-run on the whole text.
 */
function scanRegion(
  text: string,
  rule: RegexRule,
  rank: number,
  from: number,
  to: number,
  state: { resumeAt: number },
  spans: RawSpan[],
): void {
  const begin = Math.max(from, state.resumeAt);
  if (begin > to) return;
  const sliceStart = Math.max(0, begin - CONTEXT_BEHIND);
  const sliceEnd = Math.min(text.length, to + CONTEXT_AHEAD);
  const whole = sliceStart === 0 && sliceEnd === text.length;
  const subject = whole ? text : text.slice(sliceStart, sliceEnd);
  const cutAt = whole || sliceEnd === text.length ? Number.POSITIVE_INFINITY : subject.length - CONTEXT_AHEAD;
  const { search, sticky } = patternsOf(rule);
  search.lastIndex = begin - sliceStart;
  for (let match = search.exec(subject); match !== null; match = search.exec(subject)) {
    const start = match.index + sliceStart;
    if (start > to) break;
    let found: RegExpExecArray | null = match;
    let offset = sliceStart;
    if (match.index + match[0].length > cutAt) {
      sticky.lastIndex = start;
      found = sticky.exec(text);
      offset = 0;
      if (found === null) {
        search.lastIndex = match.index + 1; // the cut made this match; look further
        continue;
      }
    }
    const foundStart = found.index + offset;
    const end = foundStart + found[0].length;
    state.resumeAt = end === foundStart ? end + 1 : end;
    record(text, rule, rank, found, offset, spans);
    if (end - sliceStart >= subject.length) break;
    search.lastIndex = state.resumeAt - sliceStart;
  }
}

function record(
  text: string,
  rule: RegexRule,
  rank: number,
  match: RegExpExecArray,
  offset: number,
  spans: RawSpan[],
): void {
  if (rule.validate && !rule.validate(match)) return;
  const [relStart, relEnd] = spanOf(match);
  const start = relStart + offset;
  const end = relEnd + offset;
  if (end <= start) return;
  const secret = text.slice(start, end);
  if (secret.includes(REDACTION_MARK)) return;
  if (rule.checksum) {
    spans.push({ type: rule.id, start, end, rank, checksum: rule.checksum(secret) ? 'valid' : 'invalid' });
  } else spans.push({ type: rule.id, start, end, rank });
}

/** Decoding (base64, percent, `\uXXXX`) reaches at most this deep: a run decoded once may be decoded once more. */
const MAX_DECODE_DEPTH = 2;

/**
 * Runs the rules over `text`. One case-insensitive pass finds every keyword occurrence; each rule's
 * pattern then runs only in windows around its keywords' hits (`RegexRule.window`), so text without
 * keywords costs that one pass and long text with a few keywords costs little more. After this
 * plain pass, encoded runs (base64, percent-encoding, `\uXXXX` escapes) are decoded and scanned
 * too (see `decode.ts`); what they hide is reported on the encoded run.
 */
export function scanRegex(text: string, rules: readonly RegexRule[] = REGEX_RULES): RawSpan[] {
  return scanAtDepth(text, rules, 0);
}

function scanAtDepth(text: string, rules: readonly RegexRule[], depth: number): RawSpan[] {
  const hints: number[] = [];
  const stats = { keywordHits: 0 };
  const spans = scanPlain(text, rules, hints, stats);
  if (depth >= MAX_DECODE_DEPTH) return spans;
  const decoded = scanDecoded(
    text,
    spans,
    hints,
    (inner) => scanAtDepth(inner, rules, depth + 1),
    stats.keywordHits > 0,
  );
  return decoded.length === 0 ? spans : [...spans, ...decoded];
}

/**
 * The rules over `text` as it is, without decoding. `hints` receives the offsets where a keyword
 * occurs in base64 form.
 */
export function scanPlain(
  text: string,
  rules: readonly RegexRule[] = REGEX_RULES,
  hints: number[] = [],
  stats?: { keywordHits: number },
): RawSpan[] {
  const spans: RawSpan[] = [];
  if (text.length === 0) return spans;
  const index = keywordIndex(rules);
  const hits = findKeywords(text, index);
  if (stats) stats.keywordHits = hits.length;
  if (hits.length === 0 && index.unconditional.length === 0) return spans;
  const byRule = hitsByRule(hits, index, rules.length, hints);
  for (const rank of index.unconditional) byRule[rank] = [0];
  const everywhere: RuleWindow = { before: 0, after: text.length };
  rules.forEach((rule, rank) => {
    const starts = byRule[rank];
    if (starts === undefined) return;
    const window = rule.keywords.length === 0 ? everywhere : (rule.window ?? DEFAULT_RULE_WINDOW);
    scanWindows(text, rule, rank, starts, window, spans);
  });
  return spans;
}

/**
 * Merges overlapping spans: each cluster of overlapping spans becomes one span covering their
 * union, named after its longest member (on a tie, the lower rank). Sorted by start.
 */
export function mergeSpans<S extends RawSpan>(spans: readonly S[]): S[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const merged: S[] = [];
  let cluster: { start: number; end: number; best: S } | undefined;
  const flush = (): void => {
    if (cluster) merged.push({ ...cluster.best, start: cluster.start, end: cluster.end });
  };
  for (const span of sorted) {
    if (cluster && span.start < cluster.end) {
      cluster.end = Math.max(cluster.end, span.end);
      const bestLength = cluster.best.end - cluster.best.start;
      const length = span.end - span.start;
      if (length > bestLength || (length === bestLength && span.rank < cluster.best.rank))
        cluster.best = span;
      continue;
    }
    flush();
    cluster = { start: span.start, end: span.end, best: span };
  }
  flush();
  return merged;
}

/** `text` with every span replaced by `[REDACTED:<type>]`; spans must be merged (sorted, disjoint). */
export function applyRedactions(text: string, spans: readonly RawSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + `${REDACTION_MARK}${span.type}]`;
    at = span.end;
  }
  return out + text.slice(at);
}
