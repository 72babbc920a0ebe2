import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { acquireLock, type BlobRef, writeFileAtomic } from '@opentraces/bucket-store';
import type { ParserState, TraceParser } from '@opentraces/capture-parsers';
import { isOpentracesError } from '@opentraces/schema/core';
import { clockOf, type OpentracesContext } from './context.js';
import { companionsOf } from './internal/files.js';
import { openStores } from './internal/stores.js';
import { captureDecision, enrollProject, isRecord, readConfig } from './projects.js';

/** The JSON a Claude Code / Codex CLI hook sends on stdin (fields we use; others are ignored). */
export interface HookPayload {
  readonly session_id?: string;
  readonly transcript_path?: string;
  readonly cwd?: string;
  readonly hook_event_name?: string;
}

export interface CaptureHookResult {
  readonly status: 'captured' | 'skipped' | 'failed';
  readonly reason: string;
  readonly agent: string;
  readonly event: string | null;
  readonly transcript: string | null;
  readonly trace_id?: string;
  readonly outcome?: 'created' | 'updated' | 'unchanged';
  readonly generation_index?: number;
  /** New bytes read this time (the whole file on a first or a from-scratch capture). */
  readonly bytes_read?: number;
  /** `resumed` from the stored offset, or `full` (first capture, rewritten file, state of another version). */
  readonly mode?: 'resumed' | 'full';
  readonly error?: { readonly code: string; readonly message: string };
  readonly duration_ms: number;
}

/** What capture keeps per transcript between hook runs, `<home>/capture/sessions/<id>.state`. */
interface StoredCapture {
  readonly format: typeof STATE_FORMAT;
  readonly transcript: string;
  readonly agent: string;
  readonly parser: ParserState;
  /**
   * SHA-256 of the file's first `HEAD_CHECK` bytes (or fewer, up to the offset): with the parser's
   * tail check, how a rewritten file is told from a grown one.
   */
  readonly head: string;
  /** Raw bytes kept so far, as consecutive pieces from offset 0. */
  readonly segments: readonly { readonly offset: number; readonly blob: BlobRef }[];
}

/**
 * On disk the parser state is kept as its own `v8` bytes inside the file: serialized once, before
 * the record (which shares its objects) is enriched and sanitized, and never decoded to be re-encoded.
 */
const STATE_FORMAT = 'opentraces.capture-state.v2';
type StoredCaptureFile = Omit<StoredCapture, 'parser'> & { readonly parser: Uint8Array };

const PARSER_AGENT: Readonly<Record<string, string>> = {
  'claude-code': 'claude-code',
  'codex-cli': 'codex-cli',
  pi: 'pi',
};

/**
 * The hook handler: capture the session a hook fired for. Reads only the bytes added since the last
 * capture (resuming the parse from its stored state), applies the security floor, stores a new
 * generation in the bucket and updates the index. Never throws: every outcome — captured, skipped
 * (not enrolled, nothing new), failed — comes back as a result and is appended to the capture log
 * that `doctor` reads.
 */
export async function captureFromHook(
  ctx: OpentracesContext,
  options: { readonly agent: string; readonly payload: unknown; readonly parsers?: readonly TraceParser[] },
): Promise<CaptureHookResult> {
  const started = Date.now();
  const payload = (isRecord(options.payload) ? options.payload : {}) as HookPayload;
  const base = {
    agent: options.agent,
    event: typeof payload.hook_event_name === 'string' ? payload.hook_event_name : null,
    transcript: typeof payload.transcript_path === 'string' ? payload.transcript_path : null,
  };
  const finish = (result: Omit<CaptureHookResult, 'duration_ms' | keyof typeof base>): CaptureHookResult => {
    const full = { ...base, ...result, duration_ms: Date.now() - started };
    appendCaptureLog(ctx, full);
    return full;
  };
  try {
    if (!base.transcript)
      return finish({ status: 'skipped', reason: 'the hook payload has no transcript_path' });
    if (!existsSync(base.transcript))
      return finish({ status: 'skipped', reason: 'the transcript file does not exist (yet)' });
    const decision = captureDecision(ctx, typeof payload.cwd === 'string' ? payload.cwd : process.cwd());
    if (!decision.capture) return finish({ status: 'skipped', reason: decision.reason });
    if (decision.reason === 'global tracking')
      enrollProject(ctx, { dir: decision.root, agents: agentsFor(options.agent), by: 'capture' });
    const captured = await captureTranscript(ctx, options.agent, base.transcript, options.parsers);
    return finish(captured);
  } catch (error) {
    const e = isOpentracesError(error)
      ? { code: error.code, message: error.message }
      : { code: 'CAPTURE_FAILED', message: error instanceof Error ? error.message : String(error) };
    return finish({ status: 'failed', reason: e.message, error: e });
  }
}

async function captureTranscript(
  ctx: OpentracesContext,
  agent: string,
  transcript: string,
  extraParsers: readonly TraceParser[] = [],
): Promise<Omit<CaptureHookResult, 'duration_ms' | 'agent' | 'event' | 'transcript'>> {
  const parsers = await import('@opentraces/capture-parsers');
  const key = createHash('sha256').update(transcript).digest('hex').slice(0, 32);
  const dir = join(ctx.home, 'capture', 'sessions');
  mkdirSync(dir, { recursive: true });
  // One capture of a transcript at a time: two hooks of one session must not store generations out of order.
  const lock = await acquireLock(join(dir, `${key}.lock`), 20_000);
  try {
    const statePath = join(dir, `${key}.state`);
    const size = statSync(transcript).size;
    const stored = readStored(statePath, transcript);
    const all = [...parsers.BUILTIN_PARSERS, ...extraParsers];
    let session: import('@opentraces/capture-parsers').ParserSession | undefined;
    let segments = stored?.segments ?? [];
    let from = 0;
    if (stored && stored.parser.offset <= size) {
      const parser = all.find((p) => p.agent === stored.agent);
      const before = readRange(transcript, Math.max(0, stored.parser.offset - 64), stored.parser.offset);
      const head = headDigest(transcript, stored.parser.offset);
      if (parser && head === stored.head && parsers.stateMatches(stored.parser, before)) {
        try {
          session = parsers.resumeSession(parser, stored.parser);
          from = stored.parser.offset;
        } catch (error) {
          if (!isOpentracesError(error) || error.code !== 'PARSE_STATE_MISMATCH') throw error;
        }
      }
    }
    if (from === stored?.parser.offset && size === from && stored) {
      return {
        status: 'skipped',
        reason: 'nothing new since the last capture',
        mode: 'resumed',
        bytes_read: 0,
      };
    }
    const fresh = readRange(transcript, from, size);
    let parserAgent = stored?.agent;
    if (!session) {
      segments = [];
      const forced = PARSER_AGENT[agent];
      const parser =
        (forced && all.find((p) => p.agent === forced)) ?? parsers.detectParser(fresh, all) ?? undefined;
      if (!parser) return { status: 'skipped', reason: 'no parser recognises the transcript', bytes_read: 0 };
      parserAgent = parser.agent;
      session = parsers.openSession(parser, { fileName: transcript });
    }
    session.push(fresh);
    const { captureRecord, loadPricing } = await import('./internal/capture.js');
    const companionFiles = companionsOf(transcript).map((c) => ({
      path: c.relative,
      bytes: readFileSync(c.path),
    }));
    const result = session.result({ contentHash: false, companions: companionFiles });
    // Serialized before the record is enriched and sanitized: the record shares objects with the state.
    const consumed = session.offset;
    const parserState = session.save();
    const stateBytes = serialize(parserState);
    const stores = await openStores(ctx, 'write');
    try {
      const kept = fresh.subarray(0, consumed - from);
      if (kept.length > 0)
        segments = [...segments, { offset: from, blob: await stores.bucket.putBlob(kept) }];
      const companions = [];
      for (const c of companionFiles)
        companions.push({ path: c.path, blob: await stores.bucket.putBlob(c.bytes) });
      const first = segments[0]?.blob ?? (await stores.bucket.putBlob(new Uint8Array(0)));
      const config = readConfig(ctx);
      const pricing = config.pricing_file ? await loadPricing(config.pricing_file) : undefined;
      const captured = await captureRecord(stores, result, {
        agent: parserAgent ?? agent,
        file: transcript,
        blob: first,
        segments,
        ...(companions.length ? { companions } : {}),
        ...(pricing ? { pricing } : {}),
        redactStrings: config.custom_redact_strings,
      });
      const next: StoredCaptureFile = {
        format: STATE_FORMAT,
        transcript,
        agent: parserAgent ?? agent,
        parser: stateBytes,
        head: headDigest(transcript, consumed),
        segments,
      };
      writeFileAtomic(statePath, serialize(next));
      return {
        status: 'captured',
        reason: `stored generation ${captured.generation_index}`,
        trace_id: captured.trace_id,
        outcome: captured.outcome,
        generation_index: captured.generation_index,
        bytes_read: fresh.length,
        mode: from > 0 ? 'resumed' : 'full',
      };
    } finally {
      await stores.close();
    }
  } finally {
    lock.release();
  }
}

const HEAD_CHECK = 4096;

function headDigest(path: string, offset: number): string {
  return createHash('sha256')
    .update(readRange(path, 0, Math.min(HEAD_CHECK, offset)))
    .digest('hex');
}

function readStored(path: string, transcript: string): StoredCapture | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const file = deserialize(readFileSync(path)) as StoredCaptureFile;
    if (file?.format === STATE_FORMAT && file.transcript === transcript)
      return { ...file, parser: deserialize(file.parser) as ParserState };
  } catch {
    // an unreadable state is only a lost shortcut: capture reads the file from the start
  }
  return undefined;
}

function readRange(path: string, start: number, end: number): Uint8Array {
  const length = Math.max(0, end - start);
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    let done = 0;
    while (done < length) {
      const n = readSync(fd, buffer, done, length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    return buffer.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

function agentsFor(agent: string): string[] {
  return PARSER_AGENT[agent] ? [agent] : [];
}

const LOG_MAX_BYTES = 1024 * 1024;

/** Appends one line to `<home>/capture/log.jsonl` (rotated to `log.1.jsonl` past 1 MiB); never throws. */
function appendCaptureLog(ctx: OpentracesContext, result: CaptureHookResult): void {
  try {
    const dir = join(ctx.home, 'capture');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'log.jsonl');
    if (existsSync(path) && statSync(path).size > LOG_MAX_BYTES) {
      renameSync(path, join(dir, 'log.1.jsonl'));
    }
    appendFileSync(path, `${JSON.stringify({ at: clockOf(ctx)().toISOString(), ...result })}\n`, {
      mode: 0o600,
    });
  } catch {
    // the log is advisory; capture must never fail the agent because of it
  }
}

/** Recent capture log entries, newest last (for `doctor` and `status`). */
export function readCaptureLog(ctx: OpentracesContext, limit = 50): (CaptureHookResult & { at: string })[] {
  const path = join(ctx.home, 'capture', 'log.jsonl');
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(-limit);
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as CaptureHookResult & { at: string }];
    } catch {
      return [];
    }
  });
}
