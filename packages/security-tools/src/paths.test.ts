import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { redactText } from './sanitize.js';

const anonymize = (text: string) => redactText(text, { tools: ['path_anonymizer'] }).value;
const U = '[REDACTED:username]';

describe('path_anonymizer', () => {
  it.each([
    ['/Users/alice/src/app/index.ts', `/Users/${U}/src/app/index.ts`],
    ['cd /home/bob && ls', `cd /home/${U} && ls`],
    ['File "/home/bob.smith/venv/lib/x.py", line 3', `File "/home/${U}/venv/lib/x.py", line 3`],
    ['C:\\Users\\Carol\\AppData\\Local', `C:\\Users\\${U}\\AppData\\Local`],
    ['"C:\\\\Users\\\\carol\\\\repo"', `"C:\\\\Users\\\\${U}\\\\repo"`],
    ['d:/users/dave/work', `d:/users/${U}/work`],
    ['/mnt/c/Users/Erin/Documents', `/mnt/c/Users/${U}/Documents`],
    ['\\\\wsl$\\Ubuntu\\home\\frank\\proj', `\\\\wsl$\\Ubuntu\\home\\${U}\\proj`],
    ['~/.claude/projects/-Users-alice-project/abc.jsonl', `~/.claude/projects/-Users-${U}-project/abc.jsonl`],
    ['-home-bob-src-app', `-home-${U}-src-app`],
    ['C--Users-carol-x', `C--Users-${U}-x`],
    ['see ~grace/notes.txt', `see ~${U}/notes.txt`],
    ['file:///Users/heidi/a.html', `file:///Users/${U}/a.html`],
    ['/Users/John Smith/Documents/x', `/Users/${U}/Documents/x`],
    ['/var/home/ivan/.config', `/var/home/${U}/.config`],
    ['cwd=/Users/judy', `cwd=/Users/${U}`],
  ])('%s', (input, expected) => {
    expect(anonymize(input)).toBe(expected);
  });

  it.each([
    'src/users/admin.rb',
    'GET /users/42 returned 404',
    'app/api/users/[id]/route.ts',
    'https://example.com/Users/alice',
    '/Users/Shared/file',
    'C:\\Users\\Public\\Desktop',
    '/home/user/project',
    'C:\\Users\\%USERNAME%\\AppData',
    '/home/$USER/x',
    'roughly ~10 minutes, approx ~approximately',
    'git diff HEAD~2 and ~/.bashrc',
    'alice wrote this; alice@example.com; /srv/alice/data',
  ])('leaves %s alone', (input) => {
    expect(anonymize(input)).toBe(input);
  });

  it('replaces only the path segment, never the same word elsewhere, and is idempotent', () => {
    const text = 'alice ran /Users/alice/app as alice (maliciously?)';
    const once = anonymize(text);
    expect(once).toBe(`alice ran /Users/${U}/app as alice (maliciously?)`);
    expect(anonymize(once)).toBe(once);
    expect(redactText(once, { tools: ['path_anonymizer'] }).findings).toEqual([]);
  });

  it('finishes on hostile input', () => {
    expect(anonymize('/Users/'.repeat(100_000)).length).toBeGreaterThan(0);
    expect(anonymize(`/home/${'a '.repeat(200_000)}`).length).toBeGreaterThan(0);
    expect(anonymize('-Users-'.repeat(100_000)).length).toBeGreaterThan(0);
  });
});

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
describe.skipIf(!existsSync(CORPUS))('path_anonymizer over the real transcripts', () => {
  it('finds home paths and every redacted segment sits in a path', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (n.endsWith('.jsonl')) files.push(p);
      }
    };
    walk(CORPUS);
    let findings = 0;
    const names = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const result = redactText(text, { tools: ['path_anonymizer'] });
      findings += result.findings.length;
      for (const x of result.findings) {
        const before = text.slice(Math.max(0, x.start - 12), x.start);
        // the character before the name is a path separator, a hyphen of an encoded folder, or ~
        expect(before).toMatch(/(?:Users|home|USERS|users|Settings)(?:[/-]|\\{1,4})$|~$/);
        names.add(text.slice(x.start, x.end));
      }
    }
    expect(findings).toBeGreaterThan(100);
    // the corpus's real user names are few; a long list would mean we redact words that are not names
    expect(names.size).toBeLessThan(60);
  });
});
