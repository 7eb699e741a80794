// The change status a chart shows on each card, taken from the comparison of two structures, and
// how each status looks: always a printed label as well as a colour, so black-and-white print and
// readers who cannot tell colours apart see the same thing.
import type { PostChange, StructureDiff } from '../diff/types';
import type { Id, Post } from '../model/types';

export type MarkKind = 'new' | 'deleted' | 'redesignated' | 'regraded' | 'moved' | 'fte-changed';

export interface PostMark {
  kind: MarkKind;
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

function markOf(change: PostChange, side: 'before' | 'after'): MarkKind | null {
  if (side === 'before') return change.kind === 'deleted' ? 'deleted' : null;
  switch (change.kind) {
    case 'new':
      return 'new';
    case 'redesignated':
      // Only the grade changed: "regraded"; a new title or duties, with or without a new grade: "redesignated".
      return change.regraded && !change.fields.includes('title') ? 'regraded' : 'redesignated';
    case 'moved':
      return 'moved';
    case 'fte-changed':
      return 'fte-changed';
    default:
      return null;
  }
}

/**
 * The marks for one side of a comparison, by post id. The current ("before") chart marks the posts
 * the proposal deletes; the proposed ("after") chart marks new, redesignated, moved and FTE-changed
 * posts. Unchanged posts get no mark.
 */
export function marksForSide(diff: StructureDiff, side: 'before' | 'after'): Map<Id, PostMark> {
  const out = new Map<Id, PostMark>();
  for (const c of diff.changes) {
    const post = side === 'before' ? c.before : c.after;
    if (!post) continue;
    const kind = markOf(c, side);
    if (kind) out.set(post.id, { kind, before: c.before });
  }
  return out;
}
