/**
 * Where a rule's pattern runs around each keyword hit, in UTF-16 code units: a match must lie
 * between `before` units before the hit's start and `after` units after it. Keeping the pattern to
 * these windows is what makes the catalogue cheap on long strings where keywords are sparse.
 */
export interface RuleWindow {
  readonly before: number;
  readonly after: number;
}

/**
 * One rule of the `regex` tool. `pattern` carries the `g` and `d` flags; the secret is the first
 * capture group that took part in the match, or the whole match when no group did. The pattern runs
 * only in a window around each case-insensitive occurrence of one of `keywords` (all lowercase);
 * a rule without keywords runs over the whole text.
 */
export interface RegexRule {
  readonly id: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  /** Extra check on a match (placeholders, decoding); false drops the match. */
  readonly validate?: (match: RegExpExecArray) => boolean;
  /**
   * Where a match may lie around a keyword hit; default {@link DEFAULT_RULE_WINDOW}. A rule whose
   * matches can end more than `after` units past its keyword must say so, or long matches may be
   * missed (a match crossing the window's end is re-checked on the whole text, but one that only
   * fails because the window cut it is not).
   */
  readonly window?: RuleWindow;
  /**
   * Offline checksum of the secret (GitHub and npm tokens carry a CRC32). Its verdict is reported
   * as `checksum: 'valid' | 'invalid'` on the span; an invalid checksum never drops the finding,
   * since a mistyped or truncated token is still worth redacting.
   */
  readonly checksum?: (secret: string) => boolean;
}

/** The window of a rule that declares none: keyword-anchored tokens, headers and assignments fit. */
export const DEFAULT_RULE_WINDOW: RuleWindow = Object.freeze({ before: 64, after: 4096 });
