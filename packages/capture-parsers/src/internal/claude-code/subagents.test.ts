import {
  exportAtif,
  type Step,
  type TraceRecord,
  validateAtif,
  validateTraceRecord,
} from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import { present } from '../__tests__/corpus.js';
import type { CompanionFile } from '../contract.js';
import { openSession, resumeSession } from '../session.js';
import { claudeLines, jsonl, SID, text, toolUse } from './__tests__/claude-lines.js';
import { corpusSession } from './__tests__/corpus-session.js';
import { claudeCodeParser } from './parser.js';

// Sub-agent transcripts (companion files) inserted after the step that spawned them.

const TOKEN_KEYS = [
  'total_input_tokens',
  'total_output_tokens',
  'total_cache_read_tokens',
  'total_cache_creation_tokens',
] as const;
const tokens = (record: TraceRecord) => TOKEN_KEYS.map((k) => record.metrics?.[k] ?? 0);
const sum = (...rows: number[][]) => rows.reduce((a, b) => a.map((n, i) => n + (b[i] ?? 0)));
const alone = (companion: CompanionFile) =>
  claudeCodeParser.parse({ bytes: companion.bytes, fileName: companion.path }).record;
const spawnedBy = (steps: readonly Step[], parent: number) => steps.filter((s) => s.parent_step === parent);

describe.skipIf(!present)('sub-agents of real sessions', () => {
  it('inserts the Task sub-agent after its step and the compaction summarizer after the compaction (spotter ae4a77f8)', () => {
    // Line 99: the Task result's toolUseResult.agentId is aac57f5 = subagents/agent-aac57f5.jsonl.
    const input = corpusSession('marot__spotter/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl');
    const { record, fidelity } = claudeCodeParser.parse(input);
    const bare = claudeCodeParser.parse({ bytes: input.bytes, fileName: input.fileName });
    expect(validateTraceRecord(record).ok).toBe(true);
    expect(record.steps.map((s) => s.step_index)).toEqual(record.steps.map((_, i) => i));

    const task = record.steps.find((s) =>
      s.tool_calls?.some((c) => c.tool_call_id === 'toolu_01Hf8v1Za7y4af8VUwSR4CXU'),
    );
    const at = task?.step_index ?? -1;
    const sub = alone(
      input.companions.find((c) => c.path === 'subagents/agent-aac57f5.jsonl') as CompanionFile,
    );
    const inserted = spawnedBy(record.steps, at);
    expect(record.steps.slice(at + 1, at + 1 + sub.steps.length)).toEqual(inserted);
    expect(inserted.map((s) => [s.role, s.content])).toEqual(sub.steps.map((s) => [s.role, s.content]));
    expect(inserted.every((s) => s.agent_role === 'general-purpose')).toBe(true);
    expect(inserted.filter((s) => s.role === 'agent').every((s) => s.call_type === 'subagent')).toBe(true);
    expect(inserted[0]?.content).toMatch(/^Search hex\.pm for the latest versions/);

    const compaction = record.steps.find((s) => s.content?.startsWith('[context compacted]'));
    const summarizer = spawnedBy(record.steps, compaction?.step_index ?? -1);
    expect(summarizer.map((s) => [s.role, s.agent_role])).toEqual([
      ['user', 'compaction'],
      ['agent', 'compaction'],
    ]);
    expect(record.steps[(compaction?.step_index ?? 0) + 1]).toBe(summarizer[0]);

    // Their tokens were spent: the totals are the session's plus each sub-agent's.
    const compactor = alone(input.companions.find((c) => c.path.includes('acompact')) as CompanionFile);
    expect(tokens(record)).toEqual(sum(tokens(bare.record), tokens(sub), tokens(compactor)));
    expect(record.metrics?.total_steps).toBe(
      bare.record.steps.length + sub.steps.length + compactor.steps.length,
    );
    // The main agent's model is its own, and the fidelity counts stay the main spine's.
    expect(record.agent.model).toBe(bare.record.agent.model);
    expect(fidelity).toMatchObject({ tool_calls: bare.fidelity.tool_calls, diagnostics: [] });
    expect(record.metadata).toMatchObject({
      subagents_linked: 2,
      subagents: [
        {
          agent_id: 'aac57f5',
          linked_to: 'toolu_01Hf8v1Za7y4af8VUwSR4CXU',
          tool_calls: 12,
          tool_calls_paired: 12,
          lines: 40,
        },
        { agent_id: 'acompact-946d2b', linked_to: 'compaction', steps: 2 },
      ],
    });
  });

  it('exports the sub-agents as embedded ATIF trajectories under their spawning steps', () => {
    const { record } = claudeCodeParser.parse(
      corpusSession('marot__spotter/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl'),
    );
    const atif = exportAtif(record);
    expect(validateAtif(atif)).toEqual([]);
    const embedded = atif['subagent_trajectories'] as { steps: unknown[]; agent: { extra: unknown } }[];
    expect(embedded.map((t) => [t.steps.length, t.agent.extra])).toEqual([
      [4, { opentraces: { agent_role: 'general-purpose', parent_step: 5 } }],
      [2, { opentraces: { agent_role: 'compaction', parent_step: 143 } }],
    ]);
  });

  it('links two sub-agents of one session to their own Task calls (spotter fa812bfe)', () => {
    const input = corpusSession('marot__spotter/fa812bfe-b295-4cca-9c2f-fdf01028cb46.jsonl');
    const { record } = claudeCodeParser.parse(input);
    const parents = new Map<number, string>();
    for (const step of record.steps) {
      if (typeof step.parent_step === 'number') parents.set(step.parent_step, step.agent_role ?? '');
    }
    const calls = [...parents.keys()].map(
      (i) => record.steps[i]?.tool_calls?.map((c) => c.tool_name) ?? ['(compaction)'],
    );
    expect(calls).toEqual([['Task'], ['Task'], ['(compaction)']]);
    expect([...parents.values()]).toEqual(['Explore', 'Explore', 'compaction']);
    expect(record.metadata?.['subagents_linked']).toBe(3);
  });

  it('links by toolUseResult.agentId when no progress line names the sub-agent (codemie incremental-subagents)', () => {
    for (const turn of ['turn-1', 'turn-2']) {
      const input = corpusSession(`codemie-ai__codemie-code/claude/incremental-subagents/${turn}.jsonl`);
      const { record } = claudeCodeParser.parse(input);
      const inserted = record.steps.filter((s) => s.parent_step !== undefined);
      expect(inserted.length, turn).toBe(alone(input.companions[0] as CompanionFile).steps.length);
      expect(
        inserted.every((s) => s.agent_role === 'solution-architect'),
        turn,
      ).toBe(true);
    }
  });

  it('counts 2.0.x warm-up sub-agents beside the session without inserting them (codemie 4c2ddfdc)', () => {
    const input = corpusSession(
      'codemie-ai__codemie-code/claude/-tmp-private/4c2ddfdc-b619-4525-8d03-1950fb1b0257.jsonl',
    );
    expect(input.companions.map((c) => c.path)).toEqual([
      '../agent-36541525.jsonl',
      '../agent-50243ee8.jsonl',
    ]);
    const { record, fidelity } = claudeCodeParser.parse(input);
    const bare = claudeCodeParser.parse({ bytes: input.bytes }).record;
    expect(record.steps).toEqual(bare.steps);
    expect(record.metadata).toMatchObject({ subagents_linked: 0, warmup_subagents: 2 });
    expect(record.metadata?.['unlinked_subagents']).toBeUndefined();
    expect(fidelity.diagnostics).toEqual([]);
  });

  it('reports a sub-agent transcript that matches no call of the session, and keeps it out', () => {
    const main = corpusSession('marot__spotter/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl');
    const other = corpusSession('marot__spotter/fa812bfe-b295-4cca-9c2f-fdf01028cb46.jsonl').companions.find(
      (c) => c.path === 'subagents/agent-a93ccab.jsonl',
    ) as CompanionFile;
    const { record, fidelity } = claudeCodeParser.parse({ ...main, companions: [other] });
    expect(record.metadata).toMatchObject({ subagents_linked: 0, unlinked_subagents: 1 });
    expect(fidelity.diagnostics).toEqual([
      expect.objectContaining({
        code: 'PARSE_UNLINKED_SUBAGENT',
        file: 'subagents/agent-a93ccab.jsonl',
        line: 1,
      }),
    ]);
    expect(record.steps.some((s) => s.parent_step !== undefined)).toBe(false);
  });
});

describe('sub-agents (hand-written lines)', () => {
  /** A 2.1.330 main transcript with a background Agent call, and the sub-agent's own transcript. */
  function session(options: { agentIdInResult: boolean; prompt: string }) {
    const main = claudeLines();
    const sub = claudeLines();
    const mainLines = [
      main.user('count the lines with an agent'),
      main.assistant('msg_1', [
        toolUse('toolu_a', 'Agent', {
          description: 'Count',
          prompt: options.prompt,
          subagent_type: 'general-purpose',
        }),
      ]),
      main.toolResult('toolu_a', 'Async agent launched successfully.', {
        toolUseResult: options.agentIdInResult
          ? { status: 'async_launched', agentId: 'abc123' }
          : { status: 'async_launched' },
      }),
      main.assistant('msg_2', [text('Waiting for the agent.')]),
      main.user(
        '<task-notification>\n<task-id>abc123</task-id>\n<tool-use-id>toolu_a</tool-use-id>\n<status>completed</status>\n<summary>Agent "Count" finished</summary>\n<result>3 lines</result>\n</task-notification>',
      ),
      main.assistant('msg_3', [text('There are 3 lines.')]),
    ];
    const side = { isSidechain: true, agentId: 'abc123' };
    const subLines = [
      sub.user(options.prompt, { ...side, parentUuid: null }),
      sub.assistant(
        'msg_s1',
        [toolUse('toolu_s', 'Bash', { command: 'wc -l notes.txt' })],
        'claude-haiku-4-5',
        side,
        { input_tokens: 30, output_tokens: 4 },
      ),
      sub.toolResult('toolu_s', '3 notes.txt', side),
      sub.assistant('msg_s2', [text('3 lines')], 'claude-haiku-4-5', side, {
        input_tokens: 40,
        output_tokens: 3,
      }),
    ];
    return { bytes: jsonl(...mainLines), sub: jsonl(...subLines) };
  }
  const meta = (toolUseId: string) =>
    new TextEncoder().encode(
      JSON.stringify({ agentType: 'general-purpose', toolUseId, description: 'Count' }),
    );

  it('links through the 2.1.x .meta.json toolUseId and pairs the <task-notification> with the call', () => {
    const { bytes, sub } = session({ agentIdInResult: false, prompt: 'count notes.txt' });
    const companions = [
      { path: 'subagents/agent-abc123.jsonl', bytes: sub },
      { path: 'subagents/agent-abc123.meta.json', bytes: meta('toolu_a') },
    ];
    const { record, fidelity } = claudeCodeParser.parse({ bytes, companions });
    expect(
      record.steps.map((s) => [s.step_index, s.role, s.parent_step ?? null, s.agent_role ?? null]),
    ).toEqual([
      [0, 'user', null, null],
      [1, 'agent', null, null],
      [2, 'user', 1, 'general-purpose'],
      [3, 'agent', 1, 'general-purpose'],
      [4, 'agent', 1, 'general-purpose'],
      [5, 'agent', null, null],
      [6, 'system', null, null],
      [7, 'agent', null, null],
    ]);
    // The notification is a system step, not a prompt; its report is a second result of the call.
    expect(record.steps[6]?.content).toMatch(/^<task-notification>/);
    expect(
      record.steps[1]?.observations?.map((o) => [o.source_call_id, o.output_summary ?? null, o.error]),
    ).toEqual([
      ['toolu_a', null, null],
      ['toolu_a', 'Agent "Count" finished', null],
    ]);
    expect(record.task?.description).toBe('count the lines with an agent');
    expect(record.metrics).toMatchObject({
      total_input_tokens: 2 * 3 + 30 + 40,
      total_output_tokens: 5 * 3 + 4 + 3,
    });
    expect(fidelity).toMatchObject({ tool_calls: 1, tool_calls_paired: 1, diagnostics: [] });
  });

  it('links by the Task prompt when nothing names the sub-agent (older transcripts, 2.0.x file beside the session)', () => {
    const { bytes, sub } = session({ agentIdInResult: false, prompt: 'count notes.txt, please' });
    const { record } = claudeCodeParser.parse({
      bytes,
      companions: [{ path: '../agent-abc123.jsonl', bytes: sub }],
    });
    expect(record.steps.filter((s) => s.parent_step === 1)).toHaveLength(3);
    expect(record.metadata).toMatchObject({
      subagents_linked: 1,
      subagents: [{ linked_to: 'toolu_a', file: '../agent-abc123.jsonl' }],
    });
  });

  it('nests a sub-agent spawned by a sub-agent under the step that spawned it', () => {
    const { bytes, sub } = session({ agentIdInResult: true, prompt: 'outer' });
    const inner = claudeLines();
    const side = { isSidechain: true, agentId: 'inner1' };
    const innerBytes = jsonl(
      inner.user('inner task', { ...side, parentUuid: null }),
      inner.assistant('msg_i', [text('inner done')], 'claude-haiku-4-5', side),
    );
    // The outer sub-agent's transcript gains a Task call that started `inner1`.
    const outer = claudeLines();
    const oside = { isSidechain: true, agentId: 'abc123' };
    const outerBytes = jsonl(
      outer.user('outer', { ...oside, parentUuid: null }),
      outer.assistant(
        'msg_o',
        [toolUse('toolu_in', 'Task', { prompt: 'inner task', subagent_type: 'Explore' })],
        'claude-haiku-4-5',
        oside,
      ),
      outer.toolResult('toolu_in', 'done', {
        ...oside,
        toolUseResult: { status: 'completed', agentId: 'inner1' },
      }),
    );
    expect(sub.length).toBeGreaterThan(0);
    const { record } = claudeCodeParser.parse({
      bytes,
      companions: [
        { path: 'subagents/agent-abc123.jsonl', bytes: outerBytes },
        { path: 'subagents/agent-inner1.jsonl', bytes: innerBytes },
      ],
    });
    const outerCall = record.steps.find((s) => s.tool_calls?.some((c) => c.tool_call_id === 'toolu_in'));
    expect(outerCall?.parent_step).toBe(1);
    expect(
      record.steps
        .filter((s) => s.parent_step === outerCall?.step_index)
        .map((s) => [s.content, s.agent_role]),
    ).toEqual([
      ['inner task', 'Explore'],
      ['inner done', 'Explore'],
    ]);
    expect(record.metadata).toMatchObject({ subagents_linked: 2 });
  });

  it('gives the same record parsed whole or fed in pieces, with the state cloned between results', () => {
    const { bytes, sub } = session({ agentIdInResult: true, prompt: 'count notes.txt' });
    const companions = [{ path: 'subagents/agent-abc123.jsonl', bytes: sub }];
    const whole = claudeCodeParser.parse({ bytes, companions });
    let session1 = openSession(claudeCodeParser, {});
    const cut = bytes.indexOf(0x0a, bytes.length >> 1) + 1;
    session1.push(bytes.subarray(0, cut));
    const early = session1.result({ companions });
    expect(session1.result({ companions })).toEqual(early); // result() changes nothing
    session1 = resumeSession(claudeCodeParser, structuredClone(session1.save()));
    session1.push(bytes.subarray(cut));
    expect(session1.result({ end: true, companions })).toEqual(whole);
    expect(whole.record.session_id).toBe(SID);
  });
});
