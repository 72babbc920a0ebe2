// The real Gemini CLI against agent-sim (Gemini API); its chat recording parsed by capture-parsers.
import { readFileSync } from 'node:fs';
import { detectParser, geminiParser } from '@opentraces/capture-parsers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClient } from '../src/clients/ensure-client.js';
import type { ClientRun } from '../src/clients/run-claude.js';
import { runGemini } from '../src/clients/run-gemini.js';
import { expectRecordMatches, type ScenarioTurn } from './claude-expect.js';
import { gateRealClient, loadScenario, requireIsolation, scenarioTotal } from './real-client-gate.js';
import type { Json } from './sim-client.js';

const gate = await gateRealClient('gemini-cli');
const runs: ClientRun[] = [];

/** Gemini CLI keeps a thought `**Subject**\nDescription` as {subject, description}; the parser joins them. */
const thoughtAsRecorded = (thinking: string) => thinking.replace(/^\*\*(.+?)\*\*\s*/, '$1\n').trim();

async function runScenario(name: string, roles?: Array<'system' | 'user' | 'agent'>) {
  const run = await runGemini({ scenario: loadScenario(name), version: gate.version, timeoutMs: 60_000 });
  runs.push(run);
  const why = `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}; stderr: ${run.stderr.slice(-800)}`;
  expect(run.exitCode, why).toBe(0);
  const scenario = run.scenario as Json & { turns: ScenarioTurn[] };
  // Every scripted turn was asked for, in order; everything else was a side request.
  const turns = run.requests.filter((q) => q.kind === 'turn');
  expect(turns.map((q) => q.turn)).toEqual(scenario.turns.map((_, i) => i));
  expect(run.requests.filter((q) => q.kind !== 'turn' && q.kind !== 'side')).toEqual([]);
  // The main turns stream (`:streamGenerateContent?alt=sse`), all to one model the router picked.
  expect(new Set(turns.map((q) => `${q.path} ${q.stream}`)).size).toBe(1);
  expect(turns[0]?.path).toMatch(/^\/v1beta\/models\/gemini-[\w.-]*pro[\w.-]*:streamGenerateContent$/);
  // Side requests: the model router ("Task Routing AI", a flash-lite model) once per prompt,
  // answered with a JSON score; nothing else asked for JSON here.
  const sides = run.requests.filter((q) => q.kind === 'side');
  const prompts: string[] = scenario['prompts'] ?? [scenario['prompt']];
  expect(sides).toHaveLength(prompts.length);
  for (const side of sides) {
    expect(side.path).toMatch(/^\/v1beta\/models\/gemini-[\w.-]*flash-lite:generateContent$/);
    const body = side.body as Json;
    expect(body['generationConfig']?.responseMimeType).toBe('application/json');
    expect(JSON.stringify(body['systemInstruction'])).toContain('Task Routing AI');
  }
  const sessions = run.transcripts.filter((t) => t.kind === 'session');
  expect(sessions).toHaveLength(1);
  const bytes = new Uint8Array(readFileSync(sessions[0]!.path));
  expect(detectParser(bytes)).toBe(geminiParser);
  const parsed = geminiParser.parse({ bytes, fileName: sessions[0]!.relativePath });
  // The CLI opens with its <session_context> (a system step), then the prompt, then one step per turn.
  expectRecordMatches(
    parsed,
    scenario.turns,
    roles ?? ['system', 'user', ...scenario.turns.map(() => 'agent' as const)],
    { name: 'gemini-cli', version: null },
    { reasoning: thoughtAsRecorded, cacheWrites: false },
  );
  expect(parsed.record.steps[0]?.content).toMatch(/^<session_context>/);
  expect(parsed.record.steps.filter((t) => t.role === 'user').map((t) => t.content)).toEqual(prompts);
  expect(parsed.record.metrics?.['total_reasoning_tokens']).toBe(
    scenarioTotal(scenario, 'reasoning_output_tokens'),
  );
  // The CLI's own accounting (`--output-format json`, per run) agrees with what agent-sim sent.
  const counted = { prompt: 0, cached: 0, candidates: 0, thoughts: 0 };
  for (const result of run.results ?? []) {
    const models = Object.values((result?.['stats']?.models ?? {}) as Record<string, Json>);
    const tokens = models.find((m) => m['roles']?.main)?.['roles'].main.tokens as Json;
    for (const key of Object.keys(counted) as Array<keyof typeof counted>) counted[key] += tokens[key];
  }
  const sum = (field: string) => scenarioTotal(scenario, field);
  expect(counted).toEqual({
    prompt: sum('input_tokens') + sum('cache_read_input_tokens'),
    cached: sum('cache_read_input_tokens'),
    candidates: sum('output_tokens') - sum('reasoning_output_tokens'),
    thoughts: sum('reasoning_output_tokens'),
  });
  expect(run.result?.['response']).toBe(scenario.turns.at(-1)?.respond.text);
  return { run, scenario, record: parsed.record };
}

describe.skipIf(!gate.run)(`Gemini CLI ${gate.version} (real client) against agent-sim`, () => {
  beforeAll(async () => {
    requireIsolation();
    await ensureClient({ name: 'gemini-cli', version: gate.version });
  }, 600_000);
  afterAll(async () => {
    for (const run of runs) await run.cleanup();
  });

  it('a failing shell command: exit code 2 is an error observation, the answer follows', async () => {
    const { run, record } = await runScenario('gemini-shell-failing-command');
    const obs = record.steps[2]?.observations?.[0];
    expect(obs?.error).toMatch(/^exit code 2: ls: cannot access 'missing.txt': No such file or directory$/);
    expect(obs?.content).toMatch(/^Exit Code: 2$/m);
    // The second request carried the shell result back as a functionResponse.
    const second = run.requests.find((q) => q.kind === 'turn' && q.turn === 1)?.body as Json;
    const parts = second['contents'].at(-1).parts as Json[];
    expect(parts.map((p) => p['functionResponse']?.name)).toEqual(['run_shell_command']);
  }, 90_000);

  it('write_file then replace: both calls with their inputs, no errors; the file on disk has the edit', async () => {
    const { run, scenario, record } = await runScenario('gemini-write-edit');
    const [write, edit] = scenario.turns
      .flatMap((t) => t.respond.tool_calls ?? [])
      .map((c) => c.input as Json);
    const observations = record.steps.flatMap((s) => s.observations ?? []);
    expect(observations.map((o) => o.error)).toEqual([null, null]);
    const expected = String(write!['content']).replace(edit!['old_string'], edit!['new_string']);
    expect(readFileSync(`${run.cwd}/greet.py`, 'utf8')).toBe(expected);
  }, 90_000);

  it('a resumed session (--resume latest): one recording, both prompts, the second reads what the first wrote', async () => {
    const roles = ['system', 'user', 'agent', 'agent', 'user', 'agent', 'agent'] as const;
    const { run, record } = await runScenario('gemini-resumed-session', [...roles]);
    expect(run.results?.map((r) => r?.['session_id'])).toEqual([record.session_id, record.session_id]);
    expect(record.steps[5]?.observations?.[0]?.content).toBe('alpha\n');
    // The resumed run re-wrote its context twice ($set of messages): counted, not applied.
    expect(record.metadata?.['context_rewrites']).toBe(2);
  }, 90_000);
});
