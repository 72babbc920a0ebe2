import {
  computeContentHash,
  OpentracesError,
  type SecurityMetadata,
  type TraceRecord,
} from '@opentraces/schema';
import { redactString } from './internal/redact-string.js';
import { mergeToolNames, resolveTools } from './internal/resolve-tools.js';
import { walkValue } from './internal/walk.js';
import type { Finding, SanitizeOptions, SanitizeResult } from './types.js';

/** Findings in a plain string (path `$`), merged so that no two overlap. */
export function scanText(text: string, options: SanitizeOptions = {}): Finding[] {
  return redactString(text, '$', resolveTools(options.tools)).findings;
}

/** `text` with every finding replaced by `[REDACTED:<rule-id>]`. */
export function redactText(text: string, options: SanitizeOptions = {}): SanitizeResult<string> {
  const tools = resolveTools(options.tools);
  const { value, findings } = redactString(text, '$', tools);
  return { value, findings, tools_applied: tools };
}

/**
 * A redacted deep copy of a JSON value: every string, object keys included, is scanned. The input
 * is not modified; the copy stays JSON-serialisable.
 */
export function sanitizeValue<T>(value: T, options: SanitizeOptions = {}): SanitizeResult<T> {
  const tools = resolveTools(options.tools);
  const walked = walkValue(value, tools);
  return { value: walked.value as T, findings: walked.findings, tools_applied: tools };
}

/**
 * `sanitizeValue` for a TraceRecord, plus provenance: `security.scanned`, `redactions_applied`
 * (added to any earlier count) and `tools_applied` (merged with earlier tools, canonical order),
 * keeping other `security` fields such as `classifier_version`; `content_hash` is recomputed.
 * With an empty tool list nothing runs and `security` is left as it was.
 */
export function sanitizeRecord(
  record: TraceRecord,
  options: SanitizeOptions = {},
): SanitizeResult<TraceRecord> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new OpentracesError({
      code: 'SECURITY_INVALID_RECORD',
      kind: 'usage',
      message: `sanitizeRecord expects a TraceRecord object, got ${Array.isArray(record) ? 'an array' : typeof record}.`,
      hint: 'Pass one parsed TraceRecord; use sanitizeValue for other JSON values.',
    });
  }
  const result = sanitizeValue(record, options);
  const sanitized: TraceRecord = { ...result.value };
  if (result.tools_applied.length > 0) {
    const previous: SecurityMetadata = sanitized.security ?? {};
    sanitized.security = {
      ...previous,
      scanned: true,
      redactions_applied: (previous.redactions_applied ?? 0) + result.findings.length,
      tools_applied: mergeToolNames(previous.tools_applied ?? [], result.tools_applied),
    };
  }
  sanitized.content_hash = computeContentHash(sanitized, options.sha256 ? { sha256: options.sha256 } : {});
  return { value: sanitized, findings: result.findings, tools_applied: result.tools_applied };
}
