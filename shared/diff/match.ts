// Pairs the posts of two structures. A post copied from another keeps its lineage, so lineage is
// the first match; then the pairs the user accepted in Compare. Posts that share no lineage (each
// side imported separately, say from two organogram snapshots) are paired by post reference: case
// and spacing aside, where a reference appears more than once on a side, posts with the same title
// pair first, then in order. Last, grouped posts without a reference of their own (junior staff)
// pair by the senior post they report to and their grade, with the same title first.
//
// Works on positions in the two lists rather than ids: a diff of 10,000 posts a side stays well
// inside the time a view can wait for.
import type { Id, Post } from '../model/types';
import { PostPositions } from './positions';

/** How a pair was made, by after position: lineage, reference, group (manager and grade) or the user's decision. */
export const HOW = { lineage: 0, ref: 1, group: 2, decision: 3 } as const;
export type How = keyof typeof HOW;
export const HOW_NAMES: readonly How[] = ['lineage', 'ref', 'group', 'decision'];

/** Pairs of posts the user accepted (before lineage, after lineage) when comparing. */
export type AcceptedPairs = ReadonlyMap<Id, Id>;

export interface Matching {
  /** For each after post (by position), the position of its before post, or -1 when it is new. */
  beforeOfAfter: Int32Array;
  /** For each before post (by position), the position of its after post, or -1 when it was deleted. */
  afterOfBefore: Int32Array;
  /** For each after post, how it was paired (see HOW). */
  how: Uint8Array;
}

function normalRef(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toUpperCase();
}

function link(m: Matching, b: number, a: number, how: How): void {
  m.afterOfBefore[b] = a;
  m.beforeOfAfter[a] = b;
  m.how[a] = HOW[how];
}

function pairByRef(before: readonly Post[], after: readonly Post[], bs: number[], as: number[], m: Matching): void {
  if (bs.length === 1 && as.length === 1) {
    link(m, bs[0]!, as[0]!, 'ref');
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
    if (found >= 0) link(m, b, left.splice(found, 1)[0]!, 'ref');
    else rest.push(b);
  }
  for (let i = 0; i < rest.length && i < left.length; i++) link(m, rest[i]!, left[i]!, 'ref');
}

export function matchPosts(before: readonly Post[], after: readonly Post[], accepted: AcceptedPairs = new Map(), at = new PostPositions(before, after)): Matching {
  const m: Matching = {
    beforeOfAfter: new Int32Array(after.length).fill(-1),
    afterOfBefore: new Int32Array(before.length).fill(-1),
    how: new Uint8Array(after.length),
  };
  // Lineage is unique within a structure in practice; repeats wait in a list and pair in order.
  const byLineage = at.beforeByLineage();
  let repeats: Map<Id, number[]> | null = null;
  if (!at.beforeLineagesUnique()) {
    for (let i = 0; i < before.length; i++) {
      const l = before[i]!.lineageId;
      if (byLineage.get(l) !== i) {
        repeats ??= new Map();
        const list = repeats.get(l);
        if (list) list.push(i);
        else repeats.set(l, [i]);
      }
    }
  }
  let unmatched = 0;
  for (let a = 0; a < after.length; a++) {
    const l = after[a]!.lineageId;
    let b = byLineage.get(l);
    if (b !== undefined && m.afterOfBefore[b] !== -1) b = repeats?.get(l)?.shift();
    if (b !== undefined) link(m, b, a, 'lineage');
    else unmatched++;
  }
  if (unmatched === 0) return m;
  if (accepted.size > 0) acceptDecisions(before, after, accepted, m);
  matchRefs(before, after, m);
  matchGroups(before, after, m, at);
  return m;
}

function acceptDecisions(before: readonly Post[], after: readonly Post[], accepted: AcceptedPairs, m: Matching): void {
  const afterByLineage = new Map<Id, number>();
  for (let a = 0; a < after.length; a++) if (m.beforeOfAfter[a] === -1) afterByLineage.set(after[a]!.lineageId, a);
  for (let b = 0; b < before.length; b++) {
    if (m.afterOfBefore[b] !== -1) continue;
    const want = accepted.get(before[b]!.lineageId);
    const a = want === undefined ? undefined : afterByLineage.get(want);
    if (a === undefined || m.beforeOfAfter[a] !== -1) continue;
    link(m, b, a, 'decision');
  }
}

/** A grouped post (junior staff counted in FTE) with no reference of its own. */
function isGroup(p: Post): boolean {
  return p.grouped === true && normalRef(p.ref) === '';
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Unmatched groups pair by matched manager and grade: those with the same title first, then the rest in order. */
function matchGroups(before: readonly Post[], after: readonly Post[], m: Matching, at: PostPositions): void {
  // The manager of an after post, as a before position (through the pairs made so far).
  const managerKey = (p: Post, side: 'b' | 'a'): string | null => {
    if (p.managerId === null) return 'top';
    if (side === 'b') {
      const i = at.beforeAt().get(p.managerId);
      return i === undefined ? null : String(i);
    }
    const j = at.afterAt().get(p.managerId);
    if (j === undefined) return null;
    const i = m.beforeOfAfter[j]!;
    return i < 0 ? null : String(i);
  };
  const index = new Map<string, number[]>();
  for (let b = 0; b < before.length; b++) {
    const p = before[b]!;
    if (m.afterOfBefore[b] !== -1 || !isGroup(p)) continue;
    const k = managerKey(p, 'b');
    if (k === null) continue;
    const key = `${k}|${p.gradeId ?? ''}`;
    const list = index.get(key);
    if (list) list.push(b);
    else index.set(key, [b]);
  }
  if (index.size === 0) return;
  const waiting = new Map<string, number[]>();
  for (let a = 0; a < after.length; a++) {
    const p = after[a]!;
    if (m.beforeOfAfter[a] !== -1 || !isGroup(p)) continue;
    const k = managerKey(p, 'a');
    if (k === null) continue;
    const key = `${k}|${p.gradeId ?? ''}`;
    const bs = index.get(key);
    if (!bs) continue;
    const same = bs.findIndex((b) => m.afterOfBefore[b] === -1 && norm(before[b]!.title) === norm(p.title));
    if (same >= 0) link(m, bs.splice(same, 1)[0]!, a, 'group');
    else {
      const list = waiting.get(key);
      if (list) list.push(a);
      else waiting.set(key, [a]);
    }
  }
  // Left over with the same manager and grade: a group retitled is still the same group.
  for (const [key, as] of waiting) {
    const bs = index.get(key)!.filter((b) => m.afterOfBefore[b] === -1);
    for (let i = 0; i < as.length && i < bs.length; i++) link(m, bs[i]!, as[i]!, 'group');
  }
}

function matchRefs(before: readonly Post[], after: readonly Post[], m: Matching): void {
  const refsBefore = new Map<string, number[]>();
  for (let b = 0; b < before.length; b++) {
    if (m.afterOfBefore[b] !== -1) continue;
    const r = normalRef(before[b]!.ref);
    if (!r) continue;
    const list = refsBefore.get(r);
    if (list) list.push(b);
    else refsBefore.set(r, [b]);
  }
  if (refsBefore.size === 0) return;
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
}
