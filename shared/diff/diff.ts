// The diff engine: every post of either structure in exactly one change, with what changed and
// what it costs on each side.
import { establishmentPosts } from '../model/establishment';
import type { Id, MatchDecision, Post } from '../model/types';
import { changedFields, classify, NO_FIELDS } from './fields';
import { HOW_NAMES, matchPosts, type AcceptedPairs } from './match';
import { PostPositions, type Positions } from './positions';
import { findReplacements } from './replacements';
import { suggestMatches } from './suggest';
import type { ChangeKind, DiffCounts, PostChange, StructureDiff } from './types';

/** A structure's posts; holding cards among them are left out of the diff. */
export interface DiffSide {
  structure: { id: Id };
  posts: readonly Post[];
}

/**
 * How to cost a post (say, over costs already worked out), given the post, its side and its
 * position in that side's list. The diff does not cost posts itself: costing sits beside it, and
 * `shared/compare/` brings the two together.
 */
export type CostOf = (post: Post, side: 'before' | 'after', index: number) => number;

export interface DiffOptions {
  /** The organisation a post without an employer of its own belongs to, to compare employers. */
  defaultOrganisationId: Id | null;
  /** Pairs the user accepted when comparing, before lineage to after lineage. */
  accepted?: AcceptedPairs;
  /** Pairs the user rejected ("beforeLineage|afterLineage"): never suggested again. */
  rejected?: ReadonlySet<string>;
}

/** The user's decisions on suggested matches, as the diff takes them. */
export function decisionsForDiff(decisions: readonly MatchDecision[] | undefined): Pick<DiffOptions, 'accepted' | 'rejected'> {
  const accepted = new Map<Id, Id>();
  const rejected = new Set<string>();
  for (const d of decisions ?? []) {
    if (d.decision === 'accepted') accepted.set(d.beforeLineageId, d.afterLineageId);
    else rejected.add(`${d.beforeLineageId}|${d.afterLineageId}`);
  }
  return { accepted, rejected };
}

export function emptyCounts(): DiffCounts {
  return { unchanged: 0, moved: 0, redesignated: 0, regraded: 0, fteChanged: 0, deleted: 0, new: 0 };
}

export function countChange(counts: DiffCounts, c: Pick<PostChange, 'kind' | 'regraded'>): void {
  switch (c.kind) {
    case 'unchanged':
      counts.unchanged++;
      break;
    case 'moved':
      counts.moved++;
      break;
    case 'redesignated':
      counts.redesignated++;
      if (c.regraded) counts.regraded++;
      break;
    case 'fte-changed':
      counts.fteChanged++;
      break;
    case 'deleted':
      counts.deleted++;
      break;
    case 'new':
      counts.new++;
      break;
  }
}

/** Shared by every change that replaces nothing; frozen so no caller can add to it by mistake. */
const NO_IDS: Id[] = Object.freeze([]) as unknown as Id[];

export function diffStructures(before: DiffSide, after: DiffSide, costOf: CostOf, options: DiffOptions): StructureDiff {
  // Holding cards ("Unplaced", from an import) are not posts of the establishment.
  const B = establishmentPosts(before.posts);
  const A = establishmentPosts(after.posts);
  return diffEstablishments({ structure: before.structure, posts: B }, { structure: after.structure, posts: A }, costOf, options);
}

/** diffStructures of two sides whose posts are the establishment already: holding cards left out, as establishmentPosts gives them. */
export function diffEstablishments(before: DiffSide, after: DiffSide, costOf: CostOf, options: DiffOptions): StructureDiff {
  const { defaultOrganisationId } = options;
  const B = before.posts;
  const A = after.posts;
  const at = new PostPositions(B, A);
  const m = matchPosts(B, A, options.accepted, at);
  const beforeIndex = at.beforeAt();
  const afterIdOf = (id: Id): Id | undefined => {
    const i = beforeIndex.get(id);
    if (i === undefined) return undefined;
    const j = m.afterOfBefore[i]!;
    return j < 0 ? undefined : A[j]!.id;
  };
  const fieldContext = { afterIdOf, defaultOrganisationId };

  const changes: PostChange[] = new Array(A.length);
  const kindOfAfter: ChangeKind[] = new Array(A.length);
  const counts = emptyCounts();
  for (let j = 0; j < A.length; j++) {
    const a = A[j]!;
    const i = m.beforeOfAfter[j]!;
    const costAfter = costOf(a, 'after', j);
    let c: PostChange;
    if (i < 0) c = change('new', false, a.lineageId, null, a, NO_FIELDS, 0, costAfter, null);
    else {
      const b = B[i]!;
      const fields = changedFields(b, a, fieldContext);
      const { kind, regraded } = classify(fields);
      c = change(kind, regraded, a.lineageId, b, a, fields, costOf(b, 'before', i), costAfter, HOW_NAMES[m.how[j]!]!);
    }
    kindOfAfter[j] = c.kind;
    changes[j] = c;
    countChange(counts, c);
  }
  const changeOfBefore = new Map<number, PostChange>();
  for (let i = 0; i < B.length; i++) {
    if (m.afterOfBefore[i] !== -1) continue;
    const b = B[i]!;
    const c = change('deleted', false, b.lineageId, b, null, NO_FIELDS, costOf(b, 'before', i), 0, null);
    c.ghostManagerId = ghostManager(b, B, beforeIndex, m.afterOfBefore, A);
    changes.push(c);
    changeOfBefore.set(i, c);
    countChange(counts, c);
  }

  const links = findReplacements(B, A, m, kindOfAfter, at);
  for (const [j, is] of links.replaces) {
    const c = changes[j]!;
    c.replacesBeforeIds = is.map((i) => B[i]!.id);
    c.replacement = links.kindOfAfter.get(j) ?? null;
  }
  for (const [i, js] of links.replacedBy) {
    // A replaced post is deleted (its own change) or redesignated (the change of its after post).
    const j = m.afterOfBefore[i]!;
    const c = j < 0 ? changeOfBefore.get(i)! : changes[j]!;
    c.replacedByAfterIds = js.map((x) => A[x]!.id);
    c.replacement ??= links.kindOfBefore.get(i) ?? null;
  }
  const suggestedMatches = counts.deleted > 0 && counts.new > 0 ? suggestMatches(B, A, m, options.rejected, at) : [];
  return { fromStructureId: before.structure.id, toStructureId: after.structure.id, changes, counts, replacementGroups: links.groups, suggestedMatches };
}

/** Where a deleted post's ghost hangs: its nearest manager that survives into the after structure. */
function ghostManager(post: Post, B: readonly Post[], beforeIndex: Positions, afterOfBefore: Int32Array, A: readonly Post[]): Id | null {
  const seen = new Set<Id>([post.id]);
  let m = post.managerId;
  while (m !== null && !seen.has(m)) {
    const i = beforeIndex.get(m);
    if (i === undefined) return null;
    const j = afterOfBefore[i]!;
    if (j >= 0) return A[j]!.id;
    seen.add(m);
    m = B[i]!.managerId;
  }
  return null;
}

/**
 * A change as the diff makes it: a class rather than an object literal, so that V8 does not start
 * making every change straight in the old generation (it does that for a literal whose objects
 * mostly live long, as a diff's thousands of changes do), which slows the whole comparison.
 * Every field is the object's own, so a change copies between threads as a plain object.
 */
class Change implements PostChange {
  costChangePence: number;
  replacesBeforeIds: Id[] = NO_IDS;
  replacedByAfterIds: Id[] = NO_IDS;
  replacement: PostChange['replacement'] = null;
  ghostManagerId: Id | null = null;
  constructor(
    public kind: ChangeKind,
    public regraded: boolean,
    public lineageId: Id,
    public before: Post | null,
    public after: Post | null,
    public fields: PostChange['fields'],
    public costBeforePence: number,
    public costAfterPence: number,
    public matchedBy: PostChange['matchedBy'],
  ) {
    this.costChangePence = costAfterPence - costBeforePence;
  }
}

function change(
  kind: ChangeKind,
  regraded: boolean,
  lineageId: Id,
  before: Post | null,
  after: Post | null,
  fields: PostChange['fields'],
  costBeforePence: number,
  costAfterPence: number,
  matchedBy: PostChange['matchedBy'],
): PostChange {
  return new Change(kind, regraded, lineageId, before, after, fields, costBeforePence, costAfterPence, matchedBy);
}
