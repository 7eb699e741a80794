// A chart arranged to use its page: the cards of a chart tree sized to their words, wide levels
// wrapped, leaf reports stacked in columns, and the whole scaled to fill the printable area. For a
// proposal set beside the structure it came from, both sides share one geometry: each card is
// sized for what it says on either side, so an unchanged post sits in the same place on both.
import type { ChartContent } from '../chart/card';
import { postFace, type CardFace } from '../chart/cardFace';
import { faceHeight, faceMinText, fitFaces, SMALLEST_CARD_TEXT } from '../chart/cardFit';
import { bestFit, solve } from '../chart/printLayout';
import { place, type PrintLayout } from '../chart/printPlace';
import { GAP, type PrintNode } from '../chart/printTree';
import { dottedEdge } from '../layout/routes';
import type { LayoutCard, LayoutEdge } from '../layout/types';
import type { Post } from '../model/types';
import { postOn, type ChartTree, type Side, type TreeNode } from './chartTree';

export interface SideContent {
  side: Side;
  content: ChartContent;
  /** On the proposed side, draw a post the proposal deletes as a ghost where it was. */
  ghosts: boolean;
}

export interface PrintForest {
  roots: PrintNode[];
  /** What each card says on each side; a card missing on a side is not drawn there. */
  faces: Map<Side, Map<string, CardFace>>;
}

/** The posts a card stands for on one side, or null when it is not on that side. */
function postsOn(tree: ChartTree, members: readonly string[], side: Side): Post[] | null {
  const out: Post[] = [];
  for (const m of members) {
    const p = postOn(tree.nodes.get(m)!, side);
    if (p) out.push(p);
  }
  return out.length ? out : null;
}

export function printForest(tree: ChartTree, sides: readonly SideContent[], groupIdentical: boolean): PrintForest {
  const faces = new Map<Side, Map<string, CardFace>>(sides.map((s) => [s.side, new Map()]));
  // Only a post the proposal deletes is a ghost: a moved post is drawn where it went.
  const deleted = (p: Post) => tree.marks?.before.get(p.id)?.kind === 'deleted';
  const make = (id: string, members: string[]): PrintNode => {
    const all: CardFace[] = [];
    for (const s of sides) {
      const posts = postsOn(tree, members, s.side);
      let face: CardFace | null = posts ? postFace(posts, s.content) : null;
      if (!face && s.ghosts && s.side === 'after') {
        const before = postsOn(tree, members, 'before');
        if (before && before.every(deleted)) face = postFace(before, s.content, true);
      }
      if (face) {
        faces.get(s.side)!.set(id, face);
        all.push(face);
      }
    }
    const size = all.length ? fitFaces(all) : { w: 0, h: 0 };
    // Asked once for each way a stack could be hung: worked out once per width.
    const heights = new Map<number, number>();
    const heightAt = (w: number) => {
      let h = heights.get(w);
      if (h === undefined) heights.set(w, (h = Math.max(0, ...all.map((f) => faceHeight(f, w)))));
      return h;
    };
    return { id, kind: 'card', members, w: size.w, h: size.h, assistants: [], children: [], heightAt };
  };
  const leaf = (id: string) => (tree.kids.get(id)?.length ?? 0) === 0;
  const roots = tree.roots.map((r) => make(r, [r]));
  const todo = [...roots];
  // Top down without recursion: a chain of any depth is fine.
  while (todo.length) {
    const parent = todo.pop()!;
    const kids = tree.kids.get(parent.members[0]!) ?? [];
    const groups = new Map<string, PrintNode>();
    for (const k of kids) {
      const n: TreeNode = tree.nodes.get(k)!;
      if (n.assistant && leaf(k)) {
        parent.assistants.push(make(k, [k]));
        continue;
      }
      if (groupIdentical && leaf(k) && n.groupKey) {
        const g = groups.get(n.groupKey);
        if (g) {
          g.members.push(k);
          continue;
        }
        // The group sits where its first member is; its size is settled once all have joined.
        const first = make(k, [k]);
        groups.set(n.groupKey, first);
        parent.children.push(first);
        continue;
      }
      const child = make(k, [k]);
      parent.children.push(child);
      todo.push(child);
    }
    for (const g of groups.values()) {
      if (g.members.length < 2) continue;
      const sized = make(`g:${g.members[0]}`, g.members);
      const at = parent.children.indexOf(g);
      parent.children[at] = sized;
    }
  }
  return { roots, faces };
}

export interface FittedChart {
  layout: PrintLayout;
  /** Points per layout unit. */
  scale: number;
}

/** Cards may be drawn this much larger than their natural size to fill the page, no more. */
export const FIT_MAX_SCALE = 1.5;

/** The smallest scale at which every text on a card prints at `minText` points or more. */
export function minScaleFor(minText: number, smallestText: number = SMALLEST_CARD_TEXT): number {
  return minText / smallestText;
}

/** The smallest text any card of the forest shows, on any side, in layout units. */
export function forestMinText(forest: PrintForest): number {
  let m = Infinity;
  for (const faces of forest.faces.values()) for (const f of faces.values()) m = Math.min(m, faceMinText(f));
  return Number.isFinite(m) ? m : SMALLEST_CARD_TEXT;
}

/**
 * The forest on one page of `area` (points), or null when that would set some text below
 * `minText` points.
 */
export function fitForest(forest: PrintForest, area: { w: number; h: number }, minText: number): FittedChart | null {
  const minScale = minScaleFor(minText, forestMinText(forest));
  if (forest.roots.length === 0) return { layout: { cards: [], edges: [], width: 0, height: 0 }, scale: 1 };
  // No two cards come closer than the narrowest gaps between them: when the cards with those gaps
  // already cover more than the page at the smallest scale, no arrangement fits, so none is sought
  // (a structure of thousands of posts goes straight to pages by branch).
  if (cardsArea(forest) > (area.w / minScale) * (area.h / minScale)) return null;
  const sol = solve(forest.roots, area.w / minScale);
  const { step, scale } = bestFit(sol, area, FIT_MAX_SCALE);
  if (scale < minScale - 1e-9) return null;
  return { layout: place(sol, step), scale };
}

/** The room every card takes at least, with the smallest gap beside and below it. */
function cardsArea(forest: PrintForest): number {
  let a = 0;
  const todo = [...forest.roots];
  while (todo.length) {
    const n = todo.pop()!;
    a += (n.w + GAP.stackStub) * (n.h + GAP.stackRow);
    for (const x of n.assistants) a += (x.w + GAP.stackStub) * (x.h + GAP.stackRow);
    todo.push(...n.children);
  }
  return a;
}

/** Every post of a forest, counted once (a group counts its members). */
export function forestSize(forest: PrintForest): number {
  let n = 0;
  const todo = [...forest.roots];
  while (todo.length) {
    const p = todo.pop()!;
    n += p.members.length + p.assistants.length;
    todo.push(...p.children);
  }
  return n;
}

/** The solid lines of a side (a line to a card not drawn there is left out) and its dotted lines. */
export function sideEdges(tree: ChartTree, fitted: FittedChart, faces: ReadonlyMap<string, CardFace>, side: Side): LayoutEdge[] {
  const out = fitted.layout.edges.filter((e) => faces.has(e.from) && faces.has(e.to));
  const cardOf = new Map<string, LayoutCard>();
  for (const c of fitted.layout.cards) {
    if (!faces.has(c.node.id)) continue;
    const box = { id: c.node.id, x: c.x, y: c.y, width: c.width, height: c.height } as LayoutCard;
    for (const m of c.node.members) cardOf.set(m, box);
  }
  const seen = new Set<string>();
  for (const c of fitted.layout.cards) {
    for (const m of c.node.members) {
      const node = tree.nodes.get(m)!;
      const post = postOn(node, side);
      if (!post) continue;
      for (const d of node.dotted) {
        const from = cardOf.get(d);
        const to = cardOf.get(m);
        const manager = postOn(tree.nodes.get(d)!, side);
        if (!from || !to || from === to || !manager || !post.dottedManagerIds.includes(manager.id)) continue;
        const key = `${from.id}>${to.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(dottedEdge(from, to));
      }
    }
  }
  return out;
}
