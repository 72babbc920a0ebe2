export { type OpenBucketOptions, openBucket } from './fs-bucket.js';
export { writeFileAtomic } from './internal/atomic.js';
export { acquireLock, type Lock } from './internal/lock.js';
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
