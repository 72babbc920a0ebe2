import { OpentracesError, type Step } from '@opentraces/schema';
import type { ParseDiagnostic, ParseResult } from '../contract.js';
import type { JsonObject } from '../decode-line.js';
import { FidelityCollector } from '../fidelity.js';
import { forEachJsonLine } from '../json-lines.js';
import { type BuildContext, defineLineParser, type LineParserCore, reviveAs } from '../session.js';
import type { RawLine } from '../split-lines.js';
import { asString, isObject } from '../values.js';
import { buildRecord, CLAUDE_CODE_AGENT } from './build-record.js';
import { type SessionCompanions, type SubagentFile, sortCompanions } from './companions.js';
import { detectClaudeCode, KNOWN_LINE_TYPES } from './detect.js';
import { SessionFacts } from './session-facts.js';
import { ClaudeSpine } from './spine.js';
import { attachSubagents, type PlacedStep, type SubagentRead } from './subagents.js';
import { readTranscript, type Transcript } from './transcript.js';
import { ClaudeTree, type NodeKind } from './tree.js';

/** One Claude Code session file (`~/.claude/projects/<project>/<session>.jsonl`) read line by line. */
class ClaudeCore implements LineParserCore {
  readonly spine: ClaudeSpine;
  readonly facts = new SessionFacts();
  readonly tree = new ClaudeTree();
  /**
   * Decided by the first user/assistant line: a file that starts on a sidechain is a sub-agent
   * transcript, whose sidechain is its spine. In a main transcript sidechain lines stay out.
   */
  subagent: boolean | null = null;

  constructor(readonly fidelity: FidelityCollector) {
    this.spine = new ClaudeSpine(fidelity);
  }

  line(line: JsonObject, raw: RawLine): void {
    const type = typeof line['type'] === 'string' ? line['type'] : '(none)';
    this.facts.observe(line);
    const sidechain = line['isSidechain'] === true;
    if (this.subagent === null && (type === 'user' || type === 'assistant')) {
      this.subagent = sidechain;
      if (sidechain) this.spine.callType = 'subagent';
    }
    if (this.facts.agentId === null && (type === 'user' || type === 'assistant'))
      this.facts.agentId = asString(line['agentId']) || null;
    if (sidechain && !this.subagent) {
      // Sub-agent turns that 1.0.x wrote inline: kept out of the main spine.
      this.fidelity.parsed('sidechain', true);
      return;
    }
    switch (type) {
      case 'progress': {
        // Most lines of a 2.1.x transcript: only their place in the tree and a sub-agent's link.
        this.fidelity.parsed(type, true);
        if (typeof line['uuid'] === 'string') this.node(line, raw, 'link');
        const data = line['data'];
        if (isObject(data) && data['agentId'] !== undefined)
          this.spine.addSpawn(data['agentId'], line['parentToolUseID']);
        return;
      }
      case 'user': {
        const meta = line['isMeta'] === true;
        this.fidelity.parsed(meta ? 'user:meta' : type, true);
        const node = this.node(line, raw, 'step');
        if (!this.tree.duplicate) this.spine.addUser(line, raw, node, meta);
        return;
      }
      case 'assistant': {
        this.fidelity.parsed(type, true);
        const node = this.node(line, raw, 'step');
        if (!this.tree.duplicate) this.spine.addAssistant(line, raw, node, this.facts.toolsOffered(line));
        return;
      }
      case 'system': {
        this.fidelity.parsed(type, true);
        const subtype = line['subtype'];
        const compaction = subtype === 'compact_boundary';
        if (subtype === 'microcompact_boundary') this.facts.microcompactions++;
        if (!compaction && typeof line['uuid'] !== 'string') return;
        const node = this.node(line, raw, compaction ? 'step' : 'link');
        if (compaction && !this.tree.duplicate) this.spine.addCompaction(line, raw, node);
        return;
      }
      default:
        this.fidelity.parsed(type, KNOWN_LINE_TYPES.has(type));
        if (typeof line['uuid'] === 'string') this.node(line, raw, 'link');
        this.facts.sideRecord(type, line);
    }
  }

  build(context: BuildContext): ParseResult {
    const companions = sortCompanions(context.companions);
    const main = readTranscript(this.spine, this.tree, (file) => companions.output(file));
    const late: ParseDiagnostic[] = [];
    let placed: PlacedStep[] = main.steps.map((step) => ({ step, parent: null }));
    const transcripts: [Transcript, ...Transcript[]] = [main];
    const metadata: Record<string, unknown> = {};
    if (this.subagent !== true && companions.transcripts.length > 0) {
      const attached = attachSubagents(main, companions, (file) => readSubagent(file, companions));
      placed = attached.placed;
      late.push(...attached.diagnostics);
      transcripts.push(...attached.transcripts);
      Object.assign(metadata, attached.metadata);
    }
    const record = buildRecord({
      facts: this.facts,
      steps: numberSteps(placed),
      mainSteps: main.steps,
      transcripts,
      extraMetadata: metadata,
      fileName: context.fileName,
      firstLine: context.firstLine,
      subagent: this.subagent === true,
      contentHash: context.contentHash,
    });
    const fidelity = this.fidelity.finish(main.toolCalls, main.toolCallsPaired, late);
    const linked = metadata['subagents_linked'];
    if (typeof linked !== 'number') return { record, fidelity };
    const unlinked = metadata['unlinked_subagents'];
    return {
      record,
      fidelity: {
        ...fidelity,
        subagents_linked: linked,
        subagents_unlinked: typeof unlinked === 'number' ? unlinked : 0,
      },
    };
  }

  /** The line as a node of the tree; a parent missing from the file is reported (main transcripts). */
  private node(line: JsonObject, raw: RawLine, kind: NodeKind): number {
    const node = this.tree.add(line, kind);
    // A sub-agent's first lines name parents in the main transcript (compaction summarizers): normal.
    if (this.tree.relinked && this.subagent !== true) {
      const message =
        'line names a parent (parentUuid) that is not in the file; linked to the line before it';
      this.fidelity.report('warning', 'PARSE_MISSING_PARENT', message, raw);
    }
    return node;
  }
}

/** A companion sub-agent transcript, read whole by the same core (its saved outputs included). */
function readSubagent(file: SubagentFile, companions: SessionCompanions): SubagentRead {
  const core = new ClaudeCore(new FidelityCollector(file.path));
  forEachJsonLine(file.bytes, core.fidelity, (value, raw) => core.line(value, raw));
  const transcript = readTranscript(core.spine, core.tree, (path) => companions.output(path));
  const end = core.facts.end === null ? Number.NaN : Date.parse(core.facts.end);
  return {
    transcript,
    fidelity: core.fidelity.finish(transcript.toolCalls, transcript.toolCallsPaired),
    endMs: Number.isNaN(end) ? null : end,
  };
}

/** Final step order and indices; a sub-agent's steps point at their spawning step (`parent_step`). */
function numberSteps(placed: readonly PlacedStep[]): Step[] {
  const steps = placed.map(({ step }, i) => {
    step.step_index = i;
    return step;
  });
  if (placed.every((p) => p.parent === null)) return steps;
  const index = new Map<Step, number>(steps.map((step, i) => [step, i]));
  for (const { step, parent } of placed) {
    const at = parent === null ? undefined : index.get(parent);
    if (at !== undefined) step.parent_step = at;
  }
  return steps;
}

export const claudeCodeParser = defineLineParser({
  agent: CLAUDE_CODE_AGENT,
  formats: ['claude-code-jsonl'],
  detect: detectClaudeCode,
  create: (fileName) => new ClaudeCore(new FidelityCollector(fileName)),
  revive(data) {
    // A state saved before the tree was kept (same PARSER_STATE_VERSION) cannot be continued.
    const saved = data as Partial<ClaudeCore>;
    if (!Array.isArray(saved.tree?.parents)) throw olderState();
    const core = reviveAs(data, ClaudeCore);
    reviveAs(core.fidelity, FidelityCollector);
    reviveAs(core.facts, SessionFacts);
    reviveAs(core.spine, ClaudeSpine);
    reviveAs(core.tree, ClaudeTree);
    return core;
  },
});

function olderState(): OpentracesError {
  return new OpentracesError({
    code: 'PARSE_STATE_MISMATCH',
    kind: 'conflict',
    message: 'Cannot resume the claude-code parse from this saved state: an older parser version saved it.',
    hint: 'Parse the file again from the start (byte offset 0); the saved state is only a shortcut.',
    data: { agent: CLAUDE_CODE_AGENT },
  });
}
