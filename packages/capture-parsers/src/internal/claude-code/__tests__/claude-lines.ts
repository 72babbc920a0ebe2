import { encodeUtf8 } from '@opentraces/schema';

// Builders for hand-written Claude Code transcript lines (in the shape 2.1.x writes), shared by
// the Claude Code parser tests. Each message line is the child of the line written before it
// (`parentUuid`), as Claude Code chains them; `from(uuid)` forks the next line off another one.

export const SID = '0b8e3c52-9d17-4f6a-b2e4-71c5a9d03f68';

export type Extra = Record<string, unknown>;

export const jsonl = (...lines: string[]) => encodeUtf8(`${lines.join('\n')}\n`);

export function claudeLines(sessionId = SID) {
  const base = {
    isSidechain: false,
    userType: 'external',
    cwd: '/home/dev/projects/demo',
    sessionId,
    version: '2.1.39',
    gitBranch: 'main',
  };
  let tip: string | null = null;
  let clock = Date.parse('2026-02-01T10:00:00.000Z');
  let counter = 0;
  /** The uuid of the line built last (the parent of the next one). */
  const last = () => tip;
  const node = (body: Extra, extra: Extra) => {
    clock += 1000;
    const uuid = `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
    const line = {
      parentUuid: tip,
      ...base,
      ...body,
      uuid,
      timestamp: new Date(clock).toISOString(),
      ...extra,
    };
    tip = typeof line.uuid === 'string' ? line.uuid : tip;
    return JSON.stringify(line);
  };
  const user = (content: unknown, extra: Extra = {}) =>
    node({ type: 'user', message: { role: 'user', content } }, extra);
  const assistant = (
    id: string,
    content: unknown[],
    model = 'claude-opus-4-6',
    extra: Extra = {},
    usage: Extra = { input_tokens: 2, output_tokens: 5 },
  ) =>
    node(
      { type: 'assistant', message: { model, id, type: 'message', role: 'assistant', content, usage } },
      extra,
    );
  const toolResult = (id: string, content: unknown = 'ok', extra: Extra = {}) =>
    user([{ type: 'tool_result', tool_use_id: id, content }], extra);
  const system = (subtype: string, extra: Extra = {}) => node({ type: 'system', subtype }, extra);
  const progress = (extra: Extra = {}) => node({ type: 'progress', data: { type: 'hook_progress' } }, extra);
  /** A side record (no uuid, no parent): `{type, sessionId, ...fields}`. */
  const side = (type: string, fields: Extra = {}) => JSON.stringify({ type, sessionId, ...fields });
  return {
    user,
    assistant,
    toolResult,
    system,
    progress,
    side,
    last,
    /** The next line forks off `uuid` (a rewind, an edited prompt, a retry). */
    from(uuid: string | null) {
      tip = uuid;
    },
  };
}

export const toolUse = (id: string, name = 'Bash', input: unknown = { command: 'ls' }) => ({
  type: 'tool_use',
  id,
  name,
  input,
});
export const text = (value: string) => ({ type: 'text', text: value });
