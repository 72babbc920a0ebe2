import { FidelityCollector } from '../fidelity.js';
import { TimeRange } from '../record-parts.js';
import { defineLineParser, reviveAs } from '../session.js';
import { detectPi } from './detect.js';
import { PI_AGENT } from './record.js';
import { PiSession } from './session.js';
import { PiTree } from './tree.js';

/**
 * Pi coding-agent sessions (`~/.pi/agent/sessions/--<cwd>--/<time>_<id>.jsonl`), format v1 (a flat
 * list) to v3 (a tree by `id`/`parentId`), following the active branch.
 */
export const piParser = defineLineParser({
  agent: PI_AGENT,
  formats: ['pi-session-jsonl'],
  detect: detectPi,
  create: (fileName) => new PiSession(new FidelityCollector(fileName)),
  revive(data) {
    const session = reviveAs(data, PiSession);
    reviveAs(session.fidelity, FidelityCollector);
    reviveAs(session.tree, PiTree);
    reviveAs(session.time, TimeRange);
    return session;
  },
});

export { PI_AGENT };
