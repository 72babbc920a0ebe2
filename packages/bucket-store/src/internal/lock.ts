import { readFileSync, statSync } from 'node:fs';
import { OpentracesError } from '@opentraces/schema/core';
import { tempPathFor } from './atomic.js';
import { type BucketFs, NODE_FS, removeFile, writeAll } from './fs-layer.js';

export interface Lock {
  release(): void;
}

export interface LockOptions {
  readonly fs?: BucketFs;
}

/** Who holds a lock (or is recorded as the writer of a pending operation). */
export interface LockOwner {
  readonly pid: number;
  /** Process start time (Linux clock ticks), to tell a live owner from a recycled pid. */
  readonly start: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One writer at a time: a lock file holding the owner's pid and start time, created whole with
 * `link` (never seen half-written). A lock whose owner is gone is taken over under a second,
 * short-lived guard file, so two waiters can never both remove it. Waits at most `timeoutMs`, then
 * fails with `BUCKET_LOCKED` (busy).
 */
export async function acquireLock(path: string, timeoutMs: number, options: LockOptions = {}): Promise<Lock> {
  const fs = options.fs ?? NODE_FS;
  const me = currentOwner();
  const content = `${me.pid}\n${me.start ?? ''}\n`;
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    if (createExclusive(fs, path, content)) {
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readText(path) === content) removeFile(fs, path);
        },
      };
    }
    if (isStale(path)) {
      takeOver(fs, path, content);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new OpentracesError({
        code: 'BUCKET_LOCKED',
        kind: 'busy',
        message: `The bucket is locked by another opentraces process (lock file ${path}).`,
        hint: 'Wait for the other capture or maintenance command to finish, then retry.',
        data: { lock: path, waited_ms: timeoutMs, owner_pid: readOwner(path)?.pid ?? null },
        retryable: true,
      });
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 50);
  }
}

/** The owner recorded in a lock file, if it can be read. */
export function readOwner(path: string): LockOwner | undefined {
  return parseOwner(readText(path));
}

/** Whether a recorded owner is still running (a recycled pid with another start time is not). */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (owner.start === null) return true;
  const start = processStart(owner.pid);
  return start === null || start === owner.start;
}

export function currentOwner(): LockOwner {
  return { pid: process.pid, start: processStart(process.pid) };
}

/** Creates `path` with `content` if it does not exist; false when it does. */
function createExclusive(fs: BucketFs, path: string, content: string): boolean {
  const tmp = tempPathFor(path);
  try {
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      writeAll(fs, fd, Buffer.from(content, 'utf8'));
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(tmp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP')
      return createWithOpen(fs, path, content);
    throw error;
  } finally {
    removeFile(fs, tmp);
  }
}

/** For filesystems without hard links: `O_EXCL` create, then the content (briefly empty). */
function createWithOpen(fs: BucketFs, path: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeAll(fs, fd, Buffer.from(content, 'utf8'));
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** A lock is stale when its owner is gone, or when it has had no readable owner for 10 s. */
function isStale(path: string): boolean {
  const text = readText(path);
  if (text === undefined) return false;
  const owner = parseOwner(text);
  if (owner) return !ownerAlive(owner);
  try {
    return Date.now() - statSync(path).mtimeMs > 10_000;
  } catch {
    return false;
  }
}

/** Removes a stale lock, under a guard so that a lock taken meanwhile by a live writer survives. */
function takeOver(fs: BucketFs, path: string, content: string): void {
  const guard = `${path}.takeover`;
  if (!createExclusive(fs, guard, content)) {
    if (isStale(guard)) removeFile(fs, guard);
    return;
  }
  try {
    if (isStale(path)) removeFile(fs, path);
  } finally {
    removeFile(fs, guard);
  }
}

function parseOwner(text: string | undefined): LockOwner | undefined {
  if (text === undefined) return undefined;
  const [pidText, start] = text.split('\n');
  const pid = Number.parseInt(pidText ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, start: start ? start : null };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Start time of a process from `/proc` (Linux); null elsewhere or when unreadable. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
