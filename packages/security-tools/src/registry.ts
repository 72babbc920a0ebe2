import { OpentracesError, type SecurityToolName } from '@opentraces/schema';
import type { FieldKind } from './internal/tools/api.js';

// The tool names (in canonical order) are schema vocabulary (`SECURITY_TOOL_NAMES`): dataset security
// policies are validated against them.
export type { SecurityToolName };

/** What the registry knows about one tool. */
export interface SecurityToolInfo {
  readonly name: SecurityToolName;
  /** Position in the canonical run order (0-based); tools always run in this order. */
  readonly order: number;
  readonly summary: string;
  /** `row`: can run on any JSON value (a dataset row); `record`: needs a full TraceRecord. */
  readonly scope: 'row' | 'record';
  /** True for every registered tool since SECURITY_VERSION 2 (kept for callers that check it). */
  readonly implemented: boolean;
  /**
   * True when the tool needs something outside this package (a binary, an endpoint): it runs only
   * through `sanitizeRecordAsync` with an adapter, and asking for it without one is an error.
   */
  readonly external: boolean;
  /** `redact` replaces what it finds; `flag` only records patterns (the classifier). */
  readonly effect: 'redact' | 'flag' | 'exclude';
  /** Field kinds the tool runs on inside a TraceRecord (the seeds' scanning table). */
  readonly fields: readonly FieldKind[];
  /** The finding types it can report (`[REDACTED:<type>]`). */
  readonly finds: readonly string[];
  /** Whether `sensitivity` (low|medium|high) changes what it reports. */
  readonly sensitivity_aware: boolean;
}

const ALL_FIELDS: readonly FieldKind[] = Object.freeze(['general', 'reasoning', 'tool_input', 'tool_result']);
const NO_ENTROPY_FIELDS: readonly FieldKind[] = Object.freeze(['general', 'tool_input']);

function tool(info: Omit<SecurityToolInfo, 'implemented'>): SecurityToolInfo {
  return Object.freeze({ ...info, implemented: true, finds: Object.freeze([...info.finds]) });
}

/** Every registered tool, in canonical order. */
export const SECURITY_TOOLS: readonly SecurityToolInfo[] = Object.freeze([
  tool({
    name: 'regex',
    order: 0,
    scope: 'row',
    external: false,
    effect: 'redact',
    fields: ALL_FIELDS,
    sensitivity_aware: false,
    finds: ['<rule id>', 'custom-string'],
    summary:
      'Known credential formats (vendor tokens, keys, JWTs, private keys), passwords in assignments, URLs, CLI flags, connection strings and headers, also inside base64, percent and \\u encodings; plus the custom redact strings of the config.',
  }),
  tool({
    name: 'entropy',
    order: 1,
    scope: 'row',
    external: false,
    effect: 'redact',
    fields: NO_ENTROPY_FIELDS,
    sensitivity_aware: true,
    finds: ['high-entropy-secret'],
    summary:
      'High-entropy values next to secret-like names (a supporting signal: never on its own, never on ids, hashes, signatures or images).',
  }),
  tool({
    name: 'trufflehog',
    order: 2,
    scope: 'record',
    external: true,
    effect: 'redact',
    fields: ALL_FIELDS,
    sensitivity_aware: false,
    finds: ['trufflehog-<detector>'],
    summary:
      'The TruffleHog binary over the serialised record (no verification, no network); every occurrence of what it finds is redacted.',
  }),
  tool({
    name: 'privacy_filter',
    order: 3,
    scope: 'row',
    external: false,
    effect: 'redact',
    fields: ALL_FIELDS,
    sensitivity_aware: true,
    finds: ['email', 'phone', 'ip-address', 'credit-card', 'us-ssn'],
    summary:
      'Personal data: email addresses, phone numbers, public IP addresses, card numbers (Luhn), US SSNs.',
  }),
  tool({
    name: 'llm_pii',
    order: 4,
    scope: 'record',
    external: true,
    effect: 'redact',
    fields: ALL_FIELDS,
    sensitivity_aware: false,
    finds: ['pii-<type>'],
    summary:
      'An OpenAI-compatible LLM endpoint that lists personal data in the record (names, addresses …); every occurrence is redacted.',
  }),
  tool({
    name: 'business_logic',
    order: 5,
    scope: 'row',
    external: false,
    effect: 'redact',
    fields: ALL_FIELDS,
    sensitivity_aware: true,
    finds: ['internal-host', 'aws-account-id', 'collab-url'],
    summary:
      'Internal infrastructure: internal hostnames, AWS account ids in ARNs, database hosts, Jira/Confluence/Slack archive URLs.',
  }),
  tool({
    name: 'path_anonymizer',
    order: 6,
    scope: 'row',
    external: false,
    effect: 'redact',
    fields: ALL_FIELDS,
    sensitivity_aware: false,
    finds: ['username'],
    summary:
      'User names in home-directory paths (macOS, Linux, Windows, WSL, ~user, hyphen-encoded project folders).',
  }),
  tool({
    name: 'capsule_scope',
    order: 7,
    scope: 'record',
    external: false,
    effect: 'exclude',
    fields: ALL_FIELDS,
    sensitivity_aware: false,
    finds: ['out-of-scope'],
    summary:
      'Excludes configured record subtrees (dotted paths such as steps.*.observations): their strings become [REDACTED:out-of-scope].',
  }),
  tool({
    name: 'classifier',
    order: 8,
    scope: 'record',
    external: false,
    effect: 'flag',
    fields: ALL_FIELDS,
    sensitivity_aware: true,
    finds: [
      'internal-hostname',
      'aws-arn-account',
      'db-connection-uri',
      'collab-url',
      'identifier-density',
      'deep-path',
      'private-key-marker',
    ],
    summary:
      'Heuristic flags for records that need a human look (internal hosts, ARNs, database URIs, dense identifiers, deep paths); records pattern and severity, never the match.',
  }),
]);

const NAMES = SECURITY_TOOLS.map((t) => t.name).join(', ');

/** The registry entry for `name`; throws `SECURITY_UNKNOWN_TOOL` (usage) for any other name. */
export function getSecurityTool(name: string): SecurityToolInfo {
  const found = SECURITY_TOOLS.find((t) => t.name === name);
  if (found) return found;
  throw new OpentracesError({
    code: 'SECURITY_UNKNOWN_TOOL',
    kind: 'usage',
    message: `${JSON.stringify(name)} is not a registered security tool.`,
    hint: `Use one of: ${NAMES}.`,
    data: { tool: name, known: SECURITY_TOOLS.map((t) => t.name) },
  });
}
