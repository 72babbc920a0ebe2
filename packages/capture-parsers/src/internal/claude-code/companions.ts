import { decodeUtf8 } from '@opentraces/schema';
import type { CompanionFile } from '../contract.js';
import { asString, isObject } from '../values.js';

/** A sub-agent transcript of the session: `subagents/agent-<id>.jsonl` (2.1.x) or `../agent-<id>.jsonl` (2.0.x). */
export interface SubagentFile {
  readonly path: string;
  /** The id in the file name (`agent-<id>.jsonl`). */
  readonly agentId: string;
  readonly bytes: Uint8Array;
}

/** `subagents/agent-<id>.meta.json` (2.1.x): which call started the sub-agent, and its type. */
export interface SubagentMeta {
  readonly toolUseId: string | null;
  readonly agentType: string | null;
}

/** The companion files of a session, sorted by kind. */
export interface SessionCompanions {
  readonly transcripts: readonly SubagentFile[];
  readonly metas: ReadonlyMap<string, SubagentMeta>;
  /** Full text of a saved tool output by companion path (`tool-results/<name>`), decoded on demand. */
  output(file: string): string | undefined;
}

const TRANSCRIPT = /(?:^|\/)agent-([^/]+)\.jsonl$/;
const META = /(?:^|\/)agent-([^/]+)\.meta\.json$/;
const SAVED_OUTPUT = 'tool-results/';

export function sortCompanions(files: readonly CompanionFile[]): SessionCompanions {
  const transcripts: SubagentFile[] = [];
  const metas = new Map<string, SubagentMeta>();
  const saved = new Map<string, Uint8Array>();
  for (const file of files) {
    const path = file.path.replace(/^\.\//, '');
    if (path.startsWith(SAVED_OUTPUT)) {
      saved.set(path, file.bytes);
      continue;
    }
    const transcript = TRANSCRIPT.exec(path);
    if (transcript?.[1]) {
      transcripts.push({ path, agentId: transcript[1], bytes: file.bytes });
      continue;
    }
    const meta = META.exec(path);
    if (meta?.[1]) metas.set(meta[1], readMeta(file.bytes));
  }
  transcripts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const decoded = new Map<string, string>();
  return {
    transcripts,
    metas,
    output(file) {
      const known = decoded.get(file);
      if (known !== undefined) return known;
      const bytes = saved.get(file);
      if (bytes === undefined) return undefined;
      const text = decodeUtf8(bytes);
      decoded.set(file, text);
      return text;
    },
  };
}

function readMeta(bytes: Uint8Array): SubagentMeta {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch {
    return { toolUseId: null, agentType: null };
  }
  const meta = isObject(value) ? value : {};
  return { toolUseId: asString(meta['toolUseId']) ?? null, agentType: asString(meta['agentType']) ?? null };
}
