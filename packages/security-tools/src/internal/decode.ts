import { decodeUtf8, encodeUtf8 } from '@opentraces/schema';
import type { RawSpan } from './scan-regex.js';

/**
 * Secrets hidden by an encoding: inside base64 (`echo … | base64`, a `.env` or a service-account
 * JSON pasted as base64), percent-encoding (form bodies, URLs: `password%3Dhunter2`) and `\uXXXX`
 * escapes (JSON written by some serializers, strings escaped twice). The plain pass cannot see
 * them; here each encoded run is decoded, scanned with the same rules, and what is found is
 * reported on the original text:
 *
 * - **base64**: a run of 24+ base64/base64url characters that decodes to printable UTF-8 text; a
 *   finding inside redacts the whole run (the secret has no offsets of its own in the encoded form).
 *   Binary payloads (images, signatures, hashes, npm integrity) fail the printable check first.
 * - **percent** and **`\uXXXX`**: the text around the escapes is decoded with an offset map, so a
 *   finding maps back to exactly the characters that encode it.
 *
 * Work is bounded: base64 runs decode at most {@link MAX_RUN_BYTES} bytes each, and one call
 * decodes at most {@link MAX_DECODED_PER_CALL} characters in all; the caller limits the depth.
 */

/** One decoded base64 run yields at most this many bytes (longer runs are scanned on their prefix). */
export const MAX_RUN_BYTES = 65_536;
/** Characters decoded (all encodings together) per call; what lies beyond is not decoded. */
export const MAX_DECODED_PER_CALL = 1_048_576;
/** Real text kept around percent / `\u` escapes, so that the decoded text has the key name and value. */
const ESCAPE_CONTEXT = 512;

type Scan = (decoded: string) => RawSpan[];

interface Budget {
  left: number;
}

/**
 * Spans found by decoding the encoded runs of `text` and scanning them with `scan`. `plain` holds
 * what the plain pass found already (runs it covers whole are not decoded again); `base64Hints` are
 * offsets where the keyword pass saw a keyword in base64 form (see {@link base64Fragments}).
 */
export function scanDecoded(
  text: string,
  plain: readonly RawSpan[],
  base64Hints: readonly number[],
  scan: Scan,
  keywordsSeen = true,
): RawSpan[] {
  const found: RawSpan[] = [];
  if (text.length < 8) return found;
  const budget: Budget = { left: MAX_DECODED_PER_CALL };
  if (base64Hints.length > 0) scanBase64Runs(text, plain, base64Hints, scan, budget, found);
  if (text.includes('%')) scanEscapes(text, PERCENT, scan, budget, found);
  // `\uXXXX` can hide a keyword (`pass\u0077ord`), so it is always decoded; the one-character
  // escapes (`\n`, `\"`) cannot, so text with no keyword in plain form has nothing they could reveal.
  if (text.includes('\\u') || text.includes('\\U') || (keywordsSeen && text.includes('\\')))
    scanEscapes(text, UNICODE, scan, budget, found);
  return found;
}

// ---------------------------------------------------------------------------------------------
// base64
// ---------------------------------------------------------------------------------------------

const MIN_BASE64_RUN = 24;

const B64_VALUE = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[43] = 62; // +
  table[45] = 62; // -
  table[47] = 63; // /
  table[95] = 63; // _
  return table;
})();

const B64_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The base64 forms of `keyword` that do not depend on what surrounds it: for each of the three
 * byte alignments, the characters encoding the 3-byte groups that lie wholly inside the keyword
 * (in the standard and the url alphabet). Searching these with the other keywords, in the same
 * pass, finds base64 runs that may hide a keyword without scanning every run of every string
 * (measured: a base64-run regex alone ran at ~67 MB/s on the transcripts, 415k runs, none text).
 * Only fragments of 4+ characters are returned.
 */
export function base64Fragments(keyword: string): string[] {
  const bytes = [...encodeUtf8(keyword)];
  const fragments = new Set<string>();
  for (let offset = 0; offset < 3; offset++) {
    const groups = Math.floor((bytes.length - offset) / 3);
    if (groups < 1) continue;
    let out = '';
    for (let g = 0; g < groups; g++) {
      const [a, b, c] = bytes.slice(offset + 3 * g, offset + 3 * g + 3) as [number, number, number];
      const n = (a << 16) | (b << 8) | c;
      out +=
        B64_CHARS[n >> 18]! + B64_CHARS[(n >> 12) & 63]! + B64_CHARS[(n >> 6) & 63]! + B64_CHARS[n & 63]!;
    }
    fragments.add(out);
    fragments.add(out.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...fragments];
}

function isBase64Unit(code: number): boolean {
  return code < 128 && B64_VALUE[code]! >= 0;
}

/** The base64 run around `at`: [start, end) with padding, or undefined when shorter than a run. */
function runAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && isBase64Unit(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && isBase64Unit(text.charCodeAt(end))) end++;
  let padded = end;
  while (padded < text.length && padded - end < 2 && text.charCodeAt(padded) === 61) padded++;
  return [start, padded];
}

function scanBase64Runs(
  text: string,
  plain: readonly RawSpan[],
  hints: readonly number[],
  scan: Scan,
  budget: Budget,
  found: RawSpan[],
): void {
  const seen: [number, number][] = [];
  for (const hint of hints) {
    if (budget.left <= 0) return;
    if (seen.some(([s, e]) => hint >= s && hint < e)) continue; // one decision per run
    const [start, end] = runAround(text, hint);
    seen.push([start, end]);
    if (end - start < MIN_BASE64_RUN) continue;
    const run = text.slice(start, end);
    if (!plausibleBase64(run) || coveredBy(plain, start, end)) continue;
    const decoded = decodeBase64Text(run, Math.min(MAX_RUN_BYTES, budget.left));
    if (decoded === undefined) continue;
    budget.left -= decoded.length;
    const inner = scan(decoded);
    if (inner.length === 0) continue;
    const best = inner.reduce((a, b) => {
      const la = a.end - a.start;
      const lb = b.end - b.start;
      return lb > la || (lb === la && b.rank < a.rank) ? b : a;
    });
    found.push({ type: best.type, start, end, rank: best.rank });
  }
}

/**
 * Cheap filters before decoding: base64 of text mixes upper and lower case, and mixes the two
 * base64 alphabets never; a length of 4n+1 is not base64. Identifiers such as
 * `cache_creation_input_tokens` or kebab-case names fail here.
 */
function plausibleBase64(run: string): boolean {
  const body = run.replace(/=+$/, '');
  if (body.length % 4 === 1) return false;
  if (!/[A-Z]/.test(body) || !/[a-z]/.test(body)) return false;
  const standard = /[+/]/.test(body);
  const url = /[-_]/.test(body);
  if (standard && url) return false;
  // snake_case / kebab-case words: separators between letter runs, no digits
  return !(url && /^[A-Za-z]+(?:[-_][A-Za-z]+)+$/.test(body));
}

function coveredBy(spans: readonly RawSpan[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && s.end >= end);
}

/**
 * The text a base64 run encodes, when it is printable UTF-8 (at most `maxBytes` are decoded); else
 * undefined. A prefix is checked first, so that a megabyte of image data costs a few dozen bytes.
 */
export function decodeBase64Text(run: string, maxBytes: number): string | undefined {
  const probe = decodeBase64Bytes(run, 48);
  if (probe === undefined || !printableUtf8(probe, true)) return undefined;
  const bytes = decodeBase64Bytes(run, maxBytes);
  if (bytes === undefined) return undefined;
  const cutAtEnd = bytes.length >= maxBytes;
  return printableUtf8(bytes, cutAtEnd) ? decodeUtf8(trimPartial(bytes, cutAtEnd)) : undefined;
}

function decodeBase64Bytes(run: string, maxBytes: number): Uint8Array | undefined {
  const limit = Math.min(run.length, Math.ceil((maxBytes * 4) / 3) + 4);
  const bytes = new Uint8Array(Math.min(maxBytes, Math.floor((limit * 3) / 4) + 3));
  let count = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < limit && count < bytes.length; i++) {
    const code = run.charCodeAt(i);
    if (code === 61) break; // '=' padding
    const value = code < 128 ? B64_VALUE[code]! : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[count++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, count);
}

/** Drops a UTF-8 sequence cut by a length limit, so that a prefix still decodes. */
function trimPartial(bytes: Uint8Array, cut: boolean): Uint8Array {
  if (!cut) return bytes;
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 3 && (bytes[end - 1]! & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
  return bytes.subarray(0, end);
}

/**
 * Valid UTF-8 whose characters are nearly all printable (tabs and newlines count): at least 95%,
 * and no NUL. `partial` tolerates a sequence cut at the end.
 */
function printableUtf8(bytes: Uint8Array, partial: boolean): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = decodeUtf8(trimPartial(bytes, partial), { fatal: true });
  } catch {
    return false;
  }
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
  }
  return bad * 20 <= text.length;
}

// ---------------------------------------------------------------------------------------------
// percent-encoding and \uXXXX escapes: decoded with an offset map
// ---------------------------------------------------------------------------------------------

interface EscapeKind {
  /** Finds one escape. */
  readonly hit: RegExp;
  /** Decodes `[start, end)` of `text`; `origin[i]`/`originEnd[i]` locate decoded unit i in `text`. */
  readonly decode: (text: string, start: number, end: number) => Decoded;
}

interface Decoded {
  readonly text: string;
  readonly origin: Int32Array;
  readonly originEnd: Int32Array;
}

const PERCENT: EscapeKind = { hit: /%[0-9A-Fa-f]{2}/g, decode: decodePercent };
// JSON string escapes: `\uXXXX`, and `\n` `\t` `\r` `\"` `\\` `\/` — a token after an escaped newline
// (`\nghp_…` in a JSON document carried inside a string) must read as if it began a line.
const UNICODE: EscapeKind = { hit: /\\(?:[uU][0-9A-Fa-f]{4}|["\\/bfnrt])/g, decode: decodeUnicodeEscapes };

/**
 * Finds regions of `text` holding escapes (each with {@link ESCAPE_CONTEXT} characters of context;
 * regions closer than that merge), decodes them, scans the decoded text and maps findings back.
 * A region is found with one `exec` per {@link ESCAPE_CONTEXT} characters at most, however dense the
 * escapes are.
 */
function scanEscapes(text: string, kind: EscapeKind, scan: Scan, budget: Budget, found: RawSpan[]): void {
  const hit = new RegExp(kind.hit.source, 'g');
  let regionStart = -1;
  let regionEnd = -1;
  const flush = (): void => {
    if (regionStart < 0 || budget.left <= 0) return;
    const end = Math.min(regionEnd, regionStart + budget.left);
    const decoded = kind.decode(text, regionStart, end);
    budget.left -= decoded.text.length;
    if (decoded.text.length === end - regionStart) return; // nothing was decoded
    for (const span of scan(decoded.text)) {
      const start = decoded.origin[span.start]!;
      const stop = decoded.originEnd[span.end - 1]!;
      if (stop > start) found.push({ ...span, start, end: stop });
    }
  };
  for (let match = hit.exec(text); match !== null; match = hit.exec(text)) {
    const from = Math.max(0, match.index - ESCAPE_CONTEXT);
    const to = Math.min(text.length, match.index + match[0].length + ESCAPE_CONTEXT);
    if (regionEnd >= 0 && from <= regionEnd) regionEnd = to;
    else {
      flush();
      regionStart = from;
      regionEnd = to;
    }
    // Every escape before `to` is decoded with this region: search again near its end.
    hit.lastIndex = Math.max(hit.lastIndex, to - match[0].length + 1);
  }
  flush();
}

/** Percent-decoding of `[start, end)`: UTF-8 byte sequences become characters, stray bytes Latin-1. */
function decodePercent(text: string, start: number, end: number): Decoded {
  const out = new DecodedBuilder(end - start);
  let i = start;
  while (i < end) {
    const first = percentByte(text, i, end);
    if (first < 0) {
      out.push(text.charCodeAt(i), i, i + 1);
      i++;
      continue;
    }
    const length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 0;
    let code =
      length === 1 ? first : length === 2 ? first & 0x1f : length === 3 ? first & 0x0f : first & 0x07;
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) {
      const next = percentByte(text, i + 3 * k, end);
      if (next < 0 || (next & 0xc0) !== 0x80) ok = false;
      else code = (code << 6) | (next & 0x3f);
    }
    if (!ok) {
      out.push(first, i, i + 3); // not UTF-8: the byte as Latin-1
      i += 3;
      continue;
    }
    const stop = i + 3 * length;
    if (code > 0xffff) {
      out.push(0xd800 + ((code - 0x10000) >> 10), i, stop);
      out.push(0xdc00 + ((code - 0x10000) & 0x3ff), i, stop);
    } else out.push(code, i, stop);
    i = stop;
  }
  return out.build();
}

function percentByte(text: string, i: number, end: number): number {
  if (i + 3 > end || text.charCodeAt(i) !== 37) return -1;
  const hi = hexValue(text.charCodeAt(i + 1));
  const lo = hexValue(text.charCodeAt(i + 2));
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** JSON-escape decoding of `[start, end)`: `\uXXXX` (one UTF-16 unit each, so surrogate pairs just work) and the one-character escapes. */
function decodeUnicodeEscapes(text: string, start: number, end: number): Decoded {
  const out = new DecodedBuilder(end - start);
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) === 92 && i + 6 <= end && (text.charCodeAt(i + 1) | 0x20) === 117) {
      let code = 0;
      let k = 2;
      for (; k < 6; k++) {
        const digit = hexValue(text.charCodeAt(i + k));
        if (digit < 0) break;
        code = (code << 4) | digit;
      }
      if (k === 6) {
        out.push(code, i, i + 6);
        i += 6;
        continue;
      }
    }
    if (text.charCodeAt(i) === 92 && i + 1 < end) {
      const unit = SIMPLE_ESCAPES.get(text.charCodeAt(i + 1));
      if (unit !== undefined) {
        out.push(unit, i, i + 2);
        i += 2;
        continue;
      }
    }
    out.push(text.charCodeAt(i), i, i + 1);
    i++;
  }
  return out.build();
}

/** The one-character JSON escapes: `\n` → newline, `\"` → `"`, … */
const SIMPLE_ESCAPES: ReadonlyMap<number, number> = new Map(
  [
    ['n', '\n'],
    ['t', '\t'],
    ['r', '\r'],
    ['b', '\b'],
    ['f', '\f'],
    ['"', '"'],
    ['\\', '\\'],
    ['/', '/'],
  ].map(([k, v]) => [k!.charCodeAt(0), v!.charCodeAt(0)]),
);

class DecodedBuilder {
  private readonly units: number[] = [];
  private readonly origin: Int32Array;
  private readonly originEnd: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.origin = new Int32Array(capacity);
    this.originEnd = new Int32Array(capacity);
  }

  push(unit: number, from: number, to: number): void {
    this.units.push(unit);
    this.origin[this.length] = from;
    this.originEnd[this.length] = to;
    this.length++;
  }

  build(): Decoded {
    let text = '';
    for (let i = 0; i < this.units.length; i += 8192)
      text += String.fromCharCode(...this.units.slice(i, i + 8192));
    return {
      text,
      origin: this.origin.subarray(0, this.length),
      originEnd: this.originEnd.subarray(0, this.length),
    };
  }
}
