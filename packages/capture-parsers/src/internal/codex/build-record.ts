import {
  computeContentHash,
  deriveTraceId,
  type Environment,
  type Metrics,
  SCHEMA_VERSION,
  type Step,
  type TraceRecord,
} from '@opentraces/schema';
import { fallbackSessionId } from '../record-parts.js';
import { type CodexFacts, systemPromptKey } from './facts.js';
import { renderSteps } from './render.js';
import type { CodexSpine } from './spine.js';
import type { StepUsage, UsageState } from './usage.js';

export const CODEX_AGENT = 'codex-cli';

export interface BuildCodexRecordOptions {
  readonly facts: CodexFacts;
  readonly spine: CodexSpine;
  readonly usage: UsageState;
  readonly fileName: string | null;
  /** The first non-blank line: hashed for the session id of last resort. */
  readonly firstLine: Uint8Array;
  /** False: leave `content_hash` null (the caller hashes the final record). */
  readonly contentHash: boolean;
}

/** Assembles the TraceRecord of a Codex rollout; `content_hash` is computed last. */
export function buildCodexRecord(options: BuildCodexRecordOptions): TraceRecord {
  const { facts, spine, usage } = options;
  const rendered = renderSteps(spine, {
    callType: facts.subagent ? 'subagent' : 'main',
    systemPromptHash: facts.baseInstructions,
  });
  const systemPrompts = Object.fromEntries(facts.systemPrompts);
  for (const text of rendered.contextPrompts) systemPrompts[systemPromptKey(text)] ??= text;
  const sessionId = resolveSessionId(facts, options);
  const environment: Environment = {
    vcs:
      facts.branch || facts.commit ? { type: 'git', branch: facts.branch, base_commit: facts.commit } : null,
  };
  if (facts.shell) environment.shell = facts.shell;
  const record: TraceRecord = {
    schema_version: SCHEMA_VERSION,
    trace_id: deriveTraceId(CODEX_AGENT, sessionId),
    session_id: sessionId,
    content_hash: null,
    timestamp_start: facts.start,
    timestamp_end: facts.end,
    execution_context: 'devtime',
    task: { description: rendered.taskDescription, repository_url: facts.repositoryUrl },
    agent: { name: CODEX_AGENT, version: facts.version, model: mostUsedModel(rendered.steps) },
    environment,
    system_prompts: systemPrompts,
    steps: rendered.steps,
    metrics: computeMetrics(rendered.steps, rendered.unattributed, facts.durationSeconds()),
    metadata: buildMetadata(facts, spine, usage, rendered.unattributed),
  };
  if (facts.toolDefinitions) record.tool_definitions = facts.toolDefinitions;
  if (spine.endedAborted) {
    record.outcome = {
      terminal_state: 'interrupted',
      signal_source: 'codex:turn_aborted',
      signal_confidence: 'derived',
    };
  }
  if (options.contentHash) record.content_hash = computeContentHash(record);
  return record;
}

function buildMetadata(
  facts: CodexFacts,
  spine: CodexSpine,
  usage: UsageState,
  unattributed: StepUsage | null,
): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== null && value !== undefined) metadata[key] = value;
  };
  put('cwd', facts.cwd);
  put('originator', facts.originator);
  put('source', facts.source);
  put('model_provider', facts.modelProvider);
  if (facts.sessionIds.length > 1) metadata['session_ids'] = [...facts.sessionIds];
  Object.assign(metadata, facts.extras);
  put('approval_policy', facts.approvalPolicy);
  put('sandbox_policy', facts.sandboxPolicy);
  put('reasoning_effort', facts.effort);
  if (facts.legacy) metadata['rollout_format'] = 'legacy';
  // Codex's own cumulative total (OpenAI accounting: input includes cached), to check ours against.
  put('codex_total_token_usage', usage.lastTotal);
  if (usage.counted > 0) metadata['reasoning_output_tokens'] = usage.reasoningTokens;
  if (spine.subagents.length > 0) metadata['subagents'] = spine.subagents.map((s) => ({ ...s }));
  put('unattributed_token_usage', unattributed);
  return metadata;
}

/**
 * The session id of the first `session_meta` (a forked file replays its parent's after it), else
 * the file name without directory and extension, else a hash of the first line.
 */
function resolveSessionId(facts: CodexFacts, options: BuildCodexRecordOptions): string {
  return facts.sessionId || fallbackSessionId(options.fileName, options.firstLine);
}

/** The model of the most agent steps (ties: the first seen). */
function mostUsedModel(steps: readonly Step[]): string | null {
  const counts = new Map<string, number>();
  for (const step of steps) {
    if (step.role === 'agent' && step.model) counts.set(step.model, (counts.get(step.model) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [model, count] of counts) if (count > bestCount) [best, bestCount] = [model, count];
  return best;
}

/**
 * Token totals over the steps (plus usage no step could take). `cache_hit_rate` = cache reads over
 * all prompt tokens, which for Codex is OpenAI's `cached_input_tokens / input_tokens`.
 */
function computeMetrics(
  steps: readonly Step[],
  unattributed: StepUsage | null,
  duration: number | null,
): Metrics {
  const usages = steps.flatMap((step) => (step.token_usage ? [step.token_usage] : []));
  if (unattributed) usages.push(unattributed);
  const sum = (pick: (u: (typeof usages)[number]) => number | null | undefined) =>
    usages.reduce((total, u) => total + (pick(u) ?? 0), 0);
  const input = sum((u) => u.input_tokens);
  const cacheRead = sum((u) => u.cache_read_tokens);
  const cacheWrite = sum((u) => u.cache_write_tokens);
  const prompt = input + cacheRead + cacheWrite;
  const any = usages.length > 0;
  return {
    total_steps: steps.length,
    total_input_tokens: any ? input : null,
    total_output_tokens: any ? sum((u) => u.output_tokens) : null,
    total_cache_read_tokens: any ? cacheRead : null,
    total_cache_creation_tokens: any ? cacheWrite : null,
    total_duration_s: duration,
    cache_hit_rate: prompt > 0 ? cacheRead / prompt : null,
  };
}
