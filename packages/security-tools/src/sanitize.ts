import {
  computeContentHash,
  OpentracesError,
  type SecurityMetadata,
  type SecurityToolName,
  type TraceRecord,
} from '@opentraces/schema';
import {
  applyRedactions,
  classify,
  detectSpans,
  normalizeLiterals,
  type ScanSettings,
} from './internal/detect.js';
import { type LiteralMatch, redactLiterals } from './internal/literals.js';
import { mergeToolNames, refuseExternal, resolveTools } from './internal/resolve-tools.js';
import { serializedPass } from './internal/serialized-pass.js';
import { CLASSIFIER_VERSION } from './internal/tools/classifier.js';
import type { SecurityAdapters } from './internal/tools/external.js';
import { walkValue } from './internal/walk.js';
import type {
  AsyncSanitizeOptions,
  ClassifierFinding,
  Finding,
  SanitizeOptions,
  SanitizeResult,
} from './options.js';
import { SECURITY_VERSION } from './policy.js';
import { getSecurityTool } from './registry.js';

const NO_ADAPTERS: ReadonlySet<string> = new Set();

function settingsOf(options: SanitizeOptions, available: ReadonlySet<string>): ScanSettings {
  const tools = resolveTools(options);
  refuseExternal(tools, available);
  return {
    tools,
    sensitivity: options.sensitivity ?? 'medium',
    literals: normalizeLiterals(options.redactStrings),
  };
}

/** Findings in a plain string (path `$`), merged so that no two overlap. */
export function scanText(text: string, options: SanitizeOptions = {}): Finding[] {
  return [...redactText(text, options).findings];
}

/** `text` with every finding replaced by `[REDACTED:<type>]`. */
export function redactText(text: string, options: SanitizeOptions = {}): SanitizeResult<string> {
  const settings = settingsOf(options, NO_ADAPTERS);
  const spans = detectSpans(text, settings, undefined, 'general');
  const flags: ClassifierFinding[] = classify(text, settings).map((f) => ({ ...f, path: '$' }));
  const findings: Finding[] = spans.map((s) => ({
    type: s.type,
    tool: s.tool,
    path: '$',
    start: s.start,
    end: s.end,
    ...(s.checksum ? { checksum: s.checksum } : {}),
  }));
  return { value: applyRedactions(text, spans), findings, tools_applied: settings.tools, flags };
}

function runSync(
  value: unknown,
  settings: ScanSettings,
  options: SanitizeOptions,
  record: boolean,
): { value: unknown; findings: Finding[]; flags: ClassifierFinding[] } {
  const walked = walkValue(value, settings, {
    record,
    ...(options.excludePaths ? { excludePaths: options.excludePaths } : {}),
  });
  if (options.serializedPass === false || !settings.tools.includes('regex')) return walked;
  const second = serializedPass(walked.value);
  return { value: second.value, findings: [...walked.findings, ...second.findings], flags: walked.flags };
}

/**
 * A redacted deep copy of a JSON value: every string, object keys included, is scanned (all as
 * `general` fields), then the serialized line once more with `regex`. The input is not modified; the
 * copy stays JSON-serialisable. The external tools need `sanitizeRecordAsync`.
 */
export function sanitizeValue<T>(value: T, options: SanitizeOptions = {}): SanitizeResult<T> {
  const settings = settingsOf(options, NO_ADAPTERS);
  const result = runSync(value, settings, options, false);
  return {
    value: result.value as T,
    findings: result.findings,
    tools_applied: settings.tools,
    flags: result.flags,
  };
}

function assertRecord(record: unknown): asserts record is TraceRecord {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new OpentracesError({
      code: 'SECURITY_INVALID_RECORD',
      kind: 'usage',
      message: `sanitizeRecord expects a TraceRecord object, got ${Array.isArray(record) ? 'an array' : typeof record}.`,
      hint: 'Pass one parsed TraceRecord; use sanitizeValue for other JSON values.',
    });
  }
}

/**
 * `sanitizeValue` for a TraceRecord, with the field kinds of the seeds' scanning table (reasoning and
 * tool results without entropy), plus provenance: `security.scanned`, `redactions_applied` and
 * `tool_counts` (added to earlier counts), `tools_applied` (merged with earlier tools, canonical
 * order), `security_version`, the classifier's version and flag summary; `content_hash` is
 * recomputed. With an empty tool list nothing runs and `security` is left as it was.
 */
export function sanitizeRecord(
  record: TraceRecord,
  options: SanitizeOptions = {},
): SanitizeResult<TraceRecord> {
  assertRecord(record);
  const settings = settingsOf(options, NO_ADAPTERS);
  const result = runSync(record, settings, options, true);
  return finish(result.value as TraceRecord, settings.tools, result.findings, result.flags, options);
}

/**
 * `sanitizeRecord` with the external tools too: after the in-process tools, each external tool gets
 * the serialized record from its adapter (`trufflehog`: the binary; `llm_pii`: an endpoint) and every
 * occurrence of what it reports is redacted. A selected external tool without an adapter throws
 * `SECURITY_TOOL_MISSING` (config) before anything runs; an adapter failure propagates (nothing is
 * returned half-sanitized).
 */
export async function sanitizeRecordAsync(
  record: TraceRecord,
  options: AsyncSanitizeOptions = {},
): Promise<SanitizeResult<TraceRecord>> {
  assertRecord(record);
  const adapters: SecurityAdapters = options.adapters ?? {};
  const available = new Set(Object.keys(adapters).filter((k) => adapters[k as keyof SecurityAdapters]));
  const settings = settingsOf(options, available);
  const result = runSync(record, settings, options, true);
  let value = result.value;
  const findings = [...result.findings];
  for (const tool of settings.tools) {
    if (!getSecurityTool(tool).external) continue;
    const serialized = JSON.stringify(value);
    const reported =
      tool === 'trufflehog'
        ? await adapters.trufflehog!.scan(serialized)
        : await adapters.llm_pii!.find(serialized);
    const matches: LiteralMatch[] = reported
      .filter((m) => !m.text.includes('[REDACTED:'))
      .map((m) => ({ text: m.text, type: m.type, tool }));
    const redacted = redactLiterals(value, matches);
    value = redacted.value;
    findings.push(...redacted.findings);
  }
  return finish(value as TraceRecord, settings.tools, findings, result.flags, options);
}

function countByTool(findings: readonly Finding[], previous: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (typeof previous === 'object' && previous !== null) {
    for (const [k, v] of Object.entries(previous)) if (typeof v === 'number') counts[k] = v;
  }
  for (const f of findings) counts[f.tool] = (counts[f.tool] ?? 0) + 1;
  return counts;
}

/** A summary of classifier flags: pattern, highest severity, how many strings raised it. */
function flagSummary(
  flags: readonly ClassifierFinding[],
): { pattern: string; severity: string; count: number }[] {
  const order = { low: 0, medium: 1, high: 2 } as const;
  const byPattern = new Map<
    string,
    { pattern: string; severity: 'low' | 'medium' | 'high'; count: number }
  >();
  for (const f of flags) {
    const entry = byPattern.get(f.pattern);
    if (!entry) byPattern.set(f.pattern, { pattern: f.pattern, severity: f.severity, count: 1 });
    else {
      entry.count++;
      if (order[f.severity] > order[entry.severity]) entry.severity = f.severity;
    }
  }
  return [...byPattern.values()].sort((a, b) => (a.pattern < b.pattern ? -1 : 1));
}

function finish(
  value: TraceRecord,
  tools: readonly SecurityToolName[],
  findings: Finding[],
  flags: ClassifierFinding[],
  options: SanitizeOptions,
): SanitizeResult<TraceRecord> {
  const sanitized: TraceRecord = { ...value };
  if (tools.length > 0) {
    const previous: SecurityMetadata = sanitized.security ?? {};
    const security: SecurityMetadata = {
      ...previous,
      scanned: true,
      redactions_applied: (previous.redactions_applied ?? 0) + findings.length,
      tools_applied: mergeToolNames(previous.tools_applied ?? [], tools),
      tool_counts: countByTool(findings, previous.tool_counts),
      security_version: SECURITY_VERSION,
    };
    if (tools.includes('classifier')) {
      security.classifier_version = CLASSIFIER_VERSION;
      security.classifier_flags = flagSummary(flags);
    }
    sanitized.security = security;
  }
  sanitized.content_hash = computeContentHash(sanitized, options.sha256 ? { sha256: options.sha256 } : {});
  return { value: sanitized, findings, tools_applied: tools, flags };
}

/**
 * Why a stored record should be sanitized again, or undefined when it is current: never scanned,
 * scanned by an older `SECURITY_VERSION`, or missing one of `requiredTools` in `tools_applied`.
 */
export function securityStaleness(
  record: Pick<TraceRecord, 'security'>,
  requiredTools: readonly SecurityToolName[] = [],
): 'not_scanned' | 'older_security_version' | 'missing_tools' | undefined {
  const security = record.security;
  if (!security?.scanned) return 'not_scanned';
  const version = (security as { security_version?: unknown }).security_version;
  if (typeof version !== 'number' || version < SECURITY_VERSION) return 'older_security_version';
  const applied = new Set(security.tools_applied ?? []);
  return requiredTools.every((t) => applied.has(t)) ? undefined : 'missing_tools';
}
