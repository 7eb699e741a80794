// The diff engine: every post of either structure in exactly one change, with what changed and
// what it costs on each side.
import { costPost, type CostContext } from '../costing/postCost';
import type { Id, Post } from '../model/types';
import { changedFields, classify } from './fields';
import { matchPosts } from './match';
import { findReplacements } from './replacements';
import type { ChangeKind, DiffCounts, PostChange, StructureDiff } from './types';

export interface DiffSide {
  structure: { id: Id };
  posts: readonly Post[];
}

/** How to cost a post: a cost context, or a function (say, over costs already worked out). */
export type CostSource = CostContext | ((post: Post) => number);

export interface DiffOptions {
  /** Needed with a cost function to compare employing organisations; a cost context carries it. */
  defaultOrganisationId?: Id | null;
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

/** Where a deleted post's ghost hangs: its nearest manager that survives into the after structure. */
function ghostManager(post: Post, beforeById: ReadonlyMap<Id, Post>, afterOf: ReadonlyMap<Id, Id>): Id | null {
  const seen = new Set<Id>([post.id]);
  let m = post.managerId;
  while (m !== null && !seen.has(m)) {
    const survivor = afterOf.get(m);
    if (survivor !== undefined) return survivor;
    seen.add(m);
    m = beforeById.get(m)?.managerId ?? null;
  }
  return null;
}

export function diffStructures(before: DiffSide, after: DiffSide, costs: CostSource, options: DiffOptions = {}): StructureDiff {
  const costOf = typeof costs === 'function' ? costs : (p: Post) => costPost(p, costs).totalPence;
  const defaultOrganisationId = typeof costs === 'function' ? (options.defaultOrganisationId ?? null) : costs.settings.defaultOrganisationId;
  const { afterOf, beforeOf, byRef } = matchPosts(before.posts, after.posts);
  const beforeById = new Map<Id, Post>();
  for (const p of before.posts) beforeById.set(p.id, p);

  const changes: PostChange[] = [];
  const kindOfAfter = new Map<Id, ChangeKind>();
  for (const a of after.posts) {
    const bId = beforeOf.get(a.id);
    const b = bId === undefined ? undefined : beforeById.get(bId);
    const costAfter = costOf(a);
    if (!b) {
      kindOfAfter.set(a.id, 'new');
      changes.push(change('new', false, a.lineageId, null, a, [], 0, costAfter, null));
      continue;
    }
    const fields = changedFields(b, a, { afterOf, defaultOrganisationId });
    const { kind, regraded } = classify(fields);
    kindOfAfter.set(a.id, kind);
    changes.push(change(kind, regraded, a.lineageId, b, a, fields, costOf(b), costAfter, byRef.has(a.id) ? 'ref' : 'lineage'));
  }
  for (const b of before.posts) {
    if (afterOf.has(b.id)) continue;
    const c = change('deleted', false, b.lineageId, b, null, [], costOf(b), 0, null);
    c.ghostManagerId = ghostManager(b, beforeById, afterOf);
    changes.push(c);
  }

  const links = findReplacements(before.posts, after.posts, afterOf, kindOfAfter);
  if (links.groups.length > 0) {
    for (const c of changes) {
      if (c.after) {
        const r = links.replaces.get(c.after.id);
        if (r) c.replacesBeforeIds = r;
      }
      if (c.before) {
        const r = links.replacedBy.get(c.before.id);
        if (r) c.replacedByAfterIds = r;
      }
      const k = (c.after && links.kindOf.get(c.after.id)) ?? (c.before && links.kindOf.get(c.before.id)) ?? null;
      c.replacement = k;
    }
  }

  const counts = emptyCounts();
  for (const c of changes) countChange(counts, c);
  return { fromStructureId: before.structure.id, toStructureId: after.structure.id, changes, counts, replacementGroups: links.groups };
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
  return {
    kind,
    regraded,
    lineageId,
    before,
    after,
    fields,
    costBeforePence,
    costAfterPence,
    costChangePence: costAfterPence - costBeforePence,
    matchedBy,
    replacesBeforeIds: [],
    replacedByAfterIds: [],
    replacement: null,
    ghostManagerId: null,
  };
}
