// What the chart of a structure shows of a comparison: each card's change status (a label as well
// as a colour, as on the printed chart) and the deleted posts drawn as ghosts where they were.
// The chart's card and layout selectors ask these.
//
// A proposal's chart compares it with the "before" structure chosen in Compare when that
// comparison is about it, otherwise with Current; Current's chart marks the posts deleted by the
// proposal chosen in Compare.
import { costedDiff } from '../../../../shared/compare/compare';
import { decisionsForDiff } from '../../../../shared/diff/diff';
import { ghostPosts, type GhostPost } from '../../../../shared/diff/ghosts';
import type { StructureDiff } from '../../../../shared/diff/types';
import { markLabel, marksForSide, type MarkKind, type PostMark } from '../../../../shared/chart/status';
import type { Id } from '../../../../shared/model/types';
import { useEffect } from 'react';
import { actions, useApp } from '../../store';
import { comparisonOf, WORKER_THRESHOLD } from '../../store/compareSelectors';
import { costContext, postList } from '../../store/selectors';
import type { AppState } from '../../store/types';
import './chartStatus.css';

export interface CardStatus {
  /** The main change, which sets the card's colour and border. */
  kind: MarkKind;
  /** Words on the card for every change, legible in black-and-white print ("NEW POST", "REGRADED · FTE CHANGED"...). */
  label: string;
}

interface Side {
  diff: StructureDiff;
  side: 'before' | 'after';
}

/**
 * The comparison a structure's chart shows, and which side of it the structure is; 'working'
 * while a comparison of large structures is worked out in the worker.
 */
function sideFor(s: AppState, structureId: Id): Side | 'working' | null {
  if (!s.doc || !s.chartChanges) return null;
  const { fromId, toId } = s.compare;
  if (fromId && toId && (fromId === structureId || toId === structureId)) {
    const c = comparisonOf(s, fromId, toId);
    if (c === 'working') return c;
    if (c) return { diff: c.summary.diff, side: c.to.id === structureId ? 'after' : 'before' };
  }
  const me = s.doc.structures.find((x) => x.id === structureId);
  const current = s.doc.structures.find((x) => x.kind === 'current');
  if (!me || !current) return null;
  if (me.kind === 'proposal') return sideOf(diffWith(s, current.id, structureId), 'after');
  // Side by side, Current shows what the proposal beside it deletes.
  if (me.id === current.id && s.splitView && s.splitProposalId) return sideOf(diffWith(s, current.id, s.splitProposalId), 'before');
  return null;
}

function sideOf(diff: StructureDiff | 'working' | null, side: Side['side']): Side | 'working' | null {
  return diff === 'working' || diff === null ? diff : { diff, side };
}

/** The structure a chart of `structureId` is compared with when Compare is not about it. */
export function baselineOf(s: AppState, structureId: Id): Id | null {
  const me = s.doc?.structures.find((x) => x.id === structureId);
  if (!me || me.kind !== 'proposal') return null;
  return s.doc!.structures.find((x) => x.kind === 'current')?.id ?? null;
}

/** Loads the structure a chart is compared with, so its statuses can be shown. */
export function useChangeBaseline(structureId: Id | null): void {
  const missing = useApp((s) => {
    const base = structureId ? baselineOf(s, structureId) : null;
    return base && !s.structures[base] ? base : null;
  });
  useEffect(() => {
    if (missing) void actions().loadStructure(missing);
  }, [missing]);
}

/** The last diff worked out towards each structure's posts, kept with those posts. */
const diffCache = new WeakMap<object, { from: object; ctx: object; decisions: object | undefined; diff: StructureDiff }>();

/**
 * The diff of two loaded structures (the same object while neither changes), null while loading,
 * or 'working' while large structures are compared in the worker.
 */
function diffWith(s: AppState, fromId: Id, toId: Id): StructureDiff | 'working' | null {
  const from = s.structures[fromId]?.posts;
  const to = s.structures[toId]?.posts;
  const ctx = costContext(s);
  if (!from || !to || !ctx) return null;
  if (postList(from).length + postList(to).length >= WORKER_THRESHOLD) {
    const c = comparisonOf(s, fromId, toId);
    return c === 'working' || c === null ? c : c.summary.diff;
  }
  const decisions = s.doc?.matchDecisions;
  const last = diffCache.get(to);
  if (last && last.from === from && last.ctx === ctx && last.decisions === decisions) return last.diff;
  const diff = costedDiff({ structure: { id: fromId }, posts: postList(from) }, { structure: { id: toId }, posts: postList(to) }, ctx, decisionsForDiff(decisions));
  diffCache.set(to, { from, ctx, decisions, diff });
  return diff;
}

const markCache = new WeakMap<StructureDiff, { before?: Map<Id, PostMark>; after?: Map<Id, PostMark> }>();

function marks(side: Side): Map<Id, PostMark> {
  let m = markCache.get(side.diff);
  if (!m) markCache.set(side.diff, (m = {}));
  let out = m[side.side];
  if (!out) {
    out = marksForSide(side.diff, side.side);
    // Ghosts in the after chart are the deleted posts themselves.
    if (side.side === 'after') for (const c of side.diff.changes) if (c.kind === 'deleted') out.set(c.before!.id, { kind: 'deleted', kinds: ['deleted'], before: c.before });
    m[side.side] = out;
  }
  return out;
}

/** One object per set of changes, so a selector returning it gives the same answer while nothing changes. */
const STATUS = new Map<string, CardStatus>();

function statusOf(mark: PostMark): CardStatus {
  const key = mark.kinds.join(' ');
  let st = STATUS.get(key);
  if (!st) STATUS.set(key, (st = Object.freeze({ kind: mark.kind, label: markLabel(mark.kinds) })));
  return st;
}

/** Whether a structure's chart shows a comparison (and so a key to its statuses). */
export function selectHasChanges(s: AppState, structureId: Id): boolean {
  const side = sideFor(s, structureId);
  return side !== null && side !== 'working';
}

/** Whether the changes a structure's chart marks are being worked out (it shows none meanwhile). */
export function selectChangesWorking(s: AppState, structureId: Id): boolean {
  return sideFor(s, structureId) === 'working';
}

/** Every post of the structure with a status, by id (the same map while nothing changes), or null. */
export function selectMarks(s: AppState, structureId: Id): ReadonlyMap<Id, PostMark> | null {
  const side = sideFor(s, structureId);
  return side && side !== 'working' ? marks(side) : null;
}

/** The status of a card (one post, or identical posts grouped), or null when it shows none. */
export function selectCardStatus(s: AppState, structureId: Id, postIds: readonly Id[]): CardStatus | null {
  const m = selectMarks(s, structureId);
  if (!m) return null;
  const first = postIds.length ? m.get(postIds[0]!) : undefined;
  if (!first) return null;
  // Posts with different changes are never grouped (see selectGroupKey); this is a safeguard.
  const key = first.kinds.join(' ');
  for (const id of postIds) if (m.get(id)?.kinds.join(' ') !== key) return null;
  return statusOf(first);
}

const NO_GHOSTS: readonly GhostPost[] = [];
const ghostCache = new WeakMap<StructureDiff, readonly GhostPost[]>();

const ghostIndex = new WeakMap<readonly GhostPost[], Map<Id, GhostPost>>();

/** A ghost drawn in a structure's chart, by its id (the deleted post's id in the before structure). */
export function selectGhostPost(s: AppState, structureId: Id, postId: Id): GhostPost | undefined {
  const ghosts = selectGhostPosts(s, structureId);
  if (ghosts.length === 0) return undefined;
  let index = ghostIndex.get(ghosts);
  if (!index) ghostIndex.set(ghosts, (index = new Map(ghosts.map((g) => [g.id, g]))));
  return index.get(postId);
}

/** Deleted posts to draw as ghosts in a proposal's chart, where they were. */
export function selectGhostPosts(s: AppState, structureId: Id): readonly GhostPost[] {
  if (!s.showGhosts) return NO_GHOSTS;
  const side = sideFor(s, structureId);
  if (!side || side === 'working' || side.side !== 'after') return NO_GHOSTS;
  let g = ghostCache.get(side.diff);
  if (!g) ghostCache.set(side.diff, (g = ghostPosts(side.diff)));
  return g;
}
