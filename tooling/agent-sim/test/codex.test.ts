// The real Codex CLI against agent-sim (Responses API); its rollout file read line by line and
// parsed by capture-parsers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { codexParser, detectParser, enrichRecord } from '@opentraces/capture-parsers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClient } from '../src/clients/ensure-client.js';
import type { ClientRun } from '../src/clients/run-claude.js';
import { runCodex } from '../src/clients/run-codex.js';
import { expectRecordMatches, type ScenarioTurn, singlePromptRoles } from './claude-expect.js';
import { gateRealClient, loadScenario, requireIsolation, scenarioTotal } from './real-client-gate.js';
import type { Json } from './sim-client.js';

const gate = await gateRealClient('codex');
const runs: ClientRun[] = [];

type Payload = Json;

async function runScenario(name: string, options: { rules?: string[]; scenario?: Json } = {}) {
  const run = await runCodex({
    scenario: options.scenario ?? loadScenario(name),
    version: gate.version,
    timeoutMs: 60_000,
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  });
  runs.push(run);
  const why = `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}; stderr: ${run.stderr.slice(-800)}`;
  expect(run.exitCode, why).toBe(0);
  expect(run.requests.map((q) => [q.kind, q.error])).toEqual(run.scenario.turns.map(() => ['turn', null]));
  expect(run.transcripts).toHaveLength(1);
  const lines = readFileSync(run.transcripts[0]!.path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { type: string; payload: Payload });
  const items = lines.filter((l) => l.type === 'response_item').map((l) => l.payload);
  const tokenCounts = lines.filter((l) => l.type === 'event_msg' && l.payload['type'] === 'token_count');
  const total = tokenCounts.at(-1)?.payload['info']?.total_token_usage;
  const scenario = run.scenario;
  // Codex's running total equals what agent-sim reported (OpenAI input counts cached tokens).
  expect(total).toMatchObject({
    input_tokens:
      scenarioTotal(scenario, 'input_tokens') +
      scenarioTotal(scenario, 'cache_read_input_tokens') +
      scenarioTotal(scenario, 'cache_creation_input_tokens'),
    cached_input_tokens: scenarioTotal(scenario, 'cache_read_input_tokens'),
    output_tokens: scenarioTotal(scenario, 'output_tokens'),
    reasoning_output_tokens: scenarioTotal(scenario, 'reasoning_output_tokens'),
  });
  const meta = lines.find((l) => l.type === 'session_meta')?.payload;
  expect(meta?.['cli_version']).toBe(gate.version);
  expect(meta?.['model_provider']).toBe('sim');
  const output = (callId: string) =>
    items.find((i) => i['call_id'] === callId && String(i['type']).endsWith('_output'));
  // The normalized record says the same: steps, calls with inputs, paired outputs, exact usage.
  const bytes = new Uint8Array(readFileSync(run.transcripts[0]!.path));
  expect(detectParser(bytes)).toBe(codexParser);
  const parsed = codexParser.parse({ bytes, fileName: 'rollout.jsonl' });
  const turns = scenario.turns as ScenarioTurn[];
  expectRecordMatches(parsed, turns, singlePromptRoles(turns), { name: 'codex-cli', version: gate.version });
  const said = items
    .filter((i) => i['type'] === 'message' && i['role'] === 'assistant')
    .map((i) => i['content'][0].text);
  return { run, items, output, said, scenario, record: parsed.record };
}

describe.skipIf(!gate.run)(`Codex CLI ${gate.version} (real client) against agent-sim`, () => {
  beforeAll(async () => {
    requireIsolation();
    await ensureClient({ name: 'codex', version: gate.version });
  }, 600_000);
  afterAll(async () => {
    for (const run of runs) await run.cleanup();
  });

  it('bash with a failing command: exec_command call, output with exit code 2, reasoning, answer', async () => {
    const { items, output, said, scenario, record } = await runScenario('codex-bash-failing-command');
    expect(record.steps[1]?.observations?.[0]?.error).toMatch(/exit code 2/i);
    const [first, second] = scenario.turns;
    const call = items.find((i) => i['type'] === 'function_call');
    expect(call?.['name']).toBe('exec_command');
    expect(JSON.parse(call?.['arguments'])).toEqual(first.respond.tool_calls[0].input);
    expect(output(call?.['call_id'])?.['output']).toMatch(
      /exited with code 2[\s\S]*No such file or directory/,
    );
    const reasoning = items.find((i) => i['type'] === 'reasoning');
    expect(reasoning?.['summary']).toEqual([{ type: 'summary_text', text: first.respond.thinking }]);
    expect(said).toEqual([second.respond.text]);
  }, 90_000);

  it('apply_patch (custom tool) adds then edits a file; the file on disk has the edit', async () => {
    const { run, items, output, said, scenario } = await runScenario('codex-apply-patch');
    const patches: string[] = scenario.turns.flatMap((t: Json) =>
      (t.respond.tool_calls ?? []).map((c: Json) => c.input),
    );
    const calls = items.filter((i) => i['type'] === 'custom_tool_call');
    expect(calls.map((c) => [c['name'], c['input']])).toEqual(patches.map((p) => ['apply_patch', p]));
    for (const c of calls) expect(output(c['call_id'])?.['output']).toContain('Success');
    // The added file is the `+` lines of the first patch; the second swaps its `-` line for its `+` line.
    const added = patches[0]!
      .split('\n')
      .filter((l) => l.startsWith('+'))
      .map((l) => l.slice(1));
    const edit = patches[1]!.split('\n');
    const before = edit.find((l) => l.startsWith('-'))!.slice(1);
    const after = edit.find((l) => l.startsWith('+'))!.slice(1);
    const expected = `${added.join('\n')}\n`.replace(before, after);
    expect(readFileSync(`${run.cwd}/greet.py`, 'utf8')).toBe(expected);
    expect(said).toEqual(
      scenario.turns.map((t: Json) => t.respond.text).filter((t: unknown) => t !== undefined),
    );
  }, 90_000);

  it('apply_patch add + edit, then git init/add/commit through exec_command, allowed by an execpolicy rule', async () => {
    const { run, items, output, record } = await runScenario('codex-write-edit-commit');
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', run.cwd, ...args], { encoding: 'utf8' }).trim();
    // The commit really happened in the temp repo, with the edited file.
    expect(git('log', '--format=%s')).toBe('Add greet.py');
    expect(git('show', 'HEAD:greet.py')).toBe('def main():\n    print("hello, world")\n\n\nmain()');
    const sha = git('rev-parse', '--short', 'HEAD');
    // The record: every call paired with its output; the edit and the commit command are there.
    const steps = record.steps.filter((s) => s.role === 'agent');
    const calls = steps.flatMap((s) => s.tool_calls ?? []);
    const observations = steps.flatMap((s) => s.observations ?? []);
    expect(calls.map((c) => c.tool_name)).toEqual(['apply_patch', 'apply_patch', 'exec_command']);
    expect(observations.map((o) => o.source_call_id)).toEqual(calls.map((c) => c.tool_call_id));
    expect(observations.map((o) => o.error ?? null)).toEqual([null, null, null]);
    const [, edit, commit] = calls;
    expect(edit?.input).toContain('*** Update File: greet.py');
    expect(observations[1]?.content).toContain('M greet.py');
    expect(commit?.input).toMatchObject({ cmd: expect.stringContaining("git commit -m 'Add greet.py'") });
    expect(observations[2]?.content).toMatch(/^Process exited with code 0$/m);
    expect(observations[2]?.content).toContain(`[main (root-commit) ${sha}] Add greet.py`);
    const raw = output(items.find((i) => i['name'] === 'exec_command')?.['call_id']);
    expect(raw?.['output']).toContain(`${sha} Add greet.py`);
    // Enrichment finds the commit the session made.
    expect(enrichRecord(record).record.outcome).toMatchObject({ committed: true, commit_sha: sha });
  }, 90_000);

  it('without the execpolicy rule the sandbox keeps .git read-only: git init exits 128', async () => {
    const scenario = loadScenario('codex-write-edit-commit');
    // The last answer cannot quote the commit that never happened.
    delete scenario.turns.at(-1).match;
    const { run, record } = await runScenario('codex-write-edit-commit', { rules: [], scenario });
    expect(() => execFileSync('git', ['-C', run.cwd, 'log'], { stdio: 'pipe' })).toThrow();
    const failed = record.steps.flatMap((s) => s.observations ?? []).at(-1);
    expect(failed?.error).toMatch(/^exit code 128: .*Read-only file system/);
  }, 90_000);
});
