import {
  computeContentHash,
  deriveTraceId,
  type Environment,
  type Metrics,
  SCHEMA_VERSION,
  type Step,
  sha256Hex,
  type Task,
  type TraceRecord,
} from '@opentraces/schema';
import type { ParseDiagnostic } from './contract.js';

/**
 * Building blocks shared by the Gemini CLI, Copilot CLI and Pi parsers: the session's time span,
 * the most used model, token metrics summed over steps, and the final record with its hash.
 */

/** The earliest and latest ISO timestamps seen, in plain JSON-able fields (order of arrival does not matter). */
export class TimeRange {
  start: string | null = null;
  end: string | null = null;
  private startMs: number | null = null;
  private endMs: number | null = null;

  /** Takes an ISO-8601 string; anything else (or an unparsable date) is ignored. */
  observe(value: unknown): void {
    if (typeof value !== 'string') return;
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return;
    if (this.startMs === null || ms < this.startMs) [this.startMs, this.start] = [ms, value];
    if (this.endMs === null || ms > this.endMs) [this.endMs, this.end] = [ms, value];
  }

  /** Seconds from the first to the last timestamp, or null without timestamps. */
  durationSeconds(): number | null {
    return this.startMs === null || this.endMs === null ? null : (this.endMs - this.startMs) / 1000;
  }
}

/** The model of the most agent steps (ties: the first seen), or null. */
export function mostUsedModel(steps: readonly Step[]): string | null {
  const counts = new Map<string, number>();
  for (const step of steps) {
    if (step.role === 'agent' && step.model) counts.set(step.model, (counts.get(step.model) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [model, count] of counts) {
    if (count > bestCount) [best, bestCount] = [model, count];
  }
  return best;
}

/** Token totals of one kind: null when no step reported that kind (unknown is not zero). */
export interface TokenTotals {
  readonly input: number | null;
  readonly output: number | null;
  readonly cacheRead: number | null;
  readonly cacheWrite: number | null;
}

/** Sums `token_usage` over the steps, field by field. */
export function sumStepTokens(steps: readonly Step[]): TokenTotals {
  const totals: Record<keyof TokenTotals, number | null> = {
    input: null,
    output: null,
    cacheRead: null,
    cacheWrite: null,
  };
  const add = (key: keyof TokenTotals, value: number | null | undefined) => {
    if (typeof value === 'number') totals[key] = (totals[key] ?? 0) + value;
  };
  for (const step of steps) {
    const usage = step.token_usage;
    if (!usage) continue;
    add('input', usage.input_tokens);
    add('output', usage.output_tokens);
    add('cacheRead', usage.cache_read_tokens);
    add('cacheWrite', usage.cache_write_tokens);
  }
  return totals;
}

/**
 * Session metrics. `input` is the uncached input, as in `TokenUsage.input_tokens`, so the cache hit
 * rate is cache reads over all prompt tokens (uncached + cache reads + cache writes).
 */
export function computeMetrics(
  steps: readonly Step[],
  totals: TokenTotals,
  durationS: number | null,
): Metrics {
  const prompt = (totals.input ?? 0) + (totals.cacheRead ?? 0) + (totals.cacheWrite ?? 0);
  return {
    total_steps: steps.length,
    total_input_tokens: totals.input,
    total_output_tokens: totals.output,
    total_cache_read_tokens: totals.cacheRead,
    total_cache_creation_tokens: totals.cacheWrite,
    total_duration_s: durationS,
    cache_hit_rate: prompt > 0 ? (totals.cacheRead ?? 0) / prompt : null,
  };
}

/**
 * The file name without directory and extension, else a hash of the input's first non-blank line
 * (not of the whole input: the id must not change as the session grows): the session id of last resort.
 */
export function fallbackSessionId(fileName: string | null, firstLine: Uint8Array): string {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return stem || `sha256-${sha256Hex(firstLine).slice(0, 32)}`;
}

/** What a parser's line-at-a-time state machine hands back when the input ends. */
export interface FinishedSession {
  readonly record: TraceRecord;
  readonly toolCalls: number;
  readonly toolCallsPaired: number;
  /** Problems found while building (the parser's state is not changed by a build). */
  readonly diagnostics?: readonly ParseDiagnostic[];
}

/** What a record builder needs besides the parser's state: the session id of last resort. */
export interface FinishOptions {
  readonly fileName: string | null;
  /** The first non-blank line of the input (at most 64 KB). */
  readonly firstLine: Uint8Array;
  /** False: leave `content_hash` null (the caller hashes the final record). */
  readonly contentHash?: boolean;
}

export interface RecordParts {
  readonly agent: string;
  readonly version: string | null;
  readonly sessionId: string;
  readonly time: TimeRange;
  readonly task: Task;
  readonly steps: Step[];
  readonly environment: Environment;
  readonly metrics: Metrics;
  readonly metadata: Record<string, unknown>;
  /** Full system prompts by their sha256 (steps point at them with `system_prompt_hash`). */
  readonly systemPrompts?: Record<string, string>;
  /** False: leave `content_hash` null (the caller hashes the final record). */
  readonly contentHash?: boolean;
}

/** Assembles a TraceRecord; `trace_id` comes from agent + session id and `content_hash` is computed last. */
export function assembleRecord(parts: RecordParts): TraceRecord {
  const record: TraceRecord = {
    schema_version: SCHEMA_VERSION,
    trace_id: deriveTraceId(parts.agent, parts.sessionId),
    session_id: parts.sessionId,
    content_hash: null,
    timestamp_start: parts.time.start,
    timestamp_end: parts.time.end,
    execution_context: 'devtime',
    task: parts.task,
    agent: { name: parts.agent, version: parts.version, model: mostUsedModel(parts.steps) },
    environment: parts.environment,
    steps: parts.steps,
    metrics: parts.metrics,
    metadata: parts.metadata,
  };
  if (parts.systemPrompts && Object.keys(parts.systemPrompts).length > 0)
    record.system_prompts = parts.systemPrompts;
  if (parts.contentHash !== false) record.content_hash = computeContentHash(record);
  return record;
}
