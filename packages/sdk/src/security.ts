import { isOpentracesError, OpentracesError, type SecurityToolName } from '@opentraces/schema/core';
import type { ErrorBody } from '@opentraces/schema/errors';
import type {
  ClassifierFinding,
  Finding,
  LlmPiiPort,
  SanitizeOptions,
  SecurityAdapters,
  SecurityToolInfo,
  TrufflehogPort,
} from '@opentraces/security-tools';
import type { OpentracesContext } from './context.js';
import { type OpentracesConfig, readConfig } from './projects.js';

/** A registry entry with what this machine and config say about it. */
export interface SecurityToolStatus extends SecurityToolInfo {
  /** Enabled in the config (`security_tools`): what `security sanitize --use-config` runs. */
  readonly enabled: boolean;
  /** Can run here: in-process tools always; external tools when their binary/endpoint is set up. */
  readonly available: boolean;
  readonly detail: string;
  readonly hint: string | null;
}

async function lib() {
  return import('@opentraces/security-tools');
}

/** The config's external-tool settings in the shape the adapters take. */
function adapterConfig(config: OpentracesConfig) {
  return {
    security: {
      trufflehog: config.trufflehog_binary ? { binary: config.trufflehog_binary } : {},
      llm_pii: {
        ...(config.llm_pii_base_url ? { base_url: config.llm_pii_base_url } : {}),
        ...(config.llm_pii_model ? { model: config.llm_pii_model } : {}),
        ...(config.llm_pii_api_key_env ? { api_key_env: config.llm_pii_api_key_env } : {}),
      },
    },
  };
}

/** Every registered tool, in canonical order, with its availability here and its config flag. */
export async function listSecurityTools(ctx: OpentracesContext): Promise<SecurityToolStatus[]> {
  const { SECURITY_TOOLS } = await lib();
  const { securityToolHealth } = await import('./security-adapters.js');
  const config = readConfig(ctx);
  const health = await securityToolHealth(adapterConfig(config));
  return SECURITY_TOOLS.map((info) => {
    const h = health.find((x) => x.tool === info.name);
    return {
      ...info,
      enabled: config.security_tools.includes(info.name),
      available: h ? h.available : true,
      detail: h ? h.detail : 'in-process',
      hint: h?.hint ?? null,
    };
  });
}

/** One tool's entry (`SECURITY_UNKNOWN_TOOL`, usage, for an unknown name). */
export async function securityToolInfo(ctx: OpentracesContext, name: string): Promise<SecurityToolStatus> {
  const { getSecurityTool } = await lib();
  getSecurityTool(name);
  return (await listSecurityTools(ctx)).find((t) => t.name === name)!;
}

/** What the input line held. */
export type SanitizeInputKind = 'text' | 'row' | 'record';

/** The result of one input line of `security sanitize`. */
export interface SanitizeLineResult {
  /** 1-based line number of the input. */
  readonly line: number;
  readonly kind: SanitizeInputKind | null;
  /** The sanitized line object (`{"text": …}`, `{"row": …}` or `{"record": …}`), or null on error. */
  readonly output: Record<string, unknown> | null;
  readonly findings: readonly Finding[];
  readonly flags: readonly ClassifierFinding[];
  readonly tools_applied: readonly SecurityToolName[];
  readonly error: ErrorBody | null;
}

export interface SanitizeLinesOptions {
  /** Explicit tools (`--tools`); record-only tools are refused on text and row lines. */
  readonly tools?: readonly string[];
  /** Run the tools enabled in the config (`--use-config`); record-only tools are skipped on rows. */
  readonly useConfig?: boolean;
  /** Test seam: adapters instead of the ones built from the config. */
  readonly adapters?: SecurityAdapters;
}

const RECORD_ONLY = new Set(['trufflehog', 'llm_pii', 'capsule_scope', 'classifier']);

/**
 * Sanitizes JSON lines (`{"text": …}`, `{"row": …}` or `{"record": …}`) with the chosen tools. A bad
 * line gets an error result with its line number and byte offset; the other lines still run.
 */
export async function sanitizeJsonLines(
  ctx: OpentracesContext,
  lines: Iterable<string> | AsyncIterable<string>,
  options: SanitizeLinesOptions,
): Promise<SanitizeLineResult[]> {
  if ((options.tools === undefined) === !options.useConfig) {
    throw new OpentracesError({
      code: 'SECURITY_NO_TOOLS_CHOSEN',
      kind: 'usage',
      message: options.useConfig
        ? '--tools and --use-config are alternatives; pass one.'
        : 'security sanitize needs --tools <a,b> or --use-config.',
      hint: 'List tools with `opentraces security tools list`; enable some for --use-config with `opentraces config set security_tools regex,entropy`.',
    });
  }
  const security = await lib();
  const config = readConfig(ctx);
  let chosen: SecurityToolName[];
  if (options.useConfig) {
    chosen = config.security_tools.map((t) => security.getSecurityTool(t).name);
    if (chosen.length === 0) {
      throw new OpentracesError({
        code: 'SECURITY_NO_TOOLS_ENABLED',
        kind: 'config',
        message: 'No security tool is enabled in the config, so --use-config has nothing to run.',
        hint: 'Enable tools with `opentraces config set security_tools regex,entropy,path_anonymizer`, or pass --tools.',
      });
    }
  } else {
    chosen = (options.tools ?? []).map((t) => security.getSecurityTool(t).name);
    if (chosen.length === 0) {
      throw new OpentracesError({
        code: 'SECURITY_NO_TOOLS_CHOSEN',
        kind: 'usage',
        message: '--tools is empty.',
        hint: 'Pass tool names, e.g. --tools regex,entropy (see `opentraces security tools list`).',
      });
    }
  }
  const adapters = options.adapters ?? (await adaptersFor(chosen, config));
  const base: SanitizeOptions = {
    sensitivity: config.classifier_sensitivity,
    redactStrings: config.custom_redact_strings,
    excludePaths: config.security_exclude_paths,
  };
  const results: SanitizeLineResult[] = [];
  let n = 0;
  let offset = 0;
  for await (const raw of lines) {
    n++;
    const lineOffset = offset;
    offset += Buffer.byteLength(raw, 'utf8') + 1;
    if (raw.trim() === '') continue;
    try {
      results.push(await sanitizeOne(raw, n, chosen, !!options.useConfig, base, adapters, security));
    } catch (error) {
      if (!isOpentracesError(error)) throw error;
      results.push({
        line: n,
        kind: null,
        output: null,
        findings: [],
        flags: [],
        tools_applied: [],
        error: {
          code: error.code,
          kind: error.kind,
          message: `line ${n} (byte ${lineOffset}): ${error.message}`,
          hint: error.hint,
          retryable: false,
        },
      });
    }
  }
  return results;
}

async function sanitizeOne(
  raw: string,
  line: number,
  chosen: readonly SecurityToolName[],
  fromConfig: boolean,
  base: SanitizeOptions,
  adapters: SecurityAdapters,
  security: Awaited<ReturnType<typeof lib>>,
): Promise<SanitizeLineResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new OpentracesError({
      code: 'SECURITY_BAD_INPUT_LINE',
      kind: 'usage',
      // never the parser's own message: it quotes the input, which may hold the very secret
      message: `not JSON${jsonErrorPosition(error)}.`,
      hint: 'Each input line must be one JSON object: {"text": "…"}, {"row": {…}} or {"record": {…}}.',
    });
  }
  const kind = inputKind(parsed);
  const value = (parsed as Record<string, unknown>)[kind];
  if (kind === 'record') {
    const result = await security.sanitizeRecordAsync(value as never, { ...base, tools: chosen, adapters });
    return done(line, kind, result);
  }
  const refused = chosen.filter((t) => RECORD_ONLY.has(t));
  if (refused.length > 0 && !fromConfig) {
    throw new OpentracesError({
      code: 'SECURITY_RECORD_TOOL_ON_ROW',
      kind: 'usage',
      message: `${refused.join(', ')} run${refused.length === 1 ? 's' : ''} on whole trace records, not on ${kind === 'row' ? 'rows' : 'text'}.`,
      hint: `Drop ${refused.join(', ')} from --tools for {"${kind}": …} lines, or pass {"record": …}.`,
    });
  }
  const tools = chosen.filter((t) => !RECORD_ONLY.has(t));
  if (kind === 'text') {
    if (typeof value !== 'string') {
      throw new OpentracesError({
        code: 'SECURITY_BAD_INPUT_LINE',
        kind: 'usage',
        message: '"text" must be a string.',
        hint: 'Use {"row": …} for other JSON values.',
      });
    }
    return done(line, kind, security.redactText(value, { ...base, tools }));
  }
  return done(line, kind, security.sanitizeValue(value, { ...base, tools }));
}

function done(
  line: number,
  kind: SanitizeInputKind,
  result: {
    value: unknown;
    findings: readonly Finding[];
    flags: readonly ClassifierFinding[];
    tools_applied: readonly SecurityToolName[];
  },
): SanitizeLineResult {
  return {
    line,
    kind,
    output: { [kind]: result.value },
    findings: result.findings,
    flags: result.flags,
    tools_applied: result.tools_applied,
    error: null,
  };
}

function inputKind(parsed: unknown): SanitizeInputKind {
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const keys = Object.keys(parsed).filter((k) => k === 'text' || k === 'row' || k === 'record');
    if (keys.length === 1) return keys[0] as SanitizeInputKind;
  }
  throw new OpentracesError({
    code: 'SECURITY_BAD_INPUT_LINE',
    kind: 'usage',
    message: 'expected an object with exactly one of "text", "row" or "record".',
    hint: 'Each input line must be one JSON object: {"text": "…"}, {"row": {…}} or {"record": {…}}.',
  });
}

/** Adapters for the selected external tools, built from the config (nothing is started otherwise). */
async function adaptersFor(
  tools: readonly SecurityToolName[],
  config: OpentracesConfig,
): Promise<SecurityAdapters> {
  if (!tools.includes('trufflehog') && !tools.includes('llm_pii')) return {};
  const { createLlmPiiAdapter, createTrufflehogAdapter, findTrufflehog } = await import(
    './security-adapters.js'
  );
  const adapters: { trufflehog?: TrufflehogPort; llm_pii?: LlmPiiPort } = {};
  if (tools.includes('trufflehog') && findTrufflehog(config.trufflehog_binary ?? undefined))
    adapters.trufflehog = createTrufflehogAdapter(
      config.trufflehog_binary ? { binary: config.trufflehog_binary } : {},
    );
  if (tools.includes('llm_pii') && config.llm_pii_base_url && config.llm_pii_model) {
    const key = config.llm_pii_api_key_env ? process.env[config.llm_pii_api_key_env] : undefined;
    adapters.llm_pii = createLlmPiiAdapter({
      baseUrl: config.llm_pii_base_url,
      model: config.llm_pii_model,
      ...(key ? { apiKey: key } : {}),
    });
  }
  return adapters;
}

/** ` at character N` from a JSON.parse error, without any of the input it quotes. */
function jsonErrorPosition(error: unknown): string {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return at === undefined ? '' : ` (at character ${at})`;
}
