import {
  computeContentHash,
  deriveTraceId,
  type Metrics,
  SCHEMA_VERSION,
  type Step,
  type TraceRecord,
} from '@opentraces/schema';
import { fallbackSessionId } from '../record-parts.js';
import type { SessionFacts } from './session-facts.js';
import type { Transcript } from './transcript.js';

export const CLAUDE_CODE_AGENT = 'claude-code';

export interface BuildRecordOptions {
  readonly facts: SessionFacts;
  /** Every step of the record, numbered (main transcript and linked sub-agents). */
  readonly steps: Step[];
  /** The main transcript's own steps: the agent's model is theirs. */
  readonly mainSteps: readonly Step[];
  /** The main transcript, then the sub-agent transcripts linked into the record. */
  readonly transcripts: readonly [Transcript, ...Transcript[]];
  /** Metadata found while linking companions (sub-agents). */
  readonly extraMetadata: Record<string, unknown>;
  readonly fileName: string | null;
  /** The first non-blank line: hashed for the session id of last resort. */
  readonly firstLine: Uint8Array;
  /** The file is a sub-agent transcript: its session id gets the agent id appended. */
  readonly subagent: boolean;
  /** False: leave `content_hash` null (the caller hashes the final record). */
  readonly contentHash?: boolean;
}

/** Assembles the TraceRecord of a Claude Code session; `content_hash` is computed last (unless turned off). */
export function buildRecord(options: BuildRecordOptions): TraceRecord {
  const { facts, steps, transcripts } = options;
  const [main] = transcripts;
  const sessionId = resolveSessionId(options);
  const metadata: Record<string, unknown> = {};
  if (facts.cwd) metadata['cwd'] = facts.cwd;
  if (facts.sessionIds.length > 1) metadata['session_ids'] = [...facts.sessionIds];
  if (facts.customTitle) metadata['custom_title'] = facts.customTitle;
  if (options.subagent && facts.lastSessionId) {
    metadata['parent_session_id'] = facts.lastSessionId;
    if (facts.agentId) metadata['agent_id'] = facts.agentId;
  }
  if (main.compactions.length > 0) metadata['compactions'] = main.compactions.length;
  if (facts.microcompactions > 0) metadata['microcompactions'] = facts.microcompactions;
  if (main.abandoned.length > 0) metadata['abandoned_branches'] = main.abandoned;
  const skills = transcripts.flatMap((t) => t.skills);
  if (skills.length > 0) metadata['skills'] = skills;
  const synthetic = transcripts.reduce((n, t) => n + t.synthetic, 0);
  if (synthetic > 0) metadata['synthetic_messages'] = synthetic;
  const saved = { total: 0, restored: 0 };
  for (const t of transcripts) {
    saved.total += t.savedOutputs.total;
    saved.restored += t.savedOutputs.restored;
  }
  if (saved.total > 0) metadata['saved_tool_outputs'] = saved;
  if (facts.toolsUsed) metadata['tools_used'] = facts.toolsUsed;
  if (facts.reportedCostUsd !== null) metadata['reported_cost_usd'] = facts.reportedCostUsd;
  if (facts.reportedModelUsage) metadata['reported_model_usage'] = facts.reportedModelUsage;
  Object.assign(metadata, options.extraMetadata);
  const record: TraceRecord = {
    schema_version: SCHEMA_VERSION,
    trace_id: deriveTraceId(CLAUDE_CODE_AGENT, sessionId),
    session_id: sessionId,
    content_hash: null,
    timestamp_start: facts.start,
    timestamp_end: facts.end,
    execution_context: 'devtime',
    task: { description: main.taskDescription },
    agent: { name: CLAUDE_CODE_AGENT, version: facts.version, model: mostUsedModel(options.mainSteps) },
    environment: { vcs: facts.gitBranch ? { type: 'git', branch: facts.gitBranch } : null },
    steps,
    metrics: computeMetrics(steps, facts.durationSeconds()),
    metadata,
  };
  if (options.contentHash !== false) record.content_hash = computeContentHash(record);
  return record;
}

/**
 * Last `sessionId` seen in the lines (a sub-agent transcript shares its parent's, so its agent id
 * is appended to keep trace ids apart), else the file name without directory and extension, else a
 * hash of the first line.
 */
function resolveSessionId(options: BuildRecordOptions): string {
  const { lastSessionId, agentId } = options.facts;
  if (lastSessionId) return options.subagent && agentId ? `${lastSessionId}-agent-${agentId}` : lastSessionId;
  return fallbackSessionId(options.fileName, options.firstLine);
}

/** The model of the most agent steps (ties: the first seen); Claude Code's `<synthetic>` is ignored. */
function mostUsedModel(steps: readonly Step[]): string | null {
  const counts = new Map<string, number>();
  for (const step of steps) {
    if (step.role === 'agent' && step.model && step.model !== '<synthetic>') {
      counts.set(step.model, (counts.get(step.model) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [model, count] of counts) {
    if (count > bestCount) [best, bestCount] = [model, count];
  }
  return best;
}

function computeMetrics(steps: readonly Step[], duration: number | null): Metrics {
  let input = 0;
  let output = 0;
  let cacheRead = 0;
  let cacheWrite = 0;
  let withUsage = 0;
  for (const step of steps) {
    const usage = step.token_usage;
    if (!usage) continue;
    withUsage++;
    input += usage.input_tokens ?? 0;
    output += usage.output_tokens ?? 0;
    cacheRead += usage.cache_read_tokens ?? 0;
    cacheWrite += usage.cache_write_tokens ?? 0;
  }
  const prompt = input + cacheRead + cacheWrite;
  return {
    total_steps: steps.length,
    total_input_tokens: withUsage > 0 ? input : null,
    total_output_tokens: withUsage > 0 ? output : null,
    total_cache_read_tokens: withUsage > 0 ? cacheRead : null,
    total_cache_creation_tokens: withUsage > 0 ? cacheWrite : null,
    total_duration_s: duration,
    cache_hit_rate: prompt > 0 ? cacheRead / prompt : null,
  };
}
