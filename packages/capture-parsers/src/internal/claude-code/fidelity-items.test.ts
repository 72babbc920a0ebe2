import type { Observation, Step } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { present } from '../__tests__/corpus.js';
import { claudeLines, jsonl, text, toolUse } from './__tests__/claude-lines.js';
import { corpusFile } from './__tests__/corpus-session.js';
import { OMITTED_THINKING, REDACTED_THINKING } from './content.js';
import { claudeCodeParser } from './parser.js';
import { savedOutputOf } from './spine.js';

const observationsOf = (steps: readonly Step[]) => steps.flatMap((s) => s.observations ?? []);
const resultFor = (steps: readonly Step[], id: string) =>
  observationsOf(steps).filter((o) => o.source_call_id === id);

describe('saved tool outputs (tool-results/<id>.txt)', () => {
  /** A 2.1.330 Bash result replaced by a preview, as Claude Code writes it. */
  function bigOutput() {
    const L = claudeLines();
    const full = Array.from({ length: 5000 }, (_, i) => String(i + 1)).join('\n');
    const stub = `<persisted-output>\nOutput too large (23.9KB). Full output saved to: /home/dev/.claude/projects/-home-dev-work/s1/tool-results/b3uzratw6.txt\n\nPreview (first 2KB):\n1\n2\n...\n</persisted-output>`;
    const bytes = jsonl(
      L.user('print the numbers'),
      L.assistant('msg_1', [toolUse('toolu_1', 'Bash', { command: 'seq 5000' })]),
      L.toolResult('toolu_1', stub, {
        toolUseResult: {
          stdout: full.slice(0, 300),
          persistedOutputPath: '/home/dev/.claude/projects/-home-dev-work/s1/tool-results/b3uzratw6.txt',
          persistedOutputSize: full.length,
        },
      }),
    );
    return { bytes, full, stub };
  }

  it('puts the full output in the observation when the companion file is given, and says so', () => {
    const { bytes, full } = bigOutput();
    const companions = [{ path: 'tool-results/b3uzratw6.txt', bytes: new TextEncoder().encode(full) }];
    const { record } = claudeCodeParser.parse({ bytes, companions });
    expect(resultFor(record.steps, 'toolu_1')).toEqual([
      {
        source_call_id: 'toolu_1',
        content: full,
        error: null,
        saved_output: { file: 'tool-results/b3uzratw6.txt', restored: true },
      },
    ]);
    expect(record.metadata?.['saved_tool_outputs']).toEqual({ total: 1, restored: 1 });
  });

  it('keeps the preview, marked, when the file is not given', () => {
    const { bytes, stub } = bigOutput();
    const { record } = claudeCodeParser.parse({ bytes });
    expect(resultFor(record.steps, 'toolu_1')[0]).toMatchObject({
      content: stub,
      saved_output: { file: 'tool-results/b3uzratw6.txt', restored: false },
    });
    expect(record.metadata?.['saved_tool_outputs']).toEqual({ total: 1, restored: 0 });
  });

  it.skipIf(!present)(
    'reads the pointer of real transcripts (spotter 8463c716; redacted in entireio 64/9d11045222)',
    () => {
      // 2.1.39 names the file after the tool_use id and has no persistedOutputPath.
      const input = corpusFile('marot__spotter/8463c716-a2ea-4c14-9efa-87158ebd9f20.jsonl');
      const file = 'tool-results/toolu_019CpL49DWBenUxVVCWEXz3L.txt';
      const bare = claudeCodeParser.parse(input).record;
      const [stub] = resultFor(bare.steps, 'toolu_019CpL49DWBenUxVVCWEXz3L');
      expect(stub && savedOutputOf(stub)).toEqual({ file, restored: false });
      const saved = new TextEncoder().encode('the whole output');
      const full = claudeCodeParser.parse({ ...input, companions: [{ path: file, bytes: saved }] }).record;
      expect(resultFor(full.steps, 'toolu_019CpL49DWBenUxVVCWEXz3L')[0]?.content).toBe('the whole output');
      // Entire redacts the path: a preview that cannot be resolved.
      const redacted = claudeCodeParser.parse(corpusFile('entireio__cli/64/9d11045222/0/full.jsonl')).record;
      const marked = observationsOf(redacted.steps).filter((o) => savedOutputOf(o) !== undefined);
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((o) => (savedOutputOf(o) as { file: unknown }).file === null)).toBe(true);
    },
  );
});

describe.skipIf(!present)('<task-notification> messages in real transcripts', () => {
  it('are system steps paired with the background call they report on (spotter 4d5611e5, 2.1.39)', () => {
    // Line 447 started background shell b7636e2 (toolUseResult.backgroundTaskId); line 1502 reports it.
    const { record } = claudeCodeParser.parse(
      corpusFile('marot__spotter/4d5611e5-241a-462a-8d15-5122611a9569.jsonl'),
    );
    const reports = record.steps.filter((s) => s.content?.startsWith('<task-notification>'));
    expect(reports.map((s) => s.role)).toEqual(['system']);
    const results = resultFor(record.steps, 'toolu_01RWqtJ4Z3D4BpJnag9W86Ky');
    expect(results.map((o) => [o.output_summary ?? null, o.error])).toEqual([
      [null, null],
      ['Background command "Run SessionLive tests" completed (exit code 0)', null],
    ]);
  });

  it('carry a failed status as the error of that result (entireio 18/4069756ffc)', () => {
    const { record } = claudeCodeParser.parse(corpusFile('entireio__cli/18/4069756ffc/0/full.jsonl'));
    const failed = observationsOf(record.steps).filter((o) => o.content?.startsWith('<task-notification>'));
    expect(failed.map((o) => o.error)).toEqual([
      'Background command "Rebase onto updated parent branch" failed with exit code 1',
    ]);
  });
});

describe('2.1.330 line types', () => {
  it('knows them all; tools offered per request, Claude Code’s own cost and tools used go to the record', () => {
    const L = claudeLines();
    const bytes = jsonl(
      L.user('hi'),
      L.side('atis-latch', { atis: '' }),
      L.side('api-request-shape', {
        shapeHash: 'h1',
        shape: { system: [], tools: [{ name: 'Agent' }, { name: 'Bash' }, { name: 'Read' }] },
      }),
      L.side('api-request-blob', { hash: 'b1', message: { role: 'user', content: [] } }),
      L.side('api-request', { id: 'req-1', shapeHash: 'h1', params: { model: 'claude-opus-5-5' } }),
      L.side('last-prompt', { lastPrompt: 'hi', leafUuid: L.last() }),
      L.assistant('msg_1', [toolUse('toolu_1', 'Bash')], 'claude-opus-5-5', { requestRef: 'req-1' }),
      L.toolResult('toolu_1', 'ok'),
      L.side('tools-used', { tools: ['Bash'] }),
      L.side('mode', { mode: 'normal' }),
      L.side('cost-state', {
        totalCostUSD: 0.0123,
        modelUsage: { 'claude-opus-5-5': { inputTokens: 2, outputTokens: 5, costUSD: 0.0123 } },
      }),
    );
    const { record, fidelity } = claudeCodeParser.parse({ bytes });
    expect(fidelity.unknown_types).toEqual({});
    expect(fidelity.line_types).toMatchObject({
      'atis-latch': 1,
      'api-request-shape': 1,
      'api-request-blob': 1,
      'api-request': 1,
      'tools-used': 1,
      mode: 1,
      'cost-state': 1,
    });
    expect(record.steps[1]?.tools_available).toEqual(['Agent', 'Bash', 'Read']);
    expect(record.metadata).toMatchObject({
      tools_used: ['Bash'],
      reported_cost_usd: 0.0123,
      reported_model_usage: { 'claude-opus-5-5': { inputTokens: 2, outputTokens: 5, costUSD: 0.0123 } },
    });
  });
});

describe('smaller fidelity items', () => {
  it('marks redacted and signature-only thinking blocks in reasoning_content', () => {
    const L = claudeLines();
    const bytes = jsonl(
      L.user('think'),
      L.assistant('msg_1', [{ type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' }]),
      L.assistant('msg_1', [text('answer')]),
      L.assistant('msg_2', [{ type: 'thinking', thinking: '', signature: 'ErUBCkYIAxgCIkB' }, text('more')]),
      L.assistant('msg_3', [
        { type: 'thinking', thinking: 'real thought', signature: 'x' },
        { type: 'redacted_thinking', data: 'y' },
      ]),
    );
    const steps = claudeCodeParser.parse({ bytes }).record.steps;
    expect(steps.map((s) => s.reasoning_content ?? null)).toEqual([
      null,
      REDACTED_THINKING,
      OMITTED_THINKING,
      `real thought\n\n${REDACTED_THINKING}`,
    ]);
  });

  it('reads a toolUseResult written as a plain string when the result block is empty', () => {
    const L = claudeLines();
    const bytes = jsonl(
      L.user('edit'),
      L.assistant('msg_1', [toolUse('toolu_1', 'Edit', { file_path: 'a.ts' })]),
      L.user([{ type: 'tool_result', tool_use_id: 'toolu_1', content: [], is_error: true }], {
        toolUseResult: 'Error: File has not been read yet. Read it first before writing to it.',
      }),
    );
    const [observation] = observationsOf(claudeCodeParser.parse({ bytes }).record.steps) as Observation[];
    expect(observation).toMatchObject({
      content: 'Error: File has not been read yet. Read it first before writing to it.',
      error: 'Error: File has not been read yet. Read it first before writing to it.',
    });
  });

  it.skipIf(!present)(
    'keeps <synthetic> messages as steps, marked, with no usage (entireio 43/2b48f6b6e6)',
    () => {
      // Line 569: "No response requested." written by Claude Code itself.
      const { record } = claudeCodeParser.parse(corpusFile('entireio__cli/43/2b48f6b6e6/0/full.jsonl'));
      const synthetic = record.steps.filter((s) => s.model === '<synthetic>');
      expect(synthetic.map((s) => [s.content, s.token_usage])).toEqual([
        ['No response requested.', undefined],
      ]);
      expect(record.metadata?.['synthetic_messages']).toBe(1);
      expect(record.agent.model).toBe('claude-opus-4-6');
    },
  );

  it.skipIf(!present)(
    'turns images in tool results into placeholders (entireio ad/a8171575ce line 82)',
    () => {
      const { record } = claudeCodeParser.parse(corpusFile('entireio__cli/ad/a8171575ce/0/full.jsonl'));
      expect(resultFor(record.steps, 'toolu_01XJEdrh9M9DAc3Wjjbuqxdv')[0]?.content).toMatch(
        /\n\[image: image\/png\]$/,
      );
    },
  );

  it.skipIf(!present)(
    'lists the skills used: Skill tool calls and slash commands with a body (entireio 43/2b48f6b6e6, 6d/e70163f7e3)',
    () => {
      const skills = (file: string) => claudeCodeParser.parse(corpusFile(file)).record.metadata?.['skills'];
      expect(skills('entireio__cli/43/2b48f6b6e6/0/full.jsonl')).toEqual([
        { name: 'github-pr-review', via: 'tool' },
        { name: 'github-pr-review', via: 'tool' },
        { name: 'github-pr-review', via: 'command' },
      ]);
      // A custom command expanded into its body is counted too; /exit, /clear and the like are not.
      expect(skills('entireio__cli/6d/e70163f7e3/0/full.jsonl')).toEqual([
        { name: 'reviewer', via: 'command' },
      ]);
    },
  );
});
