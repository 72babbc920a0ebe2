import * as nodeFs from 'node:fs';
import { OpentracesError } from '@opentraces/schema/core';

/**
 * The file operations through which the bucket *writes* (reads use `node:fs` directly). Injectable
 * so tests can run a full disk (ENOSPC at any byte) or a crash at any write, without root.
 */
export interface BucketFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position?: number | null): number;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, link: string): void;
  unlinkSync(path: string): void;
  mkdirSync(path: string, options: { recursive: true; mode?: number }): void;
  utimesSync(path: string, atime: Date, mtime: Date): void;
}

export const NODE_FS: BucketFs = {
  openSync: (path, flags, mode) => nodeFs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length, position) => nodeFs.writeSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  ftruncateSync: (fd, length) => nodeFs.ftruncateSync(fd, length),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  linkSync: (existing, link) => nodeFs.linkSync(existing, link),
  unlinkSync: (path) => nodeFs.unlinkSync(path),
  mkdirSync: (path, options) => {
    nodeFs.mkdirSync(path, options);
  },
  utimesSync: (path, atime, mtime) => nodeFs.utimesSync(path, atime, mtime),
};

/** Writes all of `bytes` at the file's current position (or from `position`). */
export function writeAll(fs: BucketFs, fd: number, bytes: Uint8Array, position: number | null = null): void {
  let written = 0;
  while (written < bytes.length) {
    const n = fs.writeSync(
      fd,
      bytes,
      written,
      bytes.length - written,
      position === null ? null : position + written,
    );
    written += n;
  }
}

/** Removes a file, ignoring one that is already gone. */
export function removeFile(fs: BucketFs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Turns an operating-system write failure into the error users see: a full disk or a read-only /
 * forbidden bucket is a `failure` with a hint, never a stack trace. Other errors pass through.
 */
export function describeWriteError(error: unknown, root: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if ((code && DISK_FULL.has(code)) || /no space left on device|MDB_MAP_FULL/i.test(message)) {
    return new OpentracesError({
      code: 'BUCKET_DISK_FULL',
      kind: 'failure',
      message: `The disk holding the bucket is full (${code ?? 'ENOSPC'}); nothing was stored by this write.`,
      hint: `Free disk space on the filesystem of ${root}, then retry; \`opentraces bucket verify\` confirms the bucket is intact.`,
      data: { root, errno: code ?? 'ENOSPC' },
      retryable: true,
      cause: error,
    });
  }
  if (code && NOT_WRITABLE.has(code)) {
    return new OpentracesError({
      code: 'BUCKET_NOT_WRITABLE',
      kind: 'failure',
      message: `The bucket at ${root} cannot be written (${code}).`,
      hint: 'Check the permissions and mount of the opentraces home (`--home` / $OPENTRACES_HOME).',
      data: { root, errno: code },
      cause: error,
    });
  }
  return error;
}
