import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { DetectContext, Sensitivity, Span, StringDetector } from './api.js';

/**
 * `privacy_filter`: personal data that has a recognisable shape.
 *
 * | type          | low                                       | medium (default)                   | high                             |
 * | ------------- | ----------------------------------------- | ---------------------------------- | -------------------------------- |
 * | `email`       | yes                                       | yes                                | yes                              |
 * | `phone`       | `+` international numbers                 | + `(415) 555-2671`, `415-555-2671` | + `415.555.2671`, `415 555 2671` |
 * | `ip-address`  | public IPv4                               | + global-unicast IPv6              | same                             |
 * | `credit-card` | Luhn + issuer, written in digit groups    | + one run of 15–16 digits          | + one run of 13–19 digits        |
 * | `us-ssn`      | `AAA-GG-SSSS` with "SSN" etc. just before | any valid-range `AAA-GG-SSSS`      | same                             |
 *
 * Speed: nothing runs on a string without its trigger. Emails are checked only around each `@`,
 * international phone numbers only at each `+`; the digit-led types share one regex pass whose
 * alternatives all start with a digit or `(`, and the strict checks (boundaries, ranges, Luhn,
 * libphonenumber-js) run only on its rare hits.
 *
 * Not detected: person names, postal addresses, dates of birth, national ids other than US SSNs,
 * IBANs and bank accounts, licence plates, free-text health or financial facts (`llm_pii` exists
 * for those); addresses with non-ASCII characters; national phone numbers of other countries
 * written without `+`.
 */

const LEVEL: Readonly<Record<Sensitivity, number>> = { low: 0, medium: 1, high: 2 };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** `[A-Za-z0-9_]`, for `\b`-like boundary checks done in code instead of lookbehinds. */
function isWord(c: number): boolean {
  return isAlnum(c) || c === 95;
}
/** The UTF-16 code at `i`, or -1 outside the string (so boundary checks read "nothing there"). */
function at(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
function span(type: string, start: number, end: number): Span {
  return { type, start, end, rank: 0 };
}

// ---- email ----------------------------------------------------------------------------------

/** A local-part character (the dot-atom subset people actually use). */
function isLocalChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
}
/** The domain after `@`: 1–8 labels and an alphabetic TLD; label hyphens are checked in code. */
const DOMAIN = /(?:[A-Za-z0-9-]{1,63}\.){1,8}([A-Za-z]{2,24})/y;

/** File extensions after `@`: `icon@2x.png`, `logo@3x.webp`, `bundle@1.0.js` are asset names. */
const NOT_MAIL_TLD = new Set(
  'png jpg jpeg gif svg webp avif ico bmp tif tiff pdf js mjs cjs ts mts cts tsx jsx vue svelte css scss less json jsonl md mdx yml yaml toml ini lock txt log csv html htm xml map wasm py pyc rb go rs java class kt swift c h cc cpp hpp cs php sh bash zsh ps1 bat exe dll so dylib zip gz tgz tar bz2 xz whl gem jar apk dmg pkg deb rpm mp3 mp4 mov wav ttf otf woff woff2 eot'.split(
    ' ',
  ),
);
/** TLDs that never route mail on the internet (RFC 2606/6761 and the usual private ones). */
const RESERVED_TLD = new Set([
  'example',
  'test',
  'invalid',
  'localhost',
  'local',
  'localdomain',
  'internal',
  'lan',
  'home',
  'corp',
  'arpa',
]);
/** Documentation and placeholder domains: `example.com`, `test.com`, `yourcompany.com`, … */
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example|test|domain|email|company|your-?(?:domain|company|org|email|site)|my-?(?:domain|company))\.[a-z]{2,}(?:\.[a-z]{2})?$/;
/** Placeholder local parts of documentation (`you@…`, `jane.doe@…`, `firstname.lastname@…`). */
const PLACEHOLDER_LOCAL =
  /^(?:user|username|name|email|mail|me|you|your[._-]?(?:name|email|mail|user)?|someone|somebody|foo|bar|baz|test|tester|example|(?:john|jane)[._-]?doe|first[._-]?(?:name)?[._-]?last(?:name)?)$/;
/** Local parts that are a login on a host, not a mailbox (`git@github.com:org/repo.git`). */
const LOGIN_USERS = new Set(['git', 'hg', 'svn', 'ssh', 'ec2-user', 'ubuntu', 'root', 'deploy', 'admin']);
/** A shell command that logs into a host: its `user@host` is a login, not an address. */
const LOGIN_COMMAND = /\b(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|autossh)\b/;

/** Whether a syntactically valid address is a personal one (not a no-reply, placeholder or login). */
function isPersonalEmail(local: string, domain: string, tld: string): boolean {
  const l = local.toLowerCase();
  const d = domain.toLowerCase();
  const t = tld.toLowerCase();
  if (NOT_MAIL_TLD.has(t) || RESERVED_TLD.has(t) || PLACEHOLDER_DOMAIN.test(d)) return false;
  if (/(?:^|[._+-])(?:no-?reply|do-?not-?reply|mailer-daemon)(?:[._+-]|$)/.test(l)) return false;
  if (d.startsWith('noreply.') || d.includes('.noreply.')) return false; // users.noreply.github.com
  return !LOGIN_USERS.has(l) && !PLACEHOLDER_LOCAL.test(l);
}

/** Start of the local part that ends just before `atSign`, or -1 when there is none. */
function localStart(text: string, atSign: number): number {
  let start = atSign;
  while (start > 0 && atSign - start <= 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
  if (atSign - start > 64 || start === atSign) return -1; // longer than RFC 5321 allows: not an address
  // a JSON escape glued to the name (`\nalex@…` in a serialized line) is not part of it
  if (at(text, start - 1) === 92 && /[nrt]/.test(text[start]!) && atSign - start > 1) start++;
  while (start < atSign && !isAlnum(text.charCodeAt(start))) start++; // `--alice@…`, `.bob@…`
  return start < atSign ? start : -1;
}

/** The address around the `@` at `atSign`, or undefined when it is not a personal address. */
function emailAt(text: string, atSign: number): Span | undefined {
  const start = localStart(text, atSign);
  if (start === -1) return undefined;
  const before = at(text, start - 1);
  if (before === 47 || before === 64) return undefined; // `//user@host` URL userinfo, `@scope/a@b.c` npm specs
  const local = text.slice(start, atSign);
  if (local.endsWith('.') || local.includes('..')) return undefined;
  DOMAIN.lastIndex = atSign + 1;
  const m = DOMAIN.exec(text);
  if (m === null) return undefined;
  const domain = m[0];
  const end = atSign + 1 + domain.length;
  const next = at(text, end);
  // a longer token (`a@b.c0m`, `a@b.com.5`), a URL path or npm scope (`a@b.io/x`), a second `@`
  if (isWord(next) || next === 45 || next === 47 || next === 64) return undefined;
  if (next === 46 && isAlnum(at(text, end + 1))) return undefined;
  if (domain.split('.').some((label) => label.startsWith('-') || label.endsWith('-'))) return undefined;
  // `alice@host:path` (scp, git remotes) and `ssh alice@host` are logins on a host
  if (next === 58 && /[\w/~.]/.test(text[end + 1] ?? '')) return undefined;
  const head = text.slice(Math.max(0, start - 120), start);
  if (LOGIN_COMMAND.test(head.slice(head.lastIndexOf('\n') + 1))) return undefined;
  return isPersonalEmail(local, domain, m[1]!) ? span('email', start, end) : undefined;
}

function emails(text: string, spans: Span[]): void {
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    const found = emailAt(text, i);
    if (found) {
      spans.push(found);
      i = found.end - 1;
    }
  }
}

// ---- phone ----------------------------------------------------------------------------------

/** After a `+`: a country code (never 0) and a run of digits and the usual separators. */
const INTERNATIONAL = /\+[1-9][\d ().-]{6,24}/y;

/** Whether a candidate is laid out like a phone number: single separators, at most one `( )` pair. */
function wellFormedPhone(candidate: string): boolean {
  if (/[ .-]{2}|[.-][ ()]|[ ()][.-]|\(\s*\)/.test(candidate)) return false;
  const open = candidate.split('(').length - 1;
  const close = candidate.split(')').length - 1;
  if (open !== close || open > 1 || (open === 1 && candidate.indexOf('(') > candidate.indexOf(')')))
    return false;
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15;
}

/**
 * Verdicts already reached: libphonenumber-js costs tens of microseconds a call, and traces repeat
 * the same numbers. Bounded (cleared when full) so that hostile input cannot grow it.
 */
const PHONE_VERDICTS = new Map<string, boolean>();

/** Whether libphonenumber-js (metadata `min`) accepts the number as valid for its country or region. */
function validPhone(candidate: string, region: 'US' | undefined): boolean {
  const key = region === undefined ? candidate : `${region}:${candidate}`;
  let valid = PHONE_VERDICTS.get(key);
  if (valid === undefined) {
    try {
      valid = parsePhoneNumberFromString(candidate, region)?.isValid() === true;
    } catch {
      valid = false; // the detector never throws, whatever the library does
    }
    if (PHONE_VERDICTS.size >= 4096) PHONE_VERDICTS.clear();
    PHONE_VERDICTS.set(key, valid);
  }
  return valid;
}

function internationalPhones(text: string, spans: Span[]): void {
  for (let i = text.indexOf('+'); i !== -1; i = text.indexOf('+', i + 1)) {
    const before = at(text, i - 1);
    if (isWord(before) || before === 43 || before === 46) continue; // `1e+10`, `16+00:00`, `+++`
    INTERNATIONAL.lastIndex = i;
    const m = INTERNATIONAL.exec(text);
    if (m === null) continue;
    let end = i + m[0].length;
    while (!isDigit(text.charCodeAt(end - 1))) end--; // trailing `) `, `.`, `-`
    const next = at(text, end);
    if (isWord(next) || (next === 46 && isDigit(at(text, end + 1)))) continue; // `+0100 1309dba`
    const candidate = text.slice(i, end);
    if (wellFormedPhone(candidate) && validPhone(candidate, undefined)) {
      spans.push(span('phone', i, end));
      i = end - 1;
    }
  }
}

// ---- the digit-led types: one shared pass ------------------------------------------------------

/**
 * Candidates of the types that start with a digit (or `(` for `(415) 555-2671`): a dotted quad, an
 * SSN, a NANP number, a card number in groups or in one run, the head of an IPv6 address. Every
 * alternative has bounded repetitions and a fixed layout, so the pass is linear. No capture groups:
 * they halve the speed of the scan, and the rare hits are told apart by `classify` instead.
 */
const NUMERIC =
  /\(\d{3}\) ?\d{3}-\d{4}|\d(?:\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\d\d-\d\d-\d{4}|\d\d[-. ]\d{3}[-. ]\d{4}|\d{3}(?:[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|[ -]\d{6}[ -]\d{4,5}|\d{9,15})|[\dA-Fa-f]{3}:[\dA-Fa-f]{0,4}:)/g;

const SHAPE_IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const SHAPE_SSN = /^\d{3}-\d\d-\d{4}$/;
const SHAPE_NANP = /^\d{3}([-. ])\d{3}\1\d{4}$/;

/** Every digit-led finding of `text`. */
function digitLed(text: string, level: number, spans: Span[]): void {
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m !== null; m = NUMERIC.exec(text)) {
    const found = classify(text, m.index, m[0], level);
    if (found) {
      spans.push(found);
      NUMERIC.lastIndex = Math.max(NUMERIC.lastIndex, found.end);
    }
  }
}

/** The finding a `NUMERIC` hit stands for, if its boundaries and checks hold. */
function classify(text: string, start: number, hit: string, level: number): Span | undefined {
  const end = start + hit.length;
  if (hit.charCodeAt(0) === 40) return level >= 1 ? nanpParenAt(text, start, end) : undefined;
  if (hit.endsWith(':')) return level >= 1 ? ipv6At(text, start) : undefined;
  if (SHAPE_IPV4.test(hit)) return ipv4At(text, start, end);
  if (SHAPE_SSN.test(hit)) return ssnAt(text, start, end, level);
  const nanp = SHAPE_NANP.exec(hit);
  if (nanp) return nanpAt(text, start, end, level, nanp[1]!);
  if (hit.includes('.') || /^\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(hit)) return undefined; // mixed NANP separators
  return cardAt(text, start, end, level);
}

// ---- phone: national (NANP) layouts -------------------------------------------------------------

/** `415-555-2671` (medium) or `415.555.2671` / `415 555 2671` (high), checked as a US/NANP number. */
function nanpAt(text: string, start: number, end: number, level: number, sep: string): Span | undefined {
  if (level < (sep === '-' ? 1 : 2)) return undefined;
  const before = at(text, start - 1);
  const after = at(text, end);
  if (isWord(before) || before === 45 || before === 46 || before === 43 || before === 40) return undefined;
  if (isWord(after) || after === 45 || (after === 46 && isDigit(at(text, end + 1)))) return undefined;
  return validPhone(text.slice(start, end), 'US') ? span('phone', start, end) : undefined;
}

/** `(415) 555-2671`: the parenthesised US layout. */
function nanpParenAt(text: string, start: number, end: number): Span | undefined {
  if (isWord(at(text, start - 1)) || isWord(at(text, end)) || at(text, end) === 45) return undefined;
  return validPhone(text.slice(start, end), 'US') ? span('phone', start, end) : undefined;
}

// ---- IP addresses ----------------------------------------------------------------------------

/** Whether a dotted quad is a public unicast address (not private, reserved or documentation). */
export function isPublicIPv4(o: readonly number[]): boolean {
  const [a, b, c] = o as [number, number, number, number];
  if (o.some((x) => x > 255)) return false;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false; // this network, private, loopback, multicast+reserved+broadcast
  if (a === 169 && b === 254) return false; // link-local
  if (a === 172 && b >= 16 && b <= 31) return false; // private
  if (a === 192 && b === 168) return false; // private
  if (a === 100 && b >= 64 && b <= 127) return false; // CGNAT
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF protocol, TEST-NET-1
  if (a === 198 && b === 51 && c === 100) return false; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return false; // TEST-NET-3
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  return true;
}

/** Public resolvers everyone writes (`8.8.8.8`, `1.1.1.1`): infrastructure, not anybody's address. */
const WELL_KNOWN_IP = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '1.1.1.1',
  '1.0.0.1',
  '9.9.9.9',
  '149.112.112.112',
  '208.67.222.222',
  '208.67.220.220',
  '2001:4860:4860::8888',
  '2001:4860:4860::8844',
  '2606:4700:4700::1111',
  '2606:4700:4700::1001',
  '2620:fe::fe',
  '2620:fe::9',
]);
/** A version label just before a dotted number: `version 1.2.3.4`, `Release: 52.0.1.3`, `==1.2.3.4`. */
const VERSION_BEFORE =
  /(?:\b(?:version|ver|release|build|rev|revision|firmware|driver)\b[\s:=#]{0,3}|[=<>~^]=?|\bv ?)$/i;

function ipv4At(text: string, start: number, end: number): Span | undefined {
  const before = at(text, start - 1);
  if (isWord(before) || before === 46 || before === 45) return undefined; // `v1.2.3.4`, `1.1.2.3.4`, `x-1.2.3.4`
  // `::ffff:52.14.199.7` is an IPv4 address; any other `:` before it is a longer token (`a:1.2.3.4`)
  if (before === 58 && !/::ffff:$/i.test(text.slice(Math.max(0, start - 7), start))) return undefined;
  if (before === 47 && isAlnum(at(text, start - 2))) return undefined; // `Chrome/120.0.0.0`, `pkg/1.2.3.4`
  const after = at(text, end);
  if (isWord(after) || after === 45 || (after === 46 && isDigit(at(text, end + 1)))) return undefined;
  const quad = text.slice(start, end);
  const parts = quad.split('.');
  if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return undefined; // `01.02.03.04` reads as a version
  if (parts.every((p) => p.length === 1)) return undefined; // `1.2.3.4`: a version, not a real address
  if (WELL_KNOWN_IP.has(quad) || VERSION_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
    return undefined;
  return isPublicIPv4(parts.map(Number)) ? span('ip-address', start, end) : undefined;
}

/** Whether a candidate is a well-formed IPv6 address (8 groups, or fewer with one `::`). */
export function isIPv6(candidate: string): boolean {
  const double = candidate.indexOf('::');
  if (double !== candidate.lastIndexOf('::') || candidate.includes(':::')) return false;
  const groups = candidate.split(':');
  const filled = groups.filter((g) => g !== '');
  if (filled.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (double === -1) return groups.length === 8 && filled.length === 8;
  // a single `:` at either end is malformed (`:1::2`, `1::2:`)
  if ((candidate.startsWith(':') && double !== 0) || (candidate.endsWith(':') && !candidate.endsWith('::')))
    return false;
  return filled.length < 8;
}

const IPV6_RUN = /[0-9A-Fa-f:]{2,39}/y;

/** A global-unicast (2000::/3) IPv6 address at `start`, except documentation ranges and resolvers. */
function ipv6At(text: string, start: number): Span | undefined {
  const first = text.charCodeAt(start);
  const before = at(text, start - 1);
  if ((first !== 50 && first !== 51) || isWord(before) || before === 58 || before === 46) return undefined;
  IPV6_RUN.lastIndex = start;
  const m = IPV6_RUN.exec(text);
  if (m === null) return undefined;
  let candidate = m[0];
  const after = at(text, start + candidate.length);
  if (isWord(after) || after === 46) return undefined; // longer than 39 characters, or IPv4-embedded
  if (after === 58 && /[\w:]/.test(text[start + candidate.length + 1] ?? '')) return undefined; // more groups
  if (candidate.endsWith(':') && !candidate.endsWith('::')) candidate = candidate.slice(0, -1); // `…:1111: x`
  if (!isIPv6(candidate)) return undefined;
  const lower = candidate.toLowerCase();
  if (/^2001:0?db8:/.test(lower) || /^3fff:0?[0-9a-f]{0,2}:/.test(lower) || WELL_KNOWN_IP.has(lower))
    return undefined; // documentation (2001:db8::/32, 3fff::/20) and public resolvers
  return span('ip-address', start, start + candidate.length);
}

// ---- cards --------------------------------------------------------------------------------------

/** The Luhn checksum (mod 10) of a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether the number's prefix and length belong to a card network (public IIN ranges). */
function issuerMatches(digits: string): boolean {
  const n = digits.length;
  const two = Number(digits.slice(0, 2));
  const three = Number(digits.slice(0, 3));
  const four = Number(digits.slice(0, 4));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return n === 16; // Mastercard
  if (two === 34 || two === 37) return n === 15; // American Express
  if (four === 6011 || two === 65 || (three >= 644 && three <= 649)) return n >= 16; // Discover
  if (four >= 3528 && four <= 3589) return n >= 16; // JCB
  if (two === 36 || two === 38 || two === 39 || (three >= 300 && three <= 305)) return n >= 14; // Diners Club
  if (two === 62) return n >= 16; // UnionPay
  if (two === 50 || (two >= 56 && two <= 69)) return n >= 16; // Maestro
  return false;
}

/** The networks' published test numbers: in code and docs everywhere, and never a real card. */
const TEST_CARDS = new Set([
  '4242424242424242',
  '4111111111111111',
  '4012888888881881',
  '4000056655665556',
  '4000000000000002',
  '4000000000009995',
  '4000002500003155',
  '4000000000003220',
  '5555555555554444',
  '5105105105105100',
  '5200828282828210',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '378734493671000',
  '6011111111111117',
  '6011000990139424',
  '3530111333300000',
  '3566002020360505',
  '30569309025904',
  '38520000023237',
  '6200000000000005',
]);

function cardAt(text: string, start: number, end: number, level: number): Span | undefined {
  const candidate = text.slice(start, end);
  const grouped = candidate.includes(' ') || candidate.includes('-');
  if (grouped && candidate.includes(' ') && candidate.includes('-')) return undefined; // mixed separators
  const digits = grouped ? candidate.replace(/[ -]/g, '') : candidate;
  if (!grouped && (level < 1 || (level < 2 && digits.length !== 15 && digits.length !== 16)))
    return undefined;
  const before = at(text, start - 1);
  const after = at(text, end);
  if (isWord(before) || before === 46 || before === 45 || before === 43) return undefined;
  if (isWord(after) || after === 45 || (after === 46 && isDigit(at(text, end + 1)))) return undefined;
  if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits) || TEST_CARDS.has(digits))
    return undefined;
  return issuerMatches(digits) && luhnValid(digits) ? span('credit-card', start, end) : undefined;
}

// ---- US social security numbers ----------------------------------------------------------------

/** Numbers published as samples (ads, documentation): never a real person's. */
const SAMPLE_SSNS = new Set(['078-05-1120', '219-09-9999', '123-45-6789']);
const SSN_CONTEXT = /\b(?:ssns?|social security|social-security|soc\.? ?sec|tin|taxpayer id)\b/i;

function ssnAt(text: string, start: number, end: number, level: number): Span | undefined {
  const before = at(text, start - 1);
  const after = at(text, end);
  if (isWord(before) || before === 45 || before === 46 || isWord(after) || after === 45) return undefined;
  if (after === 46 && isDigit(at(text, end + 1))) return undefined;
  const ssn = text.slice(start, end);
  const area = ssn.slice(0, 3);
  // SSA rules: area 000, 666 and 900–999, group 00 and serial 0000 are never issued
  if (area === '000' || area === '666' || area[0] === '9' || ssn.slice(4, 6) === '00' || ssn.endsWith('0000'))
    return undefined;
  if (SAMPLE_SSNS.has(ssn)) return undefined;
  if (level < 1 && !SSN_CONTEXT.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  return span('us-ssn', start, end);
}

// ---- the detector ------------------------------------------------------------------------------

/** Every personal-data span of `text` at the given sensitivity, sorted by start, none inside another. */
export function privacySpans(text: string, sensitivity: Sensitivity): Span[] {
  const level = LEVEL[sensitivity] ?? 1;
  const spans: Span[] = [];
  if (text.indexOf('@') !== -1) emails(text, spans);
  if (text.indexOf('+') !== -1) internationalPhones(text, spans);
  digitLed(text, level, spans);
  return spans.length < 2 ? spans : dropNested(spans);
}

/** Sorted by start; a span inside an earlier one (`(415) 555-2671` in `+1 (415) 555-2671`) is dropped. */
function dropNested(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last === undefined || s.end > last.end) out.push(s); // partial overlaps are united by the merge step
  }
  return out;
}

/** The `privacy_filter` row tool; see `privacySpans`. */
export const PRIVACY_DETECTOR: StringDetector = {
  tool: 'privacy_filter',
  detect(text: string, ctx: DetectContext): Span[] {
    return privacySpans(text, ctx.sensitivity);
  },
};
