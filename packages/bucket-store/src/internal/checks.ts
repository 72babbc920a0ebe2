import { readFileSync, statSync } from 'node:fs';
import { computeContentHash, isOpentracesError } from '@opentraces/schema/core';
import type { TraceEnvelope } from '../types.js';
import { referencedBlobs, sha256, type TraceEntry } from './digest.js';
import { BLOB_HEADER, gunzip, gzipRawSize } from './gzip.js';
import { type EnvelopeHead, parseEnvelope, readEnvelopeHead } from './layout.js';
import type { BlobEntry } from './manifest.js';

/** A blob file re-hashed: its entry when intact, else what is wrong with it. */
export type BlobCheck =
  | { readonly ok: true; readonly entry: BlobEntry }
  | { readonly ok: false; readonly problem: string };

/** Re-hashes one blob file: the deterministic header, gunzip (CRC and length), SHA-256 of the content. */
export function checkBlobFile(path: string, sha: string): BlobCheck {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, problem: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (bytes.length < BLOB_HEADER.length || !bytes.subarray(0, BLOB_HEADER.length).equals(BLOB_HEADER)) {
    return { ok: false, problem: 'the gzip header is not the deterministic one' };
  }
  let raw: Buffer;
  try {
    raw = gunzip(bytes);
  } catch (error) {
    return {
      ok: false,
      problem: `not valid gzip (${(error as NodeJS.ErrnoException).code ?? 'inflate error'})`,
    };
  }
  const actual = sha256(raw);
  if (actual !== sha) return { ok: false, problem: `content hashes to ${actual}` };
  return { ok: true, entry: { sha256: sha, raw_bytes: raw.length, blob_bytes: bytes.length } };
}

/** A blob's entry from its file size and gzip trailer, without reading the content. */
export function blobEntryOf(path: string, sha: string): BlobEntry {
  return { sha256: sha, raw_bytes: gzipRawSize(path), blob_bytes: statSync(path).size };
}

export type EnvelopeCheck =
  | { readonly ok: true; readonly envelope: TraceEnvelope; readonly entry: TraceEntry }
  | { readonly ok: false; readonly problem: string };

/**
 * Reads one envelope whole and re-computes its record's content hash (`computeContentHash` of
 * `@opentraces/schema`); the record must carry the envelope's id, generation and hash.
 */
export function checkEnvelopeFile(path: string, traceId: string): EnvelopeCheck {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problem: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let envelope: TraceEnvelope;
  try {
    envelope = parseEnvelope(text, path, traceId);
  } catch (error) {
    if (isOpentracesError(error))
      return { ok: false, problem: 'not a readable envelope (invalid JSON or fields)' };
    throw error;
  }
  const { record } = envelope;
  if (record.trace_id !== traceId)
    return { ok: false, problem: `its record has trace id ${record.trace_id}` };
  if (envelope.content_hash !== null) {
    if (record.content_hash !== envelope.content_hash) {
      return { ok: false, problem: 'its record carries another content hash than the envelope' };
    }
    let actual: string;
    try {
      actual = computeContentHash(record, { sha256 });
    } catch {
      return { ok: false, problem: 'its record cannot be hashed' };
    }
    if (actual !== envelope.content_hash) return { ok: false, problem: `its record hashes to ${actual}` };
  }
  return { ok: true, envelope, entry: entryFrom(envelope, Buffer.byteLength(text)) };
}

/** The entry of a trace from its envelope head and file size. */
export function entryFrom(head: EnvelopeHead, envelopeBytes: number): TraceEntry {
  return {
    generation_index: head.generation_index,
    content_hash: head.content_hash,
    blobs: referencedBlobs(head.source),
    envelope_bytes: envelopeBytes,
  };
}

/** The head of an envelope, or what is wrong with it. */
export function readHeadSafely(
  path: string,
  traceId: string,
): { ok: true; head: EnvelopeHead } | { ok: false; problem: string } {
  try {
    const head = readEnvelopeHead(path, traceId);
    return head ? { ok: true, head } : { ok: false, problem: 'missing' };
  } catch (error) {
    if (isOpentracesError(error))
      return { ok: false, problem: 'not a readable envelope (invalid JSON or fields)' };
    return { ok: false, problem: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
