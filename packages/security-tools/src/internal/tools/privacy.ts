import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { DetectContext, Sensitivity, Span, StringDetector } from './api.js';

/**
 * `privacy_filter`: personal data that has a recognisable shape.
 *
 * | type          | low                                  | medium (default)              | high                          |
 * | ------------- | ------------------------------------ | ----------------------------- | ----------------------------- |
 * | `email`       | yes                                  | yes                           | yes                           |
 * | `phone`       | `+` international numbers             | + formatted US/NANP numbers   | + `555.123.4567` style        |
 * | `ip-address`  | public IPv4                          | + global-unicast IPv6         | same                          |
 * | `credit-card` | Luhn-valid with an issuer prefix      | same                          | same                          |
 * | `us-ssn`      | only with "SSN"/"social security" near | `AAA-GG-SSSS` in valid ranges | same                          |
 *
 * Phone numbers are checked with libphonenumber-js (metadata `min`): a candidate must be a valid
 * number for its country. Kept on purpose: no-reply, example and test addresses, `git@host` SSH
 * remotes, `icon@2x.png` asset names; private, loopback, link-local, CGNAT, documentation,
 * multicast and unspecified addresses; version strings (`v1.2.3.4`, `1.2.3.4.5`).
 *
 * Not detected (the README says so): person names, postal addresses, dates of birth, national ids
 * other than US SSNs, IBANs and bank accounts, licence plates, free-text health or financial facts.
 * The `llm_pii` tool exists for those.
 */

const LEVEL: Readonly<Record<Sensitivity, number>> = { low: 0, medium: 1, high: 2 };

// ---- email ----------------------------------------------------------------------------------

const EMAIL =
  /(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}([A-Za-z]{2,24}))(?![\w-]|\.[A-Za-z0-9])/g;
const NOT_MAIL_TLD = new Set(
  'png jpg jpeg gif svg webp ico bmp js mjs cjs ts tsx jsx css scss json md yml yaml toml lock txt html htm map wasm py rb go rs java kt swift sh zip gz tgz tar'.split(
    ' ',
  ),
);
const RESERVED_TLD = new Set(['example', 'test', 'invalid', 'localhost', 'local', 'internal']);
const EXAMPLE_DOMAIN = /(?:^|\.)example\.(?:com|org|net)$/i;
const SSH_USERS = new Set(['git', 'hg', 'svn', 'ssh', 'ec2-user', 'ubuntu', 'root']);

function isPersonalEmail(local: string, domain: string, tld: string): boolean {
  const l = local.toLowerCase();
  const d = domain.toLowerCase();
  const t = tld.toLowerCase();
  if (NOT_MAIL_TLD.has(t) || RESERVED_TLD.has(t) || EXAMPLE_DOMAIN.test(d)) return false;
  if (/(?:^|[._+-])no-?reply(?:[._+-]|$)/.test(l) || d.endsWith('noreply.github.com')) return false;
  if (SSH_USERS.has(l)) return false; // git@github.com:org/repo — a remote, not a mailbox
  return !/^(?:user|name|email|you|your[._-]?name|someone|foo|test)$/.test(l);
}

function emails(text: string, spans: Span[]): void {
  if (text.indexOf('@') === -1) return;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    if (isPersonalEmail(m[1]!, m[2]!, m[3]!))
      spans.push({ type: 'email', start: m.index, end: m.index + m[0].length, rank: 0 });
  }
}

// ---- phone ----------------------------------------------------------------------------------

const INTERNATIONAL = /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}(?![\d])/g;
const NANP_FORMATTED = /(?<![\w(])(?:\(\d{3}\) ?|\d{3}-)\d{3}-\d{4}(?![\d-])/g;
const NANP_DOTTED = /(?<![\w.])\d{3}\.\d{3}\.\d{4}(?![\d.])/g;

function phones(text: string, level: number, spans: Span[]): void {
  const candidates: [RegExp, 'US' | undefined][] = [[INTERNATIONAL, undefined]];
  if (level >= 1) candidates.push([NANP_FORMATTED, 'US']);
  if (level >= 2) candidates.push([NANP_DOTTED, 'US']);
  for (const [pattern, region] of candidates) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15) continue;
      const number = parsePhoneNumberFromString(m[0], region);
      if (number?.isValid())
        spans.push({ type: 'phone', start: m.index, end: m.index + m[0].length, rank: 0 });
    }
  }
}

// ---- IP addresses ----------------------------------------------------------------------------

const IPV4 = /(?<![\w.:-])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w-]|\.\d)/g;
const IPV6 = /(?<![\w:.])[23][0-9A-Fa-f]{3}:[0-9A-Fa-f:]{2,35}(?![\w:])/g;

function isPublicIPv4(o: readonly number[]): boolean {
  const [a, b, c] = o as [number, number, number, number];
  if (o.some((x) => x > 255)) return false;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false; // unspecified, private, loopback, multicast/reserved
  if (a === 169 && b === 254) return false; // link-local
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 100 && b >= 64 && b <= 127) return false; // CGNAT
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF, TEST-NET-1
  if (a === 198 && b === 51 && c === 100) return false; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return false; // TEST-NET-3
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  return true;
}

/** Whether a candidate is a well-formed IPv6 address (8 groups, or fewer with one `::`). */
function isIPv6(text: string): boolean {
  const double = text.indexOf('::');
  if (double !== text.lastIndexOf('::')) return false;
  const groups = text
    .split(':')
    .filter((g, i, all) => !(g === '' && (i === 0 || i === all.length - 1 || all[i - 1] === '')));
  if (groups.some((g) => g !== '' && !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const filled = groups.filter((g) => g !== '').length;
  return double === -1 ? filled === 8 && groups.length === 8 : filled < 8;
}

function ips(text: string, level: number, spans: Span[]): void {
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
    const octets = [m[1], m[2], m[3], m[4]].map(Number);
    // `v1.2.3.4` is excluded by the lookbehind; leading zeros (`01.02.03.04`) read as versions too
    if ([m[1], m[2], m[3], m[4]].some((x) => x!.length > 1 && x!.startsWith('0'))) continue;
    if (isPublicIPv4(octets))
      spans.push({ type: 'ip-address', start: m.index, end: m.index + m[0].length, rank: 0 });
  }
  if (level < 1) return;
  IPV6.lastIndex = 0;
  for (let m = IPV6.exec(text); m !== null; m = IPV6.exec(text)) {
    const candidate = m[0];
    if (/^2001:0?db8:/i.test(candidate)) continue; // documentation range
    if (isIPv6(candidate))
      spans.push({ type: 'ip-address', start: m.index, end: m.index + candidate.length, rank: 0 });
  }
}

// ---- cards and SSNs --------------------------------------------------------------------------

const CARD = /(?<![\d.-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{5}|\d{15,16})(?![\d.-])/g;

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

function issuer(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  const three = Number(digits.slice(0, 3));
  if (digits[0] === '4') return [13, 16, 19].includes(digits.length); // Visa
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return digits.length === 16; // Mastercard
  if (two === 34 || two === 37) return digits.length === 15; // Amex
  if (four === 6011 || two === 65 || (three >= 644 && three <= 649)) return digits.length >= 16; // Discover
  if (four >= 3528 && four <= 3589) return digits.length >= 16; // JCB
  if (two === 36 || two === 38 || (three >= 300 && three <= 305)) return digits.length >= 14; // Diners
  if (two === 62) return digits.length >= 16; // UnionPay
  return false;
}

function cards(text: string, spans: Span[]): void {
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m !== null; m = CARD.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits)) continue;
    if (issuer(digits) && luhnValid(digits))
      spans.push({ type: 'credit-card', start: m.index, end: m.index + m[0].length, rank: 0 });
  }
}

const SSN = /(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?![\w-])/g;
const SSN_CONTEXT = /ssn|social security|social-security|soc\. ?sec/i;

function ssns(text: string, level: number, spans: Span[]): void {
  SSN.lastIndex = 0;
  for (let m = SSN.exec(text); m !== null; m = SSN.exec(text)) {
    const [area, group, serial] = [m[1]!, m[2]!, m[3]!];
    if (area === '000' || area === '666' || area[0] === '9' || group === '00' || serial === '0000') continue;
    if (level < 1 && !SSN_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    spans.push({ type: 'us-ssn', start: m.index, end: m.index + m[0].length, rank: 0 });
  }
}

/** Every personal-data span of `text` at the given sensitivity. */
export function privacySpans(text: string, sensitivity: Sensitivity): Span[] {
  const level = LEVEL[sensitivity];
  const spans: Span[] = [];
  emails(text, spans);
  if (!/\d/.test(text)) return spans;
  phones(text, level, spans);
  ips(text, level, spans);
  cards(text, spans);
  ssns(text, level, spans);
  return spans;
}

export const PRIVACY_DETECTOR: StringDetector = {
  tool: 'privacy_filter',
  detect(text: string, ctx: DetectContext): Span[] {
    return privacySpans(text, ctx.sensitivity);
  },
};
