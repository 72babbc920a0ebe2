import type { RegexRule } from '../types.js';
import { decodeBase64UrlText } from './base64url.js';
import { isDummyWord, isPlaceholderValue, looksLikeDummyToken } from './placeholders.js';

/** The secret of a match: the first capture group that took part, else the whole match. */
export function secretOf(match: RegExpExecArray): string {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return match[i]!;
  return match[0];
}

// Key/value glue shared by the assignment rules: an optional closing quote (also JSON-escaped),
// an optional `]`, then `=`, `:`, `=>` or `:=` with a little horizontal space around it.
const CLOSE_KEY = String.raw`(?:\\{0,3}["'])?\]?`;
const ASSIGN = String.raw`[ \t]{0,8}(?:=>|:=|=|:)[ \t]{0,8}`;
const OPEN_VALUE = String.raw`(?:\\{0,3}["'])?`;

const PEM_LABEL = '-----(?:BEGIN|END)[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----';
const PEM_BODY = String.raw`(?:[A-Za-z0-9+/=\s]|\\{1,3}[rnt]|(?:Proc-Type|DEK-Info|Comment):[^\n\\]{0,200})`;

function jwtHeaderNamesAlg(match: RegExpExecArray): boolean {
  const header = decodeBase64UrlText(match[0].slice(0, match[0].indexOf('.')));
  if (header === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return (
      typeof parsed === 'object' && parsed !== null && typeof (parsed as { alg?: unknown }).alg === 'string'
    );
  } catch {
    // A damaged token still counts when its header starts as a JSON object naming `alg`.
    return /^\s*\{\s*"(?:typ|alg)"/.test(header) && header.includes('"alg"');
  }
}

// A command-line value: quoted, or a bare word up to a shell separator. Three groups.
const CLI_VALUE = String.raw`(?:'([^'\n]{1,256})'|"([^"\n]{1,256})"|([^\s'"\\;|&<>\x60]{1,256}))`;
// A key=value value: quoted, in braces (ODBC), or bare up to `;`/`&`. Four groups.
const KV_VALUE = String.raw`(?:'([^'\n]{1,256})'|"([^"\n]{1,256})"|\{([^}\n]{1,256})\}|([^;&"'\s<>()]{1,256}))`;

const CLI_FLAGS = [
  // mysql -p<pw> (no space; `-P` is the port), mysql -p'<pw>'
  String.raw`\b(?:mysql|mysqladmin|mysqldump|mysqlsh|mariadb)\b[^\n|;&]{0,200}?[ \t]-p(?:'([^'\n]{1,256})'|"([^"\n]{1,256})"|([^\s'"\-][^\s'"]{0,255}))`,
  // sshpass -p <pw>, PsExec … -p <pw>, docker login … -p <pw>
  String.raw`(?:\bsshpass|\b[Pp][Ss][Ee][Xx][Ee][Cc](?:64)?(?:\.[Ee][Xx][Ee])?[ \t][^\n]{0,300}?|\bdocker[ \t]+login\b[^\n|;&]{0,200}?)[ \t]-p[ \t]*${CLI_VALUE}`,
  // --password=<pw>, --token <t>, --api-key <k> … (not --password-stdin, not a following flag)
  String.raw`(?<![\w-])--(?:password|passwd|db-password|token|api-key|apikey|access-token|auth-token|secret|client-secret|secret-key)(?:=|[ \t]+)(?!-)${CLI_VALUE}`,
  // PowerShell: Connect-VIServer -Password <pw>, -Token, -ApiKey
  String.raw`(?<![\w-])-(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]wd|[Tt]oken|[Aa]pi[Kk]ey|[Ss]ecret)[ \t]+(?!-)${CLI_VALUE}`,
  // curl -u user:pass, -su user:pass, --user user:pass (the password only)
  String.raw`\bcurl\b[^\n|;&]{0,300}?[ \t](?:-[A-Za-z]{0,6}u|--user)[ \t]*['"]?[^\s:'"]{1,128}:([^\s'"]{1,256})`,
].join('|');

const HASH = '[./A-Za-z0-9]';
const PASSWORD_HASHES = [
  String.raw`\$2[abxy]\$\d{2}\$${HASH}{53}`, // bcrypt
  String.raw`\$argon2(?:id|i|d)\$(?:v=\d{1,3}\$)?m=\d{1,8},t=\d{1,4},p=\d{1,3}\$[A-Za-z0-9+/]{8,88}\$[A-Za-z0-9+/]{16,128}`,
  String.raw`\$[56]\$(?:rounds=\d{1,9}\$)?${HASH}{1,16}\$${HASH}{43,86}`, // sha256-crypt, sha512-crypt
  String.raw`\$(?:1|apr1)\$${HASH}{1,8}\$${HASH}{22}`, // md5-crypt, Apache htpasswd
  String.raw`\$[89]\$${HASH}{14}\$${HASH}{43}`, // Cisco type 8 / 9
  String.raw`\$krb5(?:asrep|tgs)\$\d{1,2}\$(?:[^\s$:]{1,256}:)?[0-9a-fA-F]{32}\$[0-9a-fA-F]{64,8192}`, // Kerberos
  String.raw`\{(?:SSHA|SSHA256|SSHA512|SHA|SHA256|SHA512|SMD5)\}[A-Za-z0-9+/]{20,200}={0,2}`, // LDAP
  String.raw`pbkdf2_sha(?:1|256|512)\$\d{1,7}\$[A-Za-z0-9./+]{4,64}\$[A-Za-z0-9+/]{20,128}={0,2}`, // Django
].join('|');

/** Up to 16 units before `index` on its line, without trailing blanks (bounded: no scan to the line start). */
function shortlyBefore(input: string, index: number): string {
  const near = input.slice(Math.max(0, index - 16), index);
  return near.slice(near.lastIndexOf('\n') + 1).trimEnd();
}

const notPlaceholder = (match: RegExpExecArray): boolean => !isPlaceholderValue(secretOf(match));

/**
 * Generic credentials that the assignment rule cannot see: command-line flags, connection-string
 * keys, password hashes, config and code idioms, prose, Kubernetes Secret data.
 */
export const CREDENTIAL_RULES: readonly RegexRule[] = [
  {
    id: 'password-hash',
    description:
      'Password hash: bcrypt, argon2, sha-crypt ($5$/$6$), md5-crypt ($1$, $apr1$), Cisco $8$/$9$, Kerberos AS-REP/TGS, LDAP {SSHA}, Django pbkdf2.',
    keywords: [
      '$2a$',
      '$2b$',
      '$2x$',
      '$2y$',
      '$argon2',
      '$5$',
      '$6$',
      '$1$',
      '$apr1$',
      '$8$',
      '$9$',
      '$krb5',
      '{ssha',
      '{sha',
      '{smd5',
      'pbkdf2_sha',
    ],
    pattern: new RegExp(`(?<![\\w$])(?:${PASSWORD_HASHES})(?![./A-Za-z0-9+=])`, 'dg'),
    window: { before: 8, after: 8500 },
  },
  {
    id: 'cli-password',
    description:
      'A password or token on a command line: mysql -p…, sshpass/PsExec/docker login -p …, --password/--token/--api-key …, PowerShell -Password …, curl -u user:pass.',
    keywords: [
      'mysql',
      'mariadb',
      'sshpass',
      'psexec',
      'docker',
      '--password',
      '--passwd',
      '--db-password',
      '--token',
      '--api-key',
      '--apikey',
      '--access-token',
      '--auth-token',
      '--secret',
      '--client-secret',
      '-password',
      '-passwd',
      '-pwd',
      '-token',
      '-apikey',
      '-secret',
      'curl',
    ],
    pattern: new RegExp(CLI_FLAGS, 'dg'),
    window: { before: 8, after: 900 },
    validate: (match) => {
      const value = secretOf(match);
      return value.length >= 4 && !isPlaceholderValue(value) && !/^(?:true|false|\d{1,5})$/.test(value);
    },
  },
  {
    id: 'connection-string-password',
    description:
      'The password of a key=value connection string (ADO.NET/ODBC `…;Password=…;`, `Pwd=…`, JDBC/URL `?password=…&`).',
    keywords: ['password', 'passwd', 'pwd'],
    pattern: new RegExp(`(?<![\\w-])(?:password|passwd|pwd)[ \\t]{0,4}=[ \\t]{0,4}${KV_VALUE}`, 'dgi'),
    window: { before: 8, after: 300 },
    validate: (match) => {
      const value = secretOf(match);
      if (isPlaceholderValue(value) || value.startsWith('$')) return false;
      const next = match.input[match.index + match[0].length];
      // inside a key=value list: a separator before the key, or a `;` right after the value
      return /[;?&]$/.test(shortlyBefore(match.input, match.index)) || next === ';';
    },
  },
  {
    id: 'connection-string-key',
    description: 'An account or shared access key in a connection string (AccountKey=…, SharedAccessKey=…).',
    keywords: ['accountkey', 'sharedaccesskey'],
    pattern: /(?<![\w-])(?:AccountKey|SharedAccessKey)[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{20,120}={0,2})/dgi,
    window: { before: 8, after: 200 },
    validate: (match) => !looksLikeDummyToken(secretOf(match)),
  },
  {
    id: 'config-credential',
    description:
      'The value of a .NET-style `<add key="…Password|Secret|Token|ApiKey|ConnectionString…" value="…"/>` setting.',
    keywords: ['<add'],
    pattern:
      /<add[ \t]+key[ \t]*=[ \t]*"[^"\n]{0,100}?(?:password|passwd|pwd|secret|token|apikey|api_key|connectionstring)[^"\n]{0,40}"[ \t]+value[ \t]*=[ \t]*"([^"\n]{1,1024})"/dgi,
    window: { before: 8, after: 1300 },
    validate: notPlaceholder,
  },
  {
    id: 'code-credential',
    description:
      'The password argument of `NetworkCredential("user", "password")` or `DirectoryEntry("ldap://…", "user", "password")`.',
    keywords: ['networkcredential', 'directoryentry'],
    pattern:
      /NetworkCredential[ \t]*\([ \t]*"[^"\n]{0,256}"[ \t]*,\s{0,40}"([^"\n]{1,256})"|DirectoryEntry[ \t]*\([ \t]*"[^"\n]{0,512}"[ \t]*,\s{0,40}"[^"\n]{0,256}"[ \t]*,\s{0,40}"([^"\n]{1,256})"/dg,
    window: { before: 8, after: 1200 },
    validate: notPlaceholder,
  },
  {
    id: 'prose-password',
    description: 'A quoted password stated in prose: `the password is "…"`.',
    keywords: ['password', 'passphrase', 'passwd'],
    pattern:
      /(?:password|passphrase|passwd)[ \t]{1,4}(?:is|was|is set to|set to)[ \t]{1,4}(?:"([^"\s]{4,64})"|'([^'\s]{4,64})'|“([^”\s]{4,64})”)/dgi,
    window: { before: 8, after: 120 },
    validate: (match) => !isPlaceholderValue(secretOf(match)) && !isDummyWord(secretOf(match)),
  },
  {
    id: 'jenkins-setup-admin-password',
    description: "Jenkins' initial admin password, as printed at setup or read from initialAdminPassword.",
    keywords: ['proceed to installation', 'initialadminpassword'],
    pattern:
      /(?:proceed to installation:|initialAdminPassword\b[^\n]{0,80}\n)\s{0,8}([0-9a-f]{32})(?![0-9a-f])/dg,
    window: { before: 8, after: 200 },
  },
  {
    id: 'kubernetes-secret-value',
    description:
      'Each base64 value under `data:` of a Kubernetes `kind: Secret` (kubectl get secret -o yaml|json, manifests).',
    keywords: ['data:', '"data"'],
    pattern: new RegExp(
      [
        // YAML: a `key: value` line inside the data block (the lookbehind runs only after a newline)
        String.raw`\n(?<=(?:^|\n)[ \t]{0,8}data:[ \t]*\r?\n(?:[ \t]{1,12}[\w.-]{1,253}:[ \t]*[A-Za-z0-9+/]{0,16384}={0,2}[ \t]*\r?\n){0,100})[ \t]{1,12}[\w.-]{1,253}:[ \t]+([A-Za-z0-9+/]{4,16384}={0,2})(?=[ \t]*(?:\r?\n|$))`,
        // JSON: a "key": "value" member of the data object (the lookbehind runs only after a quote)
        String.raw`"(?<="data"[ \t]*:[ \t]*\{(?:\s{0,20}"[\w.-]{1,253}"[ \t]*:[ \t]*"[A-Za-z0-9+/]{0,16384}={0,2}"[ \t]*,){0,100}\s{0,20}"[\w.-]{1,253}"[ \t]*:[ \t]*")([A-Za-z0-9+/]{4,16384}={0,2})(?=")`,
      ].join('|'),
      'dg',
    ),
    window: { before: 2048, after: 20000 },
    validate: (match) => /\bkind"?[ \t]*:[ \t]*"?Secret\b/.test(match.input),
  },
];

/** Context rules: structure (PEM, JWT, URLs) or a keyword tells that a value is a secret. */
export const CONTEXT_RULES: readonly RegexRule[] = [
  {
    id: 'private-key',
    description:
      'PEM/OpenSSH/PGP private key block, also with JSON-escaped newlines; a cut-off block is redacted to its end.',
    keywords: ['private key'],
    pattern: new RegExp(
      `${PEM_LABEL.replace('(?:BEGIN|END)', 'BEGIN')}(?:${PEM_BODY}{0,20000}?(?:${PEM_LABEL.replace('(?:BEGIN|END)', 'END')}|(?![A-Za-z0-9+/=\\s\\\\]))|)`,
      'gd',
    ),
    // the label starts up to ~45 units before `private key`; the body runs to 20000 units
    window: { before: 64, after: 20_300 },
  },
  {
    id: 'jwt',
    description: 'JSON Web Token: three base64url parts whose header decodes to JSON naming `alg`.',
    keywords: ['eyj'],
    pattern:
      /(?:(?<![A-Za-z0-9-])|(?<=\\[nrt]))eyJ[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{2,16384}\.[A-Za-z0-9_-]{0,4096}(?![A-Za-z0-9_-])/dg,
    window: { before: 8, after: 24_700 },
    validate: jwtHeaderNamesAlg,
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key (40 characters) assigned to an aws_secret_access_key-like name.',
    keywords: ['secret_access', 'secret-access', 'secretaccess', 'aws_secret', 'aws-secret', 'awssecret'],
    pattern: new RegExp(
      `(?:aws[_-]?secret(?:[_-]?access)?[_-]?key|secret[_-]?access[_-]?key)${CLOSE_KEY}${ASSIGN}${OPEN_VALUE}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
      'gdi',
    ),
    window: { before: 16, after: 140 },
    validate: (match) => !looksLikeDummyToken(secretOf(match)),
  },
  {
    id: 'url-basic-auth',
    description:
      'Password in URL userinfo (scheme://user:password@host), including database URLs; only the password is redacted.',
    keywords: ['://'],
    pattern: /:\/\/[^\s:@/?#"'<>\\]{0,128}:([^\s/?#"'<>\\]{1,256})@(?=[A-Za-z0-9[_-])/dg,
    window: { before: 0, after: 400 },
    validate: (match) => {
      const password = secretOf(match);
      return !isPlaceholderValue(password) && !/^\d{1,5}$/.test(password);
    },
  },
  {
    id: 'http-authorization',
    description:
      'Credentials in an Authorization header (Bearer, Basic, Token, Bot) or after a bare `Bearer`.',
    keywords: ['authorization', 'bearer'],
    window: { before: 16, after: 4200 },
    pattern:
      /(?:authorization(?:\\{0,3}["'])?[ \t]{0,4}[:=][ \t]{0,4}(?:\\{0,3}["'])?(?:bearer|basic|token|bot)[ \t]{1,4}([A-Za-z0-9._~+/=-]{8,4096})|bearer[ \t]{1,4}([A-Za-z0-9._~+/=-]{16,4096}))(?![A-Za-z0-9._~+/=-])/dgi,
    validate: (match) => {
      const value = secretOf(match);
      // A bare `Bearer x` (no header name) needs a digit: prose and ids such as `Bearer dev-user` have none.
      if (match[2] !== undefined && !/\d/.test(value)) return false;
      return !isPlaceholderValue(value) && !/^[a-z]+$/.test(value);
    },
  },
  {
    id: 'netrc-password',
    description: 'Password field of a .netrc entry (machine … login … password …).',
    keywords: ['machine'],
    pattern: /machine[ \t]+\S{1,256}\s{1,8}login[ \t]+\S{1,256}\s{1,8}password[ \t]+(\S{1,256})/dg,
    window: { before: 0, after: 800 },
    validate: (match) => !isPlaceholderValue(secretOf(match)),
  },
  ...CREDENTIAL_RULES,
];
