import type { AbandonedBranch } from '../pi/branches.js';
import type { Draft } from './spine.js';
import { type BranchRoot, type ClaudeTree, NONE } from './tree.js';

/**
 * The drafts off the active path, grouped by the branch that left it (a rewound or edited prompt,
 * a retried request, an `/exit` before a resume), as counts in the same shape as Pi's: where it
 * forked, its last node, its first line, how many lines, messages, tool calls and tokens it held.
 */
export function abandonedBranches(
  drafts: readonly Draft[],
  tree: ClaudeTree,
  activeNodes: Uint8Array,
): AbandonedBranch[] {
  const memo = new Map<number, BranchRoot>();
  const groups = new Map<number, { forkFrom: number; drafts: Draft[] }>();
  for (const draft of drafts) {
    const first = draft.role === 'agent' ? (draft.nodes[0] ?? NONE) : draft.node;
    const { root, forkFrom } = tree.branchOf(first, activeNodes, memo);
    const group = groups.get(root);
    if (group) group.drafts.push(draft);
    else groups.set(root, { forkFrom, drafts: [draft] });
  }
  return [...groups.values()].map(({ forkFrom, drafts: members }) =>
    summarize(forkFrom === NONE ? null : (tree.ids[forkFrom] ?? null), members, tree),
  );
}

function summarize(forkFrom: string | null, drafts: readonly Draft[], tree: ClaudeTree): AbandonedBranch {
  const tokens = { input: 0, output: 0, cache_read: 0, cache_write: 0 };
  let entries = 0;
  let userMessages = 0;
  let assistantMessages = 0;
  let toolCalls = 0;
  for (const draft of drafts) {
    if (draft.role !== 'agent') {
      entries++;
      if (draft.role === 'user') userMessages++;
      continue;
    }
    entries += draft.nodes.length;
    assistantMessages++;
    toolCalls += draft.toolCalls.length;
    tokens.input += draft.usage?.input_tokens ?? 0;
    tokens.output += draft.usage?.output_tokens ?? 0;
    tokens.cache_read += draft.usage?.cache_read_tokens ?? 0;
    tokens.cache_write += draft.usage?.cache_write_tokens ?? 0;
  }
  const last = drafts.at(-1);
  const leaf = last === undefined ? NONE : last.role === 'agent' ? (last.nodes.at(-1) ?? NONE) : last.node;
  return {
    fork_from: forkFrom,
    leaf_id: tree.ids[leaf] ?? '',
    first_line: drafts[0]?.line ?? 0,
    entries,
    user_messages: userMessages,
    assistant_messages: assistantMessages,
    tool_calls: toolCalls,
    tokens,
  };
}
