import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { OpentracesError } from '@opentraces/schema/core';
import type { TraceEnvelope, TraceSource } from '../types.js';
import { TEMP_INFIX } from './atomic.js';
import { isSafeTraceId } from './summary.js';

/** Where everything lives under the bucket root (the one place that knows the layout). */
export const LAYOUT = {
  manifest: 'manifest.json',
  pending: 'pending.json',
  events: 'events.jsonl',
  projection: 'projections.lmdb',
  lock: '.lock',
  blobs: join('blobs', 'sha256'),
  traces: 'traces',
  quarantine: 'quarantine',
} as const;

const SHA = /^[0-9a-f]{64}$/;
const SHARD = /^[0-9a-f]{2}$/;

export function isSha256(value: string): boolean {
  return SHA.test(value);
}

export function blobPath(root: string, sha: string): string {
  return join(root, LAYOUT.blobs, sha.slice(0, 2), `${sha.slice(2)}.gz`);
}

export function envelopePath(root: string, traceId: string): string {
  return join(root, LAYOUT.traces, traceId.slice(0, 2), traceId, 'envelope.json');
}

export interface BlobFile {
  readonly sha256: string;
  readonly path: string;
}

export interface TraceDir {
  readonly trace_id: string;
  readonly path: string;
}

/** What a walk of the bucket found besides blobs and envelopes. */
export interface Leftovers {
  /** `*.tmp-<pid>-<hex>` files of interrupted writes. */
  readonly temp: string[];
  /** Files under `blobs/` or `traces/` that are not named like ours. */
  readonly strays: string[];
}

/** Blob files, by name only (no content read): the listing digest and counts come from this. */
export function listBlobs(root: string, leftovers?: Leftovers): BlobFile[] {
  const out: BlobFile[] = [];
  const base = join(root, LAYOUT.blobs);
  for (const shard of readdirOrEmpty(base)) {
    const dir = join(base, shard);
    for (const name of readdirOrEmpty(dir)) {
      const path = join(dir, name);
      const sha = `${shard}${name.slice(0, -3)}`;
      if (SHARD.test(shard) && name.endsWith('.gz') && isSha256(sha)) out.push({ sha256: sha, path });
      else if (name.includes(TEMP_INFIX)) leftovers?.temp.push(path);
      else leftovers?.strays.push(path);
    }
  }
  return out.sort((a, b) => a.sha256.localeCompare(b.sha256));
}

/** Trace directories that hold an envelope, by name only. */
export function listTraceDirs(root: string, leftovers?: Leftovers): TraceDir[] {
  const out: TraceDir[] = [];
  const base = join(root, LAYOUT.traces);
  for (const shard of readdirOrEmpty(base)) {
    for (const id of readdirOrEmpty(join(base, shard))) {
      const dir = join(base, shard, id);
      let hasEnvelope = false;
      for (const name of readdirOrEmpty(dir)) {
        if (name === 'envelope.json') hasEnvelope = true;
        else if (name.includes(TEMP_INFIX)) leftovers?.temp.push(join(dir, name));
        else leftovers?.strays.push(join(dir, name));
      }
      if (hasEnvelope && isSafeTraceId(id) && id.slice(0, 2) === shard) {
        out.push({ trace_id: id, path: join(dir, 'envelope.json') });
      } else if (hasEnvelope) leftovers?.strays.push(join(dir, 'envelope.json'));
    }
  }
  return out.sort((a, b) => a.trace_id.localeCompare(b.trace_id));
}

/** Temp files left at the top of the bucket (manifest writes, lock files). */
export function listRootTemp(root: string): string[] {
  return readdirOrEmpty(root)
    .filter((name) => name.includes(TEMP_INFIX))
    .map((name) => join(root, name));
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/** The part of an envelope before its record: what counts, digests and generations need. */
export type EnvelopeHead = Omit<TraceEnvelope, 'record'> & { readonly source: TraceSource | null };

const RECORD_KEY = Buffer.from(',"record":');
const CHUNK = 64 * 1024;

/**
 * Reads an envelope's head without reading its record: envelopes are written with the record as
 * the last member, and `,"record":` cannot occur earlier (inside a JSON string a quote is escaped,
 * and no earlier member has that key). Falls back to a full parse for any other layout.
 * Undefined when the file does not exist; `BUCKET_ENVELOPE_CORRUPT` when it cannot be read.
 */
export function readEnvelopeHead(path: string, traceId: string): EnvelopeHead | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let head: Buffer | undefined;
  try {
    let buffer = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, buffer.length);
      if (n === 0) break;
      buffer = Buffer.concat([buffer, chunk.subarray(0, n)]);
      const at = buffer.indexOf(RECORD_KEY, Math.max(0, buffer.length - n - RECORD_KEY.length));
      if (at !== -1) {
        head = Buffer.concat([buffer.subarray(0, at), Buffer.from('}')]);
        break;
      }
    }
  } finally {
    closeSync(fd);
  }
  const parsed = head ? tryParse(head.toString('utf8')) : undefined;
  return parsed ? checkHead(parsed, path, traceId) : parseEnvelope(readFileSync(path, 'utf8'), path, traceId);
}

/** Parses a whole envelope file; `BUCKET_ENVELOPE_CORRUPT` when it is not an envelope. */
export function parseEnvelope(text: string, path: string, traceId: string): TraceEnvelope {
  const value = tryParse(text);
  if (!value?.['record'] || typeof value['record'] !== 'object') throw envelopeCorrupt(path, traceId);
  return checkHead(value, path, traceId) as TraceEnvelope;
}

function checkHead(value: Record<string, unknown>, path: string, traceId: string): EnvelopeHead {
  const ok =
    value['envelope'] === 'opentraces.bucket.envelope.v1' &&
    value['trace_id'] === traceId &&
    Number.isInteger(value['generation_index']) &&
    (value['content_hash'] === null || typeof value['content_hash'] === 'string') &&
    (value['source'] === null || isSource(value['source']));
  if (!ok) throw envelopeCorrupt(path, traceId);
  return value as unknown as EnvelopeHead;
}

function isSource(value: unknown): boolean {
  const blob = (value as { blob?: { sha256?: unknown } } | null)?.blob;
  return typeof blob?.sha256 === 'string' && isSha256(blob.sha256);
}

function tryParse(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function envelopeCorrupt(path: string, traceId: string): OpentracesError {
  return new OpentracesError({
    code: 'BUCKET_ENVELOPE_CORRUPT',
    kind: 'corruption',
    message: `The envelope of trace ${traceId} is damaged (${path}).`,
    hint: 'Run `opentraces bucket verify --full`, then `opentraces bucket repair` (it quarantines the file; the raw blob stays).',
    data: { trace_id: traceId, path },
  });
}
