import { validateTraceRecord } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { present } from '../__tests__/corpus.js';
import { claudeLines, jsonl, text, toolUse } from './__tests__/claude-lines.js';
import { corpusFile } from './__tests__/corpus-session.js';
import { claudeCodeParser } from './parser.js';

// The step spine is the active path of the uuid/parentUuid tree: the last message's ancestors.
const usage = (input: number, output: number) => ({ input_tokens: input, output_tokens: output });
const contents = (bytes: Uint8Array) => claudeCodeParser.parse({ bytes }).record.steps.map((s) => s.content);

describe('the active path of the parentUuid tree (hand-written lines)', () => {
  it('keeps a rewound prompt and its turn apart as an abandoned branch, its tokens out of metrics', () => {
    const L = claudeLines();
    const lines = [
      L.user('first prompt'),
      L.assistant('msg_1', [text('answer one')], 'claude-opus-4-6', {}, usage(10, 20)),
    ];
    const forkPoint = L.last();
    lines.push(
      L.user('second prompt, first try'),
      L.assistant('msg_2', [toolUse('toolu_x')], 'claude-opus-4-6', {}, usage(100, 200)),
      L.toolResult('toolu_x', 'out'),
      L.assistant('msg_3', [text('done')], 'claude-opus-4-6', {}, usage(1000, 2000)),
    );
    const abandonedLeaf = L.last();
    // Esc-Esc: the user went back to after the first answer and edited the second prompt.
    L.from(forkPoint);
    lines.push(
      L.user('second prompt, edited'),
      L.assistant('msg_4', [text('edited answer')], 'claude-opus-4-6', {}, usage(7, 8)),
    );
    const { record, fidelity } = claudeCodeParser.parse({ bytes: jsonl(...lines) });
    expect(record.steps.map((s) => s.content)).toEqual([
      'first prompt',
      'answer one',
      'second prompt, edited',
      'edited answer',
    ]);
    expect(record.steps.map((s) => s.step_index)).toEqual([0, 1, 2, 3]);
    expect(record.metadata?.['abandoned_branches']).toEqual([
      {
        fork_from: forkPoint,
        leaf_id: abandonedLeaf,
        first_line: 3,
        entries: 3,
        user_messages: 1,
        assistant_messages: 2,
        tool_calls: 1,
        tokens: { input: 1100, output: 2200, cache_read: 0, cache_write: 0 },
      },
    ]);
    expect(record.metrics).toMatchObject({ total_input_tokens: 17, total_output_tokens: 28 });
    // Tool calls of the abandoned branch are not the spine's.
    expect(fidelity).toMatchObject({ tool_calls: 0, tool_calls_paired: 0, diagnostics: [] });
    expect(validateTraceRecord(record).ok).toBe(true);
  });

  it('keeps a failed attempt (a <synthetic> API error) apart when the request was retried', () => {
    const L = claudeLines();
    const prompt = L.user('go');
    const asked = L.last();
    const failed = L.assistant(
      'err-1',
      [text('API Error: 529 overloaded')],
      '<synthetic>',
      { isApiErrorMessage: true },
      usage(0, 0),
    );
    L.from(asked);
    const retried = L.assistant('msg_ok', [text('fine')]);
    const { record } = claudeCodeParser.parse({ bytes: jsonl(prompt, failed, retried) });
    expect(record.steps.map((s) => s.content)).toEqual(['go', 'fine']);
    expect(record.metadata?.['abandoned_branches']).toMatchObject([
      { fork_from: asked, user_messages: 0, assistant_messages: 1, tool_calls: 0 },
    ]);
    expect(record.metadata?.['synthetic_messages']).toBeUndefined();
  });

  it('follows the chain through progress, attachment and system lines', () => {
    const L = claudeLines();
    const bytes = jsonl(
      L.user('run the tests'),
      L.assistant('msg_1', [toolUse('toolu_1')]),
      L.progress(),
      L.toolResult('toolu_1', 'passed'),
      L.progress(), // a hook's progress line between the result and the answer
      L.side('attachment'), // no uuid: not a node, does not break the chain
      L.assistant('msg_2', [text('All tests pass.')]),
      L.system('stop_hook_summary'),
      L.system('turn_duration'),
      L.user('thanks'),
    );
    const { record, fidelity } = claudeCodeParser.parse({ bytes });
    expect(record.steps.map((s) => s.content)).toEqual(['run the tests', null, 'All tests pass.', 'thanks']);
    expect(record.metadata?.['abandoned_branches']).toBeUndefined();
    expect(fidelity).toMatchObject({ tool_calls: 1, tool_calls_paired: 1, diagnostics: [] });
  });

  it('a separate root earlier in the file is an abandoned branch with no fork point', () => {
    const L = claudeLines();
    const old = [L.user('an old conversation'), L.assistant('msg_old', [text('old answer')])];
    L.from(null);
    const current = [L.user('a new one'), L.assistant('msg_new', [text('new answer')])];
    const { record } = claudeCodeParser.parse({ bytes: jsonl(...old, ...current) });
    expect(record.steps.map((s) => s.content)).toEqual(['a new one', 'new answer']);
    expect(record.metadata?.['abandoned_branches']).toMatchObject([
      { fork_from: null, first_line: 1, user_messages: 1, assistant_messages: 1 },
    ]);
    expect(record.task?.description).toBe('a new one');
  });

  it('links a line whose parent is not in the file to the line before it, with a warning', () => {
    const L = claudeLines();
    const bytes = jsonl(
      L.user('first'),
      L.assistant('msg_1', [text('one')]),
      L.user('second', { parentUuid: 'ffffffff-0000-4000-8000-000000000000' }),
      L.assistant('msg_2', [text('two')]),
    );
    const { record, fidelity } = claudeCodeParser.parse({ bytes, fileName: 'lost.jsonl' });
    expect(record.steps.map((s) => s.content)).toEqual(['first', 'one', 'second', 'two']);
    expect(fidelity.diagnostics.map((d) => [d.severity, d.code, d.file, d.line])).toEqual([
      ['warning', 'PARSE_MISSING_PARENT', 'lost.jsonl', 3],
    ]);
  });

  it('reads a rewritten line (same uuid) once', () => {
    const L = claudeLines();
    const prompt = L.user('go');
    const call = L.assistant('msg_1', [toolUse('toolu_1')]);
    const result = L.toolResult('toolu_1', 'done');
    const { record } = claudeCodeParser.parse({ bytes: jsonl(prompt, call, result, result, call) });
    expect(record.steps[1]?.observations).toHaveLength(1);
    expect(record.steps).toHaveLength(2);
  });

  it('reads lines without uuids as a chain (older or hand-made transcripts)', () => {
    const line = (type: string, message: object) => JSON.stringify({ type, sessionId: 's', message });
    const bytes = jsonl(
      line('user', { role: 'user', content: 'hi' }),
      line('assistant', { id: 'm1', role: 'assistant', content: [text('hello')] }),
      line('user', { role: 'user', content: 'bye' }),
    );
    expect(contents(bytes)).toEqual(['hi', 'hello', 'bye']);
  });
});

describe.skipIf(!present)('the active path on real transcripts', () => {
  const parse = (file: string) => claudeCodeParser.parse(corpusFile(file));

  it('keeps parallel tool calls and their results together although they fork the tree (tool_heavy.jsonl)', () => {
    // Lines 29-33: WebSearch and Glob of one response; the Glob line and its result hang off a side
    // branch (the WebSearch result's parent is the WebSearch line).
    const { record, fidelity } = parse('marot__spotter/tool_heavy.jsonl');
    const step = record.steps.find((s) => s.tool_calls?.some((c) => c.tool_name === 'WebSearch'));
    expect(step?.tool_calls?.map((c) => c.tool_name)).toEqual(['WebSearch', 'Glob']);
    expect(step?.observations?.map((o) => o.source_call_id)).toEqual(
      expect.arrayContaining(step?.tool_calls?.map((c) => c.tool_call_id) ?? []),
    );
    expect(record.metadata?.['abandoned_branches']).toBeUndefined();
    expect(fidelity.tool_calls_paired).toBe(fidelity.tool_calls);
  });

  it('keeps a resumed session whole: the previous session id first (VibeCodingTracker claude_code.jsonl)', () => {
    const { record } = parse('Mai0313__VibeCodingTracker/claude_code.jsonl');
    expect(record.metadata?.['session_ids']).toEqual([
      'e9f146fa-3b20-48d0-9be4-d99ca901cae4',
      'b162b1ae-97bc-475f-9b5f-ffbf55ca5b3f',
    ]);
    expect(record.steps[0]?.content).toMatch(/^幫我檢查一下 go\.mod/);
    expect(record.steps.at(-1)?.tool_calls?.[0]?.tool_name).toBe('TaskStop');
    expect(record.metadata?.['abandoned_branches']).toBeUndefined();
    // Line 49 rewrites line 48 (same uuid) when the session resumes: one result, not two.
    const todo = record.steps.flatMap((s) => s.observations ?? []);
    expect(todo.filter((o) => o.source_call_id === 'toolu_01Lv3xFNGrJLeUh53hersj2H')).toHaveLength(1);
  });

  it('records the /exit typed before a resume as an abandoned branch (entireio 43/2b48f6b6e6)', () => {
    const { record } = parse('entireio__cli/43/2b48f6b6e6/0/full.jsonl');
    expect(record.metadata?.['abandoned_branches']).toEqual([
      expect.objectContaining({ first_line: 566, entries: 2, user_messages: 2, assistant_messages: 0 }),
    ]);
    expect(record.steps.some((s) => s.content?.includes('<command-name>/exit</command-name>'))).toBe(false);
  });

  it('links past a parent that was never written, with a located warning (entireio 6d/e70163f7e3)', () => {
    // Line 70 (a Stop hook's progress) names an assistant message the file does not hold.
    const { record, fidelity } = parse('entireio__cli/6d/e70163f7e3/0/full.jsonl');
    expect(fidelity.diagnostics.map((d) => [d.code, d.line])).toEqual([['PARSE_MISSING_PARENT', 70]]);
    expect(record.steps[0]?.content).toMatch(/^need a little patch for `entire explain`/);
    expect(record.steps.some((s) => /^The reviewer has \*\*approved\*\*/.test(s.content ?? ''))).toBe(true);
    expect(record.metadata?.['abandoned_branches']).toBeUndefined();
  });
});
