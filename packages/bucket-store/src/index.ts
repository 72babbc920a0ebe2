export { type OpenBucketOptions, openBucket } from './fs-bucket.js';
export { writeFileAtomic } from './internal/atomic.js';
export { type BucketFs, NODE_FS } from './internal/fs-layer.js';
export { acquireLock, type Lock } from './internal/lock.js';
export type { Manifest, ManifestCounts, ManifestDigest, ManifestState } from './internal/manifest.js';
export {
  bucketCorruptionError,
  checkTraceBlobs,
  DEFAULT_PRUNE_GRACE_MS,
  DEFAULT_VERIFY_SAMPLE,
  describeManifest,
  type HealReport,
  healManifest,
  inspectManifest,
  type MaintenanceOptions,
  type ManifestDocument,
  type ManifestInspection,
  type PrunePlan,
  pruneBucket,
  type RebuildReport,
  type RepairReport,
  rebuildProjections,
  repairBucket,
  type TraceBlobCheck,
  type VerifyIssue,
  type VerifyNotice,
  type VerifyReport,
  verifyBucket,
} from './maintenance.js';
export type {
  BlobRef,
  BucketEvent,
  BucketStatus,
  BucketStore,
  PutTraceInput,
  PutTraceResult,
  TraceEnvelope,
  TraceSource,
  TraceSummary,
} from './types.js';
