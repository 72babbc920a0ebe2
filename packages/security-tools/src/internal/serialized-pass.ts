import type { Finding } from '../options.js';
import { appendIndex, appendKey } from './json-path.js';
import { applyRedactions, mergeSpans, type RawSpan, scanPlain } from './scan-regex.js';

/**
 * The second pass of the seeds' two-pass scan: the `regex` tool over the serialized JSON line, so
 * that redaction does not depend on how the value is cut into strings (a secret split across a key
 * and its value, text escaped once more by serialization). What it finds is mapped back to the
 * strings of the value and redacted there, so the value stays valid JSON.
 *
 * `value` must be a plain JSON copy owned by the caller (what `walkValue` returns); it is changed in
 * place.
 */
export function serializedPass(value: unknown): { value: unknown; findings: Finding[] } {
  const line = JSON.stringify(value);
  if (line === undefined) return { value, findings: [] };
  // The plain rules only: every string was already decoded (base64, percent, JSON escapes) and scanned
  // in the first pass; decoding the line again would only re-read the escapes serialization added.
  const spans = scanPlain(line);
  if (spans.length === 0) return { value, findings: [] };
  const tokens = stringTokens(line);
  const byToken = new Map<number, RawSpan[]>();
  for (const span of spans) {
    for (let t = firstTokenEndingAfter(tokens, span.start); t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.start >= span.end) break;
      const decoded = decodedRange(line, token, span.start, span.end);
      if (!decoded) continue;
      const list = byToken.get(t) ?? [];
      list.push({ type: span.type, start: decoded[0], end: decoded[1], rank: span.rank });
      byToken.set(t, list);
    }
  }
  const findings: Finding[] = [];
  const state = { index: 0 };
  const out = rewrite(value, '$', byToken, state, findings);
  return { value: out, findings };
}

interface Token {
  /** Offset of the opening quote. */
  readonly start: number;
  /** Offset just past the closing quote. */
  readonly end: number;
}

/** Every string token of a JSON text (keys and values) in order. */
function stringTokens(line: string): Token[] {
  const tokens: Token[] = [];
  for (let i = line.indexOf('"'); i !== -1; ) {
    let j = i + 1;
    for (;;) {
      const q = line.indexOf('"', j);
      let backslashes = 0;
      for (let k = q - 1; k > i && line.charCodeAt(k) === 92; k--) backslashes++;
      if (backslashes % 2 === 0) {
        tokens.push({ start: i, end: q + 1 });
        i = line.indexOf('"', q + 1);
        break;
      }
      j = q + 1;
    }
  }
  return tokens;
}

function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The part of `[start, end)` (offsets into the serialized line) inside the token, as offsets into
 * the decoded string; widened so that no escape sequence is cut.
 */
function decodedRange(line: string, token: Token, start: number, end: number): [number, number] | undefined {
  const contentStart = token.start + 1;
  const contentEnd = token.end - 1;
  const a = Math.max(start, contentStart);
  const b = Math.min(end, contentEnd);
  if (a >= b) return undefined;
  // Walk the escaped content once, mapping escaped offsets to decoded ones at sequence boundaries.
  let decoded = 0;
  let from: number | undefined;
  let to: number | undefined;
  for (let i = contentStart; i < contentEnd; ) {
    const width = line.charCodeAt(i) === 92 ? (line[i + 1] === 'u' ? 6 : 2) : 1;
    if (from === undefined && i + width > a) from = decoded;
    if (i >= b) {
      to = decoded;
      break;
    }
    decoded++;
    i += width;
  }
  return [from ?? decoded, to ?? decoded];
}

/** The value with the strings at the marked token indices redacted, in JSON.stringify order. */
function rewrite(
  value: unknown,
  path: string,
  byToken: ReadonlyMap<number, RawSpan[]>,
  state: { index: number },
  findings: Finding[],
): unknown {
  if (typeof value === 'string') return redactToken(value, path, byToken, state, findings);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      value[i] = rewrite(value[i], appendIndex(path, i), byToken, state, findings);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const member = object[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    const before = findings.length;
    const newKey = redactToken(key, '', byToken, state, findings);
    const memberPath = appendKey(path, newKey);
    // paths are built from redacted keys, so they never hold a secret
    for (let i = before; i < findings.length; i++) findings[i] = { ...findings[i]!, path: `${memberPath}~` };
    const newMember = rewrite(member, memberPath, byToken, state, findings);
    if (newKey !== key) {
      delete object[key];
      object[newKey] = newMember;
    } else object[key] = newMember;
  }
  return object;
}

function redactToken(
  text: string,
  path: string,
  byToken: ReadonlyMap<number, RawSpan[]>,
  state: { index: number },
  findings: Finding[],
): string {
  const spans = byToken.get(state.index++);
  if (!spans) return text;
  const merged = mergeSpans(spans);
  for (const s of merged)
    findings.push({ type: s.type, tool: 'regex', path, start: s.start, end: s.end, pass: 'serialized' });
  return applyRedactions(text, merged);
}
