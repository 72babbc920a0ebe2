import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceParser } from '@opentraces/capture-parsers';
import { readHead } from './internal/files.js';

/**
 * Where each agent keeps its transcripts, relative to the user's home directory, and which file
 * names hold sessions there. Files are then confirmed by content (the parser's `detect`).
 */
export const SESSION_LOCATIONS: Readonly<Record<string, readonly { dir: string; file: RegExp }[]>> = {
  'claude-code': [{ dir: '.claude/projects', file: /\.jsonl$/ }],
  'codex-cli': [{ dir: '.codex/sessions', file: /^rollout-.*\.jsonl$/ }],
  'gemini-cli': [{ dir: '.gemini/tmp', file: /\.jsonl?$/ }],
  pi: [{ dir: '.pi/agent/sessions', file: /\.jsonl$/ }],
  'copilot-cli': [
    { dir: '.copilot/session-state', file: /\.jsonl$/ },
    { dir: '.copilot/history-session-state', file: /\.jsonl?$/ },
  ],
};

export interface DiscoveredSession {
  readonly agent: string;
  readonly path: string;
  readonly bytes: number;
  readonly modified: string;
}

const SAMPLE_BYTES = 16 * 1024;

/**
 * Sessions under the default agent locations of `userHome`, newest first. Reads only the first
 * 16 KiB of each candidate file (to confirm the format); never writes.
 */
export async function discoverSessions(options: {
  readonly userHome: string;
  readonly agent?: string;
  readonly parsers?: readonly TraceParser[];
}): Promise<DiscoveredSession[]> {
  const { BUILTIN_PARSERS } = await import('@opentraces/capture-parsers');
  const parsers = [...BUILTIN_PARSERS, ...(options.parsers ?? [])];
  const found: DiscoveredSession[] = [];
  for (const [agent, locations] of Object.entries(SESSION_LOCATIONS)) {
    if (options.agent && options.agent !== agent) continue;
    const parser = parsers.find((p) => p.agent === agent);
    for (const { dir, file } of locations) {
      for (const path of walk(join(options.userHome, dir))) {
        if (!file.test(path.slice(path.lastIndexOf('/') + 1))) continue;
        if (parser && !parser.detect(readHead(path, SAMPLE_BYTES))) continue;
        const stat = statSync(path);
        found.push({ agent, path, bytes: stat.size, modified: stat.mtime.toISOString() });
      }
    }
  }
  return found.sort((a, b) => b.modified.localeCompare(a.modified) || a.path.localeCompare(b.path));
}

function walk(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
