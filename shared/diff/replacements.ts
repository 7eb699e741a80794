// Replacement links: a post of the after structure names (by lineage) the posts it takes the place
// of. A link counts when the named post was deleted, or when it is the post's own earlier self and
// the post was redesignated (its postholder goes with it). Linked posts form groups, and a group
// is one to one, a merge, a split, or several replaced by several.
import type { Id, Post } from '../model/types';
import type { ChangeKind, ReplacementGroup, ReplacementKind } from './types';

export interface ReplacementLinks {
  /** after post id -> replaced before post ids */
  replaces: Map<Id, Id[]>;
  /** before post id -> replacing after post ids */
  replacedBy: Map<Id, Id[]>;
  groups: ReplacementGroup[];
  /** post id (either side) -> kind of its group */
  kindOf: Map<Id, ReplacementKind>;
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
  afterOf: ReadonlyMap<Id, Id>,
  kindOfAfter: ReadonlyMap<Id, ChangeKind>,
): ReplacementLinks {
  const links: ReplacementLinks = { replaces: new Map(), replacedBy: new Map(), groups: [], kindOf: new Map() };
  let beforeByLineage: Map<Id, Post> | null = null;
  // Union-find over "b:<id>" and "a:<id>" nodes.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
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
  const union = (x: string, y: string) => {
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  };

  for (const a of after) {
    const named = a.replacesLineageIds;
    if (!named || named.length === 0) continue;
    if (!beforeByLineage) {
      beforeByLineage = new Map();
      for (const b of before) if (!beforeByLineage.has(b.lineageId)) beforeByLineage.set(b.lineageId, b);
    }
    for (const lineageId of named) {
      const b = beforeByLineage.get(lineageId);
      if (!b) continue;
      const survivor = afterOf.get(b.id);
      const counts = survivor === undefined || (survivor === a.id && kindOfAfter.get(a.id) === 'redesignated');
      if (!counts) continue;
      const list = links.replaces.get(a.id);
      if (list) {
        if (list.includes(b.id)) continue;
        list.push(b.id);
      } else links.replaces.set(a.id, [b.id]);
      const back = links.replacedBy.get(b.id);
      if (back) back.push(a.id);
      else links.replacedBy.set(b.id, [a.id]);
      union(`b:${b.id}`, `a:${a.id}`);
    }
  }
  if (parent.size === 0) return links;

  const groups = new Map<string, ReplacementGroup>();
  for (const node of parent.keys()) {
    const root = find(node);
    let g = groups.get(root);
    if (!g) {
      g = { kind: 'one-to-one', beforeIds: [], afterIds: [] };
      groups.set(root, g);
    }
    if (node.startsWith('b:')) g.beforeIds.push(node.slice(2));
    else g.afterIds.push(node.slice(2));
  }
  for (const g of groups.values()) {
    g.kind = replacementKind(g.beforeIds.length, g.afterIds.length);
    for (const id of g.beforeIds) links.kindOf.set(id, g.kind);
    for (const id of g.afterIds) links.kindOf.set(id, g.kind);
    links.groups.push(g);
  }
  return links;
}
