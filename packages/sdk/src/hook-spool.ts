import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The write half of the hook path, importable on its own (`@opentraces/sdk/hook`, node builtins
// only) so that the process an agent's hook starts loads almost nothing. See capture-spool.ts.

/** One hook run waiting to be captured. */
export interface SpoolEntry {
  readonly agent: string;
  readonly payload: unknown;
  readonly spooled_at: string;
}

export const spoolDir = (home: string) => join(home, 'capture', 'spool');

let sequence = 0;

/**
 * Writes a hook payload to the spool (atomically: temp file + rename). Uses only `node:` modules so
 * the CLI's hook fast path can call it without loading anything else.
 */
export function spoolHookPayload(home: string, entry: SpoolEntry): string {
  const dir = spoolDir(home);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Time, then a per-process sequence: two payloads of one process in the same millisecond keep their order.
  sequence += 1;
  const name = `${Date.now().toString().padStart(15, '0')}-${process.pid}-${sequence.toString().padStart(9, '0')}-${randomBytes(4).toString('hex')}.json`;
  const tmp = join(dir, `.${name}.tmp`);
  writeFileSync(tmp, JSON.stringify(entry), { mode: 0o600 });
  const path = join(dir, name);
  renameSync(tmp, path);
  return path;
}

/**
 * Starts the spool worker (`<node> <cli> _capture-worker --home <home>`) detached from the hook
 * process, which can then exit at once. A worker that finds another one running exits too.
 */
export function startSpoolWorker(options: {
  readonly node: string;
  readonly cli: string;
  readonly home: string;
}): void {
  const child = spawn(options.node, [options.cli, '_capture-worker', '--home', options.home], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}
