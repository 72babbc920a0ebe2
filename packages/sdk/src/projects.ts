import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '@opentraces/bucket-store';
import { OpentracesError, SECURITY_TOOL_NAMES } from '@opentraces/schema/core';
import { clockOf, type OpentracesContext } from './context.js';
import { readHead } from './internal/files.js';

/** Agents whose sessions capture hooks can enrol. */
export const CAPTURE_AGENTS = ['claude-code', 'codex-cli', 'pi'] as const;
export type CaptureAgent = (typeof CAPTURE_AGENTS)[number];

const AGENT_ALIASES: Readonly<Record<string, CaptureAgent>> = {
  claude: 'claude-code',
  'claude-code': 'claude-code',
  codex: 'codex-cli',
  'codex-cli': 'codex-cli',
  pi: 'pi',
};

export type TrackingMode = 'global' | 'manual';
export type ReviewPolicy = 'review' | 'auto';

/** Machine-wide settings, `<home>/config.json`. */
export interface OpentracesConfig {
  /** `global` (default): a capture hook enrols the project it fires in; `manual`: only `init`ed projects. */
  readonly tracking_mode: TrackingMode;
  /** Project roots never captured (also settable per project with `remove`). */
  readonly excluded_projects: readonly string[];
  /** Extra literal strings redacted from every captured record (and by every sanitize). */
  readonly custom_redact_strings: readonly string[];
  /** Sensitivity of the sensitivity-aware security tools (entropy, privacy_filter, business_logic, classifier). */
  readonly classifier_sensitivity: 'low' | 'medium' | 'high';
  /** A price table merged over the built-in one (see capture-parsers `parsePricingFile`). */
  readonly pricing_file: string | null;
  /** The security tools enabled in the config: what `security sanitize --use-config` runs. Default none. */
  readonly security_tools: readonly string[];
  /** `capsule_scope`: dotted paths of record subtrees to exclude (`steps.*.observations`). */
  readonly security_exclude_paths: readonly string[];
  /** `trufflehog`: the binary (default: `trufflehog` on PATH). */
  readonly trufflehog_binary: string | null;
  /** `llm_pii`: an OpenAI-compatible endpoint (`http://127.0.0.1:8080/v1`), its model, and the
   * name of the environment variable holding its key (the key itself is never stored). */
  readonly llm_pii_base_url: string | null;
  readonly llm_pii_model: string | null;
  readonly llm_pii_api_key_env: string | null;
}

export const DEFAULT_CONFIG: OpentracesConfig = Object.freeze({
  tracking_mode: 'global',
  excluded_projects: Object.freeze([]) as readonly string[],
  custom_redact_strings: Object.freeze([]) as readonly string[],
  classifier_sensitivity: 'medium',
  pricing_file: null,
  security_tools: Object.freeze([]) as readonly string[],
  security_exclude_paths: Object.freeze([]) as readonly string[],
  trufflehog_binary: null,
  llm_pii_base_url: null,
  llm_pii_model: null,
  llm_pii_api_key_env: null,
});

/** One enrolled project, in `<home>/projects.json`. */
export interface ProjectEntry {
  readonly root: string;
  readonly agents: readonly CaptureAgent[];
  readonly review_policy: ReviewPolicy;
  readonly enrolled_at: string;
  /** `init` (explicit) or `capture` (auto-enrolled by a hook under global tracking). */
  readonly enrolled_by: 'init' | 'capture';
  readonly excluded: boolean;
}

interface ProjectsFile {
  readonly format: 'opentraces.projects.v1';
  readonly projects: Readonly<Record<string, ProjectEntry>>;
}

/** The per-project marker in the project root; `excluded: true` opts the project out of capture. */
export const PROJECT_MARKER = '.opentraces.json';

const configPath = (ctx: OpentracesContext) => join(ctx.home, 'config.json');
const projectsPath = (ctx: OpentracesContext) => join(ctx.home, 'projects.json');

export function readConfig(ctx: OpentracesContext): OpentracesConfig {
  const raw = readJsonFile(configPath(ctx));
  return { ...DEFAULT_CONFIG, ...(isRecord(raw) ? (raw as Partial<OpentracesConfig>) : {}) };
}

const CONFIG_KEYS: Readonly<Record<keyof OpentracesConfig, (value: string) => unknown>> = {
  tracking_mode: (v) => oneOf(v, ['global', 'manual'], 'tracking_mode'),
  excluded_projects: (v) => list(v).map((p) => resolve(p)),
  custom_redact_strings: list,
  classifier_sensitivity: (v) => oneOf(v, ['low', 'medium', 'high'], 'classifier_sensitivity'),
  pricing_file: (v) => (v === '' ? null : resolve(v)),
  security_tools: (v) => {
    const names = list(v);
    for (const name of names) oneOf(name, SECURITY_TOOL_NAMES, 'security_tools');
    return SECURITY_TOOL_NAMES.filter((t) => names.includes(t)); // canonical order
  },
  security_exclude_paths: list,
  trufflehog_binary: (v) => (v === '' ? null : v.includes('/') ? resolve(v) : v),
  llm_pii_base_url: (v) => (v === '' ? null : httpUrl(v, 'llm_pii_base_url')),
  llm_pii_model: (v) => (v === '' ? null : v),
  llm_pii_api_key_env: (v) => (v === '' ? null : envName(v)),
};

/** Names of the settings `config get|set` knows. */
export const CONFIG_KEY_NAMES = Object.keys(CONFIG_KEYS) as (keyof OpentracesConfig)[];

/**
 * Sets one setting from its command-line text (lists: comma-separated). Throws `CONFIG_UNKNOWN_KEY`
 * or `CONFIG_BAD_VALUE` (kind `usage`).
 */
export function setConfigValue(ctx: OpentracesContext, key: string, value: string): OpentracesConfig {
  const parse = CONFIG_KEYS[checkConfigKey(key)];
  const next = { ...readConfig(ctx), [key]: parse(value) } as OpentracesConfig;
  writeFileAtomic(configPath(ctx), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

/** `key` as a setting name; throws `CONFIG_UNKNOWN_KEY` (usage) with the list of settings. */
export function checkConfigKey(key: string): keyof OpentracesConfig {
  if (Object.hasOwn(CONFIG_KEYS, key)) return key as keyof OpentracesConfig;
  throw new OpentracesError({
    code: 'CONFIG_UNKNOWN_KEY',
    kind: 'usage',
    message: `There is no setting ${JSON.stringify(key)}.`,
    hint: `Settings: ${CONFIG_KEY_NAMES.join(', ')}.`,
    data: { key },
  });
}

/** The project a Claude Code / Codex session file belongs to, from the first `cwd` in its first 64 KiB. */
export function sessionProjectRoot(path: string): string | null {
  const head = readHead(path, 64 * 1024);
  const cwd = /"cwd"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(head)?.[1];
  if (cwd === undefined) return null;
  try {
    return projectRootOf(JSON.parse(`"${cwd}"`) as string);
  } catch {
    return null;
  }
}

/** The project a directory belongs to: the nearest ancestor holding `.git` or the marker, else itself. */
export function projectRootOf(dir: string): string {
  const start = safeRealpath(resolve(dir));
  for (let at = start; ; at = dirname(at)) {
    if (existsSync(join(at, '.git')) || existsSync(join(at, PROJECT_MARKER))) return at;
    if (dirname(at) === at) return start;
  }
}

export function listProjects(ctx: OpentracesContext): ProjectEntry[] {
  return Object.values(readProjects(ctx).projects).sort((a, b) => a.root.localeCompare(b.root));
}

export function getProject(ctx: OpentracesContext, root: string): ProjectEntry | undefined {
  return readProjects(ctx).projects[root];
}

/** Whether capture may run for a session whose cwd is `dir`, and why (for the capture log and doctor). */
export function captureDecision(
  ctx: OpentracesContext,
  dir: string,
): { readonly capture: boolean; readonly root: string; readonly reason: string } {
  const root = projectRootOf(dir);
  const config = readConfig(ctx);
  const marker = readJsonFile(join(root, PROJECT_MARKER));
  if (isRecord(marker) && marker['excluded'] === true)
    return { capture: false, root, reason: 'excluded marker' };
  if (config.excluded_projects.includes(root)) return { capture: false, root, reason: 'excluded in config' };
  const entry = getProject(ctx, root);
  if (entry?.excluded) return { capture: false, root, reason: 'removed' };
  if (entry) return { capture: true, root, reason: `enrolled by ${entry.enrolled_by}` };
  if (config.tracking_mode === 'global') return { capture: true, root, reason: 'global tracking' };
  return { capture: false, root, reason: 'manual tracking and not enrolled (run `opentraces init`)' };
}

/** Enrols a project (idempotent: agents are merged; the review policy is updated when given). */
export function enrollProject(
  ctx: OpentracesContext,
  options: {
    readonly dir: string;
    readonly agents?: readonly string[];
    readonly reviewPolicy?: ReviewPolicy;
    readonly by: 'init' | 'capture';
  },
): ProjectEntry {
  const root = projectRootOf(options.dir);
  const file = readProjects(ctx);
  const before = file.projects[root];
  const agents = new Set<CaptureAgent>(before?.agents ?? []);
  for (const name of options.agents ?? []) agents.add(normalizeAgent(name));
  const entry: ProjectEntry = {
    root,
    agents: [...agents].sort(),
    review_policy: options.reviewPolicy ?? before?.review_policy ?? 'review',
    enrolled_at: before?.enrolled_at ?? clockOf(ctx)().toISOString(),
    enrolled_by: before && !before.excluded ? before.enrolled_by : options.by,
    excluded: false,
  };
  writeProjects(ctx, { ...file.projects, [root]: entry });
  return entry;
}

/** Opts a project out (kept in the registry as excluded, so global tracking does not re-enrol it). */
export function removeProject(ctx: OpentracesContext, dir: string): ProjectEntry {
  const root = projectRootOf(dir);
  const file = readProjects(ctx);
  const before = file.projects[root];
  const entry: ProjectEntry = {
    root,
    agents: before?.agents ?? [],
    review_policy: before?.review_policy ?? 'review',
    enrolled_at: before?.enrolled_at ?? clockOf(ctx)().toISOString(),
    enrolled_by: before?.enrolled_by ?? 'init',
    excluded: true,
  };
  writeProjects(ctx, { ...file.projects, [root]: entry });
  return entry;
}

/** `claude`, `codex`, … to the agent names used everywhere; throws `CONFIG_UNKNOWN_AGENT`. */
export function normalizeAgent(name: string): CaptureAgent {
  const agent = AGENT_ALIASES[name];
  if (agent) return agent;
  throw new OpentracesError({
    code: 'CONFIG_UNKNOWN_AGENT',
    kind: 'usage',
    message: `Unknown agent ${JSON.stringify(name)}.`,
    hint: 'Use claude-code (claude), codex-cli (codex) or pi.',
    data: { agent: name },
  });
}

function readProjects(ctx: OpentracesContext): ProjectsFile {
  const raw = readJsonFile(projectsPath(ctx));
  if (isRecord(raw) && isRecord(raw['projects'])) return raw as unknown as ProjectsFile;
  return { format: 'opentraces.projects.v1', projects: {} };
}

function writeProjects(ctx: OpentracesContext, projects: Record<string, ProjectEntry>): void {
  const file: ProjectsFile = { format: 'opentraces.projects.v1', projects };
  writeFileAtomic(projectsPath(ctx), `${JSON.stringify(file, null, 2)}\n`);
}

/** A JSON file's value, undefined when absent; throws `CONFIG_UNREADABLE` (kind `config`) when corrupt. */
export function readJsonFile(path: string): unknown {
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new OpentracesError({
      code: 'CONFIG_UNREADABLE',
      kind: 'config',
      message: `${path} is not valid JSON (${(error as Error).message}).`,
      hint: 'Fix or delete the file; opentraces never rewrites a file it cannot read.',
      data: { path },
    });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function oneOf(value: string, allowed: readonly string[], key: string): string {
  if (allowed.includes(value)) return value;
  throw new OpentracesError({
    code: 'CONFIG_BAD_VALUE',
    kind: 'usage',
    message: `${key} cannot be ${JSON.stringify(value)}.`,
    hint: `Use one of: ${allowed.join(', ')}.`,
    data: { key, value },
  });
}

function httpUrl(value: string, key: string): string {
  if (/^https?:\/\/[^\s/]+/.test(value)) return value.replace(/\/+$/, '');
  throw new OpentracesError({
    code: 'CONFIG_BAD_VALUE',
    kind: 'usage',
    message: `${key} must be an http(s) URL (the value given is not one; it is not echoed, it may hold a credential).`,
    hint: 'For example http://127.0.0.1:8080/v1 (the base URL of an OpenAI-compatible server).',
    data: { key },
  });
}

function envName(value: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return value;
  throw new OpentracesError({
    code: 'CONFIG_BAD_VALUE',
    kind: 'usage',
    message:
      'llm_pii_api_key_env must be the NAME of an environment variable (the key itself is never stored).',
    hint: 'For example: opentraces config set llm_pii_api_key_env LLM_PII_API_KEY',
    data: { key: 'llm_pii_api_key_env' },
  });
}
