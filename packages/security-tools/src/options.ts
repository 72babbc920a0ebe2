import type { SecurityToolName } from '@opentraces/schema';
import type { ClassifierFlag, Sensitivity } from './internal/tools/api.js';
import type { SecurityAdapters } from './internal/tools/external.js';
import type { SecurityPolicyName } from './policy.js';

export type { ClassifierFlag, Sensitivity };

/** One detected secret: which rule found it, in which string, and where in that string. */
export interface Finding {
  /** The rule id or finding type, e.g. `github-pat`, `generic-secret`, `email`, `username`. */
  readonly type: string;
  readonly tool: SecurityToolName;
  /**
   * JSON path of the string holding the secret, e.g. `$.steps[3].tool_calls[0].input.command`;
   * `$` for a plain string. A secret inside an object key has the member's path followed by `~`.
   * Paths are built from redacted keys, so they never contain a secret.
   */
  readonly path: string;
  /** UTF-16 offsets of the secret within the original (unredacted) string value. */
  readonly start: number;
  readonly end: number;
  /** For formats with an offline checksum (GitHub, npm tokens): whether it holds. Never a reason to keep a token. */
  readonly checksum?: 'valid' | 'invalid';
  /** `serialized` when the second pass over the serialized line found it (the first pass did not). */
  readonly pass?: 'serialized';
}

/** A classifier flag with the path of the string that raised it (never the matched text). */
export interface ClassifierFinding extends ClassifierFlag {
  readonly path: string;
}

/** A redacted copy of the input, what was found, and which tools ran. */
export interface SanitizeResult<T> {
  readonly value: T;
  readonly findings: readonly Finding[];
  /** The tools that ran, in canonical order. */
  readonly tools_applied: readonly SecurityToolName[];
  /** Classifier flags (only when `classifier` ran). */
  readonly flags: readonly ClassifierFinding[];
}

/** Which tools to run and how. Tools always run in canonical order. */
export interface SanitizeOptions {
  /** The tools to run; default `['regex']`. Mutually exclusive with `policy`. */
  readonly tools?: readonly SecurityToolName[];
  /** A named bundle (`off|basic|recommended|strict`) instead of `tools`. */
  readonly policy?: SecurityPolicyName;
  /** low|medium|high for the sensitivity-aware tools; default `medium`. */
  readonly sensitivity?: Sensitivity;
  /**
   * Literal strings always redacted wherever they occur (case-sensitive), as `custom-string`,
   * whenever any tool runs. From the config's `custom_redact_strings`.
   */
  readonly redactStrings?: readonly string[];
  /** For `capsule_scope`: dotted paths of subtrees to exclude (`steps.*.observations`, `metadata.raw`). */
  readonly excludePaths?: readonly string[];
  /**
   * Run the `regex` tool a second time over the serialized JSON line (the seeds' two-pass scan);
   * default true for `sanitizeRecord`/`sanitizeValue` whenever `regex` runs.
   */
  readonly serializedPass?: boolean;
  /**
   * Hex SHA-256 of a UTF-8 string, for the `content_hash` `sanitizeRecord` recomputes. Defaults to
   * the pure implementation; callers with `node:crypto` pass theirs (same digest, faster).
   */
  readonly sha256?: (text: string) => string;
}

/** `SanitizeOptions` plus the adapters the external tools (`trufflehog`, `llm_pii`) need. */
export interface AsyncSanitizeOptions extends SanitizeOptions {
  readonly adapters?: SecurityAdapters;
}
