// `@opentraces/schema/core`: everything of the schema package that costs nothing to load — the
// error model, canonical JSON and hashes, ids, UTF-8 helpers, the version, the vocabulary and the
// model types — without the precompiled validators, migrations and exporters (~50 ms to import).
// For hot paths: capture hooks, the bucket, the index, CLI start-up.
export { canonicalize, canonicalizePruned } from './canonical-json.js';
export {
  CONTENT_HASH_EXCLUDED_FIELDS,
  type ContentHashOptions,
  computeContentHash,
  deriveTraceId,
} from './content-hash.js';
export type { Envelope, EnvelopeBase, EnvelopeStatus, ErrorBody, ErrorEnvelope } from './envelope.js';
export {
  createError,
  ERROR_KINDS,
  type ErrorData,
  type ErrorKind,
  hasErrorCode,
  isOpentracesError,
  type JsonValue,
  OpentracesError,
  type OpentracesErrorLike,
  type OpentracesErrorOptions,
} from './errors.js';
export type { CallType, Observation, Snippet, Step, StepRole, TokenUsage, ToolCall } from './models/step.js';
export type {
  Agent,
  Attribution,
  Environment,
  GitAnchor,
  GitLink,
  Metrics,
  Outcome,
  Patch,
  SecurityMetadata,
  Task,
  TraceRecord,
} from './models/trace-record.js';
export { SECURITY_TOOL_NAMES, type SecurityToolName } from './models/vocabulary.js';
export { sha256Hex } from './sha256.js';
export { decodeUtf8, encodeUtf8 } from './utf8.js';
export { SCHEMA_VERSION } from './version.js';
