import type { JsonObject } from '../decode-line.js';
import {
  assembleRecord,
  computeMetrics,
  type FinishedSession,
  type FinishOptions,
  fallbackSessionId,
  sumStepTokens,
  type TokenTotals,
} from '../record-parts.js';
import { asCount, isObject } from '../values.js';
import type { CopilotSession } from './session.js';

export const COPILOT_AGENT = 'copilot-cli';

const SHUTDOWN_FIELDS = [
  ['modelMetrics', 'model_metrics'],
  ['codeChanges', 'code_changes'],
  ['shutdownType', 'shutdown_type'],
] as const;

/**
 * The TraceRecord of a Copilot CLI session. Token totals come from `session.shutdown` (per model,
 * the whole session) when the session ended cleanly; otherwise from the steps, which only carry
 * output tokens (`assistant.message.outputTokens`), so input and cache totals stay unknown (null).
 */
export function buildCopilotRecord(session: CopilotSession, options: FinishOptions): FinishedSession {
  const { spine, shutdown } = session;
  const steps = spine.steps();
  const totals = shutdown ? shutdownTotals(shutdown) : null;
  const metrics = computeMetrics(steps, totals ?? sumStepTokens(steps), session.time.durationSeconds());
  if (totals) Object.assign(metrics, { total_reasoning_tokens: totals.reasoning });

  const start = session.startContext;
  const end = session.lastContext;
  const metadata: Record<string, unknown> = {};
  if (start?.cwd) metadata['cwd'] = start.cwd;
  if (end && start && (end.branch !== start.branch || end.headCommit !== start.headCommit)) {
    metadata['vcs_end'] = { branch: end.branch, head_commit: end.headCommit };
  }
  for (const [from, to] of SHUTDOWN_FIELDS) {
    if (shutdown && shutdown[from] !== undefined) metadata[to] = shutdown[from];
  }
  if (session.taskComplete !== null) metadata['task_complete'] = { success: session.taskComplete };
  if (Object.keys(session.historyEvents).length > 0) metadata['history_events'] = session.historyEvents;
  if (session.subagentEvents > 0) metadata['subagent_events'] = session.subagentEvents;

  const record = assembleRecord({
    agent: COPILOT_AGENT,
    version: session.version,
    sessionId: session.sessionId ?? fallbackSessionId(options.fileName, options.firstLine),
    time: session.time,
    task: { description: session.taskDescription, repository: start?.repository ?? null },
    steps,
    environment: {
      vcs:
        start?.branch || start?.headCommit
          ? { type: 'git', branch: start.branch, base_commit: start.headCommit }
          : null,
    },
    metrics,
    metadata,
    systemPrompts: session.systemPrompts,
    ...(options.contentHash === undefined ? {} : { contentHash: options.contentHash }),
  });
  return { record, toolCalls: spine.toolCalls, toolCallsPaired: spine.toolCallsPaired };
}

/** `modelMetrics` of `session.shutdown` as token totals (see the README for the accounting). */
export function shutdownTotals(shutdown: JsonObject): (TokenTotals & { reasoning: number }) | null {
  const metrics = shutdown['modelMetrics'];
  if (!isObject(metrics)) return null;
  const totals = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, reasoning: 0 };
  for (const entry of Object.values(metrics)) {
    const usage = isObject(entry) && isObject(entry['usage']) ? entry['usage'] : null;
    if (!usage) continue;
    const cacheRead = asCount(usage['cacheReadTokens']) ?? 0;
    const cacheWrite = asCount(usage['cacheWriteTokens']) ?? 0;
    // Copilot's inputTokens is the whole prompt, cached part included; ours is the uncached part.
    totals.input += Math.max(0, (asCount(usage['inputTokens']) ?? 0) - cacheRead - cacheWrite);
    totals.output += asCount(usage['outputTokens']) ?? 0;
    totals.cacheRead += cacheRead;
    totals.cacheWrite += cacheWrite;
    totals.reasoning += asCount(usage['reasoningTokens']) ?? 0;
  }
  return totals;
}
