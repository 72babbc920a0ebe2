import type { Step } from '@opentraces/schema';
import type { FidelityReport, ParseDiagnostic } from '../contract.js';
import type { SessionCompanions, SubagentFile } from './companions.js';
import type { Transcript } from './transcript.js';

/** A sub-agent transcript read from a companion file. */
export interface SubagentRead {
  readonly transcript: Transcript;
  readonly fidelity: FidelityReport;
  /** Latest timestamp of its lines (ms), to match a compaction summarizer to its compaction. */
  readonly endMs: number | null;
}

/** A step of the final record and the step that spawned the sub-agent it belongs to (if any). */
export interface PlacedStep {
  readonly step: Step;
  readonly parent: Step | null;
}

export interface AttachedSubagents {
  readonly placed: PlacedStep[];
  readonly diagnostics: ParseDiagnostic[];
  readonly metadata: Record<string, unknown>;
  /** The transcripts inserted (their skills and synthetic messages count for the record). */
  readonly transcripts: Transcript[];
}

interface Sub {
  readonly file: SubagentFile;
  readonly read: SubagentRead;
  readonly warmup: boolean;
  readonly compaction: boolean;
  /** The tool call that started it, once known. */
  callId: string | null;
  /** Role of its steps: the Task/Agent `subagent_type` (or the `.meta.json` agent type). */
  role: string | null;
  linked: 'call' | 'compaction' | null;
}

/** `agent-acompact-*`: the transcript of the summarizer a compaction ran. */
const COMPACTION_AGENT = /^acompact/;
/** Claude Code 2.0.x started a "Warmup" sub-agent with each session: not spawned by any call. */
const WARMUP_PROMPT = 'Warmup';
const SPAWNING_TOOLS: ReadonlySet<string> = new Set(['Task', 'Agent']);

/**
 * Inserts each sub-agent transcript right after the step that spawned it: the step whose Task /
 * Agent call names it (`toolUseResult.agentId`, `agent_progress`, the 2.1.x `.meta.json`
 * `toolUseId`, else the same prompt); a compaction summarizer (`agent-acompact-*`) after its
 * compaction step. Sub-agents of sub-agents nest the same way. Warm-up sub-agents (2.0.x) are
 * counted, not inserted; a transcript that cannot be linked is counted and reported
 * (`PARSE_UNLINKED_SUBAGENT`), never silently dropped.
 */
export function attachSubagents(
  main: Transcript,
  companions: SessionCompanions,
  read: (file: SubagentFile) => SubagentRead,
): AttachedSubagents {
  const subs: Sub[] = companions.transcripts.map((file) => {
    const sub = read(file);
    return {
      file,
      read: sub,
      warmup: sub.transcript.firstPrompt?.trim() === WARMUP_PROMPT,
      compaction: COMPACTION_AGENT.test(file.agentId),
      callId: null,
      role: companions.metas.get(file.agentId)?.agentType ?? null,
      linked: null,
    };
  });
  const transcripts = [main, ...subs.map((s) => s.read.transcript)];
  const calls = spawningCalls(transcripts);
  const byCall = new Map<string, Sub[]>();
  const unresolved: Sub[] = [];
  for (const sub of subs) {
    if (sub.warmup || sub.compaction) continue;
    const id = sub.file.agentId;
    sub.callId =
      companions.metas.get(id)?.toolUseId ??
      transcripts.map((t) => t.spawned.get(id)).find((callId) => callId !== undefined) ??
      null;
    if (sub.callId === null) unresolved.push(sub);
  }
  // Older transcripts name the sub-agent nowhere: the Task prompt is its first message.
  for (const sub of unresolved) {
    const prompt = sub.read.transcript.firstPrompt?.trim();
    const call = prompt === undefined ? undefined : calls.byPrompt.get(prompt)?.shift();
    if (call !== undefined) sub.callId = call;
  }
  for (const sub of subs) {
    if (sub.callId === null) continue;
    const list = byCall.get(sub.callId);
    if (list) list.push(sub);
    else byCall.set(sub.callId, [sub]);
  }
  const byCompaction = matchCompactions(
    main.compactions,
    subs.filter((s) => s.compaction),
  );

  const expand = (transcript: Transcript): PlacedStep[] => {
    const placed: PlacedStep[] = [];
    for (const step of transcript.steps) {
      placed.push({ step, parent: null });
      const children: [Sub, string | null][] = [];
      for (const call of step.tool_calls ?? []) {
        const role = calls.role.get(call.tool_call_id) ?? null;
        for (const sub of byCall.get(call.tool_call_id) ?? []) children.push([sub, role ?? sub.role]);
      }
      const summarizer = byCompaction.get(step);
      if (summarizer) children.push([summarizer, 'compaction']);
      for (const [sub, role] of children) {
        if (sub.linked !== null) continue;
        sub.linked = summarizer === sub ? 'compaction' : 'call';
        for (const child of expand(sub.read.transcript)) {
          if (child.parent !== null) {
            placed.push(child);
            continue;
          }
          if (role !== null) child.step.agent_role = role;
          placed.push({ step: child.step, parent: step });
        }
      }
    }
    return placed;
  };
  const placed = expand(main);

  const diagnostics: ParseDiagnostic[] = [];
  for (const sub of subs) {
    diagnostics.push(...sub.read.fidelity.diagnostics);
    if (sub.linked !== null || sub.warmup) continue;
    diagnostics.push({
      severity: 'warning',
      code: 'PARSE_UNLINKED_SUBAGENT',
      message: sub.compaction
        ? 'compaction summarizer transcript matches no compaction of the session; its steps are not in the record'
        : 'sub-agent transcript matches no tool call on the active path of the session; its steps are not in the record',
      file: sub.file.path,
      line: 1,
      byteOffset: 0,
    });
  }
  const linked = subs.filter((s) => s.linked !== null).length;
  const unlinked = subs.filter((s) => s.linked === null && !s.warmup).length;
  const warmup = subs.filter((s) => s.warmup).length;
  const metadata: Record<string, unknown> = {
    subagents: subs.map((sub) => ({
      agent_id: sub.file.agentId,
      file: sub.file.path,
      linked_to: sub.linked === 'call' ? sub.callId : sub.linked,
      ...(sub.warmup ? { warmup: true } : {}),
      steps: sub.read.transcript.steps.length,
      tool_calls: sub.read.fidelity.tool_calls,
      tool_calls_paired: sub.read.fidelity.tool_calls_paired,
      lines: sub.read.fidelity.lines_total,
      lines_skipped: sub.read.fidelity.lines_skipped,
    })),
    subagents_linked: linked,
  };
  if (unlinked > 0) metadata['unlinked_subagents'] = unlinked;
  if (warmup > 0) metadata['warmup_subagents'] = warmup;
  return {
    placed,
    diagnostics,
    metadata,
    transcripts: subs.filter((s) => s.linked !== null).map((s) => s.read.transcript),
  };
}

/** The Task/Agent calls of every transcript: their `subagent_type`, and the calls by prompt. */
function spawningCalls(transcripts: readonly Transcript[]) {
  const role = new Map<string, string>();
  const byPrompt = new Map<string, string[]>();
  for (const transcript of transcripts) {
    for (const step of transcript.steps) {
      for (const call of step.tool_calls ?? []) {
        if (!SPAWNING_TOOLS.has(call.tool_name)) continue;
        const input = (call.input ?? {}) as Record<string, unknown>;
        if (typeof input['subagent_type'] === 'string') role.set(call.tool_call_id, input['subagent_type']);
        const prompt = typeof input['prompt'] === 'string' ? input['prompt'].trim() : '';
        if (prompt === '') continue;
        const list = byPrompt.get(prompt);
        if (list) list.push(call.tool_call_id);
        else byPrompt.set(prompt, [call.tool_call_id]);
      }
    }
  }
  return { role, byPrompt };
}

/**
 * Each summarizer goes to the first compaction (not yet taken) at or after its last line: the
 * boundary is written once the summary is back.
 */
function matchCompactions(compactions: readonly Step[], summarizers: readonly Sub[]): Map<Step, Sub> {
  const matched = new Map<Step, Sub>();
  const sorted = [...summarizers].sort((a, b) => (a.read.endMs ?? 0) - (b.read.endMs ?? 0));
  for (const sub of sorted) {
    const end = sub.read.endMs;
    const step = compactions.find((c) => {
      if (matched.has(c)) return false;
      const at = c.timestamp ? Date.parse(c.timestamp) : Number.NaN;
      return end === null || Number.isNaN(at) || at >= end;
    });
    if (step) matched.set(step, sub);
  }
  return matched;
}
