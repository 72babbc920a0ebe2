import type { DetectContext, Span, StringDetector } from './api.js';

/**
 * `path_anonymizer`: the user-name segment of home-directory paths, replaced by
 * `[REDACTED:username]` — only that segment, never other occurrences of the same word (the original
 * tool replaced the bare user name everywhere and corrupted unrelated words).
 *
 * Recognised:
 * - macOS `/Users/<u>/` (capital U, as the system writes it) and Linux `/home/<u>/`, also under
 *   `/var/home/` (Silverblue), `/mnt/<drive>/Users/` (WSL), `file:///Users/…`, and inside
 *   backslash-escaped JSON;
 * - Windows `C:\Users\<u>\` and `C:/Users/<u>/` (any drive, any case, escaped backslashes too) and
 *   `C:\Documents and Settings\<u>\`; `\\wsl$\<distro>\home\<u>`;
 * - the hyphen-encoded project folders Claude Code writes (`-Users-alice-project`,
 *   `-home-bob-src-app`, `C--Users-carol-x`): the first segment after `Users`/`home`;
 * - `~alice/` (a tilde-user followed by a slash; `~/` is nobody's name).
 *
 * Not a user name: a path that is only a sub-folder (`src/users/admin`, an API route `/users/42`,
 * `https://host/Users/x`), shared or template names (`Shared`, `Public`, `Default`, `All Users`,
 * `user`, `username`, `$USER`, `%USERNAME%`, `<you>`), and an already redacted segment.
 *
 * Limits (said in the README): in hyphen-encoded folders a user name that itself had `.` or `-`
 * (`john.doe` → `-Users-john-doe-app`) is ambiguous: only its first part is redacted. A user name
 * written on its own (`whoami` output, `git config user.name`) is not a path and is not found here.
 */

const NAME = String.raw`[^\s/\\"'\x60<>:*?|\[\]{}$%()=,;]{1,64}`;
/** A name with spaces ("John Smith": capitalised words) only when a path separator follows it. */
const SEGMENT = String.raw`(${NAME}(?:(?: [A-Z]${NAME}){1,3}(?=[/\\]))?)`;
const END = String.raw`(?=[/\\]|$|[\s"'\x60),;:\]}>])`;
const SEP = String.raw`(?:/|\\{1,4})`;

// Each pattern starts with a literal, so the engine can skip ahead to it; what may stand before a
// root-level `/Users/` or `/home/` is checked in code (`atPathRoot`), not with a leading lookbehind.
const ROOT_PATTERN = new RegExp(String.raw`(?:/|\\{1,4})(?:Users|home)${SEP}${SEGMENT}${END}`, 'g');
const PATTERNS: readonly RegExp[] = [
  // Windows drive paths, any case
  new RegExp(
    String.raw`(?<![\w])[A-Za-z]:${SEP}(?:[Uu][Ss][Ee][Rr][Ss]|Documents and Settings)${SEP}${SEGMENT}${END}`,
    'g',
  ),
  // Claude Code's hyphen-encoded project folders
  /-(?:Users|home)-([A-Za-z0-9_]{1,64})(?=-|$|[/\\"'\s\x60])/g,
  // ~alice/
  /(?<![\w~$\\/-])~([A-Za-z_][A-Za-z0-9_.-]{0,31})(?=\/)/g,
];

/**
 * Whether `/Users/` or `/home/` at `at` starts a path (not `src/users/…`, not a URL path): at the start,
 * after a non-name character, after a JSON escape (`\n`), or under `/mnt/<drive>`, `/var` or a WSL share.
 */
function atPathRoot(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const isNameChar =
    (before >= 48 && before <= 57) ||
    (before >= 65 && before <= 90) ||
    (before >= 97 && before <= 122) ||
    before === 95 ||
    before === 46 ||
    before === 126 ||
    before === 45;
  if (!isNameChar) return true;
  const head = text.slice(Math.max(0, at - 80), at);
  return /(?:\/mnt\/[a-z]|\/var|\\[nrt]|wsl(?:\$|\.localhost)\\{1,4}[\w.-]{1,64})$/.test(head);
}

/** A hyphen-encoded folder starts a path segment (`/-Users-…`, `C--Users-…`), not the middle of a word. */
function atEncodedRoot(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1]!;
  // `C--Users-…`: a drive letter, its encoded colon, then the folder
  return !/[\w-]/.test(before) || /(?:^|[^\w])[A-Za-z]-$/.test(text.slice(Math.max(0, at - 3), at));
}

const NOT_A_USER = new Set([
  'shared',
  'public',
  'default',
  'default user',
  'all users',
  'guest',
  'user',
  'username',
  'user_name',
  'your-user',
  'yourname',
  'your_name',
  'your-name',
  'you',
  'me',
  'name',
  'someone',
  'somebody',
  'example',
  '...',
  '…',
  '*',
]);

function isUserName(name: string): boolean {
  if (name.startsWith('[REDACTED') || name.startsWith('.') || /^\.+$/.test(name)) return false;
  return !NOT_A_USER.has(name.toLowerCase());
}

/** Cheap gate: none of these, no home path. */
const TRIGGER = /Users|home|USERS|users|~[A-Za-z_]/;

export function pathSpans(text: string): Span[] {
  if (!TRIGGER.test(text)) return [];
  const spans: Span[] = [];
  for (const pattern of [ROOT_PATTERN, ...PATTERNS]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const name = m[1]!;
      if (!isUserName(name)) continue;
      if (pattern === ROOT_PATTERN && !atPathRoot(text, m.index)) continue;
      if (pattern === PATTERNS[1] && !atEncodedRoot(text, m.index)) continue;
      const start = m.index + m[0].length - name.length;
      spans.push({ type: 'username', start, end: start + name.length, rank: 0 });
    }
  }
  return spans;
}

export const PATH_DETECTOR: StringDetector = {
  tool: 'path_anonymizer',
  detect(text: string, _ctx: DetectContext): Span[] {
    return pathSpans(text);
  },
};
