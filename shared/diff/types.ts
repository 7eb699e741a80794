// What comparing two structures of a document produces. Every post of either side is in exactly
// one change: matched by lineage (or, for posts imported separately, by post reference).
import type { Id, Post } from '../model/types';

export type ChangeKind = 'unchanged' | 'moved' | 'redesignated' | 'fte-changed' | 'deleted' | 'new';

/** The post-level fields a change can involve. */
export type ChangedField =
  | 'title'
  | 'grade'
  | 'payPoint'
  | 'salary'
  | 'fte'
  | 'manager'
  | 'team'
  | 'funding'
  | 'organisation'
  | 'vacancy'
  | 'notes'
  | 'assistant';

export interface PostChange {
  kind: ChangeKind;
  /** With kind 'redesignated': the grade changed too. */
  regraded: boolean;
  /** The lineage both sides share (for new and deleted posts, their own). */
  lineageId: Id;
  before: Post | null;
  after: Post | null;
  /** Every field that differs, including ones that do not decide the kind (funding, organisation). */
  fields: ChangedField[];
  /** Full-year cost in pence, including on-costs, on each side (0 where the post does not exist). */
  costBeforePence: number;
  costAfterPence: number;
}

export interface DiffCounts {
  unchanged: number;
  moved: number;
  redesignated: number;
  regraded: number;
  fteChanged: number;
  deleted: number;
  new: number;
}

export interface StructureDiff {
  fromStructureId: Id;
  toStructureId: Id;
  changes: PostChange[];
  counts: DiffCounts;
}
