import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OpentracesError } from '@opentraces/schema/core';

const SESSION_FILE = /\.(jsonl|json)$/i;
/** Claude Code 2.0.x wrote sub-agent transcripts beside the session as `agent-<id>.jsonl`. */
const SIDECHAIN_FILE = /^agent-[^/]+\.jsonl$/;
/** Folders beside `<session>.jsonl` (in `<session>/`) that hold more of the same session (Claude Code 2.1.x). */
const COMPANION_DIRS = ['subagents', 'tool-results'] as const;

/** A file of the session besides its transcript (see `CompanionFile` of capture-parsers). */
export interface CompanionPath {
  readonly path: string;
  /** Relative to the session's folder `<dir>/<session>/`, `/`-separated (`../agent-x.jsonl` for 2.0.x). */
  readonly relative: string;
}

export interface SessionFile {
  readonly path: string;
  readonly companions: readonly CompanionPath[];
}

/**
 * Expands files and directories (recursively) into session files, sorted for a stable order. A
 * Claude Code session's other files — `<session>/subagents/*.jsonl`, `<session>/tool-results/*`,
 * and 2.0.x `agent-*.jsonl` sidechain files beside it that carry its session id — become its
 * companions (found on disk even when only the transcript was given) and are not imported on their
 * own while their session is.
 */
export function expandSessionPaths(paths: readonly string[]): SessionFile[] {
  const files = new Set<string>();
  for (const given of paths) {
    const path = resolve(given);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      throw new OpentracesError({
        code: 'SDK_PATH_NOT_FOUND',
        kind: 'not_found',
        message: `No file or directory at ${given}.`,
        hint: 'Pass the path of a session transcript (.jsonl) or of a folder holding them.',
        data: { path: given },
      });
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && SESSION_FILE.test(entry.name)) files.add(join(entry.parentPath, entry.name));
      }
    } else {
      files.add(path);
    }
  }
  const sessions = [...files].sort().map((path) => ({ path, companions: companionsOf(path) }));
  const attached = new Set(sessions.flatMap((s) => s.companions.map((c) => c.path)));
  return sessions.filter((s) => !attached.has(s.path));
}

/** The other files of a Claude Code session transcript (none for other files). */
export function companionsOf(sessionPath: string): CompanionPath[] {
  const name = basename(sessionPath);
  if (!name.endsWith('.jsonl') || SIDECHAIN_FILE.test(name)) return [];
  const dir = dirname(sessionPath);
  const stem = name.slice(0, -'.jsonl'.length);
  const found: CompanionPath[] = [];
  for (const sub of COMPANION_DIRS) {
    const folder = join(dir, stem, sub);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile()) found.push({ path: join(folder, entry.name), relative: `${sub}/${entry.name}` });
    }
  }
  for (const entry of safeReaddir(dir)) {
    if (!entry.isFile() || !SIDECHAIN_FILE.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (firstLineSessionId(path) === stem) found.push({ path, relative: `../${entry.name}` });
  }
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

function safeReaddir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

const HEAD_BYTES = 64 * 1024;

/** The `sessionId` of the first line of a JSONL file (read from its first 64 KiB), or null. */
function firstLineSessionId(path: string): string | null {
  const text = readHead(path, HEAD_BYTES);
  const end = text.indexOf('\n');
  return /"sessionId"\s*:\s*"([^"]+)"/.exec(end === -1 ? text : text.slice(0, end))?.[1] ?? null;
}

/** The first `bytes` bytes of a file as text (a character cut at the end becomes U+FFFD). */
export function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
