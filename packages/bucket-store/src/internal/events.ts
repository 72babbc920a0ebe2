import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BucketEvent } from '../types.js';
import { type BucketFs, writeAll } from './fs-layer.js';
import { LAYOUT } from './layout.js';

/**
 * Appends one event line and returns the log's new length (the tail pointer the manifest keeps).
 * O(1): the log is opened in append mode and never re-read to append.
 */
export function appendEvent(root: string, event: BucketEvent, fs: BucketFs): number {
  const fd = fs.openSync(join(root, LAYOUT.events), 'a', 0o600);
  try {
    writeAll(fs, fd, Buffer.from(`${JSON.stringify(event)}\n`, 'utf8'));
    return fstatSync(fd).size;
  } finally {
    fs.closeSync(fd);
  }
}

export interface SettledEvents {
  readonly count: number;
  readonly tail: number;
  /** Bytes of a half-written last line that were cut off. */
  readonly truncated_bytes: number;
}

/**
 * Brings the event count and tail pointer up to date with the log on disk. With a known tail only
 * the bytes past it are read (what an interrupted writer may have appended); without one (or when
 * the log is shorter than the pointer) the whole log is counted. A half-written last line is cut.
 */
export function settleEvents(
  root: string,
  known: { readonly count: number; readonly tail: number } | null,
  fs: BucketFs,
): SettledEvents {
  const path = join(root, LAYOUT.events);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { count: known && known.tail === 0 ? known.count : 0, tail: 0, truncated_bytes: 0 };
  }
  const from = known && known.tail <= size ? known.tail : 0;
  const base = known && known.tail <= size ? known.count : 0;
  if (from === size) return { count: base, tail: size, truncated_bytes: 0 };
  const bytes = readRange(path, from, size);
  let lines = 0;
  let lastNewline = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines += 1;
      lastNewline = i;
    }
  }
  const tail = from + lastNewline + 1;
  if (tail < size) {
    const fd = fs.openSync(path, 'r+');
    try {
      fs.ftruncateSync(fd, tail);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  return { count: base + lines, tail, truncated_bytes: size - tail };
}

function readRange(path: string, start: number, end: number): Buffer {
  const buffer = Buffer.alloc(end - start);
  const fd = openSync(path, 'r');
  try {
    let done = 0;
    while (done < buffer.length) {
      const n = readSync(fd, buffer, done, buffer.length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    return buffer.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}
