import type { ClassifierFlag, Sensitivity, Span } from './api.js';
import { awsAccounts, collabUrls, dbUris, internalHosts, isRevealingDbHost, LEVEL } from './business.js';

/**
 * The `classifier` tool: heuristic flags for strings (and so records) that a human should look at
 * before sharing. It redacts nothing and reports `{ pattern, severity }`, never the match. One flag
 * per pattern per string.
 *
 * | pattern              | what                                                            | low    | medium | high   |
 * | -------------------- | --------------------------------------------------------------- | ------ | ------ | ------ |
 * | `private-key-marker` | a `-----BEGIN … PRIVATE KEY-----` line                          | high   | high   | high   |
 * | `db-connection-uri`  | jdbc/postgres/mysql/mongodb(+srv)/redis/amqp… URI with a password on a non-local host | high | high | high |
 * | `db-connection-uri`  | the same without a password, or with one on localhost / a compose service name |   | medium | medium |
 * | `aws-arn-account`    | an ARN that names an account                                     | medium | medium | high   |
 * | `internal-hostname`  | a host the `business_logic` tool would redact at this sensitivity | medium | medium | medium |
 * | `collab-url`         | Jira/Confluence/Slack archive links (any Atlassian/Linear at high) |        | low    | medium |
 * | `identifier-density` | ≥ 12 (medium) / ≥ 6 (high) UUIDs or hex hashes within 1,000 chars |        | low    | medium |
 * | `deep-path`          | a path of ≥ 10 (medium) / ≥ 8 (high) segments (`.`/`..` not counted, URLs not) |  | low    | low    |
 *
 * A private key marker is flagged even where the `regex` tool redacted the key body: the record held
 * one, and the marker line says so.
 */
export const CLASSIFIER_VERSION = 'opentraces-heuristic-1';

type Severity = ClassifierFlag['severity'];

const ARN_SEVERITY: readonly Severity[] = ['medium', 'medium', 'high'];
const COLLAB_SEVERITY: readonly (Severity | undefined)[] = [undefined, 'low', 'medium'];
const ID_DENSITY: readonly (readonly [number, Severity] | undefined)[] = [
  undefined,
  [12, 'low'],
  [6, 'medium'],
];
const PATH_DEPTH: readonly (number | undefined)[] = [undefined, 10, 8];
const ID_WINDOW = 1000;

// ---------------------------------------------------------------------------------------------

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;

/** Passwords in examples and templates, not someone's credential. */
const PLACEHOLDER_PASSWORD = /^(?:\$|\{|<|\*+$|x+$|pass(?:word)?$|secret$|changeme$|\.\.\.$)|\[REDACTED/i;

/** The severity of the most telling database URI in `text`, if any. */
function dbUriSeverity(text: string, level: number): Severity | undefined {
  let found: Severity | undefined;
  for (const uri of dbUris(text)) {
    const revealing = isRevealingDbHost(text.slice(uri.hostStart, uri.hostEnd));
    const password = uri.password !== undefined && !PLACEHOLDER_PASSWORD.test(uri.password);
    if (password && revealing) return 'high';
    // a password on localhost or a compose service is a development default; a bare host still says where
    if (level >= 1 && (password || revealing)) found = 'medium';
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Identifier density: UUIDs and 32–128 character lowercase hex hashes, sampled every 16 characters
// (any such run of 32+ characters contains a multiple of 16), so long prose costs a sixteenth.

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || c === 45;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX_HASH = /^[0-9a-f]{32,128}$/;

/** Whether `need` identifiers occur within a window of ID_WINDOW characters. */
export function denseIdentifiers(text: string, need: number): boolean {
  if (text.length < need * 32) return false;
  const starts: number[] = [];
  let floor = 0;
  for (let i = 15; i < text.length; i += 16) {
    if (!isIdChar(text.charCodeAt(i))) continue;
    let start = i;
    while (start > floor && isIdChar(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isIdChar(text.charCodeAt(end))) end++;
    floor = end;
    i = end + ((15 - (end % 16) + 16) % 16) - 16; // the loop steps to the first sample at or after `end`
    if (end - start < 32 || end - start > 128) continue;
    if (
      (start > 0 && isAlnum(text.charCodeAt(start - 1))) ||
      (end < text.length && isAlnum(text.charCodeAt(end)))
    )
      continue;
    const run = text.slice(start, end);
    if (!UUID.test(run) && !HEX_HASH.test(run)) continue;
    starts.push(start);
    if (starts.length >= need && start - starts[starts.length - need]! <= ID_WINDOW) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Deep paths: chains of `/segment` walked slash by slash with indexOf.

function isPathChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 45 || c === 64 || c === 43 || c === 126; // . _ - @ + ~
}

/** Whether the characters in [from, to) are 1–128 path characters. */
function segmentOk(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 128) return false;
  for (let i = from; i < to; i++) if (!isPathChar(text.charCodeAt(i))) return false;
  return true;
}

/** The number of path characters from `at` on (the last segment of a chain), bounded. */
function tailLength(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < 128 && isPathChar(text.charCodeAt(end))) end++;
  return end - at;
}

/** Whether [from, to) is `.` or `..` (not a named segment). */
function dots(text: string, from: number, to: number): boolean {
  const n = to - from;
  return (n === 1 || n === 2) && text.charCodeAt(from) === 46 && text.charCodeAt(to - 1) === 46;
}

/** Whether `text` holds a filesystem-like path of at least `need` named segments (not a URL). */
export function deepPath(text: string, need: number): boolean {
  let depth = 0;
  let url = false;
  let previous = -1;
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1)) {
    if (previous >= 0 && segmentOk(text, previous + 1, at)) {
      if (!dots(text, previous + 1, at)) depth++;
    } else {
      // a new chain: a URL when it starts with `//` or `:/`; a leading relative segment counts
      const before = text.charCodeAt(at - 1);
      url = before === 47 || before === 58 || text.charCodeAt(at + 1) === 47;
      let lead = at;
      while (lead > 0 && at - lead < 128 && isPathChar(text.charCodeAt(lead - 1))) lead--;
      const tilde = at - lead === 1 && text.charCodeAt(lead) === 126;
      depth = lead < at && !dots(text, lead, at) && !tilde ? 1 : 0;
    }
    previous = at;
    if (!url && depth + 1 >= need && tailLength(text, at + 1) > 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

// One test before the pattern checks that need a literal (the density and path checks have their own).
const GATE: Readonly<Record<number, RegExp>> = {
  0: /PRIVATE KEY|arn:aws|jdbc:|:\/\/(?<=(?:sql|res|db|is|mqps?|ss|house|ver|srv):\/\/)|\.(?:internal|corp|intra|cluster\.local)/,
  1: /PRIVATE KEY|arn:aws|jdbc:|:\/\/(?<=(?:sql|res|db|is|mqps?|ss|house|ver|srv):\/\/)|\.(?:internal|corp|intra|cluster\.local|lan|private|home\.arpa|atlassian\.net|slack\.com)/,
  2: /PRIVATE KEY|arn:aws|jdbc:|:\/\/(?<=(?:sql|res|db|is|mqps?|ss|house|ver|srv):\/\/)|\.(?:internal|corp|intra|cluster\.local|lan|private|home\.arpa|local|int\.|prod\.|stg\.|staging\.|priv\.|atlassian\.net|slack\.com)|-internal|internal-|linear\.app\//,
};

function literalFlags(text: string, level: number, flags: ClassifierFlag[]): void {
  if (text.includes('PRIVATE KEY') && PRIVATE_KEY.test(text))
    flags.push({ pattern: 'private-key-marker', severity: 'high' });
  const db = dbUriSeverity(text, level);
  if (db) flags.push({ pattern: 'db-connection-uri', severity: db });
  if (found((spans) => awsAccounts(text, 0, spans)))
    flags.push({ pattern: 'aws-arn-account', severity: ARN_SEVERITY[level]! });
  if (found((spans) => internalHosts(text, level, spans)))
    flags.push({ pattern: 'internal-hostname', severity: 'medium' });
  const collab = COLLAB_SEVERITY[level];
  if (collab && found((spans) => collabUrls(text, level, spans)))
    flags.push({ pattern: 'collab-url', severity: collab });
}

function found(check: (spans: Span[]) => void): boolean {
  const spans: Span[] = [];
  check(spans);
  return spans.length > 0;
}

/** One flag per pattern found in `text` at `sensitivity`; the match itself is never returned. */
export function classifyText(text: string, sensitivity: Sensitivity): ClassifierFlag[] {
  const flags: ClassifierFlag[] = [];
  if (text.length < 8) return flags;
  try {
    const level = LEVEL[sensitivity];
    if (GATE[level]!.test(text)) literalFlags(text, level, flags);
    const density = ID_DENSITY[level];
    if (density && denseIdentifiers(text, density[0]))
      flags.push({ pattern: 'identifier-density', severity: density[1] });
    const depth = PATH_DEPTH[level];
    if (depth !== undefined && deepPath(text, depth)) flags.push({ pattern: 'deep-path', severity: 'low' });
  } catch {
    // defensive: a classifier must never break sanitizing
  }
  return flags;
}
