import { createHash } from 'node:crypto';
import type { TraceSource } from '../types.js';

/**
 * Incremental digests of the bucket: a multiset hash, the sum modulo 2^256 of the SHA-256 of every
 * element. Adding or removing one element is O(1) (no re-hashing of the rest), the order of writes
 * does not matter, and two buckets holding the same traces and blobs have the same digest. It
 * detects drift and accidental damage; it is not a commitment against a deliberate forger.
 *
 * Elements: one per trace (its current generation: id, generation, content hash and every blob it
 * references) and one per blob (its address).
 */
export const DIGEST_ALGORITHM = 'opentraces.multiset-sha256.v1';
export const ZERO_DIGEST = '0'.repeat(64);
const MODULUS = 1n << 256n;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function addElement(digest: string, element: string, sign: 1 | -1 = 1): string {
  const sum = BigInt(`0x${digest}`) + BigInt(sign) * BigInt(`0x${sha256(element)}`);
  return (((sum % MODULUS) + MODULUS) % MODULUS).toString(16).padStart(64, '0');
}

/** The one root value of both digests (what sync compares). */
export function rootDigest(traces: string, blobs: string): string {
  return sha256(`${DIGEST_ALGORITHM}\ntraces ${traces}\nblobs ${blobs}\n`);
}

/** What one trace contributes to the digest and counts: read from an envelope's head. */
export interface TraceEntry {
  readonly generation_index: number;
  readonly content_hash: string | null;
  /** Every blob the generation references, sorted and unique. */
  readonly blobs: readonly string[];
  readonly envelope_bytes: number;
}

export function traceElement(traceId: string, entry: TraceEntry): string {
  return `trace\n${traceId}\n${entry.generation_index}\n${entry.content_hash ?? '-'}\n${entry.blobs.join(',')}`;
}

export function blobElement(sha: string): string {
  return `blob\n${sha}`;
}

/** Every blob a source references: the raw transcript (or its first piece), its pieces, its companions. */
export function referencedBlobs(source: TraceSource | null | undefined): string[] {
  if (!source) return [];
  const all = new Set<string>([source.blob.sha256]);
  for (const s of source.segments ?? []) all.add(s.blob.sha256);
  for (const c of source.companions ?? []) all.add(c.blob.sha256);
  return [...all].sort();
}
