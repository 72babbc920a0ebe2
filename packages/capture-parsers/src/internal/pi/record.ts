import type { ParseDiagnostic } from '../contract.js';
import {
  assembleRecord,
  computeMetrics,
  type FinishedSession,
  type FinishOptions,
  fallbackSessionId,
  sumStepTokens,
} from '../record-parts.js';
import { asString } from '../values.js';
import { summarizeBranch } from './branches.js';
import type { PiSession } from './session.js';
import { buildPiSteps } from './steps.js';

export const PI_AGENT = 'pi';

/**
 * The TraceRecord of a Pi session: steps follow the active branch only; each abandoned branch is
 * kept in `metadata.abandoned_branches` as counts (entries, messages, tool calls, tokens), not as
 * steps, and its tokens are not in `metrics`.
 */
export function buildPiRecord(session: PiSession, options: FinishOptions): FinishedSession {
  const { active, abandoned, missingParents } = session.tree.split();
  const built = buildPiSteps(active);
  const diagnostics: ParseDiagnostic[] = [];
  for (const entry of missingParents) {
    const message = `entry ${JSON.stringify(entry.id)} names a parent that is not in the file; treated as a root`;
    diagnostics.push(session.fidelity.diagnostic('warning', 'PARSE_MISSING_PARENT', message, entry));
  }
  for (const entry of built.orphanResults) {
    const message = 'toolResult for a tool call that is not on the active branch; not attached';
    diagnostics.push(session.fidelity.diagnostic('warning', 'PARSE_ORPHAN_TOOL_RESULT', message, entry));
  }

  const header = session.header;
  const metadata: Record<string, unknown> = {};
  const cwd = asString(header?.['cwd']);
  if (cwd) metadata['cwd'] = cwd;
  metadata['format_version'] = typeof header?.['version'] === 'number' ? header['version'] : 1;
  const parentSession = asString(header?.['parentSession']) ?? asString(header?.['branchedFrom']);
  if (parentSession) metadata['parent_session'] = parentSession;
  if (session.sessionName) metadata['session_name'] = session.sessionName;
  if (session.providers.length > 0) metadata['providers'] = session.providers;
  if (built.compactions > 0) metadata['compactions'] = built.compactions;
  if (built.failedResponses > 0) metadata['failed_responses'] = built.failedResponses;
  if (built.reportedCostUsd !== null) metadata['reported_cost_usd'] = built.reportedCostUsd;
  if (abandoned.length > 0) metadata['abandoned_branches'] = abandoned.map(summarizeBranch);

  const record = assembleRecord({
    agent: PI_AGENT,
    version: null,
    sessionId: asString(header?.['id']) || fallbackSessionId(options.fileName, options.firstLine),
    time: session.time,
    task: { description: built.taskDescription },
    steps: built.steps,
    environment: { vcs: null },
    metrics: computeMetrics(built.steps, sumStepTokens(built.steps), session.time.durationSeconds()),
    metadata,
    ...(options.contentHash === undefined ? {} : { contentHash: options.contentHash }),
  });
  return { record, toolCalls: built.toolCalls, toolCallsPaired: built.toolCallsPaired, diagnostics };
}
