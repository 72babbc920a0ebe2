import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CODEX_HOOK_EVENTS,
  codexHookTrustHash,
  codexPaths,
  inspectCodexHooks,
  recordedTrustHash,
  renderCodexHookScript,
  setupCodexCli,
} from './setup-codex.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ot-setup-codex-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const command = { node: '/usr/bin/node', script: '/opt/opentraces/bin/run.js', version: '1.2.3' };

/** A hooks.json a user already has: another tool's Stop hook and a PostToolUse matcher. */
const existing = {
  hooks: {
    Stop: [{ hooks: [{ type: 'command', command: 'notify-send done', timeout: 5 }] }],
    PostToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'audit-log' }] }],
  },
};

function userHome(hooks?: object): { home: string; file: string; script: string; config: string } {
  const home = temp();
  const paths = codexPaths({ userHome: home });
  if (hooks) {
    mkdirSync(paths.codexHome);
    writeFileSync(paths.hooksFile, JSON.stringify(hooks, null, 2));
  }
  return { home, file: paths.hooksFile, script: paths.script, config: paths.configFile };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const commands = (groups: { hooks: { command: string }[] }[]) =>
  groups.flatMap((g) => g.hooks.map((h) => h.command));

describe('setupCodexCli', () => {
  it('adds one hook per event running the copied script, keeps every other hook, and says how to trust it', async () => {
    const u = userHome(existing);
    const result = await setupCodexCli({ userHome: u.home, command, codexBin: null });
    expect(result.changes.map((c) => c.action)).toEqual(CODEX_HOOK_EVENTS.map(() => 'add'));
    expect(result.script).toEqual({ file: u.script, action: 'add' });
    const after = readJson(u.file);
    expect(after.hooks.PostToolUse).toEqual(existing.hooks.PostToolUse);
    expect(after.hooks.Stop[0]).toEqual(existing.hooks.Stop[0]);
    expect(after.hooks.Stop[1].hooks).toEqual([
      { type: 'command', command: `${u.script} # opentraces-hook`, timeout: 30 },
    ]);
    // Codex 0.169 clamps SessionEnd hooks to 3 s; asking for more only earns a warning.
    expect(after.hooks.SessionEnd[0].hooks[0].timeout).toBe(3);
    expect(statSync(u.script).mode & 0o777).toBe(0o755);
    expect(readFileSync(u.script, 'utf8')).toBe(renderCodexHookScript(command));

    expect(result.trust).toMatchObject({ state: 'untrusted', via: 'config.toml', codex: null });
    expect(result.trust.hooks.map((h) => h.key)).toEqual([
      `${u.file}:stop:1:0`,
      `${u.file}:subagent_stop:0:0`,
      `${u.file}:pre_compact:0:0`,
      `${u.file}:session_end:0:0`,
    ]);
    expect(result.trust.instructions.join('\n')).toMatch(/Trust all and continue/);
    expect(inspectCodexHooks({ userHome: u.home, command })).toMatchObject({
      state: 'installed',
      trust: 'untrusted',
    });
  });

  it('is idempotent; an upgrade rewrites only the script, so the trusted hooks.json entries stay as they were', async () => {
    const u = userHome(existing);
    await setupCodexCli({ userHome: u.home, command, codexBin: null });
    const once = readFileSync(u.file, 'utf8');
    const again = await setupCodexCli({ userHome: u.home, command, codexBin: null });
    expect(again.written).toBe(false);
    expect(again.changes.every((c) => c.action === 'keep')).toBe(true);
    expect(again.script.action).toBe('keep');

    const newer = { ...command, version: '1.3.0' };
    expect(inspectCodexHooks({ userHome: u.home, command: newer }).state).toBe('drifted');
    const upgraded = await setupCodexCli({ userHome: u.home, command: newer, codexBin: null });
    expect(upgraded.changes.every((c) => c.action === 'keep')).toBe(true);
    expect(upgraded.script.action).toBe('replace');
    expect(readFileSync(u.file, 'utf8')).toBe(once);
    expect(readFileSync(u.script, 'utf8')).toContain('# opentraces-hook v1.3.0');
    expect(inspectCodexHooks({ userHome: u.home, command: newer }).state).toBe('installed');
  });

  it('replaces a drifted entry where it is (trust keys are positional) and --remove restores the file', async () => {
    const u = userHome(existing);
    await setupCodexCli({ userHome: u.home, command, codexBin: null });
    // The user added a Stop hook after ours, and someone edited ours.
    const doc = readJson(u.file);
    doc.hooks.Stop[1].hooks[0].command = '/elsewhere/capture.sh # opentraces-hook';
    doc.hooks.Stop.push({ hooks: [{ type: 'command', command: 'later-hook' }] });
    writeFileSync(u.file, JSON.stringify(doc, null, 2));
    expect(inspectCodexHooks({ userHome: u.home, command }).events['Stop']).toBe('drifted');

    const fixed = await setupCodexCli({ userHome: u.home, command, codexBin: null });
    expect(fixed.changes.find((c) => c.event === 'Stop')?.action).toBe('replace');
    expect(commands(readJson(u.file).hooks.Stop)).toEqual([
      'notify-send done',
      `${u.script} # opentraces-hook`,
      'later-hook',
    ]);

    const removed = await setupCodexCli({ userHome: u.home, command, remove: true, codexBin: null });
    expect(removed.changes.map((c) => c.action)).toEqual(CODEX_HOOK_EVENTS.map(() => 'remove'));
    expect(removed.script.action).toBe('remove');
    const after = readJson(u.file);
    expect(commands(after.hooks.Stop)).toEqual(['notify-send done', 'later-hook']);
    expect(after.hooks.PostToolUse).toEqual(existing.hooks.PostToolUse);
    expect(Object.keys(after.hooks).sort()).toEqual(['PostToolUse', 'Stop']);
    expect(existsSync(u.script)).toBe(false);
    expect(existsSync(join(u.home, '.codex', 'hooks'))).toBe(false);
  });

  it('--dry-run writes nothing; a file it created is deleted on --remove; an unreadable one is refused', async () => {
    const u = userHome();
    const dry = await setupCodexCli({ userHome: u.home, command, dryRun: true, codexBin: null });
    expect(dry).toMatchObject({ written: false, existed: false, dry_run: true });
    expect(dry.trust.reason).toMatch(/dry run/);
    expect(existsSync(u.file) || existsSync(u.script)).toBe(false);

    await setupCodexCli({ userHome: u.home, command, codexBin: null });
    expect(inspectCodexHooks({ userHome: u.home, command }).state).toBe('installed');
    await setupCodexCli({ userHome: u.home, command, remove: true, codexBin: null });
    expect(existsSync(u.file)).toBe(false);
    expect(inspectCodexHooks({ userHome: u.home, command }).state).toBe('missing');

    mkdirSync(join(u.home, '.codex'), { recursive: true });
    writeFileSync(u.file, '{ not json');
    await expect(setupCodexCli({ userHome: u.home, command, codexBin: null })).rejects.toThrowError(
      /not valid JSON/,
    );
    expect(readFileSync(u.file, 'utf8')).toBe('{ not json');
    expect(inspectCodexHooks({ userHome: u.home, command }).state).toBe('broken');
  });

  it('still installs the hooks when the codex binary cannot run, and says why they are not trusted', async () => {
    const u = userHome();
    const result = await setupCodexCli({ userHome: u.home, command, codexBin: join(u.home, 'no-codex') });
    expect(result.written).toBe(true);
    expect(result.trust.state).toBe('untrusted');
    expect(result.trust.reason).toMatch(/cannot run .*no-codex/);
    expect(inspectCodexHooks({ userHome: u.home, command }).state).toBe('installed');
  });

  it('reads the trust Codex recorded in config.toml: trusted, or modified when the hash differs', async () => {
    const u = userHome();
    const result = await setupCodexCli({ userHome: u.home, command, codexBin: null });
    // The form Codex 0.169's `config/batchWrite` writes (observed on the real binary).
    const tables = result.trust.hooks.map((h) => `[hooks.state."${h.key}"]\ntrusted_hash = "${h.hash}"\n`);
    writeFileSync(u.config, `model = "gpt-5.5"\n\n[hooks.state]\n\n${tables.join('\n')}`);
    expect(inspectCodexHooks({ userHome: u.home, command })).toMatchObject({
      trust: 'trusted',
      instructions: [],
    });
    const again = await setupCodexCli({ userHome: u.home, command, codexBin: null });
    expect(again.trust).toMatchObject({ state: 'trusted', reason: null, instructions: [] });

    writeFileSync(u.config, readFileSync(u.config, 'utf8').replace(result.trust.hooks[0]!.hash, 'sha256:00'));
    expect(inspectCodexHooks({ userHome: u.home, command }).trust).toBe('modified');
  });
});

describe('the Codex trust identity', () => {
  it('hashes a hook as Codex 0.169.0 does (values reported by its `codex app-server` hooks/list)', () => {
    expect(codexHookTrustHash('Stop', { command: 'echo hi # opentraces-hook v1', timeout: 30 })).toBe(
      'sha256:3b237c1eb9f2f379348bb44d900f10bff3b04964e50e8bc61ede1137760120a8',
    );
    // SessionEnd: the timeout is clamped to 3 s before hashing.
    expect(codexHookTrustHash('SessionEnd', { command: 'echo end', timeout: 30 })).toBe(
      'sha256:84be7971dba2dbb128add226e0537c753853bf675df8efb85a5dcbb611374b4f',
    );
    // No timeout: 600 s; PreCompact keeps its (empty) matcher.
    expect(codexHookTrustHash('PreCompact', { command: 'echo pc' }, '')).toBe(
      'sha256:90c1dee8775b9194c7e220663bd49982a1e9112db347651f5d4be9bd9e8e1f0e',
    );
  });

  it('finds a recorded trusted_hash as a table or an inline table, and nothing else', () => {
    const key = '/h/.codex/hooks.json:stop:0:0';
    expect(
      recordedTrustHash(`[hooks.state."${key}"]\nenabled = true\ntrusted_hash = "sha256:a"\n`, key),
    ).toBe('sha256:a');
    expect(recordedTrustHash(`[hooks.state]\n"${key}" = { trusted_hash = "sha256:b" }\n`, key)).toBe(
      'sha256:b',
    );
    expect(
      recordedTrustHash(`[hooks.state."${key}"]\nenabled = false\n[other]\ntrusted_hash = "x"\n`, key),
    ).toBe(null);
    expect(recordedTrustHash(`[hooks.state."${key}x"]\ntrusted_hash = "sha256:c"\n`, key)).toBe(null);
  });
});

describe('the hook script', () => {
  it('hands the payload to the capture command, prints nothing and exits 0 whatever that command does', () => {
    const dir = temp();
    const seen = join(dir, 'seen.json');
    // A stand-in for node that echoes a "block" decision on stdout and exits 2: what a hook must
    // never pass on to Codex.
    const fakeNode = join(dir, 'fake-node');
    writeFileSync(
      fakeNode,
      `#!/bin/sh\ncat > '${seen}'\necho '{"decision":"block"}'\necho oops >&2\nexit 2\n`,
      {
        mode: 0o755,
      },
    );
    const script = join(dir, 'capture.sh');
    writeFileSync(script, renderCodexHookScript({ ...command, node: fakeNode, home: join(dir, 'ot home') }), {
      mode: 0o755,
    });
    const payload = '{"session_id":"s","hook_event_name":"Stop"}';
    const run = spawnSync(script, [], { input: payload, encoding: 'utf8' });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(seen, 'utf8')).toBe(payload);
    expect(execFileSync('sh', ['-n', script]).toString()).toBe('');
  });
});
