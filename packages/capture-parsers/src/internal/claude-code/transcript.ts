import type { Step } from '@opentraces/schema';
import type { AbandonedBranch } from '../pi/branches.js';
import { abandonedBranches } from './branches.js';
import { type AgentDraft, ClaudeSpine, type Draft, SYNTHETIC_MODEL, savedOutputOf } from './spine.js';
import type { ClaudeTree } from './tree.js';

/** A skill the session used: through the Skill tool, or as a slash command whose body was expanded. */
export interface SkillUse {
  readonly name: string;
  readonly via: 'tool' | 'command';
}

/** One transcript file (main or sub-agent) reduced to its active path, as steps and counts. */
export interface Transcript {
  /** Steps of the active path, in line order (`step_index` still 0: the caller numbers them). */
  readonly steps: Step[];
  /** The compaction steps among `steps`, in order. */
  readonly compactions: Step[];
  /** Sub-agent / background task id → the tool_use id that started it. */
  readonly spawned: ReadonlyMap<string, string>;
  readonly taskDescription: string | null;
  /** Content of the first user step (a sub-agent's is the prompt it was given). */
  readonly firstPrompt: string | null;
  readonly toolCalls: number;
  readonly toolCallsPaired: number;
  readonly abandoned: AbandonedBranch[];
  readonly skills: SkillUse[];
  /** `<synthetic>` messages on the active path (made by Claude Code, not by a model). */
  readonly synthetic: number;
  /** Tool outputs saved apart (`tool-results/…`) and how many of them the steps hold in full. */
  readonly savedOutputs: { readonly total: number; readonly restored: number };
}

/**
 * The active path of a transcript (the leaf's ancestors, see `ClaudeTree`) and what hangs on it
 * without being on it: every line of an API response one of whose lines is on the path (parallel
 * tool calls fork the tree), and the tool results of its calls. The rest is abandoned branches.
 * Reads the state, changes nothing.
 */
export function readTranscript(
  spine: ClaudeSpine,
  tree: ClaudeTree,
  output: (file: string) => string | undefined,
): Transcript {
  const path = tree.activePath();
  const onPath = (draft: AgentDraft) => {
    for (const node of draft.nodes) if (path[node] === 1) return true;
    return false;
  };
  const active: Draft[] = [];
  const inactive: Draft[] = [];
  for (const draft of spine.drafts) {
    let on: boolean;
    if (draft.role === 'agent') on = onPath(draft);
    else {
      on = path[draft.node] === 1;
      // A user line that carries results belongs wherever their calls are.
      if (!on && draft.role === 'user')
        for (const id of draft.results) {
          const owner = spine.byToolUseId.get(id);
          if (owner !== undefined && onPath(owner)) on = true;
        }
    }
    (on ? active : inactive).push(draft);
  }

  const steps = spine.steps(active, output);
  const compactions: Step[] = [];
  let toolCalls = 0;
  let toolCallsPaired = 0;
  let synthetic = 0;
  const skills: SkillUse[] = [];
  let firstPrompt: string | null = null;
  const saved = { total: 0, restored: 0 };
  for (let i = 0; i < active.length; i++) {
    const draft = active[i] as Draft;
    if (draft.role === 'user') {
      firstPrompt ??= draft.content;
      if (draft.skill && draft.command !== null) skills.push({ name: draft.command, via: 'command' });
      continue;
    }
    if (draft.role === 'system') {
      if (draft.marker === 'compacted') compactions.push(steps[i] as Step);
      continue;
    }
    if (draft.model === SYNTHETIC_MODEL) synthetic++;
    toolCalls += draft.toolCalls.length;
    toolCallsPaired += draft.paired;
    if (draft.savedOutputs > 0) {
      saved.total += draft.savedOutputs;
      for (const observation of steps[i]?.observations ?? [])
        if (savedOutputOf(observation)?.restored) saved.restored++;
    }
    for (const call of draft.toolCalls) {
      if (call.tool_name !== 'Skill') continue;
      const input = call.input as Record<string, unknown> | null | undefined;
      const skill = input?.['skill'] ?? input?.['command'];
      if (typeof skill === 'string') skills.push({ name: skill, via: 'tool' });
    }
  }
  let abandoned: AbandonedBranch[] = [];
  if (inactive.length > 0) {
    const activeNodes = path.slice();
    for (const draft of active) {
      if (draft.role === 'agent') for (const node of draft.nodes) activeNodes[node] = 1;
      else activeNodes[draft.node] = 1;
    }
    abandoned = abandonedBranches(inactive, tree, activeNodes);
  }
  return {
    steps,
    compactions,
    spawned: spine.spawned,
    taskDescription: ClaudeSpine.taskDescription(active),
    firstPrompt,
    toolCalls,
    toolCallsPaired,
    abandoned,
    skills,
    synthetic,
    savedOutputs: saved,
  };
}
