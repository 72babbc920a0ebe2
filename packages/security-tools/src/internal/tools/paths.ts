import type { DetectContext, Span, StringDetector } from './api.js';

/**
 * `path_anonymizer`: the user-name segment of home-directory paths, replaced by
 * `[REDACTED:username]` — only that segment, never other occurrences of the same word (the original
 * tool replaced the bare user name everywhere and corrupted unrelated words).
 *
 * Recognised:
 * - macOS `/Users/<u>/` (capital U, as the system writes it) and Linux `/home/<u>/`, also under
 *   `/var/home/` (Silverblue), `/mnt/<drive>/Users/` (WSL), `file:///Users/…`, relative
 *   `../../Users/<u>`, diff prefixes (`a/Users/<u>`, `b/home/<u>`) and backslash-escaped JSON;
 * - Windows `C:\Users\<u>\` and `C:/Users/<u>/` (any drive, any case, escaped backslashes too) and
 *   `C:\Documents and Settings\<u>\`; `\\wsl$\<distro>\home\<u>`;
 * - the hyphen-encoded project folders Claude Code writes (`-Users-alice-project`,
 *   `-home-bob-src-app`, `C--Users-carol-x`): the first segment after `Users`/`home`;
 * - `~alice/` (a tilde-user of two or more characters followed by a slash; `~/` is nobody's name).
 *
 * A name may hold `.`, `-`, `_` and digits; a name with spaces (`/Users/John Smith/`) is taken when
 * its words after the first are capitalised and a path separator follows.
 *
 * Not a user name: a path that is only a sub-folder (`src/users/admin`, an API route `/users/42`,
 * `https://host/Users/x`, `../home/utils`), `/root`, shared, template, CI and container accounts
 * (`Shared`, `Public`, `Default`, `All Users`, `runner`, `ubuntu`, `node`, `vscode`, `linuxbrew`, …,
 * see `NOT_A_USER`), placeholders (`user`, `$USER`, `%USERNAME%`, `<you>`), Elixir sigils (`~r/…/`),
 * and an already redacted segment.
 *
 * Speed: one scan for the anchor words (`Users`, `users`, `USERS`, `home`, `~`, `Documents and
 * Settings`) and only at each anchor a few character checks and one sticky regex for the segment.
 */

const NAME = String.raw`[^\s/\\"'\x60<>:*?|\[\]{}$%()=,;]{1,64}`;
/** A name, with spaces ("John Smith": capitalised words) only when a path separator follows it. */
const SEGMENT = new RegExp(
  String.raw`${NAME}(?:(?: [A-Z]${NAME}){1,3}(?=[/\\]))?(?=[/\\]|$|[\s"'\x60),;:\]}>])`,
  'y',
);
/** The anchors; what stands around each one is checked in code. */
const ANCHOR = /(?:Users|users|USERS|home|Documents and Settings)(?=[/\\-])|~(?=[A-Za-z_])/g;
/** Claude Code's folder encoding keeps letters and digits and writes `-` for everything else. */
const ENCODED_SEGMENT = /[A-Za-z0-9]{1,64}(?=-|$|[/\\"'\s\x60])/y;
const TILDE_SEGMENT = /[A-Za-z_][A-Za-z0-9_.-]{1,31}(?=\/)/y;

/**
 * Names that identify nobody: system and shared folders, CI and container accounts, and the
 * placeholders of documentation. Compared in lower case.
 */
const NOT_A_USER = new Set([
  'shared',
  'public',
  'default',
  'default user',
  'defaultuser0',
  'all users',
  'guest',
  'root',
  'nobody',
  'daemon',
  'www-data',
  'runner', // GitHub Actions
  'runneradmin',
  'ubuntu',
  'ec2-user',
  'centos',
  'fedora',
  'debian',
  'vagrant',
  'node', // the official Node.js image
  'vscode', // dev containers
  'codespace',
  'gitpod',
  'coder',
  'linuxbrew', // /home/linuxbrew/.linuxbrew
  'jenkins',
  'circleci',
  'travis',
  'gitlab-runner',
  'buildkite-agent',
  'admin',
  'administrator',
  'test',
  'tester',
  'testuser',
  'dev',
  'developer',
  'user',
  'username',
  'user_name',
  'user-name',
  'your-user',
  'your_user',
  'youruser',
  'yourname',
  'your_name',
  'your-name',
  'you',
  'me',
  'name',
  'someone',
  'somebody',
  'example',
  'users', // `\\Users\\Users`: a folder name, not a person
  'home',
  '...',
  '…',
  '*',
]);

function isUserName(name: string): boolean {
  if (name.startsWith('[REDACTED') || name.startsWith('.') || name.startsWith('-')) return false;
  return !NOT_A_USER.has(name.toLowerCase());
}

function isNameChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
  );
}

/** Index of the first character of the `/` or `\`-run (up to 4, JSON-escaped) that ends at `at`. */
function separatorStart(text: string, at: number): number {
  if (text.charCodeAt(at - 1) === 47) return at - 1;
  let p = at;
  while (p > 0 && at - p < 4 && text.charCodeAt(p - 1) === 92) p--;
  return p === at ? -1 : p;
}

/** A Windows drive root (`C:`, not inside a word) ends just before `p`. */
function driveBefore(text: string, p: number): boolean {
  const letter = text.charCodeAt(p - 2);
  const isLetter = (letter >= 65 && letter <= 90) || (letter >= 97 && letter <= 122);
  return text.charCodeAt(p - 1) === 58 && isLetter && !isNameChar(text.charCodeAt(p - 3));
}

/**
 * Whether a `/Users` or `/home` whose separator starts at `p` is the root of a path: at the start,
 * after a non-name character, after a JSON escape (`\n`), a diff prefix (`a/`, `b/`), two or more
 * `../`, or under `/mnt/<drive>`, `/var` or a WSL share. Not after a word (`src/users`, URL paths).
 */
function atPathRoot(text: string, p: number, word: string): boolean {
  if (p === 0 || !isNameChar(text.charCodeAt(p - 1))) return true;
  const head = text.slice(Math.max(0, p - 80), p);
  if (/(?:\/mnt\/[A-Za-z]|\/var|\\[nrt]|wsl(?:\$|\.localhost)\\{1,4}[\w.-]{1,64})$/.test(head)) return true;
  if (/(?:^|[\s"'\x60])[ab]$/.test(head)) return true; // `--- a/Users/…`, `+++ b/home/…`
  return word === 'Users' && /(?:^|[\s"'\x60=(])(?:\.\.[/\\]){1,8}\.\.$/.test(head); // `../../Users/…`
}

/** The user-name span after the anchor word that starts at `i` (`Users`, `home`, …). */
function pathSegmentAt(text: string, i: number, word: string): Span | undefined {
  if (text.charCodeAt(i - 1) === 45) return encodedAt(text, i, word);
  const p = separatorStart(text, i);
  if (p === -1) return undefined;
  if (driveBefore(text, p)) {
    if (word === 'home') return undefined;
  } else {
    // Unix roots are written `/Users` and `/home`; `users`/`USERS` only after a drive letter or /mnt/x
    const wsl = /\/mnt\/[A-Za-z]$/.test(text.slice(Math.max(0, p - 6), p));
    if (word === 'Documents and Settings' || (word !== 'Users' && word !== 'home' && !wsl)) return undefined;
    if (!atPathRoot(text, p, word)) return undefined;
  }
  const after = i + word.length;
  let from = after;
  if (text.charCodeAt(from) === 47) from++;
  else while (text.charCodeAt(from) === 92 && from - after < 4) from++;
  return segment(text, from, SEGMENT);
}

/** `-Users-alice-…` / `-home-bob-…` / `C--Users-carol-…` (Claude Code's encoded project folders). */
function encodedAt(text: string, i: number, word: string): Span | undefined {
  if ((word !== 'Users' && word !== 'home') || text.charCodeAt(i + word.length) !== 45) return undefined;
  const dash = i - 1;
  const before = dash === 0 ? -1 : text.charCodeAt(dash - 1);
  if (before === 45) {
    // `C--Users-`: a drive letter, its encoded colon, then the folder
    if (!/(?:^|[^\w-])[A-Za-z]$/.test(text.slice(Math.max(0, dash - 3), dash - 1))) return undefined;
  } else if (before !== -1 && isNameChar(before)) return undefined;
  return segment(text, i + word.length + 1, ENCODED_SEGMENT);
}

/** `~alice/`: a tilde-user, not `~/`, not `HEAD~2`, not an Elixir sigil (`~r/…/`). */
function tildeAt(text: string, i: number): Span | undefined {
  if (i > 0 && (isNameChar(text.charCodeAt(i - 1)) || '~$\\/(='.includes(text[i - 1]!))) return undefined;
  return segment(text, i + 1, TILDE_SEGMENT);
}

function segment(text: string, from: number, pattern: RegExp): Span | undefined {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (m === null || !isUserName(m[0])) return undefined;
  return { type: 'username', start: from, end: from + m[0].length, rank: 0 };
}

/** Every user-name segment of a home-directory path in `text`, in order. */
export function pathSpans(text: string): Span[] {
  const spans: Span[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const word = m[0];
    const found = word === '~' ? tildeAt(text, m.index) : pathSegmentAt(text, m.index, word);
    if (found) {
      spans.push(found);
      ANCHOR.lastIndex = found.end;
    }
  }
  return spans;
}

/** The `path_anonymizer` row tool; see `pathSpans`. */
export const PATH_DETECTOR: StringDetector = {
  tool: 'path_anonymizer',
  detect(text: string, _ctx: DetectContext): Span[] {
    return pathSpans(text);
  },
};
