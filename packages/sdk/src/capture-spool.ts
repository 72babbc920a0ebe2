import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock } from '@opentraces/bucket-store';
import { type CaptureHookResult, captureFromHook } from './capture-hook.js';
import type { OpentracesContext } from './context.js';
import { recordGitCommit } from './doctor.js';
import { type SpoolEntry, spoolDir } from './hook-spool.js';
import { isRecord } from './projects.js';

// The hook path in two halves. The agent's hook only writes its payload to a spool file and starts
// a detached worker (a few milliseconds past process start: the agent never waits for a parse).
// The worker drains the spool one capture at a time; a hook that fires while it runs leaves a file
// the same worker picks up before it exits.

export interface DrainReport {
  /** False when another worker holds the spool (it will capture what is there). */
  readonly drained: boolean;
  readonly results: readonly CaptureHookResult[];
}

/**
 * Captures everything in the spool, oldest first; several entries for one transcript become one
 * capture (it reads all new bytes anyway). One worker at a time: a second one returns at once.
 */
export async function drainCaptureSpool(ctx: OpentracesContext): Promise<DrainReport> {
  const dir = spoolDir(ctx.home);
  const results: CaptureHookResult[] = [];
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (;;) {
    let lock: Awaited<ReturnType<typeof acquireLock>>;
    try {
      lock = await acquireLock(join(dir, '.worker.lock'), 0);
    } catch {
      return { drained: false, results };
    }
    try {
      for (let batch = pending(dir); batch.length > 0; batch = pending(dir)) {
        const byTranscript = new Map<string, { entry: SpoolEntry; files: string[] }>();
        for (const file of batch) {
          const entry = readEntry(join(dir, file));
          const transcript =
            entry && isRecord(entry.payload) && typeof entry.payload['transcript_path'] === 'string'
              ? entry.payload['transcript_path']
              : `(no transcript) ${file}`;
          const group = byTranscript.get(transcript);
          if (group) {
            group.files.push(file);
            if (entry) group.entry = entry; // the latest payload (its event) wins
          } else {
            byTranscript.set(transcript, {
              entry: entry ?? { agent: 'unknown', payload: {}, spooled_at: '' },
              files: [file],
            });
          }
        }
        for (const { entry, files } of byTranscript.values()) {
          results.push(await captureEntry(ctx, entry));
          for (const file of files) rmSync(join(dir, file), { force: true });
        }
      }
    } finally {
      lock.release();
    }
    // A hook may have spooled after the last look but before the release: look once more.
    if (pending(dir).length === 0) return { drained: true, results };
  }
}

async function captureEntry(ctx: OpentracesContext, entry: SpoolEntry): Promise<CaptureHookResult> {
  if (entry.agent !== 'git') return captureFromHook(ctx, { agent: entry.agent, payload: entry.payload });
  const started = Date.now();
  const cwd =
    isRecord(entry.payload) && typeof entry.payload['cwd'] === 'string' ? entry.payload['cwd'] : '.';
  const done = recordGitCommit(ctx, { cwd });
  return { ...done, agent: 'git', event: 'post-commit', transcript: null, duration_ms: Date.now() - started };
}

function pending(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .sort();
}

function readEntry(path: string): SpoolEntry | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isRecord(value) && typeof value['agent'] === 'string') return value as unknown as SpoolEntry;
  } catch {
    // a torn or foreign file: dropped (the next hook of that session captures its bytes anyway)
  }
  return undefined;
}
