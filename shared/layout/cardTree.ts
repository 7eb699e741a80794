// Which cards a chart shows and how they hang together: one card per post, identical leaf
// siblings folded into one group card, collapsed branches cut off with a count of what they hide,
// assistants set apart from the other reports, and wide sets of leaf (or folded) cards marked for
// stacking.
// Positions come later (position.ts). Everything is iterative, so a pathologically deep structure
// cannot overflow the stack, and a reporting loop in the data cannot make it run forever.
import type { Id } from '../model/types';
import type { Geometry } from './geometry';
import { indexPosts } from './postIndex';
import type { LayoutCard, LayoutOptions, LayoutPost } from './types';

export { indexPosts, reindexPosts, type PostIndex } from './postIndex';

export interface CardNode {
  card: LayoutCard;
  /** Assistant cards drawn beside this card, in order. */
  assistants: CardNode[];
  /** The reports drawn in the row below, in order. */
  row: RowItem[];
  /** Absolute x of the card's centre, once positioned. */
  cx: number;
  /** Tiers this card sits below its depth's tier, where its manager's reports wrap into several rows. */
  shift?: number;
  /** Where the card comes in the forest's depth-first order. */
  index: number;
  /** The post a post card stands for, by position in the input (-1 for a group). */
  post: number;
}

export type RowItem = { kind: 'node'; node: CardNode } | { kind: 'stack'; nodes: CardNode[] };

export interface CardForest {
  roots: CardNode[];
  /** Every card in depth-first order: a card, its assistants, then its reports left to right. */
  order: CardNode[];
  /** For each depth, the most rows of assistants any manager at that depth has. */
  assistantRows: number[];
  /** The card each visible post is drawn in. */
  cardOfPost: CardOfPost;
}

/** Which card each visible post is drawn in, by the post's id. */
export interface CardOfPost {
  get(postId: Id): string | undefined;
}

const FNV_START = 0x811c9dc5;

/** The FNV-1a hash `h` of some text, carried on over `text`. */
function hashOn(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** A short stable hash, so a group's id does not carry its title (ids end up in DOM attributes). */
export function shortHash(text: string): string {
  return (hashOn(FNV_START, text) >>> 0).toString(36);
}

/**
 * The hash of what identical posts share (title, grade, ghostliness and the caller's key), as
 * shortHash hashes them joined by \u0001, without joining them.
 */
function groupHash(title: string, grade: string, ghost: boolean, extra: string): number {
  return hashOn(hashOn(hashOn(hashOn(hashOn(hashOn(hashOn(FNV_START, title), '\u0001'), grade), '\u0001'), ghost ? '1' : '0'), '\u0001'), extra) >>> 0;
}

/** Identical leaf posts under one manager, shown as one card. */
interface Group {
  members: number[];
  id: string;
  title: string;
  grade: string;
  ghost: boolean;
  extra: string;
}

// Most cards have no assistants or reports: they share these, and get lists of their own at their first.
const NO_NODES: CardNode[] = [];
const NO_ROW: RowItem[] = [];

function newCard(id: string, kind: LayoutCard['kind'], postIds: Id[], parentId: string | null, depth: number, assistant: boolean): LayoutCard {
  return { id, kind, postIds, parentId, depth, x: 0, y: 0, width: 0, height: 0, assistant, hiddenCount: 0, childCount: 0, reportCount: 0 };
}

export function buildCardForest(input: readonly LayoutPost[], options: LayoutOptions, g: Geometry): CardForest {
  // An index made for this very list is used as it is (several layouts of one list share one).
  const { posts, at, kids, roots, order } = options.index?.posts === input ? options.index : indexPosts(input);
  const visited = new Uint8Array(posts.length);
  // The card node of each post drawn (by position in `posts`): the post's own or its group's.
  const nodeOfPost = new Array<CardNode | undefined>(posts.length);
  const cardOfPost: CardOfPost = {
    get(postId) {
      const i = at.get(postId);
      return i === undefined ? undefined : nodeOfPost[i]?.card.id;
    },
  };
  const forest: CardForest = { roots: [], order: [], assistantRows: [], cardOfPost };
  /** A post card's node, for the post at `post`. */
  const makeNode = (card: LayoutCard, post: number): CardNode => {
    if (posts[post]!.holding) card.holding = true;
    const node: CardNode = { card, assistants: NO_NODES, row: NO_ROW, cx: 0, index: -1, post };
    nodeOfPost[post] = node;
    return node;
  };
  /** A group card's node, for the posts at `members`. */
  const makeGroupNode = (card: LayoutCard, members: number[]): CardNode => {
    const node: CardNode = { card, assistants: NO_NODES, row: NO_ROW, cx: 0, index: -1, post: -1 };
    for (let k = 0; k < members.length; k++) nodeOfPost[members[k]!] = node;
    return node;
  };

  const allVisited = (list: number[]): boolean => {
    for (let k = 0; k < list.length; k++) if (!visited[list[k]!]) return false;
    return true;
  };

  /** Marks a collapsed branch as seen and counts the real posts in it. */
  const hideBranch = (i: number): number => {
    let count = 0;
    const stack = [...kids[i]!];
    while (stack.length) {
      const k = stack.pop()!;
      if (visited[k]) continue;
      visited[k] = 1;
      if (!posts[k]!.ghost && !posts[k]!.holding) count++;
      for (const c of kids[k]!) if (!visited[c]) stack.push(c);
    }
    return count;
  };

  /** The cards that stand for a manager's reports: assistants apart, identical leaves grouped. */
  const reportCards = (parent: LayoutCard, reports: number[]) => {
    type Item = { post: number; leaf: boolean; groupId?: string } | { members: number[]; id: string };
    const assistants: number[] = [];
    const items: Item[] = [];
    // Made at the first group: most managers' reports are all different.
    let groups: Map<number, Group[]> | null = null;
    let usedIds: Set<string> | null = null;
    // Identical posts mostly come one after another: the last grouped post, what it was grouped
    // by beyond its title, grade and ghostliness, and its group.
    let lastPost: LayoutPost | null = null;
    let lastExtra = '';
    let lastGroup: Group | null = null;
    for (const r of reports) {
      const p = posts[r]!;
      // A folded post is a branch even when the posts below it were left out of the input.
      const leaf = allVisited(kids[r]!) && !options.collapsed.has(p.id) && !p.holding;
      if (p.isAssistant && leaf) assistants.push(r);
      else if (!leaf || !options.groupIdentical) items.push({ post: r, leaf });
      else {
        const extra = options.groupKey?.(p.id) ?? '';
        if (lastPost && lastGroup && extra === lastExtra && p.title === lastPost.title && (p.gradeId ?? '') === (lastPost.gradeId ?? '') && !p.ghost === !lastPost.ghost) {
          lastGroup.members.push(r);
          lastPost = p;
          continue;
        }
        const grade = p.gradeId ?? '';
        const ghost = !!p.ghost;
        const hash = groupHash(p.title, grade, ghost, extra);
        lastPost = p;
        lastExtra = extra;
        groups ??= new Map();
        usedIds ??= new Set();
        const bucket = groups.get(hash);
        const found = bucket?.find((g) => g.title === p.title && g.grade === grade && g.ghost === ghost && g.extra === extra);
        if (found) {
          found.members.push(r);
          lastGroup = found;
        } else {
          const short = hash.toString(36);
          let id = `${parent.id}~${short}`;
          for (let n = 2; usedIds.has(id); n++) id = `${parent.id}~${short}-${n}`;
          usedIds.add(id);
          const group: Group = { members: [r], id, title: p.title, grade, ghost, extra };
          if (bucket) bucket.push(group);
          else groups.set(hash, [group]);
          lastGroup = group;
          // The group sits where its first member is; later members join it there.
          items.push(group);
        }
      }
    }
    if (!groups) return { assistants, items };
    // A "group" of one is a plain post; an expanded group shows its members one by one.
    const out: Item[] = [];
    for (const item of items) {
      if (!('members' in item)) out.push(item);
      else if (item.members.length < 2) out.push({ post: item.members[0]!, leaf: true });
      else if (options.expandedGroups.has(item.id)) for (const m of item.members) out.push({ post: m, leaf: true, groupId: item.id });
      else out.push(item);
    }
    return { assistants, items: out };
  };

  const expand = (node: CardNode, i: number): CardNode[] => {
    const card = node.card;
    const reports = kids[i]!.filter((k) => !visited[k]);
    if (reports.length === 0) return [];
    for (const r of reports) visited[r] = 1;
    const { assistants, items } = reportCards(card, reports);
    card.childCount = assistants.length + items.length;
    let real = 0;
    for (const a of assistants) if (!posts[a]!.ghost) real++;
    for (const it of items) if (!posts['members' in it ? it.members[0]! : it.post]!.ghost) real++;
    card.reportCount = real;
    if (options.collapsed.has(card.id) || card.depth >= (options.maxDepth ?? Infinity)) {
      let hidden = 0;
      for (const r of reports) hidden += (posts[r]!.ghost || posts[r]!.holding ? 0 : 1) + hideBranch(r);
      card.hiddenCount = hidden;
      return [];
    }
    const depth = card.depth + 1;
    const children: CardNode[] = [];
    for (const a of assistants) {
      const p = posts[a]!;
      const n = makeNode(newCard(p.id, 'post', [p.id], card.id, depth, true), a);
      if (p.ghost) n.card.ghost = true;
      if (node.assistants === NO_NODES) node.assistants = [];
      node.assistants.push(n);
      children.push(n);
    }
    if (assistants.length) forest.assistantRows[card.depth] = Math.max(forest.assistantRows[card.depth] ?? 0, Math.ceil(assistants.length / 2));

    // A folded branch shows no reports, so it hangs in a stack like a post without any; folded
    // managers side by side would make a chart opened at its top tiers needlessly wide.
    const hangs = (it: (typeof items)[number]) => 'members' in it || it.leaf || options.collapsed.has(posts[it.post]!.id);
    let leafCount = 0;
    for (const it of items) if (hangs(it)) leafCount++;
    const stacking = leafCount >= g.stackThreshold;
    let stack: CardNode[] | null = null;
    for (const it of items) {
      let n: CardNode;
      if ('members' in it) {
        const first = posts[it.members[0]!]!;
        n = makeGroupNode(newCard(it.id, 'group', it.members.map((m) => posts[m]!.id), card.id, depth, false), it.members);
        if (first.ghost) n.card.ghost = true;
      } else {
        const p = posts[it.post]!;
        n = makeNode(newCard(p.id, 'post', [p.id], card.id, depth, false), it.post);
        if (p.ghost) n.card.ghost = true;
        if (it.groupId) n.card.groupId = it.groupId;
      }
      children.push(n);
      if (stacking && hangs(it)) {
        if (!stack) {
          stack = [];
          if (node.row === NO_ROW) node.row = [];
          node.row.push({ kind: 'stack', nodes: stack });
        }
        stack.push(n);
      } else {
        if (node.row === NO_ROW) node.row = [];
        node.row.push({ kind: 'node', node: n });
      }
    }
    return children;
  };

  const walk = (root: CardNode) => {
    forest.roots.push(root);
    const todo: CardNode[] = [root];
    while (todo.length) {
      const node = todo.pop()!;
      node.index = forest.order.length;
      forest.order.push(node);
      if (node.post < 0) continue;
      const children = expand(node, node.post);
      for (let c = children.length - 1; c >= 0; c--) todo.push(children[c]!);
    }
  };

  const startAt = (i: number) => {
    visited[i] = 1;
    const p = posts[i]!;
    const node = makeNode(newCard(p.id, 'post', [p.id], null, 0, false), i);
    if (p.ghost) node.card.ghost = true;
    walk(node);
  };

  for (const r of roots) if (!visited[r]) startAt(r);
  // Posts caught in a reporting loop never hang below a top post: show each loop from its first post.
  const unplaced: number[] = [];
  for (let i = 0; i < posts.length; i++) if (!visited[i]) unplaced.push(i);
  for (const i of unplaced.sort(order)) if (!visited[i]) startAt(i);
  return forest;
}
