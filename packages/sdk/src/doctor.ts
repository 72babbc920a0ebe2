import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCaptureLog } from './capture-hook.js';
import { clockOf, type OpentracesContext } from './context.js';
import { captureDecision, projectRootOf, readConfig } from './projects.js';
import { CAPTURE_SECURITY_TOOLS } from './security-floor.js';
import { HOOK_MARKER, type HookCommand, type HookState, inspectClaudeHooks } from './setup.js';
import { type CodexHooksInspection, codexPaths, findOnPath, inspectCodexHooks } from './setup-codex.js';
import { getStatus } from './traces.js';

export interface DoctorCheck {
  readonly name: string;
  readonly state: 'ok' | 'warn' | 'error';
  readonly detail: string;
  /** The command that fixes it, when there is one. */
  readonly fix: string | null;
}

export interface DoctorReport {
  readonly checks: readonly DoctorCheck[];
  readonly integrations: {
    readonly claude_code: {
      readonly file: string;
      readonly state: HookState;
      readonly events: Readonly<Record<string, HookState>>;
    };
    readonly codex_cli: CodexHooksInspection;
    readonly git: { readonly repo: string; readonly state: HookState } | null;
  };
  readonly capture: {
    readonly tracking_mode: string;
    readonly project: { readonly root: string; readonly captured: boolean; readonly reason: string };
    readonly recent: number;
    readonly failed: number;
    readonly last_failure: { readonly at: string; readonly reason: string } | null;
  };
  readonly trace_index: {
    readonly state: 'ok' | 'stale' | 'missing';
    readonly documents: number;
    readonly traces: number;
    readonly rebuild_advice: string;
  };
  readonly security: {
    readonly capture_floor: readonly string[];
    /** How many custom redact strings capture applies (never the strings). */
    readonly custom_redact_strings: number;
    /** The tools enabled in the config (`security sanitize --use-config`). */
    readonly enabled_tools: readonly string[];
    readonly tools: readonly { name: string; enabled: boolean; available: boolean; detail: string }[];
  };
  /** A broken or drifted integration: the CLI exits 3. */
  readonly broken: boolean;
}

/**
 * Integration health: are the hooks installed and pointing at this install, did captures fail
 * lately, is the index in step with the bucket. Never writes.
 */
export async function runDoctor(
  ctx: OpentracesContext,
  options: {
    readonly userHome: string;
    readonly command: HookCommand;
    readonly cwd: string;
    /** `$CODEX_HOME` when set [default: `<userHome>/.codex`]. */
    readonly codexHome?: string;
  },
): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const claude = inspectClaudeHooks({ userHome: options.userHome, command: options.command });
  const claudeCheck: Record<HookState, DoctorCheck> = {
    installed: { name: 'claude-code hooks', state: 'ok', detail: `installed in ${claude.file}`, fix: null },
    missing: {
      name: 'claude-code hooks',
      state: 'warn',
      detail: 'not installed: Claude Code sessions are only captured by `trace import`',
      fix: 'opentraces setup claude-code',
    },
    drifted: {
      name: 'claude-code hooks',
      state: 'error',
      detail: `installed for another opentraces install or version, or only for some events (${describeEvents(claude.events)})`,
      fix: 'opentraces setup claude-code',
    },
    broken: {
      name: 'claude-code hooks',
      state: 'error',
      detail: `${claude.file} cannot be read as JSON`,
      fix: null,
    },
  };
  // Not having an agent at all is fine: only an agent that is there but not hooked gets a warning.
  const claudePresent = existsSync(join(options.userHome, '.claude'));
  checks.push(
    claude.state === 'missing' && !claudePresent
      ? { name: 'claude-code hooks', state: 'ok', detail: 'Claude Code not found (no ~/.claude)', fix: null }
      : claudeCheck[claude.state],
  );
  const codex = inspectCodexHooks({
    userHome: options.userHome,
    command: options.command,
    ...(options.codexHome ? { codexHome: options.codexHome } : {}),
  });
  const codexPresent =
    existsSync(
      codexPaths({
        userHome: options.userHome,
        ...(options.codexHome ? { codexHome: options.codexHome } : {}),
      }).codexHome,
    ) || findOnPath('codex') !== null;
  checks.push(
    codex.state === 'missing' && !codexPresent
      ? {
          name: 'codex-cli hooks',
          state: 'ok',
          detail: 'Codex CLI not found (no ~/.codex, no codex on PATH)',
          fix: null,
        }
      : codexCheck(codex),
  );

  const root = projectRootOf(options.cwd);
  const git = existsSync(join(root, '.git'))
    ? { repo: root, state: gitHookState(root, options.command) }
    : null;
  if (git && git.state === 'drifted') {
    checks.push({
      name: 'git post-commit hook',
      state: 'error',
      detail: 'points at another opentraces install or version',
      fix: 'opentraces setup git',
    });
  } else if (git?.state === 'installed') {
    checks.push({ name: 'git post-commit hook', state: 'ok', detail: `installed in ${root}`, fix: null });
  }

  const config = readConfig(ctx);
  const decision = captureDecision(ctx, options.cwd);
  checks.push({
    name: 'capture of this project',
    state: decision.capture ? 'ok' : 'warn',
    detail: `${decision.capture ? 'on' : 'off'} (${decision.reason}; tracking mode ${config.tracking_mode})`,
    fix: decision.capture ? null : 'opentraces init',
  });

  const log = readCaptureLog(ctx, 50);
  const failures = log.filter((entry) => entry.status === 'failed');
  const lastFailure = failures.at(-1);
  checks.push({
    name: 'recent captures',
    state: lastFailure ? 'warn' : 'ok',
    detail: lastFailure
      ? `${failures.length} of the last ${log.length} failed; the last: ${lastFailure.reason}`
      : `${log.length} recent hook run(s), none failed`,
    fix: null,
  });

  const status = await getStatus(ctx, { recent: 0 });
  const indexState = !status.index.exists
    ? status.bucket.traces > 0
      ? 'missing'
      : 'ok'
    : status.index.documents < status.bucket.traces
      ? 'stale'
      : 'ok';
  checks.push({
    name: 'trace index',
    state: indexState === 'ok' ? 'ok' : 'warn',
    detail: `${status.index.documents} documents for ${status.bucket.traces} traces`,
    fix: indexState === 'ok' ? null : 'opentraces trace index rebuild',
  });
  checks.push({
    name: 'security floor',
    state: 'ok',
    detail: `every capture is sanitized with: ${CAPTURE_SECURITY_TOOLS.join(', ')}${
      config.custom_redact_strings.length > 0
        ? ` + ${config.custom_redact_strings.length} custom redact string(s)`
        : ''
    }`,
    fix: null,
  });
  const { listSecurityTools } = await import('./security.js');
  const securityTools = await listSecurityTools(ctx);
  for (const t of securityTools.filter((x) => x.external)) {
    // an external tool matters when it is enabled; otherwise its absence is only information
    checks.push({
      name: `security tool ${t.name}`,
      state: t.available ? 'ok' : t.enabled ? 'error' : 'ok',
      detail: t.available ? t.detail : `${t.enabled ? 'enabled but ' : 'not set up (optional): '}${t.detail}`,
      fix: t.available || !t.enabled ? null : t.hint,
    });
  }
  return {
    checks,
    integrations: { claude_code: claude, codex_cli: codex, git },
    capture: {
      tracking_mode: config.tracking_mode,
      project: { root: decision.root, captured: decision.capture, reason: decision.reason },
      recent: log.length,
      failed: failures.length,
      last_failure: lastFailure ? { at: lastFailure.at, reason: lastFailure.reason } : null,
    },
    trace_index: {
      state: indexState,
      documents: status.index.documents,
      traces: status.bucket.traces,
      rebuild_advice: 'opentraces trace index rebuild',
    },
    security: {
      capture_floor: [...CAPTURE_SECURITY_TOOLS],
      custom_redact_strings: config.custom_redact_strings.length,
      enabled_tools: [...config.security_tools],
      tools: securityTools.map((t) => ({
        name: t.name,
        enabled: t.enabled,
        available: t.available,
        detail: t.detail,
      })),
    },
    broken: checks.some((c) => c.state === 'error'),
  };
}

function codexCheck(codex: CodexHooksInspection): DoctorCheck {
  const name = 'codex-cli hooks';
  const fix = 'opentraces setup codex-cli';
  switch (codex.state) {
    case 'missing':
      return {
        name,
        state: 'warn',
        detail: 'not installed: Codex CLI sessions are only captured by `trace import`',
        fix,
      };
    case 'drifted':
      return {
        name,
        state: 'error',
        detail: `installed for another opentraces install or version, or only for some events (${describeEvents(codex.events)}; script ${codex.script})`,
        fix,
      };
    case 'broken':
      return { name, state: 'error', detail: `${codex.file} cannot be read as JSON`, fix: null };
    case 'installed':
      // Codex skips a hook nobody trusted, without a word: installed is not enough.
      return codex.trust === 'trusted'
        ? { name, state: 'ok', detail: `installed in ${codex.file}, trusted`, fix: null }
        : {
            name,
            state: 'warn',
            detail: `installed in ${codex.file} but ${codex.trust === 'unknown' ? 'its trust is unknown' : codex.trust} in ${codex.config_file}: Codex does not run it. ${codex.instructions.join(' ')}`,
            fix,
          };
  }
}

function gitHookState(repo: string, command: HookCommand): HookState {
  const file = join(repo, '.git', 'hooks', 'post-commit');
  if (!existsSync(file)) return 'missing';
  const text = readFileSync(file, 'utf8');
  if (!text.includes(HOOK_MARKER)) return 'missing';
  return text.includes(`${HOOK_MARKER} v${command.version}`) && text.includes(command.script)
    ? 'installed'
    : 'drifted';
}

function describeEvents(events: Readonly<Record<string, HookState>>): string {
  return Object.entries(events)
    .map(([event, state]) => `${event}: ${state}`)
    .join(', ');
}

/** What the git post-commit hook records: the commit just made, for attributing it to a session later. */
export function recordGitCommit(
  ctx: OpentracesContext,
  options: { readonly cwd: string },
): { readonly status: 'captured' | 'skipped' | 'failed'; readonly reason: string; readonly sha?: string } {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: options.cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5000,
      }).trim();
    const repo = git('rev-parse', '--show-toplevel');
    const decision = captureDecision(ctx, repo);
    if (!decision.capture) return { status: 'skipped', reason: decision.reason };
    const sha = git('rev-parse', 'HEAD');
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    const committedAt = git('show', '-s', '--format=%cI', 'HEAD');
    const dir = join(ctx.home, 'capture');
    mkdirSync(dir, { recursive: true });
    const entry = { at: clockOf(ctx)().toISOString(), repo, sha, branch, committed_at: committedAt };
    appendFileSync(join(dir, 'commits.jsonl'), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    return { status: 'captured', reason: 'commit recorded', sha };
  } catch (error) {
    return {
      status: 'failed',
      reason: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    };
  }
}
