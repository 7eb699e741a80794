// What comparing two structures of a document produces. Every post of either side is in exactly
// one change: matched by lineage (or, for posts imported separately, by post reference).
//
// Produced by `diffStructures` (shared/diff/diff.ts). Fields marked "always set by
// diffStructures" are optional only so that hand-built values (fixtures, older callers) still
// type-check.
import type { Id, Post } from '../model/types';
import type { SuggestedMatch } from './suggest';

/**
 * The class of a post, decided in this order:
 * - 'deleted': only in the before structure; 'new': only in the after structure;
 * - 'redesignated': title, grade or duties changed (flagged `regraded` when the grade changed);
 * - 'fte-changed': FTE changed (and none of the above);
 * - 'moved': only the manager or the team changed;
 * - 'unchanged': none of those changed. Funding, employing organisation, pay point, vacancy and
 *   the other fields in `fields` can still differ, and the cost with them.
 */
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
  | 'assistant'
  /** The job description (Post.duties). */
  | 'duties'
  /** Dotted-line managers. */
  | 'dottedLines'
  /** How a shared post's cost is split between organisations. */
  | 'organisationShares'
  /** The posts it names as replaced (Post.replacesLineageIds). */
  | 'replaces';

/**
 * How the posts of a replacement group relate: one post replaced by one ('one-to-one'), several
 * by one ('merge'), one by several ('split'), or several by several ('many-to-many').
 */
export type ReplacementKind = 'one-to-one' | 'merge' | 'split' | 'many-to-many';

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
  /** costAfterPence - costBeforePence: negative is a saving. Always set by diffStructures. */
  costChangePence?: number;
  /**
   * How the two sides were matched: lineage, post reference, as the same group of junior staff
   * (senior post and grade), or by the user accepting a suggestion; null for new and deleted posts.
   * Always set by diffStructures.
   */
  matchedBy?: 'lineage' | 'ref' | 'group' | 'decision' | null;
  /**
   * For a post of the after structure: the posts of the before structure it replaces (deleted
   * posts, or its own earlier self when it is redesignated), by before-structure post id. Their
   * postholders are its slot-in or ring-fence candidates. Always set by diffStructures.
   */
  replacesBeforeIds?: Id[];
  /** For a deleted or redesignated post: the after-structure posts that replace it. Always set by diffStructures. */
  replacedByAfterIds?: Id[];
  /** The kind of replacement group the post is in, or null. Always set by diffStructures. */
  replacement?: ReplacementKind | null;
  /**
   * For a deleted post: the post of the after structure it would hang under if drawn as a ghost
   * where it was (its old manager, or the nearest of that manager's managers that survives);
   * null at the top. Null for every other kind. Always set by diffStructures.
   */
  ghostManagerId?: Id | null;
}

export interface DiffCounts {
  unchanged: number;
  moved: number;
  /** Redesignated posts, regraded ones included. */
  redesignated: number;
  /** Of the redesignated posts, those whose grade changed. */
  regraded: number;
  fteChanged: number;
  deleted: number;
  new: number;
}

/** Deleted or redesignated posts and the posts that replace them, linked through Post.replacesLineageIds. */
export interface ReplacementGroup {
  kind: ReplacementKind;
  /** Before-structure post ids: the replaced posts, whose postholders are the candidates. */
  beforeIds: Id[];
  /** After-structure post ids: the replacing posts. */
  afterIds: Id[];
}

export interface StructureDiff {
  fromStructureId: Id;
  toStructureId: Id;
  /**
   * One change per post: the after structure's posts in its order (new ones among them), then
   * the deleted posts in the before structure's order.
   */
  changes: PostChange[];
  counts: DiffCounts;
  /** Always set by diffStructures. */
  replacementGroups?: ReplacementGroup[];
  /** Deleted and new posts that look like the same post (references renumbered, say), best first. Always set by diffStructures. */
  suggestedMatches?: SuggestedMatch[];
}
