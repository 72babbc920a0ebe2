import type { RawLine } from './split-lines.js';

const LF = 0x0a;
const CR = 0x0d;
/** How many bytes before `offset` a saved state keeps to recognise a rewritten file. */
export const TAIL_BYTES = 64;

/** Where a feeder stands: enough to continue a split with the same line numbers and offsets. */
export interface FeederPosition {
  /** Bytes consumed as complete lines. */
  readonly offset: number;
  /** 1-based number of the next line. */
  readonly line: number;
  /** The first line that was not blank (a copy, at most 64 KB): the session id of last resort hashes it. */
  readonly firstLine: Uint8Array | null;
  /** Up to `TAIL_BYTES` bytes before `offset`. */
  readonly tail: Uint8Array;
}

const FIRST_LINE_MAX = 64 * 1024;

/**
 * Splits bytes pushed in pieces into lines on `\n`, exactly as `splitLines` splits the whole: same
 * line numbers, byte offsets and contents, whatever the split. A trailing partial line is kept
 * (copied — with `new Uint8Array(view)`, as `Buffer#slice` would not copy — because the caller may
 * reuse its buffer) until its `\n` arrives or `end` reads it as the last line.
 */
export class LineFeeder {
  private offsetValue: number;
  private lineValue: number;
  private first: Uint8Array | null;
  private tailValue: Uint8Array;
  private pending: Uint8Array[] = [];
  private pendingLength = 0;

  constructor(position?: FeederPosition) {
    this.offsetValue = position?.offset ?? 0;
    this.lineValue = position?.line ?? 1;
    this.first = position?.firstLine ?? null;
    this.tailValue = position?.tail ?? new Uint8Array(0);
  }

  get position(): FeederPosition {
    return { offset: this.offsetValue, line: this.lineValue, firstLine: this.first, tail: this.tailValue };
  }

  /** Bytes waiting for their `\n`. */
  get waiting(): number {
    return this.pendingLength;
  }

  push(bytes: Uint8Array, visit: (raw: RawLine) => void): void {
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(LF, start);
      if (newline === -1) break;
      this.emit(this.take(bytes.subarray(start, newline)), visit, true);
      start = newline + 1;
    }
    if (start < bytes.length) {
      this.pending.push(new Uint8Array(bytes.subarray(start)));
      this.pendingLength += bytes.length - start;
    }
  }

  /** The input ended: a partial line still waiting is read as the last line. */
  end(visit: (raw: RawLine) => void): void {
    if (this.pendingLength === 0) return;
    this.emit(this.take(new Uint8Array(0)), visit, false);
  }

  /** The line made of the waiting pieces followed by `rest`. */
  private take(rest: Uint8Array): Uint8Array {
    if (this.pendingLength === 0) return rest;
    const whole = new Uint8Array(this.pendingLength + rest.length);
    let at = 0;
    for (const piece of this.pending) {
      whole.set(piece, at);
      at += piece.length;
    }
    whole.set(rest, at);
    this.pending = [];
    this.pendingLength = 0;
    return whole;
  }

  private emit(line: Uint8Array, visit: (raw: RawLine) => void, terminated: boolean): void {
    const content = line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, -1) : line;
    if (this.first === null && content.some((byte) => byte > 0x20)) {
      this.first = new Uint8Array(content.subarray(0, FIRST_LINE_MAX));
    }
    visit({ line: this.lineValue, byteOffset: this.offsetValue, bytes: content });
    this.lineValue++;
    this.offsetValue += line.length + (terminated ? 1 : 0);
    this.keepTail(line, terminated);
  }

  /** Keeps the last `TAIL_BYTES` consumed bytes: the old tail, then `line` and its `\n`. */
  private keepTail(line: Uint8Array, terminated: boolean): void {
    const length = line.length + (terminated ? 1 : 0);
    const size = Math.min(TAIL_BYTES, this.tailValue.length + length);
    const tail = new Uint8Array(size);
    const fromOld = Math.max(0, size - length);
    tail.set(this.tailValue.subarray(this.tailValue.length - fromOld), 0);
    const fromLine = size - fromOld - (terminated ? 1 : 0);
    tail.set(line.subarray(line.length - fromLine), fromOld);
    if (terminated) tail[size - 1] = LF;
    this.tailValue = tail;
  }
}
