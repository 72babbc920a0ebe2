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

const PATTERNS: readonly RegExp[] = [
  // /Users/<u> and /home/<u> at the root of a path (not a sub-folder of something else)
  new RegExp(
    String.raw`(?:(?<![\w.~-])|(?<=/mnt/[a-z])|(?<=/var)|(?<=\\[nrt])|(?<=wsl(?:\$|\.localhost)\\{1,4}[\w.-]{1,64}))(?:/|\\{1,4})(?:Users|home)${SEP}${SEGMENT}${END}`,
    'g',
  ),
  // Windows drive paths, any case
  new RegExp(
    String.raw`(?<![\w])[A-Za-z]:${SEP}(?:[Uu][Ss][Ee][Rr][Ss]|Documents and Settings)${SEP}${SEGMENT}${END}`,
    'g',
  ),
  // Claude Code's hyphen-encoded project folders
  /(?:(?<![\w-])|(?<=[A-Za-z]-))-(?:Users|home)-([A-Za-z0-9_]{1,64})(?=-|$|[/\\"'\s\x60])/g,
  // ~alice/
  /(?<![\w~$\\/-])~([A-Za-z_][A-Za-z0-9_.-]{0,31})(?=\/)/g,
];

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
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const name = m[1]!;
      if (!isUserName(name)) continue;
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
