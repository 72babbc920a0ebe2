import type { RegexRule } from '../types.js';
import { isCodeReference, isDummyWord, isPlaceholderValue } from './placeholders.js';

// The name must END with one of these words (`DB_PASSWORD`, `client_secret`, `x-api-key`,
// `GITHUB_TOKEN`); `SECRET_NAME`, `max_tokens` or `token_type` do not qualify.
// A name that is just `pass` must be assigned with `=`, `=>` or `:=` (`PASS = '…'`), so that test
// output such as `--- PASS: TestName` is not read as a password.
const NAME = String.raw`(?:passw(?:or)?d|passphrase|(?<![a-z0-9])(?:pass|pwd)(?=["']?\]?[ \t]{0,8}(?:=>|:=|=[^=]))|secret(?:[_-]?key)?|api[_-]?key|token|access[_-]?key|credentials?|private[_-]?key|auth[_-]?key|client[_-]?secret)`;
// Not the user name of a URL (`https://x-access-token:…@host`): url-basic-auth owns those. Checked
// after the name (a leading lookbehind would run at every position of the text).
const NOT_IN_URL = String.raw`(?<!\/\/[^\s/@]{0,80})`;
const CLOSE_KEY = String.raw`(?:\\{0,3}["'])?\]?`;
// `=`, `:`, `=>`, `:=`, and the comparisons `==`, `===`, `!=`, `!==` (only with a quoted value).
const OPERATOR = String.raw`[ \t]{0,8}(?:===?|!==?|=>|:=|=|:)[ \t]{0,8}`;
// Quoted values may be as short as 6 characters: `validate` keeps those only after `==`/`!=`.
const VALUE = [
  String.raw`\\{1,3}"([^"\n\\]{6,1024})\\{1,3}"`, // JSON-escaped quotes: \"value\"
  String.raw`"([^"\n]{6,1024})"`,
  String.raw`'([^'\n]{6,1024})'`,
  '`([^`\\s]{8,1024})`', // markdown code spans: a single word only
  // Bare value: taken whole (atomic, via lookahead + backreference) and dropped when a call,
  // an index or an object literal follows (`getToken()`, `os.environ["X"]`).
  String.raw`(?=([^\s"'\x60,;&<>(){}\[\]]{8,1024}))\5(?![(\[{])`,
].join('|');

export const GENERIC_RULE: RegexRule = {
  id: 'generic-secret',
  description:
    'A value of 8+ characters assigned to a name ending in password/passwd/pass/secret/secret_key/api_key/apikey/token/access_key (quoted or bare), excluding placeholders and code references.',
  keywords: [
    'pass',
    'pwd',
    'secret',
    'api_key',
    'api-key',
    'apikey',
    'token',
    'access_key',
    'access-key',
    'credential',
    'private_key',
    'private-key',
    'privatekey',
    'auth_key',
    'auth-key',
    'authkey',
  ],
  pattern: new RegExp(`${NAME}${NOT_IN_URL}${CLOSE_KEY}${OPERATOR}(?:${VALUE})`, 'gdi'),
  // The match starts at the name, which holds the keyword; a value is at most 1024 units.
  window: { before: 32, after: 1200 },
  validate: (match) => {
    const bare = match[5];
    const value = bare ?? match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    if (isPlaceholderValue(value)) return false;
    // A quoted value of 6–7 characters counts only when compared (`password == "team10"`).
    if (bare === undefined && value.length < 8 && !/[=!]=/.test(match[0])) return false;
    if (!plausibleValue(match[0], value)) return false;
    if (bare === undefined) return !/\S\s+\S+\s+\S+\s+\S/.test(value) && !isDummyWord(value); // not a sentence
    const glue = match[0].slice(0, match[0].length - bare.length);
    // A bare lowercase word after a colon and followed by more words is prose ("auth token: includes
    // the …"); after `=` it is an assignment however the line goes on (`PASS=whiteduke make deploy`).
    const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 3);
    if (!glue.includes('=') && /^[a-z]+$/.test(bare) && /^[ \t]+[A-Za-z]/.test(after)) return false;
    return !/[=!]=/.test(glue) && !isCodeReference(bare);
  },
};

/**
 * Values the newer names (`credentials`, `private_key`) attract that are not secrets: PEM blocks
 * (the private-key rule owns them), file paths (`private_key: ~/.ssh/id_rsa`) and fetch's
 * `credentials: 'same-origin'`.
 */
function plausibleValue(glue: string, value: string): boolean {
  if (value.includes('-----BEGIN')) return false;
  if (/^(?:~|\.{1,2})?\/[\w./-]*$/.test(value) || /\.(?:pem|key|json|txt|p12|pfx|crt|der)$/i.test(value))
    return false;
  return !(/credentials?\W/i.test(glue) && /^[a-z]+(?:-[a-z]+)*$/.test(value));
}

const FIELD_NAME =
  /(?:passw(?:or)?d|passphrase|^pass|^pwd|secret(?:[_-]?key)?|api[_-]?key|token|access[_-]?key|credentials?|private[_-]?key|auth[_-]?key|client[_-]?secret)$/i;

/**
 * The field-aware half of the generic rule: in structured data the name and the value are two
 * strings (`{"DB_PASSWORD": "…"}`, an MCP server's `env`), so a one-line string stored under a
 * credential-like key is judged as if it were assigned to that name.
 */
export function isSecretField(key: string, value: string): boolean {
  if (!FIELD_NAME.test(key) || value.length < 8 || value.length > 4096 || /[\r\n]/.test(value)) return false;
  return !isPlaceholderValue(value) && !isDummyWord(value) && !/\S\s+\S+\s+\S+\s+\S/.test(value);
}
