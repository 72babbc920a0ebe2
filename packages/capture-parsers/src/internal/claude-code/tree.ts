import type { JsonObject } from '../decode-line.js';

/** What a line is in the tree: a step (message, compaction), or a link (any other line with a uuid). */
export type NodeKind = 'step' | 'link';

/** No node: a root's parent, a link's number. */
export const NONE = -1;
/** Recent link lines remembered for a child that does not follow right after them. */
const RECENT_LINKS = 16;
const MISSING = -2;

/**
 * The `uuid`/`parentUuid` tree of a Claude Code transcript. Lines with a `uuid` are nodes:
 * messages, and `attachment`, `system` and `progress` lines, which sit inside the chain (a
 * message's parent is often one of them). Parents are resolved when a line is read:
 * - `parentUuid` of a line read earlier → that line;
 * - `parentUuid: null` → a root, except a `compact_boundary`, whose chain goes on through
 *   `logicalParentUuid` (or, when that line was never written, through the line before it);
 * - a `parentUuid` that names no line of the file (a line lost or never persisted), or none at all
 *   → the line read before it (`relinked`), or a root for the first line.
 *
 * Lines that make no step (`progress` — most lines of a 2.1.x transcript —, `attachment`,
 * `system`) are links, transparent: a line under one hangs from what the link hangs from. In every
 * transcript seen only the line right after a link names it as parent, so links are not kept (the
 * last few are, for the exception). Step nodes are numbered in line order, so the active path is
 * walked over numbers.
 */
export class ClaudeTree {
  /** Number of each step node by uuid. */
  private readonly numbers = new Map<string, number>();
  /** Per step node number: its uuid, and its parent's number (`NONE` for a root). */
  readonly ids: string[] = [];
  readonly parents: number[] = [];
  /** The uuid of the line read last. */
  last: string | null = null;
  /** Where a child of `last` hangs: `last` itself, or what it hangs from when it is a link. */
  private lastAnchor = NONE;
  /** The last step node (message or compaction): where the active path starts. */
  leaf = NONE;
  /** How the node added last joined (see `add`). */
  duplicate = false;
  relinked = false;
  private unnamed = 0;
  private readonly recentIds: string[] = [];
  private readonly recentAnchors: number[] = [];
  private recentAt = 0;

  /**
   * Adds a line and returns its step node number (`NONE` for a link). `duplicate` and `relinked`
   * then tell how it joined: a uuid read before (Claude Code rewrites a message when a session
   * resumes), or a `parentUuid` that named no line read before it.
   */
  add(line: JsonObject, kind: NodeKind): number {
    const uuid = line['uuid'];
    const id = typeof uuid === 'string' && uuid !== '' ? uuid : `#${++this.unnamed}`;
    const named = line['parentUuid'];
    let parent = this.lastAnchor;
    this.relinked = false;
    if (typeof named === 'string' && named !== '') {
      const found = this.resolve(named);
      if (found !== MISSING) parent = found;
      else this.relinked = this.last !== null;
    } else if (named === null) {
      const logical = line['logicalParentUuid'];
      if (typeof logical !== 'string' || logical === '') parent = NONE;
      else {
        const found = this.resolve(logical);
        if (found !== MISSING) parent = found;
      }
    }
    this.last = id;
    this.duplicate = false;
    if (kind === 'link') {
      this.lastAnchor = parent;
      this.recentIds[this.recentAt] = id;
      this.recentAnchors[this.recentAt] = parent;
      this.recentAt = (this.recentAt + 1) % RECENT_LINKS;
      return NONE;
    }
    const known = this.numbers.get(id);
    if (known !== undefined) {
      this.duplicate = true;
      this.lastAnchor = known;
      return known;
    }
    const number = this.ids.length;
    this.numbers.set(id, number);
    this.ids.push(id);
    this.parents.push(parent);
    this.lastAnchor = number;
    // A rewrite of an earlier message (a duplicate) does not move the conversation back to it.
    this.leaf = number;
    return number;
  }

  private resolve(named: string): number {
    // Most lines continue from the line before them: no lookup then.
    if (named === this.last) return this.lastAnchor;
    const number = this.numbers.get(named);
    if (number !== undefined) return number;
    const recent = this.recentIds.indexOf(named);
    return recent === -1 ? MISSING : (this.recentAnchors[recent] ?? NONE);
  }

  /** The active path: 1 for the leaf and its ancestors (the conversation the session continues from). */
  activePath(): Uint8Array {
    const path = new Uint8Array(this.ids.length);
    // Parents come before their children, so the walk ends; the bound guards a damaged file.
    for (let node = this.leaf, steps = 0; node !== NONE && steps <= path.length; steps++) {
      path[node] = 1;
      node = this.parents[node] ?? NONE;
    }
    return path;
  }

  /**
   * For a node off the active side: the topmost ancestor that is still off it (the root of its
   * branch) and the active node it forked from (`NONE`: a separate root). `memo` caches walks.
   */
  branchOf(node: number, active: Uint8Array, memo: Map<number, BranchRoot>): BranchRoot {
    const walked = new Set<number>();
    let root = node;
    let found: BranchRoot | undefined;
    for (;;) {
      const known = memo.get(root);
      if (known) {
        found = known;
        break;
      }
      walked.add(root);
      const parent = this.parents[root] ?? NONE;
      if (parent === NONE || active[parent] === 1 || walked.has(parent)) {
        found = { root, forkFrom: parent !== NONE && active[parent] === 1 ? parent : NONE };
        break;
      }
      root = parent;
    }
    for (const id of walked) memo.set(id, found);
    return found;
  }
}

export interface BranchRoot {
  readonly root: number;
  readonly forkFrom: number;
}
