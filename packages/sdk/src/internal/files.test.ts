import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandSessionPaths } from './files.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ot-files-'));
  dirs.push(dir);
  const line = (sessionId: string) => `${JSON.stringify({ type: 'user', sessionId, isSidechain: true })}\n`;
  writeFileSync(join(dir, 's1.jsonl'), line('s1'));
  mkdirSync(join(dir, 's1', 'subagents'), { recursive: true });
  mkdirSync(join(dir, 's1', 'tool-results'), { recursive: true });
  writeFileSync(join(dir, 's1', 'subagents', 'agent-a1.jsonl'), line('s1'));
  writeFileSync(join(dir, 's1', 'tool-results', 'toolu_1.txt'), 'full output');
  writeFileSync(join(dir, 'agent-b2.jsonl'), line('s1')); // 2.0.x sidechain of s1, beside it
  writeFileSync(join(dir, 'agent-c3.jsonl'), line('other')); // a sidechain whose session is absent
  writeFileSync(join(dir, 's2.jsonl'), line('s2'));
  return dir;
}

describe('expandSessionPaths groups a Claude Code session with its other files', () => {
  it('attaches 2.1.x subagents/ and tool-results/ and 2.0.x sidechain files, and imports them once', () => {
    const dir = project();
    const sessions = expandSessionPaths([dir]);
    expect(sessions.map((s) => s.path.slice(dir.length + 1))).toEqual([
      'agent-c3.jsonl',
      's1.jsonl',
      's2.jsonl',
    ]);
    const s1 = sessions.find((s) => s.path.endsWith('s1.jsonl'));
    expect(s1?.companions.map((c) => c.relative)).toEqual([
      '../agent-b2.jsonl',
      'subagents/agent-a1.jsonl',
      'tool-results/toolu_1.txt',
    ]);
    expect(sessions.find((s) => s.path.endsWith('s2.jsonl'))?.companions).toEqual([]);
  });

  it('finds the companions on disk when only the transcript is given', () => {
    const dir = project();
    const [s1] = expandSessionPaths([join(dir, 's1.jsonl')]);
    expect(s1?.companions).toHaveLength(3);
  });

  it('a sub-agent file given alone is read on its own', () => {
    const dir = project();
    const only = join(dir, 's1', 'subagents', 'agent-a1.jsonl');
    expect(expandSessionPaths([only])).toEqual([{ path: only, companions: [] }]);
  });
});
