// Shared expectations for the real-client runs: the parsed record must say what the script did.
import { readFileSync } from 'node:fs';
import { type ParseResult, parseSession } from '@opentraces/capture-parsers';
import { expect } from 'vitest';
import { type ClientRun, runClaude } from '../src/clients/run-claude.js';
import { loadScenario, scenarioTotal } from './real-client-gate.js';
import type { Json } from './sim-client.js';

export interface ScenarioTurn {
  agent?: 'main' | 'sub';
  respond: {
    text?: string;
    thinking?: string;
    tool_calls?: Array<{ name: string; input: Json | string }>;
    usage?: Record<string, number>;
  };
}
export interface ClaudeCase {
  run: ClientRun;
  scenario: Json & { turns: ScenarioTurn[] };
  parse: (kind: 'session' | 'subagent') => ParseResult;
}

/** Runs a shipped scenario; `runs` collects the run for cleanup. */
export async function runClaudeScenario(
  name: string,
  version: string,
  runs: ClientRun[],
): Promise<ClaudeCase> {
  const run = await runClaude({ scenario: loadScenario(name), version, timeoutMs: 60_000 });
  runs.push(run);
  const parse = (kind: 'session' | 'subagent') => {
    const files = run.transcripts.filter((t) => t.kind === kind);
    expect(files, `${kind} transcripts of ${name}`).toHaveLength(1);
    const file = files[0]!;
    return parseSession({ bytes: new Uint8Array(readFileSync(file.path)), fileName: file.relativePath });
  };
  return { run, scenario: run.scenario, parse };
}

/** The client exited cleanly and every scripted turn was requested, with no unmatched request. */
export function expectCleanRun({ run, scenario }: ClaudeCase): void {
  const why = `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}; stderr: ${run.stderr.slice(-800)}`;
  expect(run.exitCode, why).toBe(0);
  for (const result of run.results ?? [run.result]) expect(result?.['subtype'], why).toBe('success');
  const bad = run.requests.filter((q) => q.kind !== 'turn' && q.kind !== 'side');
  expect(bad.map((q) => [q.kind, q.error])).toEqual([]);
  expect(run.turnsServed).toBe(scenario.turns.length);
}

/** How a client writes what the script sent, where it differs from the script's own words. */
export interface RecordShape {
  /** The reasoning the client keeps of a turn's thinking (default: the thinking as sent). */
  reasoning?: (thinking: string) => string;
  /** False when the client reports no cache writes (the parser then leaves them unknown). */
  cacheWrites?: boolean;
}

/**
 * The record of one transcript matches the turns written to it (in order): the agent steps carry
 * their text, thinking, tool calls with inputs and paired observations; usage totals are exact.
 */
export function expectRecordMatches(
  { record, fidelity }: ParseResult,
  turns: ScenarioTurn[],
  roles: Array<'system' | 'user' | 'agent'>,
  agent: { name: string; version: string | null },
  shape: RecordShape = {},
): void {
  const reasoning = shape.reasoning ?? ((thinking: string) => thinking);
  const cacheWrites = shape.cacheWrites ?? true;
  expect(record.agent).toMatchObject(agent);
  expect(record.steps.map((s) => s.role)).toEqual(roles);
  const agentSteps = record.steps.filter((s) => s.role === 'agent');
  expect(agentSteps).toHaveLength(turns.length);
  turns.forEach((turn, i) => {
    const step = agentSteps[i]!;
    expect(step.content ?? null).toBe(turn.respond.text ?? null);
    const thinking = turn.respond.thinking;
    expect(step.reasoning_content ?? null).toBe(thinking === undefined ? null : reasoning(thinking));
    const calls = step.tool_calls ?? [];
    expect(calls.map((c) => c.tool_name)).toEqual((turn.respond.tool_calls ?? []).map((c) => c.name));
    for (const [k, c] of calls.entries()) {
      const want = turn.respond.tool_calls![k]!.input;
      if (typeof want === 'string') expect(c.input).toBe(want);
      else expect(c.input).toMatchObject(want);
    }
    expect((step.observations ?? []).map((o) => o.source_call_id)).toEqual(calls.map((c) => c.tool_call_id));
    const usage = turn.respond.usage ?? {};
    expect(step.token_usage).toMatchObject({
      input_tokens: usage['input_tokens'],
      output_tokens: usage['output_tokens'],
      cache_read_tokens: usage['cache_read_input_tokens'] ?? 0,
      ...(cacheWrites ? { cache_write_tokens: usage['cache_creation_input_tokens'] ?? 0 } : {}),
    });
  });
  const written = { turns };
  expect(record.metrics).toMatchObject({
    total_input_tokens: scenarioTotal(written, 'input_tokens'),
    total_output_tokens: scenarioTotal(written, 'output_tokens'),
    total_cache_read_tokens: scenarioTotal(written, 'cache_read_input_tokens'),
    total_cache_creation_tokens: cacheWrites ? scenarioTotal(written, 'cache_creation_input_tokens') : null,
  });
  const toolCalls = turns.flatMap((t) => t.respond.tool_calls ?? []).length;
  expect(fidelity).toMatchObject({
    lines_skipped: 0,
    tool_calls: toolCalls,
    tool_calls_paired: toolCalls,
    diagnostics: [],
  });
}

/** `user` then one `agent` per turn: the roles of a single-prompt session. */
export function singlePromptRoles(turns: unknown[]): Array<'user' | 'agent'> {
  return ['user', ...turns.map(() => 'agent' as const)];
}
