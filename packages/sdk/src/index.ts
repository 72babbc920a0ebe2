export type { FidelityReport, ParseDiagnostic, TraceParser } from '@opentraces/capture-parsers';
export {
  type BucketManifestReport,
  type BucketStatusReport,
  bucketVerifyFailure,
  getBucketManifest,
  getBucketStatus,
  manifestAdvice,
  NO_REMOTE,
  type PrefetchReport,
  prefetchFailure,
  prefetchTrace,
  pruneBucket,
  REBUILD_SUBSTRATES,
  type RebuildReport,
  type RebuildSubstrate,
  rebuildBucket,
  repairBucket,
  verifyBucket,
} from './bucket.js';
export { type Capabilities, getCapabilities } from './capabilities.js';
export {
  type CaptureHookResult,
  captureFromHook,
  type HookPayload,
  readCaptureLog,
} from './capture-hook.js';
export { type DrainReport, drainCaptureSpool } from './capture-spool.js';
export { clockOf, type HomePaths, type OpentracesContext, resolveHomePaths } from './context.js';
export { type DiscoveredSession, discoverSessions, SESSION_LOCATIONS } from './discover.js';
export { type DoctorCheck, type DoctorReport, recordGitCommit, runDoctor } from './doctor.js';
export { type ExportReport, exportTraces } from './export-traces.js';
export { type SpoolEntry, spoolHookPayload } from './hook-spool.js';
export {
  type ImportEvent,
  type ImportedTrace,
  type ImportFailure,
  type ImportOptions,
  type ImportReport,
  importSessions,
  importSessionsIter,
  nothingImported,
} from './import-sessions.js';
export { type ParsedFile, parseFile } from './parse-file.js';
export {
  CAPTURE_AGENTS,
  type CaptureAgent,
  CONFIG_KEY_NAMES,
  captureDecision,
  checkConfigKey,
  DEFAULT_CONFIG,
  enrollProject,
  getProject,
  listProjects,
  normalizeAgent,
  type OpentracesConfig,
  PROJECT_MARKER,
  type ProjectEntry,
  projectRootOf,
  type ReviewPolicy,
  readConfig,
  removeProject,
  sessionProjectRoot,
  setConfigValue,
  type TrackingMode,
} from './projects.js';
export { type PublicationPlan, planPublication } from './publication-plan.js';
export {
  listSecurityTools,
  type SanitizeInputKind,
  type SanitizeLineResult,
  type SanitizeLinesOptions,
  type SecurityToolStatus,
  sanitizeJsonLines,
  securityToolInfo,
} from './security.js';
export { CAPTURE_SECURITY_TOOLS } from './security-floor.js';
export {
  CLAUDE_HOOK_EVENTS,
  HOOK_MARKER,
  type HookChange,
  type HookCommand,
  type HookState,
  inspectClaudeHooks,
  renderHookCommand,
  type SetupResult,
  setupClaudeCode,
  setupGit,
} from './setup.js';
export {
  CODEX_HOOK_EVENTS,
  type CodexHookEvent,
  type CodexHooksInspection,
  type CodexHookTrust,
  type CodexPaths,
  type CodexTrustReport,
  type CodexTrustStatus,
  codexHookTrustHash,
  codexPaths,
  inspectCodexHooks,
  type SetupCodexResult,
  setupCodexCli,
} from './setup-codex.js';
export { getStatus, getTrace, queryTraces, type StatusReport } from './traces.js';
