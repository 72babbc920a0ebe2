import type { DetectContext, Sensitivity, Span, StringDetector } from './api.js';

/**
 * The `business_logic` tool: internal infrastructure that a public dataset should not carry even
 * though it is not a credential: internal host names, AWS account ids, database hosts and links
 * into a company's Jira, Confluence or Slack. Which checks run depends on `sensitivity`:
 *
 * | check                                                                     | low | medium | high |
 * | ------------------------------------------------------------------------- | --- | ------ | ---- |
 * | AWS account id inside an ARN (`arn:aws:iam::<12 digits>:…`)               | yes | yes    | yes  |
 * | `*.internal` `*.corp` `*.intranet` `*.cluster.local` hosts (EC2, k8s)     | yes | yes    | yes  |
 * | JDBC and `mongodb+srv://` hosts                                           | yes | yes    | yes  |
 * | ECR registry hosts and `"Account": "<12 digits>"` / `AWS_ACCOUNT_ID=`     |     | yes    | yes  |
 * | `*.lan` `*.intra` `*.private` `*.home.arpa`; `.internal.`/`.corp.` labels |     | yes    | yes  |
 * | Jira `/browse/KEY-1`, Confluence `/wiki/`, Slack `/archives/C…` URLs      |     | yes    | yes  |
 * | `*.local` (mDNS), `-internal`, `.int.`, `.prod.`, `.stg.`, `.staging.`    |     |        | yes  |
 * | hosts of `postgres://` `mysql://` `mongodb://` `redis://` `amqp://` URIs  |     |        | yes  |
 * | any `*.atlassian.net` URL, Slack client and Linear issue URLs             |     |        | yes  |
 *
 * Credentials inside those URIs belong to the `regex` tool; this tool redacts the host (or only the
 * 12 digits of an account id) so that the rest of the line stays readable.
 */

export type BusinessType = 'internal-host' | 'aws-account-id' | 'collab-url';

const RANK = { 'aws-account-id': 0, 'internal-host': 1, 'collab-url': 2 } as const;

function span(type: BusinessType, start: number, end: number): Span {
  return { type, start, end, rank: RANK[type] };
}

/** Sensitivity as a number, so that checks can say from which level they run. */
export const LEVEL: Readonly<Record<Sensitivity, number>> = { low: 0, medium: 1, high: 2 };

// ---------------------------------------------------------------------------------------------
// Host names

function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

function isWordChar(c: number): boolean {
  return isHostChar(c) || c === 95 || c === 36; // _ $ (identifiers)
}

/** Well-known names under internal suffixes that identify nobody's infrastructure. */
const WELL_KNOWN_HOSTS = new Set([
  'host.docker.internal',
  'gateway.docker.internal',
  'kubernetes.docker.internal',
  'metadata.google.internal',
  'metadata.internal',
  'kubernetes.default.svc.cluster.local',
  'kubernetes.default.svc',
  'kube-dns.kube-system.svc.cluster.local',
]);

/** First labels that make `a.b.internal` a code member path or a reverse-DNS package, not a host. */
const NOT_HOST_FIRST_LABEL = new Set([
  'this',
  'self',
  'cls',
  'super',
  'obj',
  'window',
  'document',
  'module',
  'exports',
  'props',
  'state',
  'process',
  'config',
  'options',
  'opts',
  'ctx',
  'req',
  'res',
  'settings',
  'env',
  'os',
  'sys',
  'console',
  'com',
  'org',
  'net',
  'io',
  'java',
  'javax',
  'android',
  'androidx',
  'kotlin',
  'scala',
  'microsoft',
  'system',
  'docker-compose',
  'compose',
  'vite',
  'jest',
  'appsettings',
  'example',
  'your-host',
  'myhost',
]);

/** Words before a dotted name that make it a module path (`from pkg.internal import x`). */
const MODULE_KEYWORD = /(?:^|\s)(?:from|import|package|using|namespace|module|mod|use)\s+$/;

/** Top-level domains that end a public name holding an internal label (`api.internal.acme.com`). */
const PUBLIC_TLDS = new Set([
  'com',
  'net',
  'org',
  'io',
  'dev',
  'cloud',
  'co',
  'ai',
  'app',
  'tech',
  'info',
  'biz',
  'us',
  'uk',
  'de',
  'fr',
  'eu',
  'jp',
  'cn',
  'in',
  'ca',
  'au',
  'nl',
  'se',
  'ch',
  'br',
  'ru',
  'me',
  'xyz',
  'systems',
  'services',
  'tools',
  'gov',
  'edu',
  'mil',
]);

/** Labels that mark an internal name inside a public domain, and from which sensitivity. */
const INTERNAL_LABELS: ReadonlyMap<string, number> = new Map([
  ['internal', 1],
  ['corp', 1],
  ['intranet', 1],
  ['int', 2],
  ['prod', 2],
  ['stg', 2],
  ['staging', 2],
  ['priv', 2],
]);

const SUFFIX_LEVEL: ReadonlyMap<string, number> = new Map([
  ['internal', 0],
  ['corp', 0],
  ['intranet', 0],
  ['lan', 1],
  ['intra', 1],
  ['private', 1],
  ['local', 2],
]);

/** The level (0 low, 1 medium, 2 high) from which `host` is internal, or undefined. */
export function internalHostLevel(host: string): number | undefined {
  if (WELL_KNOWN_HOSTS.has(host.toLowerCase())) return undefined;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => l.length === 0 || l.length > 63)) return undefined;
  if (NOT_HOST_FIRST_LABEL.has(labels[0]!.toLowerCase())) return undefined;
  const tld = labels[labels.length - 1]!;
  if (tld === 'local') {
    if (labels.length >= 3 && labels[labels.length - 2] === 'cluster') return 0; // svc.cluster.local
    return labels.length >= 2 ? 2 : undefined;
  }
  if (tld === 'arpa') return labels.length >= 3 && labels[labels.length - 2] === 'home' ? 1 : undefined;
  const suffix = SUFFIX_LEVEL.get(tld);
  if (suffix !== undefined) return suffix;
  if (!PUBLIC_TLDS.has(tld) || labels.length < 3) return undefined;
  let level: number | undefined;
  for (let i = 0; i < labels.length - 2; i++) {
    const label = labels[i]!;
    const marked = INTERNAL_LABELS.get(label) ?? (/^internal-|-internal$/.test(label) ? 2 : undefined);
    if (marked !== undefined && (level === undefined || marked < level)) level = marked;
  }
  return level;
}

/** The host around `at`: host characters either side, trimmed of dots and dashes at the ends. */
function hostAround(text: string, at: number): { start: number; end: number } | undefined {
  let start = at;
  const floor = Math.max(0, at - 253);
  while (start > floor && isHostChar(text.charCodeAt(start - 1))) start--;
  let end = at;
  const ceiling = Math.min(text.length, at + 253);
  while (end < ceiling && isHostChar(text.charCodeAt(end))) end++;
  while (start < end && (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 45)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  if (end - start < 3) return undefined;
  // part of a longer identifier (`my_pkg.internal`, `$x.internal`) or a file extension (`a.internal.ts`)
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return undefined;
  if (end < text.length && (text.charCodeAt(end) === 95 || text.charCodeAt(end) === 36)) return undefined;
  return { start, end };
}

/** One test before the per-trigger scans, by level. */
const HOST_GATE: Readonly<Record<number, RegExp>> = {
  0: /\.(?:internal|corp|intra|cluster\.local)/,
  1: /\.(?:internal|corp|intra|cluster\.local|lan|private|home\.arpa)/,
  2: /\.(?:internal|corp|intra|cluster\.local|lan|private|home\.arpa|local|int\.|prod\.|stg\.|staging\.|priv\.)|-internal|internal-/,
};

/** Suffixes that are also common member names (`conn.private`, `repo.lan`): hosts only in a URL. */
const AMBIGUOUS_SUFFIX = /\.(?:private|lan|intra)$/;

/** Whether the name sits where a host sits: after `//` or `@`, or before `:<port>` or `/`. */
function authority(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 64 || (before === 47 && text.charCodeAt(start - 2) === 47)) return true;
  const after = text.charCodeAt(end);
  if (after === 47) return true;
  const next = text.charCodeAt(end + 1);
  return after === 58 && next >= 48 && next <= 57;
}

/** Case-sensitive triggers: hosts in traces are lowercase; `Foo.Internal` is a .NET namespace. */
const HOST_TRIGGERS: readonly (readonly [string, number])[] = [
  ['.internal', 0],
  ['.corp', 0],
  ['.intra', 0], // also .intranet
  ['.cluster.local', 0],
  ['.lan', 1],
  ['.private', 1],
  ['.home.arpa', 1],
  ['-internal', 2],
  ['internal-', 2],
  ['.local', 2],
  ['.int.', 2],
  ['.prod.', 2],
  ['.stg.', 2],
  ['.staging.', 2],
  ['.priv.', 2],
];

/** Internal host names at `level` (0 low, 1 medium, 2 high), pushed onto `spans`. */
export function internalHosts(text: string, level: number, spans: Span[]): void {
  if (!HOST_GATE[level]!.test(text)) return;
  const seen = new Set<number>();
  for (const [trigger, from] of HOST_TRIGGERS) {
    if (from > level) continue;
    for (let at = text.indexOf(trigger); at !== -1; at = text.indexOf(trigger, at + trigger.length)) {
      const host = hostAround(text, at + 1);
      if (!host || seen.has(host.start)) continue;
      seen.add(host.start);
      const name = text.slice(host.start, host.end);
      if (name !== name.toLowerCase() && !/^[A-Za-z0-9-]+\.local$/.test(name)) continue; // mDNS names keep their case
      const hostLevel = internalHostLevel(name);
      if (hostLevel === undefined || hostLevel > level) continue;
      if (MODULE_KEYWORD.test(text.slice(Math.max(0, host.start - 12), host.start))) continue;
      if (text.charCodeAt(host.end) === 40 || text.charCodeAt(host.end) === 61) continue; // `a.local()`, `a.lan = 1`
      if (AMBIGUOUS_SUFFIX.test(name) && !authority(text, host.start, host.end)) continue;
      spans.push(span('internal-host', host.start, host.end));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// AWS account ids

// arn:partition:service:region:account:resource; the account is the fifth field, 12 digits.
const ARN = /arn:aws(?:-cn|-us-gov|-iso(?:-[a-z])?)?:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:(\d{12})(?![0-9])/dy;
const ECR = /(?<![0-9])(\d{12})\.dkr\.ecr(?:-fips)?\.[a-z0-9-]{1,30}\.amazonaws\.com/dg;
const ACCOUNT_FIELD =
  /(?:\\?["'](?:Account|AccountId|OwnerId|account_id|accountId|aws_account_id)\\?["'][ \t]{0,4}:[ \t]{0,4}\\?["']?|\b(?:AWS_ACCOUNT_ID|aws_account_id|ACCOUNT_ID)[ \t]{0,4}[=:][ \t]{0,4}["']?)(\d{12})(?![0-9])/dg;

/** AWS account ids: in ARNs from `level` 0; ECR hosts and account fields from 1. */
export function awsAccounts(text: string, level: number, spans: Span[]): void {
  for (let at = text.indexOf('arn:aws'); at !== -1; at = text.indexOf('arn:aws', at + 7)) {
    ARN.lastIndex = at;
    const m = ARN.exec(text);
    const group = m?.indices?.[1];
    if (group) spans.push(span('aws-account-id', group[0], group[1]));
  }
  if (level < 1) return;
  if (text.includes('.dkr.ecr')) pushGroups(ECR, text, 'aws-account-id', spans);
  if (text.includes('ccount') || text.includes('ACCOUNT') || text.includes('OwnerId'))
    pushGroups(ACCOUNT_FIELD, text, 'aws-account-id', spans);
}

function pushGroups(pattern: RegExp, text: string, type: BusinessType, spans: Span[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const group = m.indices?.[1];
    if (group) spans.push(span(type, group[0], group[1]));
  }
}

// ---------------------------------------------------------------------------------------------
// Database hosts

/** URI schemes of databases and brokers (before `://`); `jdbc:` URLs are found separately. */
const DB_SCHEMES = new Set([
  'mongodb+srv',
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'clickhouse',
  'cockroachdb',
]);
const JDBC_PREFIX = /jdbc:[a-z0-9]{1,20}(?::[a-z0-9]{1,12}){0,2}:(?:@?\/\/|@)/y;
/** After the scheme: optional `user[:password]@`, then the host (a name, an IPv4 or a bracketed IPv6). */
const AUTHORITY =
  /(?:([^\s/@;?'"`<>:]{0,64})(?::([^\s/@;?'"`<>]{1,128}))?@)?([A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])/dy;

/** A database or broker URI: its kind, where its host is, and its password if it has one. */
export interface DbUri {
  /** `jdbc` and `mongodb+srv` name a cluster by design; `uri` is any other database scheme. */
  readonly kind: 'jdbc' | 'srv' | 'uri';
  readonly hostStart: number;
  readonly hostEnd: number;
  readonly password: string | undefined;
}

function isSchemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43;
}

function authorityAt(text: string, at: number, kind: DbUri['kind'], out: DbUri[]): void {
  AUTHORITY.lastIndex = at;
  const m = AUTHORITY.exec(text);
  const host = m?.indices?.[3];
  if (!m || !host) return;
  let end = host[1];
  while (end > host[0] && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  if (end > host[0]) out.push({ kind, hostStart: host[0], hostEnd: end, password: m[2] });
}

/** Every database URI in `text`: `jdbc:` URLs, then `<scheme>://` ones, found from their literals. */
export function dbUris(text: string): DbUri[] {
  const out: DbUri[] = [];
  for (let at = text.indexOf('jdbc:'); at !== -1; at = text.indexOf('jdbc:', at + 5)) {
    JDBC_PREFIX.lastIndex = at;
    if (JDBC_PREFIX.exec(text)) authorityAt(text, JDBC_PREFIX.lastIndex, 'jdbc', out);
  }
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && at - start < 16 && isSchemeChar(text.charCodeAt(start - 1))) start--;
    if (start > 0 && text.charCodeAt(start - 1) === 58) continue; // jdbc:postgresql:// (done above)
    const scheme = text.slice(start, at).toLowerCase();
    if (DB_SCHEMES.has(scheme)) authorityAt(text, at + 3, scheme === 'mongodb+srv' ? 'srv' : 'uri', out);
  }
  return out;
}

const PLACEHOLDER_HOSTS = new Set([
  'localhost',
  'host',
  'hostname',
  'your-host',
  'server',
  'db',
  'database',
  'example',
]);

/** Whether a database URI's host says something about someone's infrastructure. */
export function isRevealingDbHost(host: string): boolean {
  const h = host.toLowerCase();
  if (PLACEHOLDER_HOSTS.has(h) || h === '[::1]' || h === '[::]') return false;
  if (/^127\.|^0\.0\.0\.0$/.test(h)) return false;
  if (!h.includes('.') && !h.startsWith('[')) return false; // docker-compose service names (`db`, `postgres`)
  if (/(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/.test(h)) return false;
  return true;
}

function dbHosts(text: string, level: number, spans: Span[]): void {
  for (const uri of dbUris(text)) {
    if (uri.kind === 'uri' && level < 2) continue;
    if (isRevealingDbHost(text.slice(uri.hostStart, uri.hostEnd)))
      spans.push(span('internal-host', uri.hostStart, uri.hostEnd));
  }
}

// ---------------------------------------------------------------------------------------------
// Collaboration URLs

const COLLAB_MEDIUM =
  /(?:https?:\/\/)?[a-z0-9][a-z0-9-]{0,62}\.(?:atlassian\.net\/(?:browse\/[A-Z][A-Z0-9_]{1,20}-\d{1,7}|wiki\/|jira\/)|slack\.com\/archives\/[CDG][A-Z0-9]{6,14})[^\s"'`<>)\]}|\\]{0,400}/g;
const COLLAB_HIGH =
  /(?:https?:\/\/)?(?:[a-z0-9][a-z0-9-]{0,62}\.atlassian\.net|app\.slack\.com\/client|linear\.app\/[a-z0-9-]{1,64}\/issue)(?:\/[^\s"'`<>)\]}|\\]{0,400})?/g;

/** Jira/Confluence/Slack archive URLs from `level` 1; any Atlassian, Slack client or Linear issue URL at 2. */
export function collabUrls(text: string, level: number, spans: Span[]): void {
  if (level < 1) return;
  const pattern = level >= 2 ? [COLLAB_MEDIUM, COLLAB_HIGH] : [COLLAB_MEDIUM];
  if (
    !text.includes('.atlassian.net') &&
    !text.includes('slack.com/') &&
    !(level >= 2 && text.includes('linear.app/'))
  )
    return;
  for (const p of pattern) {
    p.lastIndex = 0;
    for (let m = p.exec(text); m !== null; m = p.exec(text)) {
      let end = m.index + m[0].length;
      while (end > m.index && /[.,;:!?]/.test(text[end - 1]!)) end--; // sentence punctuation
      if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1)) && !m[0].startsWith('http')) continue;
      spans.push(span('collab-url', m.index, end));
    }
  }
}

// ---------------------------------------------------------------------------------------------

// One case-sensitive test per sensitivity and string before anything else; the checks only run behind it.
const GATE: Readonly<Record<number, RegExp>> = {
  0: /\.(?:internal|corp|intra|cluster\.local)|arn:aws|jdbc:|\+srv:/,
  1: /\.(?:internal|corp|intra|lan|private|arpa|cluster\.local|atlassian\.net|slack\.com\/archives|dkr\.ecr)|arn:aws|jdbc:|\+srv:|ccount|ACCOUNT|OwnerId/,
  2: /\.(?:internal|corp|intra|lan|private|arpa|local|int\.|prod\.|stg\.|staging\.|priv\.|atlassian\.net|slack\.com|dkr\.ecr)|-internal|internal-|arn:aws|jdbc:|\+srv:|:\/\/(?<=(?:sql|res|db|is|mqps?|ss|house|ver):\/\/)|ccount|ACCOUNT|OwnerId|linear\.app\//,
};

/** Sorted by start, without exact duplicates (two checks may find the same span). */
function dedupe(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.rank - b.rank);
  return spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end);
}

/** All business spans of `text` at `sensitivity`, unmerged (the caller merges across tools). */
export function businessSpans(text: string, sensitivity: Sensitivity): Span[] {
  const level = LEVEL[sensitivity];
  if (text.length < 6 || !GATE[level]!.test(text)) return [];
  const spans: Span[] = [];
  awsAccounts(text, level, spans);
  internalHosts(text, level, spans);
  dbHosts(text, level, spans);
  collabUrls(text, level, spans);
  return spans.length > 1 ? dedupe(spans) : spans;
}

/** The `business_logic` row tool. Pure, never throws; spans carry offsets only. */
export const BUSINESS_DETECTOR: StringDetector = {
  tool: 'business_logic',
  detect(text: string, ctx: DetectContext): Span[] {
    try {
      return businessSpans(text, ctx.sensitivity);
    } catch {
      return []; // defensive: a detector must never break sanitizing
    }
  },
};
