import type { ParseResult } from '../contract.js';
import type { JsonObject } from '../decode-line.js';
import { FidelityCollector } from '../fidelity.js';
import { type BuildContext, defineLineParser, type LineParserCore, reviveAs } from '../session.js';
import type { RawLine } from '../split-lines.js';
import { buildRecord, CLAUDE_CODE_AGENT } from './build-record.js';
import { detectClaudeCode, KNOWN_LINE_TYPES } from './detect.js';
import { SessionFacts } from './session-facts.js';
import { ClaudeSpine } from './spine.js';

/** One Claude Code session file (`~/.claude/projects/<project>/<session>.jsonl`) read line by line. */
class ClaudeCore implements LineParserCore {
  readonly spine: ClaudeSpine;
  readonly facts = new SessionFacts();
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
    if (sidechain && !this.subagent) {
      // Sub-agent turns: kept out of the main spine (a later parser version links them as sub-agents).
      this.fidelity.parsed('sidechain', true);
      return;
    }
    if (type === 'user' && line['isMeta'] === true) {
      this.fidelity.parsed('user:meta', true);
      this.spine.addUser(line, raw, true);
      return;
    }
    this.fidelity.parsed(type, KNOWN_LINE_TYPES.has(type));
    if (type === 'user') this.spine.addUser(line, raw, false);
    else if (type === 'assistant') this.spine.addAssistant(line);
  }

  build(context: BuildContext): ParseResult {
    const record = buildRecord({
      facts: this.facts,
      steps: this.spine.steps(),
      taskDescription: this.spine.taskDescription(),
      fileName: context.fileName,
      firstLine: context.firstLine,
      subagent: this.subagent === true,
      contentHash: context.contentHash,
    });
    return { record, fidelity: this.fidelity.finish(this.spine.toolCalls, this.spine.toolCallsPaired) };
  }
}

export const claudeCodeParser = defineLineParser({
  agent: CLAUDE_CODE_AGENT,
  formats: ['claude-code-jsonl'],
  detect: detectClaudeCode,
  create: (fileName) => new ClaudeCore(new FidelityCollector(fileName)),
  revive(data) {
    const core = reviveAs(data, ClaudeCore);
    reviveAs(core.fidelity, FidelityCollector);
    reviveAs(core.facts, SessionFacts);
    reviveAs(core.spine, ClaudeSpine);
    return core;
  },
});
