export { CLASSIFIER_VERSION } from './internal/tools/classifier.js';
export type {
  ExternalMatch,
  LlmPiiPort,
  SecurityAdapters,
  TrufflehogPort,
} from './internal/tools/external.js';
export {
  buildLlmPiiRequest,
  parseLlmPiiResponse,
  parseTrufflehogJsonLines,
} from './internal/tools/external.js';
export type {
  AsyncSanitizeOptions,
  ClassifierFinding,
  ClassifierFlag,
  Finding,
  SanitizeOptions,
  SanitizeResult,
  Sensitivity,
} from './options.js';
export {
  policyTools,
  ROW_FLOOR,
  SECURITY_POLICIES,
  SECURITY_POLICY_NAMES,
  SECURITY_VERSION,
  type SecurityPolicyName,
} from './policy.js';
export { REGEX_RULES } from './regex-rules.js';
export { getSecurityTool, SECURITY_TOOLS, type SecurityToolInfo, type SecurityToolName } from './registry.js';
export {
  redactText,
  sanitizeRecord,
  sanitizeRecordAsync,
  sanitizeValue,
  scanText,
  securityStaleness,
} from './sanitize.js';
export type { RegexRule } from './types.js';
