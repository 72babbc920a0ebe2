import { CONTEXT_RULES } from './internal/context-rules.js';
import { GENERIC_RULE } from './internal/generic-rule.js';
import { TOKEN_RULES } from './internal/token-rules.js';
import { VENDOR_RULES } from './internal/vendor-rules.js';
import type { RegexRule } from './types.js';

/**
 * The rule catalogue of the `regex` tool, most specific first: vendor tokens, then structural and
 * keyword-context rules, then the generic assignment rule. When findings overlap, the longest
 * wins and, on equal length, the earlier rule.
 */
export const REGEX_RULES: readonly RegexRule[] = Object.freeze([
  ...TOKEN_RULES,
  ...VENDOR_RULES,
  ...CONTEXT_RULES,
  GENERIC_RULE,
]);
