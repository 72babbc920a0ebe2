import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateTraceRecord } from '@opentraces/schema';
import { describe, expect, it } from 'vitest';
import type { CompanionFile } from '../contract.js';
import { claudeCodeParser } from './parser.js';
import { savedOutputOf } from './spine.js';

// Sessions the real Claude Code 2.1.330 wrote against agent-sim (`node tooling/agent-sim/bin/
// generate-samples.js`; not committed, so this runs only where they were generated).
const GENERATED = fileURLToPath(
  new URL('../../../../../tooling/agent-sim/generated/claude-code', import.meta.url),
);

interface Sample {
  readonly scenario: string;
  readonly bytes: Uint8Array;
  readonly companions: CompanionFile[];
}

function samples(): Sample[] {
  if (!existsSync(GENERATED)) return [];
  const out: Sample[] = [];
  for (const scenario of readdirSync(GENERATED).sort()) {
    for (const project of readdirSync(join(GENERATED, scenario))) {
      const dir = join(GENERATED, scenario, project);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
        const folder = join(dir, name.slice(0, -'.jsonl'.length));
        const companions: CompanionFile[] = [];
        for (const sub of ['subagents', 'tool-results']) {
          if (!existsSync(join(folder, sub))) continue;
          for (const file of readdirSync(join(folder, sub)).sort())
            companions.push({
              path: `${sub}/${file}`,
              bytes: new Uint8Array(readFileSync(join(folder, sub, file))),
            });
        }
        out.push({ scenario, bytes: new Uint8Array(readFileSync(join(dir, name))), companions });
      }
    }
  }
  return out;
}

const all = samples();

describe.skipIf(all.length === 0)('Claude Code 2.1.330 sessions written against agent-sim', () => {
  it('every line type is known, every call paired, and the token totals are what Claude Code itself counted', () => {
    for (const { scenario, bytes, companions } of all) {
      const { record, fidelity } = claudeCodeParser.parse({ bytes, fileName: scenario, companions });
      expect(validateTraceRecord(record).ok, scenario).toBe(true);
      expect(fidelity.unknown_types, scenario).toEqual({});
      expect(fidelity.diagnostics, scenario).toEqual([]);
      expect(fidelity.tool_calls_paired, scenario).toBe(fidelity.tool_calls);
      // cost-state.modelUsage covers the sub-agents too: it matches once they are linked in.
      const reported = Object.values(record.metadata?.['reported_model_usage'] ?? {}) as Record<
        string,
        number
      >[];
      expect(reported.length, scenario).toBeGreaterThan(0);
      const total = (key: string) => reported.reduce((n, usage) => n + (usage[key] ?? 0), 0);
      expect(record.metrics, scenario).toMatchObject({
        total_input_tokens: total('inputTokens'),
        total_output_tokens: total('outputTokens'),
        total_cache_read_tokens: total('cacheReadInputTokens'),
        total_cache_creation_tokens: total('cacheCreationInputTokens'),
      });
      expect(
        record.steps.filter((s) => s.role === 'agent').every((s) => (s.tools_available?.length ?? 0) > 0),
        scenario,
      ).toBe(true);
    }
  });

  it('large-output: the observation holds the whole saved output', () => {
    const sample = all.find((s) => s.scenario === 'large-output');
    const saved = sample?.companions.find((c) => c.path.startsWith('tool-results/'));
    expect(saved).toBeDefined();
    const { record } = claudeCodeParser.parse({
      bytes: sample?.bytes ?? new Uint8Array(),
      companions: sample?.companions ?? [],
    });
    const observation = record.steps
      .flatMap((s) => s.observations ?? [])
      .find((o) => savedOutputOf(o) !== undefined);
    expect(observation?.content).toBe(new TextDecoder().decode(saved?.bytes));
    expect(observation && savedOutputOf(observation)).toEqual({ file: saved?.path, restored: true });
  });

  it('subagent: the background Agent’s steps follow its call; the <task-notification> is a system step', () => {
    const sample = all.find((s) => s.scenario === 'subagent');
    const { record } = claudeCodeParser.parse({
      bytes: sample?.bytes ?? new Uint8Array(),
      companions: sample?.companions ?? [],
    });
    const call = record.steps.find((s) => s.tool_calls?.some((c) => c.tool_name === 'Agent'));
    const inserted = record.steps.filter((s) => s.parent_step === call?.step_index);
    expect(inserted.length).toBeGreaterThan(1);
    expect(record.steps[(call?.step_index ?? 0) + 1]).toBe(inserted[0]);
    expect(inserted.every((s) => s.agent_role === 'general-purpose')).toBe(true);
    expect(record.steps.filter((s) => s.role === 'system').map((s) => s.content?.slice(0, 19))).toEqual([
      '<task-notification>',
    ]);
    expect(call?.observations?.length).toBe(2);
  });
});
