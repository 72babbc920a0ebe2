import type { ParseDiagnostic } from '../contract.js';
import {
  assembleRecord,
  computeMetrics,
  type FinishedSession,
  type FinishOptions,
  fallbackSessionId,
  sumStepTokens,
  TimeRange,
} from '../record-parts.js';
import type { RawLine } from '../split-lines.js';
import type { GeminiConversation } from './session.js';
import { buildGeminiSteps } from './steps.js';

export const GEMINI_AGENT = 'gemini-cli';

export interface GeminiFinishOptions extends FinishOptions {
  /** The first line of a JSON document (where document-level warnings point), or null for JSONL. */
  readonly documentStart: RawLine | null;
}

const METADATA_FIELDS = [
  ['projectHash', 'project_hash'],
  ['summary', 'summary'],
  ['directories', 'directories'],
  ['kind', 'kind'],
] as const;

/** The TraceRecord of a Gemini CLI conversation in its final state. */
export function buildGeminiRecord(
  conversation: GeminiConversation,
  options: GeminiFinishOptions,
): FinishedSession {
  const { metadata, fidelity } = conversation;
  const callType = metadata['kind'] === 'subagent' ? 'subagent' : 'main';
  const built = buildGeminiSteps(conversation.messages.values(), callType);
  const start = options.documentStart;
  const diagnostics: ParseDiagnostic[] = [];
  // In JSONL, unknown message types are counted per line in `unknown_types`; a document has one line type.
  for (const type of built.unknownTypes) {
    const message = `message type ${JSON.stringify(type)} is not known; those messages make no step`;
    if (start) diagnostics.push(fidelity.diagnostic('warning', 'PARSE_UNKNOWN_MESSAGE_TYPE', message, start));
  }

  const time = new TimeRange();
  time.observe(metadata['startTime']);
  for (const message of conversation.messages.values()) time.observe(message['timestamp']);
  time.observe(metadata['lastUpdated']);
  const metrics = computeMetrics(built.steps, sumStepTokens(built.steps), time.durationSeconds());
  if (built.reasoningTokens !== null)
    Object.assign(metrics, { total_reasoning_tokens: built.reasoningTokens });

  const extra: Record<string, unknown> = { format: start ? 'gemini-cli-json' : 'gemini-cli-jsonl' };
  for (const [from, to] of METADATA_FIELDS) {
    if (metadata[from] !== undefined && metadata[from] !== null) extra[to] = metadata[from];
  }
  if (conversation.rewinds.length > 0) extra['rewinds'] = conversation.rewinds;
  if (conversation.contextRewrites > 0) extra['context_rewrites'] = conversation.contextRewrites;

  const sessionId = metadata['sessionId'];
  const record = assembleRecord({
    agent: GEMINI_AGENT,
    version: null,
    sessionId:
      typeof sessionId === 'string' && sessionId
        ? sessionId
        : fallbackSessionId(options.fileName, options.firstLine),
    time,
    task: { description: built.taskDescription },
    steps: built.steps,
    environment: { vcs: null },
    metrics,
    metadata: extra,
    ...(options.contentHash === undefined ? {} : { contentHash: options.contentHash }),
  });
  return { record, toolCalls: built.toolCalls, toolCallsPaired: built.toolCallsPaired, diagnostics };
}
