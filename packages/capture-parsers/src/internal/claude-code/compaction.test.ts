import { describe, expect, it } from 'vitest';
import { present } from '../__tests__/corpus.js';
import { claudeLines, jsonl, text } from './__tests__/claude-lines.js';
import { corpusFile } from './__tests__/corpus-session.js';
import { claudeCodeParser } from './parser.js';

// A compaction (`system` `compact_boundary`, then the `isCompactSummary` user message) becomes one
// system step `[context compacted]` followed by the summary, as the Codex parser writes it.

describe.skipIf(!present)('compactions in real transcripts', () => {
  it('a manual /compact: one system step with the summary, the chain continues across it (spotter ae4a77f8)', () => {
    // Line 1481: compact_boundary (trigger manual) whose logicalParentUuid is line 1478; the summary
    // (isCompactSummary) follows.
    const { record, fidelity } = claudeCodeParser.parse(
      corpusFile('marot__spotter/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl'),
    );
    const compactions = record.steps.filter((s) => s.role === 'system');
    expect(compactions).toHaveLength(1);
    const [step] = compactions;
    expect(step?.content).toMatch(
      /^\[context compacted\]\nThis session is being continued from a previous conversation/,
    );
    expect(step?.timestamp).toBe('2026-02-12T14:48:36.922Z');
    expect(record.metadata?.['compactions']).toBe(1);
    // The summary is not a user step, and what came before the boundary is still in the record.
    expect(
      record.steps.some((s) => s.role === 'user' && s.content?.startsWith('This session is being continued')),
    ).toBe(false);
    const at = record.steps.indexOf(step as (typeof record.steps)[number]);
    expect(at).toBeGreaterThan(100);
    expect(record.steps[0]?.content).toMatch(/^Work on bead spotter-4te/);
    expect(record.steps.length).toBeGreaterThan(at + 1);
    expect(fidelity.diagnostics).toEqual([]);
  });

  it('an auto compaction whose logicalParentUuid was never written still continues the chain (spotter 4d5611e5)', () => {
    // Line 754's logicalParentUuid is in no line of the file: the boundary follows line 753.
    const { record, fidelity } = claudeCodeParser.parse(
      corpusFile('marot__spotter/4d5611e5-241a-462a-8d15-5122611a9569.jsonl'),
    );
    expect(fidelity.diagnostics).toEqual([]);
    const at = record.steps.findIndex((s) => s.content?.startsWith('[context compacted]'));
    expect(at).toBeGreaterThan(50);
    expect(record.steps[0]?.content).toMatch(/^Work on bead spotter-dov/);
    expect(record.metadata?.['abandoned_branches']).toBeUndefined();
  });

  it('counts every compaction of a session (entireio 43/2b48f6b6e6 compacted twice)', () => {
    const { record } = claudeCodeParser.parse(corpusFile('entireio__cli/43/2b48f6b6e6/0/full.jsonl'));
    expect(record.metadata?.['compactions']).toBe(2);
    expect(record.steps.filter((s) => s.content?.startsWith('[context compacted]\n'))).toHaveLength(2);
  });

  it('counts microcompactions (tool results cleared, no summary) without a step (entireio 54/bb2ec87cc8)', () => {
    const { record } = claudeCodeParser.parse(corpusFile('entireio__cli/54/bb2ec87cc8/2/full.jsonl'));
    expect(record.metadata?.['microcompactions']).toBe(1);
  });
});

describe('compactions (hand-written lines)', () => {
  it('a compaction summary without a boundary line stands for the compaction', () => {
    const L = claudeLines();
    const bytes = jsonl(
      L.user('build it'),
      L.assistant('msg_1', [text('built')]),
      L.user('Summary: the user asked to build it; it was built.', { isCompactSummary: true }),
      L.user('now test it'),
    );
    const { record } = claudeCodeParser.parse({ bytes });
    expect(record.steps.map((s) => [s.role, s.content])).toEqual([
      ['user', 'build it'],
      ['agent', 'built'],
      ['system', '[context compacted]\nSummary: the user asked to build it; it was built.'],
      ['user', 'now test it'],
    ]);
    expect(record.metadata?.['compactions']).toBe(1);
  });

  it('a boundary whose summary was not written yet is a bare marker', () => {
    const L = claudeLines();
    const prompt = L.user('go');
    const boundary = L.system('compact_boundary', {
      parentUuid: null,
      logicalParentUuid: L.last(),
      compactMetadata: { trigger: 'auto', preTokens: 155000 },
    });
    const { record } = claudeCodeParser.parse({ bytes: jsonl(prompt, boundary) });
    expect(record.steps.map((s) => s.content)).toEqual(['go', '[context compacted]']);
  });
});
