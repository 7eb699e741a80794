// Replacement links: a post of the after structure names (by lineage) the posts it takes the place
// of. A link counts when the named post was deleted, or when it is the post's own earlier self and
// the post was redesignated (its postholder goes with it). Linked posts form groups, and a group
// is one to one, a merge, a split, or several replaced by several.
import type { Id, Post } from '../model/types';
import type { Matching } from './match';
import { PostPositions } from './positions';
import type { ChangeKind, ReplacementGroup, ReplacementKind } from './types';

/** Links by position in the before and after lists. */
export interface ReplacementLinks {
  groups: ReplacementGroup[];
  /** after position -> replaced before positions */
  replaces: Map<number, number[]>;
  /** before position -> replacing after positions */
  replacedBy: Map<number, number[]>;
  kindOfBefore: Map<number, ReplacementKind>;
  kindOfAfter: Map<number, ReplacementKind>;
}

export function replacementKind(before: number, after: number): ReplacementKind {
  if (before === 1 && after === 1) return 'one-to-one';
  if (after === 1) return 'merge';
  if (before === 1) return 'split';
  return 'many-to-many';
}

export function findReplacements(
  before: readonly Post[],
  after: readonly Post[],
  m: Matching,
  kindOfAfter: readonly ChangeKind[],
  at = new PostPositions(before, after),
): ReplacementLinks {
  const links: ReplacementLinks = { groups: [], replaces: new Map(), replacedBy: new Map(), kindOfBefore: new Map(), kindOfAfter: new Map() };
  // Union-find over before positions (b) and after positions (before.length + a).
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let c = x;
    while (c !== r) {
      const n = parent.get(c)!;
      parent.set(c, r);
      c = n;
    }
    return r;
  };
  const union = (x: number, y: number) => {
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  };

  for (let a = 0; a < after.length; a++) {
    const named = after[a]!.replacesLineageIds;
    if (!named || named.length === 0) continue;
    const beforeByLineage = at.beforeByLineage();
    for (const lineageId of named) {
      const b = beforeByLineage.get(lineageId);
      if (b === undefined) continue;
      const survivor = m.afterOfBefore[b]!;
      const counts = survivor === -1 || (survivor === a && kindOfAfter[a] === 'redesignated');
      if (!counts) continue;
      const list = links.replaces.get(a);
      if (list) {
        if (list.includes(b)) continue;
        list.push(b);
      } else links.replaces.set(a, [b]);
      const back = links.replacedBy.get(b);
      if (back) back.push(a);
      else links.replacedBy.set(b, [a]);
      union(b, before.length + a);
    }
  }
  if (parent.size === 0) return links;

  const groups = new Map<number, { b: number[]; a: number[] }>();
  for (const node of parent.keys()) {
    const root = find(node);
    let g = groups.get(root);
    if (!g) {
      g = { b: [], a: [] };
      groups.set(root, g);
    }
    if (node < before.length) g.b.push(node);
    else g.a.push(node - before.length);
  }
  for (const g of groups.values()) {
    const kind = replacementKind(g.b.length, g.a.length);
    for (const i of g.b) links.kindOfBefore.set(i, kind);
    for (const i of g.a) links.kindOfAfter.set(i, kind);
    links.groups.push({ kind, beforeIds: g.b.map((i) => before[i]!.id), afterIds: g.a.map((i) => after[i]!.id) });
  }
  return links;
}
