// Pairs the posts of two structures. A post copied from another keeps its lineage, so lineage is
// the first match. Posts that share no lineage (each side imported separately, say from two
// organogram snapshots) are paired by post reference: case and spacing aside, where a reference
// appears more than once on a side, posts with the same title pair first, then in order.
//
// Works on positions in the two lists rather than ids: a diff of 10,000 posts a side stays well
// inside the time a view can wait for.
import type { Id, Post } from '../model/types';

export interface Matching {
  /** For each after post (by position), the position of its before post, or -1 when it is new. */
  beforeOfAfter: Int32Array;
  /** For each before post (by position), the position of its after post, or -1 when it was deleted. */
  afterOfBefore: Int32Array;
  /** 1 for after posts paired by reference rather than lineage. */
  byRef: Uint8Array;
}

function normalRef(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toUpperCase();
}

function link(m: Matching, b: number, a: number, byRef: boolean): void {
  m.afterOfBefore[b] = a;
  m.beforeOfAfter[a] = b;
  if (byRef) m.byRef[a] = 1;
}

function pairByRef(before: readonly Post[], after: readonly Post[], bs: number[], as: number[], m: Matching): void {
  if (bs.length === 1 && as.length === 1) {
    link(m, bs[0]!, as[0]!, true);
    return;
  }
  const left = [...as];
  const rest: number[] = [];
  for (const b of bs) {
    const title = before[b]!.title.trim();
    let found = -1;
    for (let k = 0; k < left.length; k++) {
      if (after[left[k]!]!.title.trim() === title) {
        found = k;
        break;
      }
    }
    if (found >= 0) link(m, b, left.splice(found, 1)[0]!, true);
    else rest.push(b);
  }
  for (let i = 0; i < rest.length && i < left.length; i++) link(m, rest[i]!, left[i]!, true);
}

export function matchPosts(before: readonly Post[], after: readonly Post[]): Matching {
  const m: Matching = {
    beforeOfAfter: new Int32Array(after.length).fill(-1),
    afterOfBefore: new Int32Array(before.length).fill(-1),
    byRef: new Uint8Array(after.length),
  };
  // Lineage is unique within a structure in practice; repeats wait in a list and pair in order.
  const byLineage = new Map<Id, number>();
  let repeats: Map<Id, number[]> | null = null;
  for (let i = 0; i < before.length; i++) {
    const l = before[i]!.lineageId;
    if (!byLineage.has(l)) byLineage.set(l, i);
    else {
      repeats ??= new Map();
      const list = repeats.get(l);
      if (list) list.push(i);
      else repeats.set(l, [i]);
    }
  }
  let unmatched = 0;
  for (let a = 0; a < after.length; a++) {
    const l = after[a]!.lineageId;
    let b = byLineage.get(l);
    if (b !== undefined && m.afterOfBefore[b] !== -1) b = repeats?.get(l)?.shift();
    if (b !== undefined) link(m, b, a, false);
    else unmatched++;
  }
  if (unmatched === 0) return m;

  const refsBefore = new Map<string, number[]>();
  for (let b = 0; b < before.length; b++) {
    if (m.afterOfBefore[b] !== -1) continue;
    const r = normalRef(before[b]!.ref);
    if (!r) continue;
    const list = refsBefore.get(r);
    if (list) list.push(b);
    else refsBefore.set(r, [b]);
  }
  if (refsBefore.size === 0) return m;
  const refsAfter = new Map<string, number[]>();
  for (let a = 0; a < after.length; a++) {
    if (m.beforeOfAfter[a] !== -1) continue;
    const r = normalRef(after[a]!.ref);
    if (!r || !refsBefore.has(r)) continue;
    const list = refsAfter.get(r);
    if (list) list.push(a);
    else refsAfter.set(r, [a]);
  }
  for (const [r, as] of refsAfter) pairByRef(before, after, refsBefore.get(r)!, as, m);
  return m;
}
