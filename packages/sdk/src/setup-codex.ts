import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { writeFileAtomic } from '@opentraces/bucket-store';
import { isRecord } from './projects.js';
import {
  HOOK_MARKER,
  type HookChange,
  type HookCommand,
  type HookState,
  hookEntries,
  isOurs,
  readSettings,
  renderHookCommand,
  type SetupResult,
  shellQuote,
} from './setup.js';

/** Codex CLI events the capture hook listens to: each turn's end, sub-agent end, before compaction, session end. */
export const CODEX_HOOK_EVENTS = ['Stop', 'SubagentStop', 'PreCompact', 'SessionEnd'] as const;
export type CodexHookEvent = (typeof CODEX_HOOK_EVENTS)[number];

/** Codex 0.169 clamps SessionEnd hooks to 3 s (and warns); the others get the capture's own budget. */
const TIMEOUT_SEC: Readonly<Record<CodexHookEvent, number>> = {
  Stop: 30,
  SubagentStop: 30,
  PreCompact: 30,
  SessionEnd: 3,
};
/** Events whose group `matcher` Codex keeps, and so hashes (codex-rs `HOOK_EVENT_NAMES_WITH_MATCHERS`). */
const MATCHER_EVENTS: ReadonlySet<string> = new Set([
  'PreToolUse',
  'PermissionRequest',
  'PostToolUse',
  'PreCompact',
  'PostCompact',
  'SessionStart',
  'SubagentStart',
  'SubagentStop',
]);
const SCRIPT_NAME = 'capture.sh';
const APP_SERVER_TIMEOUT_MS = 20_000;

export interface CodexPaths {
  readonly codexHome: string;
  /** The hooks file, as Codex names it in its trust keys. */
  readonly hooksFile: string;
  readonly hooksDir: string;
  /** The wrapper script every hook entry runs. */
  readonly script: string;
  /** Where Codex records hook trust (`[hooks.state."<key>"] trusted_hash`). */
  readonly configFile: string;
}

export interface CodexLocation {
  readonly userHome: string;
  /** `$CODEX_HOME` when set [default: `<userHome>/.codex`]. */
  readonly codexHome?: string;
  readonly hooksFile?: string;
  readonly hooksDir?: string;
}

/**
 * Where Codex keeps its hooks and config. Codex canonicalizes `$CODEX_HOME` but not the default
 * `~/.codex`, and its trust keys carry the hooks file path as it resolved it; so do we.
 */
export function codexPaths(options: CodexLocation): CodexPaths {
  const codexHome = options.codexHome
    ? realpathOr(resolve(options.codexHome))
    : join(options.userHome, '.codex');
  const hooksDir = options.hooksDir ? resolve(options.hooksDir) : join(codexHome, 'hooks', 'opentraces');
  return {
    codexHome,
    hooksFile: options.hooksFile ? resolve(options.hooksFile) : join(codexHome, 'hooks.json'),
    hooksDir,
    script: join(hooksDir, SCRIPT_NAME),
    configFile: join(codexHome, 'config.toml'),
  };
}

/**
 * The command of every hooks.json entry: the wrapper script, and the marker. It names no version
 * or install, so upgrading opentraces rewrites only the script and Codex's trust (a hash of this
 * entry) still holds.
 */
export function renderCodexHookCommand(script: string): string {
  return `${shellQuote(script)} ${HOOK_MARKER}`;
}

/** The wrapper script: hands the hook payload (stdin) to `_capture`, prints nothing, exits 0. */
export function renderCodexHookScript(command: HookCommand): string {
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} v${command.version}: the Codex CLI capture hook, written by \`opentraces setup codex-cli\`.`,
    '# A passive observer: it prints nothing and always exits 0, so it never approves, denies or',
    '# blocks anything in Codex (a hook that prints a decision or exits 2 could).',
    'exec >/dev/null 2>&1',
    renderHookCommand(command, 'codex-cli'),
    'exit 0',
    '',
  ].join('\n');
}

/** Codex's snake_case event label, as in its trust keys (`Stop` → `stop`, `SubagentStop` → `subagent_stop`). */
function eventLabel(event: string): string {
  return event.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * The hash Codex 0.169 trusts a command hook by (codex-rs `command_hook_hash` + `version_for_toml`):
 * SHA-256 of the key-sorted compact JSON of `{ event_name, matcher?, hooks: [normalized handler] }`,
 * where the handler's timeout defaults to 600 s (SessionEnd: at most 3) and `async` to false.
 */
export function codexHookTrustHash(
  event: string,
  handler: { readonly command: string; readonly timeout?: number; readonly async?: boolean },
  matcher?: string | null,
): string {
  let timeout = Math.max(1, Math.floor(handler.timeout ?? 600));
  if (event === 'SessionEnd') timeout = Math.min(timeout, 3);
  const identity = {
    event_name: eventLabel(event),
    ...(typeof matcher === 'string' && MATCHER_EVENTS.has(event) ? { matcher } : {}),
    hooks: [{ type: 'command', command: handler.command, timeout, async: handler.async === true }],
  };
  return `sha256:${createHash('sha256')
    .update(JSON.stringify(sortKeys(identity)))
    .digest('hex')}`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

/** One of our handlers in hooks.json, with the key and hash Codex records its trust under. */
export interface CodexHookTrust {
  readonly event: string;
  readonly key: string;
  readonly hash: string;
  readonly status: CodexTrustStatus;
}

/** Codex's own words: `trusted` runs; `untrusted` (never reviewed) and `modified` (changed since) are skipped. */
export type CodexTrustStatus = 'trusted' | 'untrusted' | 'modified';

function ourHandlers(
  doc: Record<string, unknown>,
  hooksFile: string,
): { event: string; key: string; hash: string }[] {
  const hooks = isRecord(doc['hooks']) ? doc['hooks'] : {};
  const found: { event: string; key: string; hash: string }[] = [];
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    groups.forEach((group, g) => {
      const matcher = isRecord(group) && typeof group['matcher'] === 'string' ? group['matcher'] : null;
      hookEntries(group).forEach((handler, h) => {
        if (!isOurs(handler)) return;
        const hash = codexHookTrustHash(
          event,
          {
            command: String(handler['command']),
            ...(typeof handler['timeout'] === 'number' ? { timeout: handler['timeout'] } : {}),
            ...(typeof handler['async'] === 'boolean' ? { async: handler['async'] } : {}),
          },
          matcher,
        );
        found.push({ event, key: `${hooksFile}:${eventLabel(event)}:${g}:${h}`, hash });
      });
    });
  }
  return found;
}

/**
 * The `trusted_hash` Codex recorded for `key` in its config.toml, in the two forms its writer
 * produces (`[hooks.state."<key>"]` table, or an inline table under `[hooks.state]`); null if none.
 * A text scan, not a TOML parser: enough to tell doctor whether Codex will run the hook.
 */
export function recordedTrustHash(configText: string, key: string): string | null {
  const quoted = `"${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const literal = `'${key}'`;
  const lines = configText.split(/\r?\n/);
  const header = (line: string) => {
    const t = line.trim().replace(/\s+#.*$/, '');
    return t === `[hooks.state.${quoted}]` || t === `[hooks.state.${literal}]`;
  };
  const hashIn = (text: string) => /(?:^|[\s{,])trusted_hash\s*=\s*"([^"]*)"/.exec(text)?.[1] ?? null;
  const at = lines.findIndex(header);
  if (at >= 0) {
    for (const line of lines.slice(at + 1)) {
      if (line.trim().startsWith('[')) break;
      const hash = hashIn(line);
      if (hash) return hash;
    }
  }
  const inline = lines.find((l) => {
    const t = l.trim();
    return (t.startsWith(quoted) || t.startsWith(literal)) && t.includes('{');
  });
  return inline ? hashIn(inline) : null;
}

function trustFromConfig(
  configFile: string,
  ours: readonly { event: string; key: string; hash: string }[],
): CodexHookTrust[] | null {
  let text = '';
  try {
    text = existsSync(configFile) ? readFileSync(configFile, 'utf8') : '';
  } catch {
    return null;
  }
  return ours.map((h) => {
    const recorded = recordedTrustHash(text, h.key);
    return { ...h, status: recorded === null ? 'untrusted' : recorded === h.hash ? 'trusted' : 'modified' };
  });
}

function overallTrust(hooks: readonly CodexHookTrust[]): CodexTrustStatus {
  if (hooks.every((h) => h.status === 'trusted')) return 'trusted';
  return hooks.some((h) => h.status === 'modified') ? 'modified' : 'untrusted';
}

/** What the user must do when Codex will not run the hooks yet. */
function codexTrustInstructions(paths: CodexPaths, count: number): string[] {
  return [
    `Codex CLI runs a hook only once it is trusted, and \`codex exec\` skips untrusted hooks silently. Start \`codex\` in a terminal and choose "Trust all and continue" at "Hooks need review" (or type /hooks and trust the ${count} opentraces hooks).`,
    'Or put the codex binary on PATH (or pass --codex-bin) and rerun `opentraces setup codex-cli`: it records the trust through `codex app-server`.',
    `Sessions that ran meanwhile can be imported: opentraces trace import ${shellQuote(join(paths.codexHome, 'sessions'))}`,
  ];
}

export interface CodexTrustReport {
  /** `trusted`: Codex runs every opentraces hook. Otherwise it skips them until they are trusted. */
  readonly state: CodexTrustStatus | 'not_applicable';
  /** `codex app-server`: recorded (or checked) through Codex just now; `config.toml`: read from Codex's config. */
  readonly via: 'codex app-server' | 'config.toml' | null;
  /** The codex binary used, if any. */
  readonly codex: string | null;
  readonly config_file: string;
  readonly hooks: readonly CodexHookTrust[];
  /** Trust entries written (ours, and other hooks of the file whose position moved), or removed. */
  readonly recorded: number;
  readonly removed: number;
  /** Why the hooks are not trusted, when they are not. */
  readonly reason: string | null;
  readonly instructions: readonly string[];
}

export interface SetupCodexResult extends SetupResult {
  readonly script: { readonly file: string; readonly action: HookChange['action'] | 'none' };
  readonly trust: CodexTrustReport;
}

/**
 * Installs (or with `remove`, removes) the capture hook in Codex CLI's `hooks.json`, plus the
 * wrapper script it runs under `hooksDir`. Idempotent; our entries are recognised by their marker
 * and replaced where they are (trust keys are positional), every other hook is kept as it was.
 *
 * Codex runs a hook only once its hash is recorded as trusted in its config.toml. Unless `trust` is
 * false, this records it through Codex itself (`codex app-server`: `hooks/list` for the keys and
 * hashes, `config/batchWrite` to record them — what its "Trust all and continue" does), for our
 * hooks only; other hooks of the file that were trusted keep their trust if their position moved.
 * Without a codex binary the result says exactly what the user must do.
 */
export async function setupCodexCli(
  options: CodexLocation & {
    readonly command: HookCommand;
    readonly dryRun?: boolean;
    readonly remove?: boolean;
    /** Record the trust of our hooks in Codex's config [default: true]. */
    readonly trust?: boolean;
    /** The codex binary [default: `codex` on PATH]; null: do not run it. */
    readonly codexBin?: string | null;
  },
): Promise<SetupCodexResult> {
  const paths = codexPaths(options);
  const file = paths.hooksFile;
  const existed = existsSync(file);
  const doc = readSettings(file);
  const dryRun = options.dryRun === true;
  const remove = options.remove === true;
  const hooks = isRecord(doc['hooks']) ? { ...doc['hooks'] } : {};
  const command = renderCodexHookCommand(paths.script);
  const changes: HookChange[] = [];
  for (const event of CODEX_HOOK_EVENTS) {
    const groups = Array.isArray(hooks[event]) ? (hooks[event] as unknown[]) : [];
    const wanted = remove ? null : { type: 'command', command, timeout: TIMEOUT_SEC[event] };
    const edited = editGroups(groups, wanted);
    if (edited.action === null) continue;
    changes.push({ event, action: edited.action });
    if (edited.action === 'keep') continue;
    if (edited.groups.length > 0) hooks[event] = edited.groups;
    else delete hooks[event];
  }
  const next = { ...doc };
  if (Object.keys(hooks).length > 0) next['hooks'] = hooks;
  else delete next['hooks'];

  const scriptText = existsSync(paths.script) ? readFileSync(paths.script, 'utf8') : null;
  const wantedScript = renderCodexHookScript(options.command);
  const scriptOurs = scriptText?.includes(HOOK_MARKER) ?? false;
  const scriptAction: SetupCodexResult['script']['action'] = remove
    ? scriptOurs
      ? 'remove'
      : 'none'
    : scriptText === wantedScript && isExecutable(paths.script)
      ? 'keep'
      : scriptText === null
        ? 'add'
        : 'replace';
  const hooksDirty = changes.some((c) => c.action !== 'keep');
  const scriptDirty = scriptAction !== 'keep' && scriptAction !== 'none';
  const write = (hooksDirty || scriptDirty) && !dryRun;
  const writeFiles = () => {
    if (!write) return;
    if (scriptDirty && !remove) {
      writeFileAtomic(paths.script, wantedScript);
      chmodSync(paths.script, 0o755);
    }
    if (hooksDirty) {
      // Nothing left but what we added: the file goes, as it was before setup.
      if (remove && Object.keys(next).length === 0) rmSync(file, { force: true });
      else writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
    }
    if (scriptDirty && remove) {
      rmSync(paths.script, { force: true });
      // The folders setup made (the default `~/.codex/hooks/opentraces`), if nothing else is in them.
      const codexHooks = join(paths.codexHome, 'hooks');
      for (const dir of [paths.hooksDir, ...(dirname(paths.hooksDir) === codexHooks ? [codexHooks] : [])]) {
        try {
          rmdirSync(dir);
        } catch {
          break;
        }
      }
    }
  };

  const found = options.codexBin === undefined ? findOnPath('codex') : options.codexBin;
  const bin = options.trust === false || dryRun ? null : found;
  const ours = ourHandlers(next, file);
  const outcome = await withAppServer(bin, paths.codexHome, async (server, startError) => {
    let error = startError;
    let before: ListedHook[] | null = null;
    if (server) {
      try {
        before = await server.listFileHooks(options.userHome, file);
      } catch (e) {
        error = (e as Error).message;
      }
    }
    writeFiles();
    if (!server || !before) return { synced: null, error };
    try {
      return { synced: await syncTrust(server, options.userHome, file, before, remove), error: null };
    } catch (e) {
      return { synced: null, error: (e as Error).message };
    }
  });

  const base = {
    file,
    existed,
    changes,
    written: write,
    dry_run: dryRun,
    script: { file: paths.script, action: scriptAction },
  };
  const synced = outcome.synced;
  if (remove) {
    return {
      ...base,
      trust: {
        state: 'not_applicable',
        via: synced ? 'codex app-server' : null,
        codex: synced ? bin : null,
        config_file: paths.configFile,
        hooks: [],
        recorded: synced?.recorded ?? 0,
        removed: synced?.removed ?? 0,
        reason: null,
        instructions: [],
      },
    };
  }
  if (synced) {
    const state = overallTrust(synced.hooks);
    const unread = synced.hooks.length === 0;
    return {
      ...base,
      trust: {
        state: unread ? 'untrusted' : state,
        via: 'codex app-server',
        codex: bin,
        config_file: paths.configFile,
        hooks: synced.hooks,
        recorded: synced.recorded,
        removed: synced.removed,
        reason: unread
          ? `Codex does not read ${file}: it reads the hooks.json in ${paths.codexHome}`
          : state === 'trusted'
            ? null
            : 'Codex did not take the trust entries',
        instructions: state === 'trusted' && !unread ? [] : codexTrustInstructions(paths, ours.length),
      },
    };
  }
  // Codex was not asked (dry run, --no-trust, no binary) or failed: what its config already says.
  const fromConfig =
    trustFromConfig(paths.configFile, ours) ?? ours.map((h) => ({ ...h, status: 'untrusted' as const }));
  const state = overallTrust(fromConfig);
  const reason =
    state === 'trusted'
      ? null
      : (outcome.error ??
        (dryRun
          ? found
            ? `dry run: the trust would be recorded through ${found}`
            : 'dry run: codex is not on PATH, so the trust could not be recorded'
          : options.trust === false
            ? 'not recorded (--no-trust)'
            : 'codex is not on PATH, so the trust could not be recorded'));
  return {
    ...base,
    trust: {
      state,
      via: 'config.toml',
      codex: null,
      config_file: paths.configFile,
      hooks: fromConfig,
      recorded: 0,
      removed: 0,
      reason,
      instructions: state === 'trusted' ? [] : codexTrustInstructions(paths, ours.length),
    },
  };
}

/** Our handler placed (or removed) in an event's matcher groups, in place so other hooks keep their positions. */
function editGroups(
  groups: readonly unknown[],
  wanted: Record<string, unknown> | null,
): { groups: unknown[]; action: HookChange['action'] | null } {
  let found = 0;
  let same = false;
  let placed = false;
  const out: unknown[] = [];
  for (const group of groups) {
    if (!isRecord(group) || !Array.isArray(group['hooks'])) {
      out.push(group);
      continue;
    }
    const handlers: unknown[] = [];
    for (const handler of group['hooks']) {
      if (!(isRecord(handler) && isOurs(handler))) {
        handlers.push(handler);
        continue;
      }
      found += 1;
      if (wanted && !placed) {
        same = JSON.stringify(handler) === JSON.stringify(wanted);
        handlers.push(wanted);
        placed = true;
      }
    }
    const original: unknown[] = group['hooks'];
    const changed = handlers.length !== original.length || handlers.some((h, i) => h !== original[i]);
    if (!changed) out.push(group);
    else if (handlers.length > 0) out.push({ ...group, hooks: handlers });
  }
  if (wanted && !placed) out.push({ hooks: [wanted] });
  if (!wanted) return { groups: out, action: found > 0 ? 'remove' : null };
  return { groups: out, action: found === 0 ? 'add' : found === 1 && same ? 'keep' : 'replace' };
}

/** One hook as Codex's `hooks/list` reports it (the fields we use). */
interface ListedHook {
  readonly key: string;
  readonly eventName: string;
  readonly command: string | null;
  readonly currentHash: string;
  readonly trustStatus: string;
}

interface AppServer {
  listFileHooks(cwd: string, hooksFile: string): Promise<ListedHook[]>;
  batchWrite(edits: readonly Record<string, unknown>[]): Promise<void>;
}

/**
 * Records the trust Codex needs, through Codex: ours (at their current keys), and other hooks of
 * the file that were trusted before and whose key moved because ours was added or removed. Trust
 * entries left at keys we no longer hold are removed.
 */
async function syncTrust(
  server: AppServer,
  cwd: string,
  hooksFile: string,
  before: readonly ListedHook[],
  remove: boolean,
): Promise<{ hooks: CodexHookTrust[]; recorded: number; removed: number }> {
  const after = await server.listFileHooks(cwd, hooksFile);
  const mine = (h: ListedHook) => h.command?.includes(HOOK_MARKER) === true;
  const trustedBefore = new Set(
    before.filter((h) => !mine(h) && h.trustStatus === 'trusted').map((h) => h.currentHash),
  );
  const set = after.filter((h) =>
    h.trustStatus === 'trusted' || h.trustStatus === 'managed'
      ? false
      : mine(h)
        ? !remove
        : trustedBefore.has(h.currentHash),
  );
  // Entries left at keys that no longer hold that hook: ours gone, or another hook's that moved.
  const keys = new Set(after.map((h) => h.key));
  const ourKeys = new Set(after.filter(mine).map((h) => h.key));
  const moved = new Set(set.filter((h) => !mine(h)).map((h) => h.currentHash));
  const stale = before.filter((h) =>
    mine(h)
      ? !ourKeys.has(h.key) && h.trustStatus !== 'untrusted'
      : moved.has(h.currentHash) && h.trustStatus === 'trusted' && !keys.has(h.key),
  );
  const statePath = (key: string) => `hooks.state.${tomlQuote(key)}`;
  const edits = [
    ...stale.map((h) => ({ keyPath: statePath(h.key), value: null, mergeStrategy: 'replace' })),
    ...set.map((h) => ({
      keyPath: statePath(h.key),
      value: { trusted_hash: h.currentHash },
      mergeStrategy: 'upsert',
    })),
  ];
  if (edits.length > 0) await server.batchWrite(edits);
  const final = edits.length > 0 ? await server.listFileHooks(cwd, hooksFile) : after;
  const hooks = final.filter(mine).map((h) => ({
    event: pascalEvent(h.eventName),
    key: h.key,
    hash: h.currentHash,
    status: (h.trustStatus === 'trusted' || h.trustStatus === 'modified'
      ? h.trustStatus
      : 'untrusted') as CodexTrustStatus,
  }));
  return { hooks, recorded: set.length, removed: stale.length };
}

/** `hooks/list` says `subagentStop`; hooks.json says `SubagentStop`. */
function pascalEvent(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function tomlQuote(key: string): string {
  return `"${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Runs `work` with a `codex app-server` session (JSON-RPC over stdio) when `bin` is given, else
 * with null. A server that cannot start or answer comes as null plus the reason, so `work` (which
 * writes the hook files) runs either way; the server is stopped when `work` is done.
 */
async function withAppServer<T>(
  bin: string | null,
  codexHome: string,
  work: (server: AppServer | null, error: string | null) => Promise<T>,
): Promise<T> {
  if (!bin) return work(null, null);
  const child = spawn(bin, ['app-server'], {
    env: { ...process.env, CODEX_HOME: codexHome },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  child.on('error', (error) => failAll(new Error(`cannot run ${bin}: ${error.message}`)));
  child.on('exit', (code) => failAll(new Error(`codex app-server exited (${code ?? 'signal'})`)));
  child.stdin.on('error', () => {});
  const timer = setTimeout(() => {
    failAll(new Error(`codex app-server did not answer within ${APP_SERVER_TIMEOUT_MS / 1000} s`));
    child.kill('SIGKILL');
  }, APP_SERVER_TIMEOUT_MS);
  createInterface({ input: child.stdout }).on('line', (line) => {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    if (!isRecord(message) || typeof message['id'] !== 'number') return;
    const p = pending.get(message['id']);
    if (!p) return;
    pending.delete(message['id']);
    const error = message['error'];
    if (isRecord(error)) p.reject(new Error(`codex app-server: ${String(error['message'] ?? 'error')}`));
    else p.resolve(message['result']);
  });
  let nextId = 0;
  const call = (method: string, params: unknown): Promise<unknown> =>
    new Promise((resolvePromise, reject) => {
      if (failure) return reject(failure);
      const id = ++nextId;
      pending.set(id, { resolve: resolvePromise, reject });
      child.stdin.write(`${JSON.stringify({ id, method, params })}\n`);
    });
  const server: AppServer = {
    async listFileHooks(cwd, hooksFile) {
      const result = await call('hooks/list', { cwds: [cwd] });
      const data = isRecord(result) && Array.isArray(result['data']) ? result['data'] : [];
      const target = realpathOr(hooksFile);
      return data
        .flatMap((entry) => (isRecord(entry) && Array.isArray(entry['hooks']) ? entry['hooks'] : []))
        .filter(isRecord)
        .filter((h) => typeof h['sourcePath'] === 'string' && realpathOr(h['sourcePath']) === target)
        .map((h) => ({
          key: String(h['key']),
          eventName: String(h['eventName']),
          command: typeof h['command'] === 'string' ? h['command'] : null,
          currentHash: String(h['currentHash']),
          trustStatus: String(h['trustStatus']),
        }));
    },
    async batchWrite(edits) {
      await call('config/batchWrite', { edits });
    },
  };
  try {
    let connected: AppServer | null = null;
    let error: string | null = null;
    try {
      await call('initialize', {
        clientInfo: { name: 'opentraces', title: null, version: '1' },
        capabilities: null,
      });
      child.stdin.write(`${JSON.stringify({ method: 'initialized' })}\n`);
      connected = server;
    } catch (e) {
      error = (e as Error).message;
    }
    return await work(connected, error);
  } finally {
    clearTimeout(timer);
    child.stdin.end();
    child.kill();
  }
}

/** What doctor reports about the Codex CLI hooks, and whether Codex will run them (trust). */
export interface CodexHooksInspection {
  readonly file: string;
  readonly script: string;
  readonly state: HookState;
  readonly events: Readonly<Record<string, HookState>>;
  /** Read from Codex's config.toml; `unknown` when nothing is installed or the config is unreadable. */
  readonly trust: CodexTrustStatus | 'unknown';
  readonly config_file: string;
  readonly instructions: readonly string[];
}

/** Installed for this install, missing, drifted (another command, version or script), or unreadable; and trusted or not. */
export function inspectCodexHooks(
  options: CodexLocation & { readonly command: HookCommand },
): CodexHooksInspection {
  const paths = codexPaths(options);
  const base = { file: paths.hooksFile, script: paths.script, config_file: paths.configFile };
  let doc: Record<string, unknown>;
  try {
    doc = readSettings(paths.hooksFile);
  } catch {
    return { ...base, state: 'broken', events: {}, trust: 'unknown', instructions: [] };
  }
  const hooks = isRecord(doc['hooks']) ? doc['hooks'] : {};
  const command = renderCodexHookCommand(paths.script);
  const events: Record<string, HookState> = {};
  for (const event of CODEX_HOOK_EVENTS) {
    const groups = Array.isArray(hooks[event]) ? (hooks[event] as unknown[]) : [];
    const ours = groups.flatMap((g) => hookEntries(g)).filter(isOurs);
    const wanted = JSON.stringify({ type: 'command', command, timeout: TIMEOUT_SEC[event] });
    events[event] =
      ours.length === 0
        ? 'missing'
        : ours.length === 1 && JSON.stringify(ours[0]) === wanted
          ? 'installed'
          : 'drifted';
  }
  const states = Object.values(events);
  const scriptOk =
    existsSync(paths.script) &&
    readFileSync(paths.script, 'utf8') === renderCodexHookScript(options.command) &&
    isExecutable(paths.script);
  const state: HookState = states.every((s) => s === 'missing')
    ? 'missing'
    : states.every((s) => s === 'installed') && scriptOk
      ? 'installed'
      : 'drifted';
  if (state === 'missing') return { ...base, state, events, trust: 'unknown', instructions: [] };
  const ours = ourHandlers(doc, paths.hooksFile);
  const trusted = trustFromConfig(paths.configFile, ours);
  const trust = trusted ? overallTrust(trusted) : 'unknown';
  return {
    ...base,
    state,
    events,
    trust,
    instructions: trust === 'trusted' ? [] : codexTrustInstructions(paths, ours.length),
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` on PATH, or null. */
export function findOnPath(name: string, pathEnv: string | undefined = process.env['PATH']): string | null {
  for (const dir of (pathEnv ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile() && isExecutable(candidate)) return candidate;
    } catch {
      // not there
    }
  }
  return null;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
