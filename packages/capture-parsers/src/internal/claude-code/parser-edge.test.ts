import { encodeUtf8, validateTraceRecord } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import type { ParserState } from '../contract.js';
import { openSession, resumeSession } from '../session.js';
import { claudeLines, jsonl, SID, toolUse } from './__tests__/claude-lines.js';
import { claudeCodeParser } from './parser.js';

// Hand-written lines in the shape Claude Code 2.1.x writes.
const { user, assistant, toolResult } = claudeLines();
const parse = (bytes: Uint8Array, fileName?: string) =>
  claudeCodeParser.parse(fileName === undefined ? { bytes } : { bytes, fileName });

describe('claudeCodeParser on damaged input', () => {
  it('splits a glued line, skips an invalid UTF-8 line with located diagnostics, and parses the rest', () => {
    const head = encodeUtf8(`${user('first prompt')}\n`);
    const glued = encodeUtf8(`${assistant('msg_a', [{ type: 'text', text: 'kept' }])}${user('kept too')}\n`);
    const badUtf8 = Uint8Array.from([
      ...encodeUtf8('{"type":"user","x":"'),
      0xc3,
      0x28,
      ...encodeUtf8('"}\n'),
    ]);
    const tail = jsonl(assistant('msg_b', [{ type: 'text', text: 'still here' }]));
    const bytes = Uint8Array.from([...head, ...glued, ...badUtf8, ...tail]);
    const { record, fidelity } = parse(bytes, 'damaged.jsonl');
    expect(fidelity.diagnostics.map((d) => [d.code, d.line, d.byteOffset, d.file])).toEqual([
      ['PARSE_GLUED_OBJECTS', 2, head.length, 'damaged.jsonl'],
      ['PARSE_INVALID_UTF8', 3, head.length + glued.length, 'damaged.jsonl'],
    ]);
    expect(fidelity.diagnostics[0]?.message).toContain('2 JSON objects glued together');
    expect(fidelity).toMatchObject({ lines_total: 4, lines_parsed: 3, lines_skipped: 1, glued_lines: 1 });
    expect(record.steps.map((s) => s.content)).toEqual(['first prompt', 'kept', 'kept too', 'still here']);
  });

  it('counts blank lines and a last line without newline', () => {
    const bytes = encodeUtf8(`${user('a')}\n\n   \n${assistant('msg_a', [{ type: 'text', text: 'b' }])}`);
    const { fidelity } = parse(bytes);
    expect(fidelity).toMatchObject({ lines_total: 4, lines_parsed: 2, lines_skipped: 2, diagnostics: [] });
  });

  it('repairs lone surrogates so the record stays hashable', () => {
    const bytes = jsonl(user('broken \\ud800 emoji').replace('\\\\ud800', '\\ud800'));
    const { record, fidelity } = parse(bytes);
    expect(record.steps[0]?.content).toBe('broken \uFFFD emoji');
    expect(fidelity.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['warning', 'PARSE_LONE_SURROGATE', 1],
    ]);
    expect(record.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('warns about a tool_result whose tool_use is not in the file', () => {
    const { fidelity } = parse(jsonl(user('go'), toolResult('toolu_missing')));
    expect(fidelity.diagnostics).toMatchObject([
      { severity: 'warning', code: 'PARSE_ORPHAN_TOOL_RESULT', line: 2 },
    ]);
    expect(fidelity.tool_calls_paired).toBe(0);
  });

  it('parses empty input into a valid empty record', () => {
    const { record, fidelity } = parse(new Uint8Array(0), 'empty.jsonl');
    expect(fidelity).toMatchObject({ lines_total: 0, lines_parsed: 0, lines_skipped: 0 });
    expect(record.session_id).toBe('empty');
    expect(record.steps).toEqual([]);
    expect(validateTraceRecord(record).ok).toBe(true);
  });
});

describe('claudeCodeParser line handling', () => {
  it('counts unknown and missing types, knows the newer side records', () => {
    const bytes = jsonl(
      user('hi'),
      JSON.stringify({ type: 'custom-title', customTitle: 'Demo session', sessionId: SID }),
      JSON.stringify({ type: 'last-prompt', lastPrompt: 'hi', sessionId: SID }),
      JSON.stringify({ type: 'ai-title', aiTitle: 'Greeting', sessionId: SID }),
      JSON.stringify({ type: 'hologram', sessionId: SID }),
      JSON.stringify({ sessionId: SID, note: 'no type at all' }),
    );
    const { record, fidelity } = parse(bytes);
    expect(fidelity.unknown_types).toEqual({ '(none)': 1, hologram: 1 });
    expect(fidelity.line_types).toMatchObject({
      'custom-title': 1,
      'last-prompt': 1,
      'ai-title': 1,
      user: 1,
    });
    expect(record.metadata?.['custom_title']).toBe('Demo session');
  });

  it('takes the task from what the user typed, not commands or IDE context', () => {
    const bytes = jsonl(
      user('<command-name>/clear</command-name>'),
      user('[Request interrupted by user]'),
      user([
        { type: 'text', text: '<ide_opened_file>The user opened src/a.ts in the IDE.</ide_opened_file>' },
        { type: 'text', text: '  rename foo to bar  ' },
      ]),
    );
    expect(parse(bytes).record.task?.description).toBe('rename foo to bar');
  });

  it('clips the task description to 500 code points without splitting a surrogate pair', () => {
    const prompt = `${'a'.repeat(499)}😀${'b'.repeat(100)}`;
    const description = parse(jsonl(user(prompt))).record.task?.description ?? '';
    expect(Array.from(description)).toHaveLength(500);
    expect(description.endsWith('a😀')).toBe(true);
  });

  it("ignores Claude Code's <synthetic> messages when choosing the model", () => {
    const bytes = jsonl(
      user('x'),
      assistant('msg_1', [{ type: 'text', text: 'API Error' }], '<synthetic>'),
      assistant('msg_2', [{ type: 'text', text: 'fine' }], 'claude-haiku-4-5-20251001'),
      assistant('msg_3', [{ type: 'text', text: 'API Error' }], '<synthetic>'),
    );
    expect(parse(bytes).record.agent.model).toBe('claude-haiku-4-5-20251001');
  });

  it('attaches a result that arrives after later lines of the same response', () => {
    const bytes = jsonl(
      user('go'),
      assistant('msg_a', [toolUse('toolu_1')]),
      toolResult('toolu_1', [
        { type: 'text', text: 'one' },
        { type: 'image', source: { media_type: 'image/png' } },
      ]),
      assistant('msg_a', [toolUse('toolu_2', 'Read')]),
      toolResult('toolu_2', 'two'),
    );
    const { record, fidelity } = parse(bytes);
    expect(record.steps).toHaveLength(2);
    expect(record.steps[1]?.observations?.map((o) => o.content)).toEqual(['one\n[image: image/png]', 'two']);
    expect(fidelity).toMatchObject({ tool_calls: 2, tool_calls_paired: 2 });
  });
});

describe('claudeCodeParser session identity', () => {
  it('falls back to the file name, then to a hash of the bytes, when no line has a sessionId', () => {
    const bytes = jsonl(JSON.stringify({ type: 'summary', summary: 'old', leafUuid: crypto.randomUUID() }));
    expect(parse(bytes, '/home/dev/.claude/projects/x/abc-123.jsonl').record.session_id).toBe('abc-123');
    expect(parse(bytes).record.session_id).toMatch(/^sha256-[0-9a-f]{32}$/);
  });

  it('uses the last sessionId of a resumed session and lists them all', () => {
    const resumed = '9a1d5e70-3c2b-4e8f-a6d4-0f7b2c9e1a53';
    const bytes = jsonl(user('old turn'), user('new turn').replace(SID, resumed));
    const { record } = parse(bytes);
    expect(record.session_id).toBe(resumed);
    expect(record.metadata?.['session_ids']).toEqual([SID, resumed]);
  });

  it('reads a sub-agent transcript as its own spine with a distinct session id', () => {
    const side = { isSidechain: true, agentId: 'a485154' };
    const bytes = jsonl(
      user('Find the config loader', side),
      assistant('msg_s', [toolUse('toolu_s', 'Grep')], 'claude-opus-4-6', side),
      user([{ type: 'tool_result', tool_use_id: 'toolu_s', content: 'src/config.ts' }], side),
    );
    const { record, fidelity } = parse(bytes, 'agent-a485154.jsonl');
    expect(record.session_id).toBe(`${SID}-agent-a485154`);
    expect(record.metadata).toMatchObject({ parent_session_id: SID, agent_id: 'a485154' });
    expect(record.steps.map((s) => [s.role, s.role === 'agent' ? s.call_type : null])).toEqual([
      ['user', null],
      ['agent', 'subagent'],
    ]);
    expect(fidelity).toMatchObject({ tool_calls: 1, tool_calls_paired: 1 });
    expect(fidelity.line_types['sidechain']).toBeUndefined();
  });
});

describe('claudeCodeParser saved state', () => {
  it('refuses a state saved before the parentUuid tree was kept (the caller parses from the start)', () => {
    const session = openSession(claudeCodeParser, {});
    session.push(jsonl(user('hi')));
    const state = structuredClone(session.save()) as unknown as { core: { tree?: unknown } };
    delete state.core.tree;
    expect(() => resumeSession(claudeCodeParser, state as unknown as ParserState)).toThrow(
      expect.objectContaining({ code: 'PARSE_STATE_MISMATCH' }),
    );
  });
});
