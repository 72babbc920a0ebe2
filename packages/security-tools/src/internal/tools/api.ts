import type { SecurityToolName } from '../../registry.js';

/**
 * How closely a detector should look. `low` flags only what is almost surely sensitive, `high`
 * also flags weaker signals (more redaction, more false positives). Default `medium`.
 */
export type Sensitivity = 'low' | 'medium' | 'high';

/**
 * What kind of field a string sits in, after the scanning table of the seeds: reasoning and tool
 * results are scanned without entropy (they are full of hashes and ids the agent read).
 */
export type FieldKind = 'general' | 'reasoning' | 'tool_input' | 'tool_result';

/** Where the string being scanned sits. */
export interface DetectContext {
  /** The object key the string is stored under, if any (`DB_PASSWORD`, `command`). */
  readonly field: string | undefined;
  readonly kind: FieldKind;
  readonly sensitivity: Sensitivity;
}

/** A span to redact in one string. */
export interface Span {
  /** Kebab-case type, e.g. `github-pat`, `email`, `username`; the marker is `[REDACTED:<type>]`. */
  readonly type: string;
  /** UTF-16 offsets into the scanned string; `start < end`. */
  readonly start: number;
  readonly end: number;
  /** Lower ranks win ties when overlapping spans are merged (more specific rules rank lower). */
  readonly rank: number;
}

/** A row tool: finds spans in one string. Pure, synchronous, never throws on any input. */
export interface StringDetector {
  readonly tool: SecurityToolName;
  detect(text: string, ctx: DetectContext): Span[];
}

/** A classifier flag: which pattern matched and how severe; never the matched text. */
export interface ClassifierFlag {
  readonly pattern: string;
  readonly severity: 'low' | 'medium' | 'high';
}

/** The marker that replaces a span; already-redacted text is never matched again. */
export const REDACTION_MARK = '[REDACTED:';
export function marker(type: string): string {
  return `${REDACTION_MARK}${type}]`;
}
