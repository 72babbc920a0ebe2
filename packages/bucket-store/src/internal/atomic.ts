import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { type BucketFs, NODE_FS, removeFile, writeAll } from './fs-layer.js';

/** The infix of every temp file the bucket writes: `<name>.tmp-<pid>-<hex>` (prune finds leftovers by it). */
export const TEMP_INFIX = '.tmp-';
const TEMP_NAME = /\.tmp-(\d+)-[0-9a-f]+$/;

/** The pid that wrote a temp file, or undefined when the name is not one of ours. */
export function tempFileOwner(name: string): number | undefined {
  const match = TEMP_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

export function tempPathFor(path: string): string {
  return `${path}${TEMP_INFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Writes a file atomically: temp file in the same directory, fsync, rename, fsync the directory. */
export function writeFileAtomic(path: string, data: Uint8Array | string, fs: BucketFs = NODE_FS): void {
  fs.mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    writeAll(fs, fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } catch (error) {
    closeQuietly(fs, fd);
    removeQuietly(fs, tmp);
    throw error;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, path);
  } catch (error) {
    removeQuietly(fs, tmp);
    throw error;
  }
  fsyncDir(dirname(path), fs);
}

/** fsync of a directory, so a rename or unlink in it survives a power loss. */
export function fsyncDir(dir: string, fs: BucketFs = NODE_FS): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // Some filesystems refuse to fsync a directory; the rename is still atomic there.
  } finally {
    closeQuietly(fs, fd);
  }
}

function closeQuietly(fs: BucketFs, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // already failing; the original error is what matters
  }
}

function removeQuietly(fs: BucketFs, path: string): void {
  try {
    removeFile(fs, path);
  } catch {
    // a temp file left behind is removed by `bucket prune`
  }
}
