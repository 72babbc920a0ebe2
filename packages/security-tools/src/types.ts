import type { SecurityToolName } from './registry.js';

/** One detected secret: which rule found it, in which string, and where in that string. */
export interface Finding {
  /** The rule id, e.g. `github-pat`, `generic-secret`. */
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
}

/** A redacted copy of the input, what was found, and which tools ran. */
export interface SanitizeResult<T> {
  readonly value: T;
  readonly findings: readonly Finding[];
  /** The tools that ran, in canonical order. */
  readonly tools_applied: readonly SecurityToolName[];
}

/** Which tools to run; default `['regex']`. They always run in canonical order. */
export interface SanitizeOptions {
  readonly tools?: readonly SecurityToolName[];
  /**
   * Hex SHA-256 of a UTF-8 string, for the `content_hash` `sanitizeRecord` recomputes. Defaults to
   * the pure implementation; callers with `node:crypto` pass theirs (same digest, faster).
   */
  readonly sha256?: (text: string) => string;
}

/**
 * One rule of the `regex` tool. `pattern` carries the `g` and `d` flags; the secret is the first
 * capture group that took part in the match, or the whole match when no group did. The pattern runs
 * only when the lowercased text contains one of `keywords` (all lowercase).
 */
export interface RegexRule {
  readonly id: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  /** Extra check on a match (checksums, placeholders, decoding); false drops the match. */
  readonly validate?: (match: RegExpExecArray) => boolean;
}
