import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CORPUS } from '../../__tests__/corpus.js';
import type { CompanionFile, ParseInput } from '../../contract.js';

/**
 * A corpus transcript with its companion files, found on disk as Claude Code lays them out:
 * `<session>/subagents/*`, `<session>/tool-results/*`, and 2.0.x `agent-*.jsonl` files beside the
 * session whose first line carries its session id. Paths are relative to the session folder.
 */
export function corpusSession(file: string): {
  bytes: Uint8Array;
  fileName: string;
  companions: CompanionFile[];
} {
  const path = join(CORPUS, file);
  const dir = dirname(path);
  const stem = basename(path, '.jsonl');
  const companions: CompanionFile[] = [];
  for (const sub of ['subagents', 'tool-results']) {
    const folder = join(dir, stem, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort())
      companions.push({ path: `${sub}/${name}`, bytes: new Uint8Array(readFileSync(join(folder, name))) });
  }
  for (const name of readdirSync(dir).sort()) {
    if (!/^agent-.+\.jsonl$/.test(name)) continue;
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const first = new TextDecoder().decode(bytes.subarray(0, 64 * 1024)).split('\n')[0] ?? '';
    if (first.includes(`"sessionId":"${stem}"`)) companions.push({ path: `../${name}`, bytes });
  }
  return { bytes: new Uint8Array(readFileSync(path)), fileName: file, companions };
}

/** The corpus file as a parse input without its companions. */
export function corpusFile(file: string): ParseInput {
  return { bytes: new Uint8Array(readFileSync(join(CORPUS, file))), fileName: file };
}
