import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CLAUDE_HOOK_EVENTS, inspectClaudeHooks, setupClaudeCode, setupGit } from './setup.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ot-setup-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const command = { node: '/usr/bin/node', script: '/opt/opentraces/bin/run.js', version: '1.2.3' };

/** Settings a user already has: other keys, another tool's Stop hook, a PostToolUse matcher. */
const existing = {
  model: 'opus',
  permissions: { allow: ['Bash(git status)'] },
  hooks: {
    Stop: [{ hooks: [{ type: 'command', command: 'notify-send done' }] }],
    PostToolUse: [{ matcher: 'Edit|Write', hooks: [{ type: 'command', command: 'prettier --write' }] }],
  },
};

function userHome(settings?: object): { home: string; file: string } {
  const home = temp();
  const file = join(home, '.claude', 'settings.json');
  if (settings) {
    mkdirSync(join(home, '.claude'));
    writeFileSync(file, JSON.stringify(settings, null, 2));
  }
  return { home, file };
}

describe('setupClaudeCode', () => {
  it('adds one hook per event and keeps every other setting and hook', () => {
    const { home, file } = userHome(existing);
    const result = setupClaudeCode({ userHome: home, command });
    expect(result.changes.map((c) => c.action)).toEqual(CLAUDE_HOOK_EVENTS.map(() => 'add'));
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(after.model).toBe('opus');
    expect(after.permissions).toEqual(existing.permissions);
    expect(after.hooks.PostToolUse).toEqual(existing.hooks.PostToolUse);
    expect(after.hooks.Stop[0]).toEqual(existing.hooks.Stop[0]);
    expect(after.hooks.Stop[1].hooks[0].command).toContain('_capture --agent claude-code');
    expect(inspectClaudeHooks({ userHome: home, command }).state).toBe('installed');
  });

  it('is idempotent, replaces a hook of another install or version, and removes only its own', () => {
    const { home, file } = userHome(existing);
    setupClaudeCode({ userHome: home, command });
    const once = readFileSync(file, 'utf8');
    const again = setupClaudeCode({ userHome: home, command });
    expect(again.written).toBe(false);
    expect(again.changes.every((c) => c.action === 'keep')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(once);

    const newer = { ...command, version: '1.3.0' };
    expect(inspectClaudeHooks({ userHome: home, command: newer }).state).toBe('drifted');
    const upgraded = setupClaudeCode({ userHome: home, command: newer });
    expect(upgraded.changes.every((c) => c.action === 'replace')).toBe(true);
    const hooks = JSON.parse(readFileSync(file, 'utf8')).hooks;
    expect(
      hooks.Stop.flatMap((g: { hooks: { command: string }[] }) => g.hooks.map((h) => h.command)),
    ).toEqual(['notify-send done', expect.stringContaining('v1.3.0')]);

    setupClaudeCode({ userHome: home, command: newer, remove: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(existing);
  });

  it('--dry-run writes nothing; a missing file is created; an unreadable one is refused', () => {
    const { home, file } = userHome();
    expect(setupClaudeCode({ userHome: home, command, dryRun: true })).toMatchObject({
      written: false,
      existed: false,
    });
    expect(existsSync(file)).toBe(false);
    setupClaudeCode({ userHome: home, command });
    expect(inspectClaudeHooks({ userHome: home, command }).state).toBe('installed');
    writeFileSync(file, '{ not json');
    expect(() => setupClaudeCode({ userHome: home, command })).toThrowError(/not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
    expect(inspectClaudeHooks({ userHome: home, command }).state).toBe('broken');
  });
});

describe('setupGit', () => {
  it('chains an existing post-commit hook, runs it first, and restores it on removal', () => {
    const repo = temp();
    execFileSync('git', ['init', '-q', repo]);
    const hook = join(repo, '.git', 'hooks', 'post-commit');
    const marker = join(repo, 'ran-before');
    writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    const installed = setupGit({ repo, command: { ...command, node: '/bin/true', script: '' } });
    expect(installed).toMatchObject({ chained: true, written: true });
    expect(
      setupGit({ repo, command: { ...command, node: '/bin/true', script: '' } }).changes[0]?.action,
    ).toBe('keep');
    execFileSync('git', [
      '-C',
      repo,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@e',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'x',
    ]);
    expect(existsSync(marker)).toBe(true);
    setupGit({ repo, command, remove: true });
    expect(readFileSync(hook, 'utf8')).toBe(`#!/bin/sh\ntouch '${marker}'\n`);
  });

  it('refuses a directory that is not a repository root', () => {
    expect(() => setupGit({ repo: temp(), command })).toThrowError(/not the root of a git repository/);
  });
});

describe('custom redact strings', () => {
  it('are applied by capture: an imported session never stores them', async () => {
    const { setConfigValue } = await import('./projects.js');
    const { importSessions } = await import('./import-sessions.js');
    const { getTrace } = await import('./traces.js');
    const home = temp();
    // words that occur in the session (its project folder and a helper the agent wrote)
    expect(
      setConfigValue({ home }, 'custom_redact_strings', 'weather-dash,withRetry').custom_redact_strings,
    ).toEqual(['weather-dash', 'withRetry']);
    const file = fileURLToPath(
      new URL('../../../fixtures/sessions/claude-code/add-retry-to-fetch.jsonl', import.meta.url),
    );
    expect(readFileSync(file, 'utf8')).toContain('withRetry');
    const report = await importSessions({ home }, { paths: [file] });
    expect(report.imported).toHaveLength(1);
    expect(report.imported[0]!.finding_types['custom-string']).toBeGreaterThan(1);
    const stored = JSON.stringify((await getTrace({ home }, { ref: report.imported[0]!.trace_id })).record);
    expect(stored).not.toContain('withRetry');
    expect(stored).not.toContain('weather-dash');
    expect(stored).toContain('[REDACTED:custom-string]');
  });
});
