import { isPlaceholderValue } from '../placeholders.js';
import type { DetectContext, Sensitivity, Span, StringDetector } from './api.js';

/**
 * The `entropy` tool: a supporting signal for secrets the vendor catalogue does not know. A token is
 * flagged only when (1) a credential-like *name* joins it through an assignment, header or flag
 * separator (`FOO_API_KEY=…`, `"client_secret": "…"`, `-H 'X-Auth-Token: …'`, `--token …`) or the
 * string sits under such a field (`{"DB_PASSWORD": "…"}`), and (2) its Shannon entropy is what a
 * random string of its length and alphabet would have. Text full of ids and hashes (tool-use ids,
 * thinking signatures, SHAs, integrity strings, UUIDs, base64 images) never names a credential
 * next to them, and the shapes that do sneak in are excluded by value.
 */

const TYPE = 'high-entropy-secret';
const MIN_LENGTH = 16;
const MAX_LENGTH = 512;
/** How far a name may extend either side of its keyword, and how far the value may follow the name. */
const NAME_REACH = 40;
const SEPARATOR_REACH = 12;

// Triggers: a name must contain one of these (case-insensitive). Tested once per string before any
// other work; strings without one (95 % of real transcript strings) cost only this test.
const TRIGGER = /pass|pwd|secret|token|key|auth|cred|cookie|session|private|salt|seed|hmac|dsn|otp|sid/i;
/** A separator followed (after quotes, spaces and an auth scheme) by MIN_LENGTH token characters. */
const SEPARATED_VALUE =
  /[=:]>?[ \t"'`\\]{0,16}(?:(?:[Bb]earer|[Bb]asic|[Tt]oken|[Bb]ot|[Dd]igest|BEARER|BASIC)[ \t]{1,4})?[A-Za-z0-9+/_.~-]{16}/;
const SEPARATED_VALUE_ALL = new RegExp(SEPARATED_VALUE.source, 'g');

/** Last words that name a credential at every sensitivity. */
const STRONG_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'credential',
  'credentials',
  'creds',
  'apikey',
  'authorization',
  'auth',
  'authtoken',
  'accesstoken',
  'secretkey',
  'privatekey',
  'private',
  'pass',
]);
/** Names that end with one of these are credentials even when written as one word (`GITHUBTOKEN`). */
const STRONG_SUFFIXES = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'credential',
  'credentials',
];
/** `…_token` names that hold cursors, counters or ids, not credentials. */
const NOT_TOKEN_PREFIX = new Set([
  'page',
  'next',
  'continuation',
  'cancellation',
  'pagination',
  'max',
  'sync',
  'resume',
  'cursor',
  'num',
  'total',
]);
/** `…_key` names that are credentials (`api_key`, `secret_key`, `signing_key`). */
const SECRET_KEY_PREFIX = new Set([
  'api',
  'secret',
  'access',
  'private',
  'signing',
  'master',
  'encryption',
  'auth',
  'client',
  'app',
  'license',
  'account',
  'service',
  'admin',
  'session',
  'shared',
  'hmac',
  'jwt',
  'webhook',
  'sas',
  'subscription',
  'write',
  'deploy',
]);
/** `…_key` names that are not secrets (`sort_key`, `public_key`, `cache_key`, `idempotency_key`). */
const PLAIN_KEY_PREFIX = new Set([
  'public',
  'pub',
  'sort',
  'cache',
  'primary',
  'foreign',
  'partition',
  'idempotency',
  'row',
  'lookup',
  'hash',
  'map',
  'dedup',
  'dedupe',
  'unique',
  'composite',
  'index',
  'object',
  's3',
  'i18n',
  'translation',
  'message',
  'group',
  'react',
  'host',
  'id',
  'search',
  'meta',
  'registry',
  'field',
  'column',
  'table',
  'dict',
  'query',
  'route',
  'state',
  'store',
  'storage',
  'sorting',
  'range',
  'shortcut',
  'hot',
  'key',
  'kms',
  'fingerprint',
  'ssh',
  'gpg',
  'pgp',
  'prefix',
  'label',
  'config',
  'env',
  'the',
  'a',
]);
/** Last words that never name a secret value here, whatever came before (`signature`, `nonce`). */
const NEVER_WORDS = new Set([
  'signature',
  'sig',
  'nonce',
  'hash',
  'digest',
  'etag',
  'integrity',
  'checksum',
  'sha',
  'id',
  'ids',
  'uuid',
  'name',
  'names',
  'type',
  'path',
  'file',
  'url',
  'uri',
  'endpoint',
  'header',
  'env',
  'var',
  'count',
  'length',
  'len',
  'size',
  'limit',
  'ttl',
  'expiry',
  'expires',
  'at',
  'version',
]);
/** Words that widen the context at `high` only. */
const HIGH_WORDS = new Set([
  'key',
  'salt',
  'seed',
  'hmac',
  'dsn',
  'session',
  'sessionid',
  'sid',
  'cookie',
  'otp',
]);
/** Session and cookie names: weaker, from `medium` up. */
const SESSION_WORDS = new Set(['cookie', 'sessionid', 'sessid', 'sid']);

/** `strong`: names a credential; `weak`: probably (`STRIPE_KEY`); `session`: a session id or cookie. */
type Strength = 'strong' | 'weak' | 'session';

/** Splits a name into lowercase words at `_ - . space` and camelCase boundaries. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Whether a name (an assignment target, a JSON key, a header or flag name) names a credential, and
 * how strongly. Exported for the tests and for the record-level tools that read names.
 */
export function credentialName(name: string, sensitivity: Sensitivity): Strength | undefined {
  const w = words(name);
  const last = w[w.length - 1];
  if (last === undefined || NEVER_WORDS.has(last)) return undefined;
  const prev = w[w.length - 2];
  if (last === 'key' || last === 'keys') {
    if (prev === undefined) return sensitivity === 'high' ? 'weak' : undefined;
    if (SECRET_KEY_PREFIX.has(prev)) return 'strong';
    if (PLAIN_KEY_PREFIX.has(prev)) return undefined;
    return sensitivity === 'low' ? undefined : 'weak'; // STRIPE_KEY, IO_KEY
  }
  if (last === 'token' || last === 'tokens') {
    if (last === 'tokens' || (prev !== undefined && NOT_TOKEN_PREFIX.has(prev))) return undefined;
    return 'strong';
  }
  if (STRONG_WORDS.has(last)) return 'strong';
  if (STRONG_SUFFIXES.some((s) => last.length > s.length && last.endsWith(s))) return 'strong';
  if (prev === 'session' && (last === 'key' || last === 'secret')) return 'strong';
  if (sensitivity !== 'low' && (SESSION_WORDS.has(last) || (prev === 'session' && last === 'cookie')))
    return 'session';
  if (sensitivity === 'high' && HIGH_WORDS.has(last)) return last === 'session' ? 'session' : 'weak';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Entropy

/** The 5th percentile of the plug-in entropy of uniform random strings, by length (simulated). */
const HEX_P5: readonly (readonly [number, number])[] = [
  [16, 2.85],
  [20, 3.05],
  [24, 3.18],
  [32, 3.38],
  [48, 3.59],
  [64, 3.69],
  [96, 3.8],
  [128, 3.86],
  [256, 3.93],
  [512, 3.96],
];
const B64_P5: readonly (readonly [number, number])[] = [
  [16, 3.5],
  [20, 3.78],
  [24, 4.0],
  [32, 4.33],
  [48, 4.75],
  [64, 5.01],
  [96, 5.31],
  [128, 5.48],
  [256, 5.75],
  [512, 5.88],
];
/** Added to the table: `low` wants clearly random values, `high` also takes weaker ones. */
const MARGIN: Readonly<Record<Sensitivity, number>> = { low: 0.15, medium: -0.15, high: -0.45 };

function interpolate(table: readonly (readonly [number, number])[], n: number): number {
  let [x0, y0] = table[0]!;
  if (n <= x0) return y0;
  for (const [x1, y1] of table) {
    if (n <= x1) return y0 + ((y1 - y0) * (n - x0)) / (x1 - x0);
    x0 = x1;
    y0 = y1;
  }
  return y0;
}

const counts = new Uint16Array(128);

/** Shannon entropy in bits per character of an ASCII token (other code units count as one symbol). */
export function shannonEntropy(token: string): number {
  counts.fill(0);
  const n = token.length;
  if (n === 0) return 0;
  for (let i = 0; i < n; i++) counts[token.charCodeAt(i) & 127]!++;
  let h = 0;
  for (let c = 0; c < 128; c++) {
    const k = counts[c]!;
    if (k > 0) {
      const p = k / n;
      h -= p * Math.log2(p);
    }
  }
  return h;
}

const HEX = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Values that fill real traces and are not credentials, whatever name they are assigned to. */
const NOT_SECRET_PREFIX =
  /^(?:toolu_|msg_|call_|req_|chatcmpl-|resp_|run_|thread_|asst_|file-|sha(?:1|256|384|512)-|h1:|data:)/;
/** Ids that start with a date or a timestamp (`2026-01-15-ab12…`, `20260115T…`): session and run names. */
const DATED = /^(?:19|20)\d\d-?[01]\d-?[0-3]\d(?:[T_-]|$)/;
/** Hash lengths in hex: md5, sha1, sha256, sha512 (and 7–12 character short SHAs below the minimum). */
const HASH_HEX_LENGTHS = new Set([32, 40, 64, 128]);

/**
 * Whether `value` (a candidate token) is random enough to be a secret at `sensitivity`. Hex values
 * are judged against hex strings; anything else against base64 (so letters-only words and camelCase
 * identifiers fall short), and must mix letters with digits or both cases.
 */
export function looksRandom(value: string, sensitivity: Sensitivity): boolean {
  const n = value.length;
  const min = sensitivity === 'low' ? 20 : MIN_LENGTH;
  if (n < min || n > MAX_LENGTH) return false;
  const h = shannonEntropy(value);
  if (HEX.test(value)) {
    if (!/[0-9]/.test(value) || !/[a-fA-F]/.test(value)) return false;
    return h >= interpolate(HEX_P5, n) + MARGIN[sensitivity];
  }
  const digits = /[0-9]/.test(value);
  const upper = /[A-Z]/.test(value);
  const lower = /[a-z]/.test(value);
  if (!(digits && (upper || lower)) && !(upper && lower)) return false;
  return h >= interpolate(B64_P5, n) + MARGIN[sensitivity];
}

/** Shapes excluded by value: ids, hashes, integrity strings, UUIDs, paths, placeholders. */
function excludedValue(value: string, strength: Strength): boolean {
  if (NOT_SECRET_PREFIX.test(value) || UUID.test(value) || DATED.test(value)) return true;
  if (value.startsWith('/') || value.startsWith('.') || value.startsWith('~') || value.includes('//'))
    return true;
  // A bare hash under a session or cookie name is a session id or a content hash.
  if (strength === 'session' && HEX.test(value) && HASH_HEX_LENGTHS.has(value.length)) return true;
  if (pathLike(value) || (DOTTED_NAME.test(value) && !/[0-9]/.test(value)) || wordLike(value)) return true;
  return isPlaceholderValue(value);
}

/**
 * `TestExplainCmd_SearchAllFlag`, `Entire-Source-Ref`: no digits and made of whole words (runs of
 * letters averaging 4+ characters), where random text breaks into runs of 1–2 letters.
 */
function wordLike(value: string): boolean {
  if (/[0-9]/.test(value)) return false;
  const runs = value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g);
  if (!runs) return false;
  let letters = 0;
  for (const r of runs) letters += r.length;
  return letters / runs.length >= 4;
}

/** `process.env.API_TOKEN`, `settings.secretKey`: a member path, not a value. */
const DOTTED_NAME = /^[A-Za-z_$][\w$]{0,23}(?:\.[A-Za-z_$][\w$]{0,23}){1,8}$/;

/** `projects/app/secrets/db/versions/latest`: slash-separated words, not base64. */
function pathLike(value: string): boolean {
  if (!value.includes('/')) return false;
  const parts = value.split('/');
  const wordy = parts.filter((p) => /^[a-z][a-z_-]{2,}$/.test(p) || /^\d{1,6}$/.test(p)).length;
  return parts.length >= 3 && wordy * 2 >= parts.length;
}

// ---------------------------------------------------------------------------------------------
// Scanning

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46
  );
}

/** Token characters: base64/base64url/hex plus `.` and `~` (JWT-like and opaque tokens). */
function isTokenChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 43 || // +
    c === 47 || // /
    c === 95 || // _
    c === 45 || // -
    c === 46 || // .
    c === 126 // ~
  );
}

const QUOTES = new Set([34, 39, 96]); // " ' `
const AUTH_SCHEMES = /^(?:bearer|basic|token|bot|digest|apikey)[ \t]+/i;

/** The end of the token starting at `at` (up to 2 trailing `=`), bounded just past MAX_LENGTH. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  const limit = Math.min(text.length, at + MAX_LENGTH + 1);
  while (end < limit && isTokenChar(text.charCodeAt(end))) end++;
  for (let pad = 0; pad < 2 && end < text.length && text.charCodeAt(end) === 61; pad++) end++;
  // trailing dots or dashes end a sentence or a flag list, not the token
  while (end > at && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  return end;
}

/** Skips spaces, tabs and at most one (possibly backslash-escaped) quote. */
function skipOpening(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 16 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) === 92 && QUOTES.has(text.charCodeAt(i + 1))) return i + 2;
  if (QUOTES.has(text.charCodeAt(i))) return i + 1;
  return i;
}

/**
 * Where the value assigned to the name ending at `nameEnd` starts, or -1 when no separator joins
 * them. Accepts `=`, `:`, `=>`, `:=` (with closing quotes and spaces between; only the `=` forms when
 * `equalsOnly`), and whitespace after a `--flag` name.
 */
function valueStart(text: string, nameEnd: number, flag: boolean, equalsOnly: boolean): number {
  let i = nameEnd;
  const limit = Math.min(text.length, nameEnd + SEPARATOR_REACH);
  // closing quote or bracket of the name: "name": / \"name\": / ['name'] =
  if (text.charCodeAt(i) === 92) i++;
  if (QUOTES.has(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 93) i++; // ]
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c === 61 /* = */) {
    if (text.charCodeAt(i + 1) === 61) return -1; // a comparison, the generic rule's business
    i += text.charCodeAt(i + 1) === 62 ? 2 : 1;
  } else if (c === 58 /* : */ && !equalsOnly) {
    i += text.charCodeAt(i + 1) === 61 ? 2 : 1;
    if (text.charCodeAt(i) === 58 || text.charCodeAt(i) === 47) return -1; // `::` and `://`
  } else if (flag && i > nameEnd) {
    // `--token abc…`: the whitespace was the separator
  } else return -1;
  return skipOpening(text, i);
}

function flagName(text: string, start: number): boolean {
  return (
    start > 0 &&
    text.charCodeAt(start - 1) === 45 &&
    (start < 2 || text.charCodeAt(start - 2) === 45 || text.charCodeAt(start - 2) === 32)
  );
}

/** Cheap check before naming: at least MIN_LENGTH token characters follow (after an auth scheme). */
function startsToken(text: string, at: number): boolean {
  if (text.length - at < MIN_LENGTH) return false;
  for (let i = at; i < at + 8; i++)
    if (!isTokenChar(text.charCodeAt(i))) return i > at && text.charCodeAt(i) === 32;
  return true;
}

/** A span for the token at `at` (after an optional auth scheme) when it is a random non-excluded value. */
function judge(text: string, at: number, strength: Strength, sensitivity: Sensitivity): Span | undefined {
  let start = at;
  const scheme = AUTH_SCHEMES.exec(text.slice(start, start + 16));
  if (scheme) start += scheme[0].length;
  const end = tokenEnd(text, start);
  if (end - start < MIN_LENGTH || end - start > MAX_LENGTH) return undefined;
  // The token must end at a boundary: not in the middle of `${VAR}`-like or `$(cmd)` material.
  const after = text.charCodeAt(end);
  if (after === 36 || after === 123 || after === 40) return undefined; // $ { (
  const value = text.slice(start, end);
  if (value.includes('[REDACTED')) return undefined;
  if (excludedValue(value, strength) || !looksRandom(value, sensitivity)) return undefined;
  return { type: TYPE, start, end, rank: 0 };
}

/** `-H 'X-Foo-Bar: value'` (curl, httpie-like): any `X-` header except the ones that carry ids. */
const HEADER_FLAG = /-H[ \t]{1,4}\\?["']?[Xx]-([A-Za-z0-9-]{1,40})[ \t]{0,4}:/g;
const NOT_SECRET_HEADER =
  /(?:^|-)(?:id|request|trace|span|correlation|version|type|format|encoding|length|language|agent|forwarded|real-ip|host|for|proto|timestamp|date|time|ratelimit|powered-by|frame-options|content|xss|cache)(?:-|$)/i;

function headerSpans(text: string, sensitivity: Sensitivity, spans: Span[]): void {
  if (sensitivity === 'low' || !text.includes('-H')) return;
  HEADER_FLAG.lastIndex = 0;
  for (let m = HEADER_FLAG.exec(text); m !== null; m = HEADER_FLAG.exec(text)) {
    if (NOT_SECRET_HEADER.test(m[1]!)) continue;
    const span = judge(text, skipOpening(text, m.index + m[0].length), 'weak', sensitivity);
    if (span) spans.push(span);
  }
}

/** Where the name that ends just before the separator at `sep` ends (closing quotes, `]`, spaces skipped). */
function nameEndBefore(text: string, sep: number): number {
  let i = sep;
  if (text.charCodeAt(sep) === 61 && text.charCodeAt(sep - 1) === 58) i--; // `:=`
  const floor = Math.max(0, i - 8);
  while (i > floor && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (text.charCodeAt(i - 1) === 93) i--; // ]
  if (QUOTES.has(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) === 92) i--; // \" of a JSON-escaped name
  return i;
}

/** The start of the name ending at `end`: name characters back to NAME_REACH × 2, leading `-`/`.` dropped. */
function nameStartBefore(text: string, end: number): number {
  let start = end;
  const floor = Math.max(0, end - 2 * NAME_REACH);
  while (start > floor && isNameChar(text.charCodeAt(start - 1))) start--;
  while (start < end && (text.charCodeAt(start) === 45 || text.charCodeAt(start) === 46)) start++;
  return start;
}

/**
 * Values after a separator whose name (just before it) names a credential. Value-first: the
 * separator-plus-16-token-characters pattern is rare in real text, names are only read there.
 */
function assignmentSpans(text: string, sensitivity: Sensitivity, spans: Span[]): void {
  const pattern = SEPARATED_VALUE_ALL;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const nameEnd = nameEndBefore(text, m.index);
    const nameStart = nameStartBefore(text, nameEnd);
    if (nameEnd - nameStart < 3) continue;
    const name = text.slice(nameStart, nameEnd);
    if (!TRIGGER.test(name)) continue;
    const span = spanAfterName(text, name, nameStart, nameEnd, sensitivity);
    if (span) {
      spans.push(span);
      pattern.lastIndex = Math.max(pattern.lastIndex, span.end);
    }
  }
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `--token abc…`, `--registration-token "abc…"` (the `--name=value` form is an assignment). */
function flagSpans(text: string, sensitivity: Sensitivity, spans: Span[]): void {
  for (let at = text.indexOf('--'); at !== -1; at = text.indexOf('--', at + 2)) {
    if ((at > 0 && isNameChar(text.charCodeAt(at - 1))) || !isLetter(text.charCodeAt(at + 2))) continue;
    const nameStart = at + 2;
    let nameEnd = nameStart;
    const ceiling = Math.min(text.length, nameStart + 60);
    while (nameEnd < ceiling && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    const next = text.charCodeAt(nameEnd);
    if (next !== 32 && next !== 9) continue;
    const name = text.slice(nameStart, nameEnd);
    if (!TRIGGER.test(name)) continue;
    const span = spanAfterName(text, name, nameStart, nameEnd, sensitivity);
    if (span) {
      spans.push(span);
      at = span.end;
    }
  }
}

function spanAfterName(
  text: string,
  name: string,
  nameStart: number,
  nameEnd: number,
  sensitivity: Sensitivity,
): Span | undefined {
  // A bare `pass` must be assigned with `=` (`PASS=…`): `--- PASS: TestName` is test output.
  const at = valueStart(text, nameEnd, flagName(text, nameStart), name.length === 4 && /^pass$/i.test(name));
  if (at < 0 || !startsToken(text, at)) return undefined;
  const strength = credentialName(name, sensitivity);
  return strength ? judge(text, at, strength, sensitivity) : undefined;
}

const fieldCache: Record<Sensitivity, Map<string, Strength | null>> = {
  low: new Map(),
  medium: new Map(),
  high: new Map(),
};

/** `credentialName` of a field, memoised: a trace has few distinct keys and millions of strings. */
function fieldStrength(field: string, sensitivity: Sensitivity): Strength | undefined {
  const cache = fieldCache[sensitivity];
  let strength = cache.get(field);
  if (strength === undefined) {
    strength = field.length > 64 ? null : (credentialName(field, sensitivity) ?? null);
    if (cache.size > 10_000) cache.clear(); // keys of arbitrary JSON: keep the memo bounded
    cache.set(field, strength);
  }
  return strength ?? undefined;
}

/** The whole string under a credential-named field: one token, maybe after an auth scheme or quotes. */
function fieldSpan(text: string, field: string, sensitivity: Sensitivity): Span | undefined {
  const strength = fieldStrength(field, sensitivity);
  if (!strength) return undefined;
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH + 32) return undefined;
  const at = skipOpening(text, 0);
  const span = judge(text, at, strength, sensitivity);
  if (!span) return undefined;
  // Only a value that is the whole string (give or take quotes and spaces): prose under a field
  // called `token` is not a token.
  const rest = text.slice(span.end).trim();
  return rest.length <= 1 ? span : undefined;
}

function detect(text: string, ctx: DetectContext): Span[] {
  if (text.length < MIN_LENGTH) return [];
  if (ctx.field !== undefined && /^(?:signature|content_hash|etag|integrity|nonce)$/i.test(ctx.field))
    return [];
  const spans: Span[] = [];
  if (ctx.field !== undefined) {
    const span = fieldSpan(text, ctx.field, ctx.sensitivity);
    if (span) return [span];
  }
  // Cheap gates: some separator is followed by 16 token characters (or a `--flag` occurs), and some
  // trigger word occurs. 99 % of real transcript strings stop here.
  const separated = SEPARATED_VALUE.test(text);
  if (separated) headerSpans(text, ctx.sensitivity, spans);
  if ((separated || text.includes('--')) && TRIGGER.test(text)) {
    if (separated) assignmentSpans(text, ctx.sensitivity, spans);
    flagSpans(text, ctx.sensitivity, spans);
  }
  if (spans.length > 1) {
    // a header is also an assignment: keep the first of overlapping spans
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Span[] = [];
    for (const s of spans) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
    return kept;
  }
  return spans;
}

/**
 * The `entropy` row tool. Never throws; spans carry offsets only. The walker runs it on `general`
 * and `tool_input` strings only (reasoning and tool results are full of ids the agent read).
 */
export const ENTROPY_DETECTOR: StringDetector = {
  tool: 'entropy',
  detect(text: string, ctx: DetectContext): Span[] {
    try {
      return detect(text, ctx);
    } catch {
      return []; // defensive: a detector must never break sanitizing
    }
  },
};
