// The change status a chart shows on each card, taken from the comparison of two structures, and
// how each status looks: always a printed label as well as a colour, so black-and-white print and
// readers who cannot tell colours apart see the same thing.
import type { PostChange, StructureDiff } from '../diff/types';
import type { Id, Post } from '../model/types';

export type MarkKind = 'new' | 'deleted' | 'redesignated' | 'regraded' | 'moved' | 'fte-changed';

export interface PostMark {
  /** The main change, which sets the card's border and colour. */
  kind: MarkKind;
  /** Every change to the post, the main one first, in the legend's order after it (REGRADED · FTE CHANGED). */
  kinds: readonly MarkKind[];
  /** The post as it was, for "Was: ..." lines on redesignated and FTE-changed posts. */
  before: Post | null;
}

export interface MarkStyle {
  label: string;
  /** Legend wording. */
  legend: string;
  colour: string;
  /** Border of the card: heavier or dashed so the status shows without colour. */
  border: { width: number; dash?: readonly number[] };
  /** Card background. */
  fill: string;
}

export const MARK_STYLES: Record<MarkKind, MarkStyle> = {
  new: { label: 'NEW POST', legend: 'New post', colour: '#1d6b35', border: { width: 2 }, fill: '#ffffff' },
  deleted: { label: 'TO BE DELETED', legend: 'Post to be deleted', colour: '#a11d1d', border: { width: 1.2, dash: [4, 2.5] }, fill: '#ececec' },
  redesignated: { label: 'REDESIGNATED', legend: 'Redesignated post (new title or duties)', colour: '#7a4b00', border: { width: 1.2 }, fill: '#ffffff' },
  regraded: { label: 'REGRADED', legend: 'Regraded post', colour: '#7a4b00', border: { width: 1.2 }, fill: '#ffffff' },
  moved: { label: 'MOVED', legend: 'Moved post (reporting line or team changed)', colour: '#1f4b8c', border: { width: 1.2 }, fill: '#ffffff' },
  'fte-changed': { label: 'FTE CHANGED', legend: 'FTE changed', colour: '#5a3b8c', border: { width: 1.2 }, fill: '#ffffff' },
};

export const UNCHANGED_BORDER: MarkStyle['border'] = { width: 0.75 };

/** Order the legend lists the statuses in. */
export const MARK_ORDER: readonly MarkKind[] = ['new', 'deleted', 'redesignated', 'regraded', 'moved', 'fte-changed'];

/** Every change a post shows on one side of a comparison, in the legend's order; none when unchanged. */
export function markKinds(change: PostChange, side: 'before' | 'after'): MarkKind[] {
  if (side === 'before') return change.kind === 'deleted' ? ['deleted'] : [];
  if (change.kind === 'new') return ['new'];
  if (change.kind === 'deleted' || change.kind === 'unchanged') return [];
  const f = new Set(change.fields);
  const kinds = new Set<MarkKind>();
  // A new title or duties, with or without a new grade: "redesignated"; only the grade: "regraded".
  if (f.has('title') || f.has('duties')) kinds.add('redesignated');
  if (change.regraded || f.has('grade')) kinds.add('regraded');
  if (change.kind === 'redesignated' && kinds.size === 0) kinds.add('redesignated');
  if (f.has('fte') || change.kind === 'fte-changed') kinds.add('fte-changed');
  if (f.has('manager') || f.has('team') || change.kind === 'moved') kinds.add('moved');
  return MARK_ORDER.filter((k) => kinds.has(k));
}

/** A mark from its kinds: the first is the main one. */
export function markOf(kinds: readonly MarkKind[], before: Post | null): PostMark | null {
  return kinds.length ? { kind: kinds[0]!, kinds, before } : null;
}

/** The words on a card for its changes, e.g. "REGRADED · FTE CHANGED". */
export function markLabel(kinds: readonly MarkKind[]): string {
  return kinds.map((k) => MARK_STYLES[k].label).join(' · ');
}

/**
 * The marks for one side of a comparison, by post id. The current ("before") chart marks the posts
 * the proposal deletes; the proposed ("after") chart marks new, redesignated, regraded, moved and
 * FTE-changed posts, every change a post has. Unchanged posts get no mark.
 */
export function marksForSide(diff: StructureDiff, side: 'before' | 'after'): Map<Id, PostMark> {
  const out = new Map<Id, PostMark>();
  for (const c of diff.changes) {
    const post = side === 'before' ? c.before : c.after;
    if (!post) continue;
    const mark = markOf(markKinds(c, side), c.before);
    if (mark) out.set(post.id, mark);
  }
  return out;
}
