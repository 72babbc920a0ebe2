// What Gemini CLI 0.61 writes that older recordings did not (seen running the real client in
// tooling/agent-sim): the opening `<session_context>` as a `$set` of messages, tool results repeated
// as a `user` message, and a shell call marked `success` although the command exited non-zero.
import { encodeUtf8, validateTraceRecord } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { geminiParser } from './parser.js';

const jsonl = (...rows: unknown[]) => encodeUtf8(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
const at = (second: number) => `2026-11-22T05:14:${String(second).padStart(2, '0')}.000Z`;
const shellOutput = (output: string, code: number) =>
  `<untrusted_context>\nOutput: ${output}\nExit Code: ${code}\nProcess Group PGID: 4242\n</untrusted_context>`;
const response = (id: string, output: string) => ({
  functionResponse: { id, name: 'run_shell_command', response: { output } },
});
const tokens = { input: 7400, output: 37, cached: 0, thoughts: 21, tool: 0, total: 7458 };
const context =
  '<session_context>\nThis is the Gemini CLI. We are setting up the context for our chat.\n</session_context>';
const failing = shellOutput("ls: cannot access 'missing.txt': No such file or directory", 2);
const passing = shellOutput('notes.txt', 0);

const rows = [
  { sessionId: 'sess-061', projectHash: 'f00d', startTime: at(1), lastUpdated: at(1), kind: 'main' },
  { $set: { messages: [{ id: 'ctx', timestamp: at(1), type: 'user', content: [{ text: context }] }] } },
  { id: 'u1', timestamp: at(2), type: 'user', content: [{ text: 'Check whether missing.txt exists.' }] },
  {
    id: 'g1',
    timestamp: at(3),
    type: 'gemini',
    content: "I'll list it.",
    thoughts: [],
    tokens,
    model: 'gemini-3.1-pro-preview',
    toolCalls: [
      {
        id: 'call-1',
        name: 'run_shell_command',
        args: { command: 'ls missing.txt' },
        result: [response('call-1', failing)],
        status: 'success',
      },
      // Recorded before its result arrived; the result is only in the user message below.
      { id: 'call-2', name: 'run_shell_command', args: { command: 'ls' }, status: 'executing' },
    ],
  },
  {
    id: 'r1',
    timestamp: at(4),
    type: 'user',
    content: [response('call-1', failing), response('call-2', passing)],
  },
  { $set: { lastUpdated: at(4) } },
  {
    id: 'g2',
    timestamp: at(5),
    type: 'gemini',
    content: 'It does not exist.',
    thoughts: [],
    tokens,
    model: 'x',
  },
];

describe('geminiParser on a Gemini CLI 0.61 recording', () => {
  const { record, fidelity } = geminiParser.parse({ bytes: jsonl(...rows), fileName: 'session.jsonl' });

  it('loads the opening $set of messages as the session context (a system step), not a context rewrite', () => {
    expect(record.steps.map((step) => step.role)).toEqual(['system', 'user', 'agent', 'agent']);
    expect(record.steps[0]?.content).toBe(context);
    expect(record.metadata?.['context_rewrites']).toBeUndefined();
    expect(record.task?.description).toBe('Check whether missing.txt exists.');
  });

  it('makes no user step of tool results sent back to the model, and pairs a call from them', () => {
    const observations = record.steps[2]?.observations ?? [];
    expect(observations.map((o) => [o.source_call_id, o.content])).toEqual([
      ['call-1', failing],
      ['call-2', passing],
    ]);
    expect([fidelity.tool_calls, fidelity.tool_calls_paired]).toEqual([2, 2]);
  });

  it('reports a shell command that exited non-zero as an error, with its first output line', () => {
    const errors = (record.steps[2]?.observations ?? []).map((o) => o.error);
    expect(errors).toEqual(["exit code 2: ls: cannot access 'missing.txt': No such file or directory", null]);
  });

  it('accounts for every line and builds a valid record', () => {
    expect([fidelity.lines_total, fidelity.lines_parsed, fidelity.lines_skipped]).toEqual([7, 7, 0]);
    expect(fidelity.diagnostics).toEqual([]);
    const validation = validateTraceRecord(record);
    expect(validation.ok ? [] : validation.issues).toEqual([]);
  });
});
