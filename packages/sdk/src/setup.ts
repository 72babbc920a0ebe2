import { chmodSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '@opentraces/bucket-store';
import { OpentracesError } from '@opentraces/schema/core';
import { isRecord, readJsonFile } from './projects.js';

/** Every hook command we write ends with this marker, so we find (and only touch) our own entries. */
export const HOOK_MARKER = '# opentraces-hook';

/** Claude Code events the capture hook listens to: each turn's end, session end, before compaction, sub-agent end. */
export const CLAUDE_HOOK_EVENTS = ['Stop', 'SubagentStop', 'PreCompact', 'SessionEnd'] as const;

/** How the hook command runs this install of the CLI (`node run.js`), stamped with its version. */
export interface HookCommand {
  /** Absolute path of the Node binary. */
  readonly node: string;
  /** Absolute path of the CLI entry script. */
  readonly script: string;
  readonly version: string;
  /** A non-default home, passed on to the hook. */
  readonly home?: string;
}

/** The shell command a hook runs, e.g. `'/usr/bin/node' '/x/run.js' _capture --agent claude-code # opentraces-hook v0.1.0`. */
export function renderHookCommand(command: HookCommand, agent: string): string {
  const home = command.home ? ` --home ${shellQuote(command.home)}` : '';
  return `${shellQuote(command.node)} ${shellQuote(command.script)} _capture --agent ${agent}${home} ${HOOK_MARKER} v${command.version}`;
}

export interface HookChange {
  readonly event: string;
  readonly action: 'add' | 'replace' | 'keep' | 'remove';
}

export interface SetupResult {
  readonly file: string;
  /** The file existed before (it is edited in place, every other key and hook kept). */
  readonly existed: boolean;
  readonly changes: readonly HookChange[];
  /** False for `--dry-run`, or when nothing had to change. */
  readonly written: boolean;
  readonly dry_run: boolean;
}

/**
 * Installs (or with `remove`, removes) the capture hook in Claude Code's `settings.json`. Idempotent:
 * our entry is recognised by its marker, replaced when it points at another install or version,
 * and every other setting and hook is preserved as it was.
 */
export function setupClaudeCode(options: {
  readonly userHome: string;
  readonly command: HookCommand;
  readonly settingsFile?: string;
  readonly dryRun?: boolean;
  readonly remove?: boolean;
}): SetupResult {
  const file = options.settingsFile ?? join(options.userHome, '.claude', 'settings.json');
  const existed = existsSync(file);
  const settings = readSettings(file);
  const hooks = isRecord(settings['hooks']) ? { ...settings['hooks'] } : {};
  const wanted = renderHookCommand(options.command, 'claude-code');
  const changes: HookChange[] = [];
  for (const event of CLAUDE_HOOK_EVENTS) {
    const groups = Array.isArray(hooks[event]) ? (hooks[event] as unknown[]) : [];
    const ours = groups.flatMap((g) => hookEntries(g)).filter(isOurs);
    const others = groups.map(withoutOurs).filter((g): g is Record<string, unknown> => g !== null);
    if (options.remove) {
      if (ours.length === 0) continue;
      changes.push({ event, action: 'remove' });
      if (others.length > 0) hooks[event] = others;
      else delete hooks[event];
      continue;
    }
    const same = ours.length === 1 && ours[0]?.['command'] === wanted;
    changes.push({ event, action: same ? 'keep' : ours.length > 0 ? 'replace' : 'add' });
    if (same) continue;
    hooks[event] = [...others, { hooks: [{ type: 'command', command: wanted, timeout: 30 }] }];
  }
  const dirty = changes.some((c) => c.action !== 'keep');
  const next = { ...settings };
  if (Object.keys(hooks).length > 0) next['hooks'] = hooks;
  else delete next['hooks'];
  const write = dirty && !options.dryRun;
  if (write) writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
  return { file, existed, changes, written: write, dry_run: options.dryRun === true };
}

export type HookState = 'installed' | 'missing' | 'drifted' | 'broken';

/** What doctor reports about the Claude Code hooks: installed for this install, missing, drifted, or unreadable. */
export function inspectClaudeHooks(options: {
  readonly userHome: string;
  readonly command: HookCommand;
  readonly settingsFile?: string;
}): {
  readonly file: string;
  readonly state: HookState;
  readonly events: Readonly<Record<string, HookState>>;
} {
  const file = options.settingsFile ?? join(options.userHome, '.claude', 'settings.json');
  let settings: Record<string, unknown>;
  try {
    settings = readSettings(file);
  } catch {
    return { file, state: 'broken', events: {} };
  }
  const wanted = renderHookCommand(options.command, 'claude-code');
  const hooks = isRecord(settings['hooks']) ? settings['hooks'] : {};
  const events: Record<string, HookState> = {};
  for (const event of CLAUDE_HOOK_EVENTS) {
    const groups = Array.isArray(hooks[event]) ? (hooks[event] as unknown[]) : [];
    const ours = groups.flatMap((g) => hookEntries(g)).filter(isOurs);
    events[event] =
      ours.length === 0 ? 'missing' : ours.some((h) => h['command'] === wanted) ? 'installed' : 'drifted';
  }
  const states = Object.values(events);
  const state: HookState = states.every((s) => s === 'installed')
    ? 'installed'
    : states.every((s) => s === 'missing')
      ? 'missing'
      : 'drifted';
  return { file, state, events };
}

const GIT_HOOK = 'post-commit';
const CHAINED_SUFFIX = '.pre-opentraces';

/**
 * Installs (or removes) a git `post-commit` hook that records each commit for attribution. An
 * existing hook is kept as `post-commit.pre-opentraces` and run first; removal puts it back.
 */
export function setupGit(options: {
  readonly repo: string;
  readonly command: HookCommand;
  readonly dryRun?: boolean;
  readonly remove?: boolean;
}): SetupResult & { readonly chained: boolean } {
  const hooksDir = join(options.repo, '.git', 'hooks');
  if (!existsSync(join(options.repo, '.git'))) {
    throw new OpentracesError({
      code: 'SETUP_NOT_A_GIT_REPO',
      kind: 'usage',
      message: `${options.repo} is not the root of a git repository.`,
      hint: 'Run `opentraces setup git` in the repository root (where .git is).',
      data: { repo: options.repo },
    });
  }
  const file = join(hooksDir, GIT_HOOK);
  const chainedFile = file + CHAINED_SUFFIX;
  const existed = existsSync(file);
  const current = existed ? readFileSync(file, 'utf8') : null;
  const oursNow = current?.includes(HOOK_MARKER) ?? false;
  const wanted = renderGitHook(options.command);
  const dryRun = options.dryRun === true;
  if (options.remove) {
    if (!oursNow) return { file, existed, changes: [], written: false, dry_run: dryRun, chained: false };
    const chained = existsSync(chainedFile);
    if (!dryRun) {
      if (chained) renameSync(chainedFile, file);
      else writeFileAtomic(file, '#!/bin/sh\nexit 0\n');
    }
    return {
      file,
      existed,
      changes: [{ event: GIT_HOOK, action: 'remove' }],
      written: !dryRun,
      dry_run: dryRun,
      chained,
    };
  }
  const action = current === wanted ? 'keep' : oursNow ? 'replace' : existed ? 'replace' : 'add';
  const chained = (existed && !oursNow) || existsSync(chainedFile);
  const write = action !== 'keep' && !dryRun;
  if (write) {
    if (existed && !oursNow) renameSync(file, chainedFile);
    writeFileAtomic(file, wanted);
    chmodSync(file, 0o755);
  }
  return { file, existed, changes: [{ event: GIT_HOOK, action }], written: write, dry_run: dryRun, chained };
}

function renderGitHook(command: HookCommand): string {
  const home = command.home ? ` --home ${shellQuote(command.home)}` : '';
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} v${command.version} (git post-commit; the hook that was here, if any, runs first)`,
    `chained="$(dirname "$0")/${GIT_HOOK}${CHAINED_SUFFIX}"`,
    'if [ -x "$chained" ]; then "$chained" "$@"; fi',
    `${shellQuote(command.node)} ${shellQuote(command.script)} _capture --agent git --event post-commit${home} </dev/null >/dev/null 2>&1 || true`,
    'exit 0',
    '',
  ].join('\n');
}

/** A JSON settings file as an object (`{}` when missing or empty); throws on anything else. */
export function readSettings(file: string): Record<string, unknown> {
  const value = readJsonFile(file);
  if (value === undefined) return {};
  if (!isRecord(value)) {
    throw new OpentracesError({
      code: 'SETUP_SETTINGS_NOT_AN_OBJECT',
      kind: 'config',
      message: `${file} does not hold a JSON object.`,
      hint: 'Fix the file by hand; opentraces does not rewrite a settings file it cannot read.',
      data: { file },
    });
  }
  return value;
}

/** The handlers of a Claude-style matcher group (`{ matcher?, hooks: [...] }`). */
export function hookEntries(group: unknown): Record<string, unknown>[] {
  if (!isRecord(group) || !Array.isArray(group['hooks'])) return [];
  return group['hooks'].filter(isRecord);
}

/** A hook handler written by opentraces (its command carries `HOOK_MARKER`). */
export function isOurs(hook: Record<string, unknown>): boolean {
  return typeof hook['command'] === 'string' && hook['command'].includes(HOOK_MARKER);
}

/** A matcher group without our entries; null when nothing else was in it. */
function withoutOurs(group: unknown): Record<string, unknown> | null {
  if (!isRecord(group) || !Array.isArray(group['hooks'])) return group as Record<string, unknown>;
  const kept = group['hooks'].filter((h) => !(isRecord(h) && isOurs(h)));
  if (kept.length === group['hooks'].length) return group;
  return kept.length > 0 ? { ...group, hooks: kept } : null;
}

/** POSIX single-quote quoting. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
