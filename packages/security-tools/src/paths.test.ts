import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PATH_DETECTOR } from './internal/tools/paths.js';
import { redactText } from './sanitize.js';

const anonymize = (text: string) => redactText(text, { tools: ['path_anonymizer'] }).value;
const names = (text: string) =>
  PATH_DETECTOR.detect(text, { field: undefined, kind: 'general', sensitivity: 'medium' }).map((s) =>
    text.slice(s.start, s.end),
  );
const U = '[REDACTED:username]';

describe('path_anonymizer', () => {
  it.each([
    // macOS and Linux
    ['/Users/alice/src/app/index.ts', `/Users/${U}/src/app/index.ts`],
    ['cd /home/bob && ls', `cd /home/${U} && ls`],
    ['cwd=/Users/judy', `cwd=/Users/${U}`],
    ['HOME=/home/kim.lee PATH=/usr/bin', `HOME=/home/${U} PATH=/usr/bin`],
    ['/var/home/ivan/.config', `/var/home/${U}/.config`],
    ['file:///Users/heidi/a.html', `file:///Users/${U}/a.html`],
    ['/Users/John Smith/Documents/x', `/Users/${U}/Documents/x`],
    ['"/Users/mo_2/.npm/_logs/x.log"', `"/Users/${U}/.npm/_logs/x.log"`],
    // stack traces and tool output
    ['File "/home/bob.smith/venv/lib/x.py", line 3', `File "/home/${U}/venv/lib/x.py", line 3`],
    [
      '    at run (/Users/sam-k/app/node_modules/x/index.js:12:5)',
      `    at run (/Users/${U}/app/node_modules/x/index.js:12:5)`,
    ],
    [
      'drwxr-xr-x  5 ana  staff  160 Nov 22 10:01 /Users/ana',
      `drwxr-xr-x  5 ana  staff  160 Nov 22 10:01 /Users/${U}`,
    ],
    [
      '--- a/Users/jeff/app/x.go\n+++ b/Users/jeff/app/x.go',
      `--- a/Users/${U}/app/x.go\n+++ b/Users/${U}/app/x.go`,
    ],
    ['diff --git a/home/wei/x b/home/wei/x', `diff --git a/home/${U}/x b/home/${U}/x`],
    ['see ../../Users/dip/notes.md', `see ../../Users/${U}/notes.md`],
    ['"cwd":"/Users/alex","x":"\\n/Users/alex/a"', `"cwd":"/Users/${U}","x":"\\n/Users/${U}/a"`],
    // Windows and WSL
    ['C:\\Users\\Carol\\AppData\\Local', `C:\\Users\\${U}\\AppData\\Local`],
    ['"C:\\\\Users\\\\carol\\\\repo"', `"C:\\\\Users\\\\${U}\\\\repo"`],
    ['d:/users/dave/work', `d:/users/${U}/work`],
    ['E:\\USERS\\OLGA\\x', `E:\\USERS\\${U}\\x`],
    ['C:\\Documents and Settings\\Pat\\Desktop', `C:\\Documents and Settings\\${U}\\Desktop`],
    ['Traceback: File "C:\\Users\\Rui Costa\\proj\\m.py"', `Traceback: File "C:\\Users\\${U}\\proj\\m.py"`],
    ['/mnt/c/Users/Erin/Documents', `/mnt/c/Users/${U}/Documents`],
    ['\\\\wsl$\\Ubuntu\\home\\frank\\proj', `\\\\wsl$\\Ubuntu\\home\\${U}\\proj`],
    // Claude Code's encoded project folders
    ['~/.claude/projects/-Users-alice-project/abc.jsonl', `~/.claude/projects/-Users-${U}-project/abc.jsonl`],
    ['-home-bob-src-app', `-home-${U}-src-app`],
    ['C--Users-carol-x', `C--Users-${U}-x`],
    ['"project": "-Users-gtrrz-victor-work"', `"project": "-Users-${U}-victor-work"`],
    // tilde users
    ['see ~grace/notes.txt', `see ~${U}/notes.txt`],
    ['cp x ~bob_k/bin/', `cp x ~${U}/bin/`],
  ])('%s', (input, expected) => {
    expect(anonymize(input)).toBe(expected);
  });

  it.each([
    'src/users/admin.rb',
    'GET /users/42 returned 404',
    'app/api/users/[id]/route.ts',
    'https://example.com/Users/alice and https://github.com/users/khaong',
    'import { x } from "../home/utils" and ./home/page.tsx and src/home/index.ts',
    '/Users/Shared/file and /Users/Guest/x',
    'C:\\Users\\Public\\Desktop and C:\\Users\\Default\\NTUSER.DAT and C:\\Users\\All Users\\x',
    '/home/user/project and /Users/user/x and /home/USER/x',
    'C:\\Users\\%USERNAME%\\AppData and /home/$USER/x and /Users/<you>/x and /Users/$' + '{USER}/x',
    '/home/runner/work/app and /home/linuxbrew/.linuxbrew/bin and /home/node/app and /home/vscode/.cache',
    '/root/.bashrc and /home/ubuntu/x and /home/ec2-user/x',
    'roughly ~10 minutes, approx ~approximately',
    'git diff HEAD~2 and ~/.bashrc and HEAD~1/x',
    'Regex.match?(~r/^```\\s*$/, line) and ~s/x/ and text =~ ~w/a/',
    'alice wrote this; alice@example.com; /srv/alice/data',
    '/Users/ and /home/ and -Users- and ~',
    'x-Users-alice-y and path/to-home-bob-x',
  ])('leaves %s alone', (input) => {
    expect(anonymize(input)).toBe(input);
  });

  it('replaces only the path segment, never the same word elsewhere, and is idempotent', () => {
    const text = 'alice ran /Users/alice/app as alice (maliciously?) from /Users/alice';
    const once = anonymize(text);
    expect(once).toBe(`alice ran /Users/${U}/app as alice (maliciously?) from /Users/${U}`);
    expect(anonymize(once)).toBe(once);
    expect(redactText(once, { tools: ['path_anonymizer'] }).findings).toEqual([]);
    expect(names(once)).toEqual([]);
  });

  it('reports offsets of the name only', () => {
    const text = 'open C:\\Users\\Carol\\x and /home/bob';
    expect(PATH_DETECTOR.detect(text, { field: undefined, kind: 'general', sensitivity: 'low' })).toEqual([
      { type: 'username', start: 14, end: 19, rank: 0 },
      { type: 'username', start: 32, end: 35, rank: 0 },
    ]);
  });

  it('finishes on hostile input with the right answer', () => {
    expect(names('/Users/'.repeat(200_000))).toEqual([]);
    expect(names('-Users-'.repeat(200_000))).toEqual([]);
    expect(names('\\\\Users'.repeat(200_000))).toEqual([]);
    expect(names('~'.repeat(1_000_000))).toEqual([]);
    expect(names('users/'.repeat(200_000))).toEqual([]);
    expect(names(`/home/${'a '.repeat(500_000)}`)).toEqual(['a']);
    expect(names(`/Users/${'A'.repeat(1_000_000)}/x`)).toEqual([]);
    expect(names(`/Users/bob${' Xy'.repeat(300_000)}`)).toEqual(['bob']);
    expect(names('/home/al/'.repeat(100_000)).length).toBe(100_000);
  });
});

// ---- the real transcripts ------------------------------------------------------------------------

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

/** Every string (values and keys) of every JSONL line under `dir`. */
function corpusStrings(dir: string): string[] {
  const out: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) collect(x);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        collect(x);
      }
  };
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.jsonl'))
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          try {
            if (line.trim() !== '') collect(JSON.parse(line));
          } catch {
            // a truncated last line
          }
        }
    }
  };
  walk(dir);
  return out;
}

describe.skipIf(!existsSync(CORPUS))('path_anonymizer over the real transcripts', () => {
  it('finds the home paths, each redacted segment sits in a path, and the names are few', () => {
    let findings = 0;
    const found = new Map<string, number>();
    for (const text of corpusStrings(CORPUS)) {
      for (const s of PATH_DETECTOR.detect(text, {
        field: undefined,
        kind: 'general',
        sensitivity: 'medium',
      })) {
        findings++;
        const before = text.slice(Math.max(0, s.start - 24), s.start);
        expect(before).toMatch(/(?:Users|home|USERS|users|Settings)(?:[/-]|\\{1,4})$|~$/);
        const name = text.slice(s.start, s.end);
        found.set(name, (found.get(name) ?? 0) + 1);
      }
    }
    if (process.env['SHOW_COUNTS']) console.log(findings, found);
    expect(findings).toBeGreaterThan(50_000);
    // checked by hand: the real users of the corpus, one pre-anonymised name (Sample_User) and two
    // names from code examples (`C:\\Users\\john`, `C:\\Users\\project`); no CI account, no Elixir
    // sigil (`~r/`), no placeholder (`USER`, `user`, `test`)
    for (const name of ['alex', 'soph', 'jeffrey', 'dip', 'badlogic', 'wei'])
      expect(found.has(name), name).toBe(true);
    for (const name of ['r', 'c', 'runner', 'USER', 'user', 'User', 'test', 'admin', 'dev'])
      expect(found.has(name), name).toBe(false);
    expect(found.size).toBeLessThan(25);
  });
});
