// Pairs the posts of two structures. A post copied from another keeps its lineage, so lineage is
// the first match. Posts that share no lineage (each side imported separately, say from two
// organogram snapshots) are paired by post reference: case and spacing aside, where a reference
// appears more than once on a side, posts with the same title pair first, then in order.
import type { Id, Post } from '../model/types';

export interface Matching {
  /** before post id -> after post id */
  afterOf: Map<Id, Id>;
  /** after post id -> before post id */
  beforeOf: Map<Id, Id>;
  /** after post ids paired by reference rather than lineage. */
  byRef: Set<Id>;
}

function normalRef(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toUpperCase();
}

function pairInOrder(befores: Post[], afters: Post[], m: Matching): void {
  if (befores.length === 1 && afters.length === 1) {
    link(befores[0]!, afters[0]!, m);
    return;
  }
  const left = [...afters];
  const rest: Post[] = [];
  for (const b of befores) {
    const i = left.findIndex((a) => a.title.trim() === b.title.trim());
    if (i >= 0) link(b, left.splice(i, 1)[0]!, m);
    else rest.push(b);
  }
  for (let i = 0; i < rest.length && i < left.length; i++) link(rest[i]!, left[i]!, m);
}

function link(b: Post, a: Post, m: Matching): void {
  m.afterOf.set(b.id, a.id);
  m.beforeOf.set(a.id, b.id);
  m.byRef.add(a.id);
}

export function matchPosts(before: readonly Post[], after: readonly Post[]): Matching {
  const m: Matching = { afterOf: new Map(), beforeOf: new Map(), byRef: new Set() };
  // Lineage is unique within a structure in practice; a list copes with files where it is not.
  const byLineage = new Map<Id, Post | Post[]>();
  for (const b of before) {
    const had = byLineage.get(b.lineageId);
    if (had === undefined) byLineage.set(b.lineageId, b);
    else if (Array.isArray(had)) had.push(b);
    else byLineage.set(b.lineageId, [had, b]);
  }
  const unmatchedAfter: Post[] = [];
  for (const a of after) {
    const had = byLineage.get(a.lineageId);
    let b: Post | undefined;
    if (had === undefined) b = undefined;
    else if (Array.isArray(had)) b = had.shift();
    else {
      b = had;
      byLineage.delete(a.lineageId);
    }
    if (b) {
      m.afterOf.set(b.id, a.id);
      m.beforeOf.set(a.id, b.id);
    } else unmatchedAfter.push(a);
  }
  if (unmatchedAfter.length === 0) return m;

  const refsBefore = new Map<string, Post[]>();
  for (const b of before) {
    if (m.afterOf.has(b.id)) continue;
    const r = normalRef(b.ref);
    if (!r) continue;
    const list = refsBefore.get(r);
    if (list) list.push(b);
    else refsBefore.set(r, [b]);
  }
  if (refsBefore.size === 0) return m;
  const refsAfter = new Map<string, Post[]>();
  for (const a of unmatchedAfter) {
    const r = normalRef(a.ref);
    if (!r || !refsBefore.has(r)) continue;
    const list = refsAfter.get(r);
    if (list) list.push(a);
    else refsAfter.set(r, [a]);
  }
  for (const [r, afters] of refsAfter) pairInOrder(refsBefore.get(r)!, afters, m);
  return m;
}
