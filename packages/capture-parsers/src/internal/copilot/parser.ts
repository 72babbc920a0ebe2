import { FidelityCollector } from '../fidelity.js';
import { TimeRange } from '../record-parts.js';
import { defineLineParser, reviveAs } from '../session.js';
import { detectCopilot } from './detect.js';
import { COPILOT_AGENT } from './record.js';
import { CopilotSession } from './session.js';
import { CopilotSpine } from './spine.js';

/** GitHub Copilot CLI session logs (`~/.copilot/session-state/<session>/events.jsonl`). */
export const copilotParser = defineLineParser({
  agent: COPILOT_AGENT,
  formats: ['copilot-cli-events-jsonl'],
  detect: detectCopilot,
  create: (fileName) => new CopilotSession(new FidelityCollector(fileName)),
  revive(data) {
    const session = reviveAs(data, CopilotSession);
    reviveAs(session.fidelity, FidelityCollector);
    reviveAs(session.spine, CopilotSpine);
    reviveAs(session.time, TimeRange);
    return session;
  },
});

export { COPILOT_AGENT };
