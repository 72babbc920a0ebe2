import { OpentracesError, SECURITY_TOOL_NAMES, type SecurityToolName } from '@opentraces/schema';

/** The named bundles of `bucket security policy --policy` and `SanitizeOptions.policy`. */
export const SECURITY_POLICY_NAMES = ['off', 'basic', 'recommended', 'strict'] as const;
export type SecurityPolicyName = (typeof SECURITY_POLICY_NAMES)[number];

/**
 * The row floor: what every dataset row gets, whatever its workflow says (workflows may add tools,
 * never remove these).
 */
export const ROW_FLOOR: readonly SecurityToolName[] = Object.freeze([
  'regex',
  'entropy',
  'business_logic',
  'path_anonymizer',
]);

/**
 * The bundles. `basic` is the row floor; `recommended` adds personal data and the classifier's
 * flags (all in-process, no binaries); `strict` adds the external tools (TruffleHog, an LLM PII
 * endpoint) and `capsule_scope`, so it fails clearly where those are not set up.
 */
export const SECURITY_POLICIES: Readonly<Record<SecurityPolicyName, readonly SecurityToolName[]>> =
  Object.freeze({
    off: Object.freeze([]),
    basic: ROW_FLOOR,
    recommended: Object.freeze([
      'regex',
      'entropy',
      'privacy_filter',
      'business_logic',
      'path_anonymizer',
      'classifier',
    ] as SecurityToolName[]),
    strict: Object.freeze([...SECURITY_TOOL_NAMES]),
  });

/** The tools of a named policy; `SECURITY_UNKNOWN_POLICY` (usage) for any other name. */
export function policyTools(name: string): readonly SecurityToolName[] {
  if ((SECURITY_POLICY_NAMES as readonly string[]).includes(name))
    return SECURITY_POLICIES[name as SecurityPolicyName];
  throw new OpentracesError({
    code: 'SECURITY_UNKNOWN_POLICY',
    kind: 'usage',
    message: `${JSON.stringify(name)} is not a security policy.`,
    hint: `Use one of: ${SECURITY_POLICY_NAMES.join(', ')}.`,
    data: { policy: name, known: [...SECURITY_POLICY_NAMES] },
  });
}

/**
 * The version of the sanitizer's rules and pipeline, recorded in `security.security_version`. A
 * record sanitized by an older version may hold secrets the current rules find: re-sanitize it.
 * Bump it whenever a change can find something an earlier version missed.
 */
export const SECURITY_VERSION = 2;
