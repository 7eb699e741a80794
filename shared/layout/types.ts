// What the chart layout produces: positioned cards and the lines between them. The editor's
// canvas (React Flow) and the exports (SVG, PDF, PNG) both draw from this, so the screen and the
// printed page show the same chart.
import type { Id } from '../model/types';

export type CardKind =
  /** One post. */
  | 'post'
  /** Identical sibling posts (same title, grade and manager) shown as one card "Title × n". */
  | 'group';

export interface LayoutCard {
  /** A post's id, or for a group a stable id made from its manager and shared fields. */
  id: string;
  kind: CardKind;
  /** The posts the card stands for: one for a post card, several for a group. */
  postIds: Id[];
  /** Card of the manager, or null at the top (and for posts whose manager is missing). */
  parentId: string | null;
  /** Levels below the top: 0 for a top post. */
  depth: number;
  /** Top-left corner and size, in layout units (CSS pixels at 100% zoom). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Drawn beside its manager rather than below (assistant / staff posts). */
  assistant: boolean;
  /** The branch below this card is collapsed; this many posts are hidden under it. */
  hiddenCount: number;
  /** Number of direct reports (cards) below this one when expanded. */
  childCount: number;
  /** Of those, the reports that are posts of the structure: ghost cards of deleted posts are not counted. */
  reportCount: number;
  /** Drawn where a post used to be but no longer part of the structure (a deleted post in a comparison). */
  ghost?: boolean;
  /** For a post card shown separately although it belongs with identical siblings: that group's card id. */
  groupId?: string;
  /** A holding card ("Unplaced") for posts an import could not place: not a post itself. */
  holding?: boolean;
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  kind: 'line' | 'dotted';
  /** An orthogonal polyline from the manager card to the report card, in layout units. */
  points: { x: number; y: number }[];
}

export interface ChartLayout {
  cards: LayoutCard[];
  edges: LayoutEdge[];
  /** Bounding box of everything laid out. */
  width: number;
  height: number;
}

export interface LayoutOptions {
  cardWidth: number;
  cardHeight: number;
  /** Space between sibling cards side by side. */
  siblingGap: number;
  /** Space between a manager's row and its reports' row. */
  levelGap: number;
  /** Card ids whose branches are collapsed. */
  collapsed: ReadonlySet<string>;
  /** Cards this deep (0: the top) show no reports, as if collapsed: for counting the top tiers quickly. */
  maxDepth?: number;
  /** Show identical siblings as one card. */
  groupIdentical: boolean;
  /** Group card ids the user has expanded back into separate cards. */
  expandedGroups: ReadonlySet<string>;
  /**
   * What else identical posts must share to be one group card, beyond title and grade (FTE,
   * salary, changes): posts with different keys are never grouped.
   */
  groupKey?: (id: Id) => string;
  /** From this many leaf cards under one manager, they stack in compact columns (default 2). */
  stackThreshold?: number;
  /** Space between neighbouring branches below the first row of a manager's reports (default 1.75 × siblingGap). */
  branchGap?: number;
  /**
   * A row of a manager's reports wider than this (and far wider than tall) wraps into several rows,
   * one below another, so a very wide level reads as a block rather than a line (0 or unset: never).
   */
  wrapWidth?: number;
  /** The posts already indexed (indexPosts), when the same list is laid out more than once. */
  index?: PostIndex;
}

/** What the layout needs of a post. A `Post` of the document model is one. */
export interface LayoutPost {
  id: Id;
  managerId: Id | null;
  sortOrder: number;
  title: string;
  gradeId: Id | null;
  isAssistant: boolean;
  dottedManagerIds: readonly Id[];
  /**
   * A post drawn where it was although it is not in the structure (a deleted post shown in a
   * comparison). Its manager is a post of the structure; it is never grouped with real posts
   * and never counted as hidden.
   */
  ghost?: boolean;
  /** A holding card ("Unplaced"), not a post: never grouped, never counted as hidden. */
  holding?: boolean;
}

/** The posts of a layout in the order the chart needs them; one can serve every layout of the same list. */
export interface PostIndex {
  posts: LayoutPost[];
  /** Each post's position in `posts`, by id. */
  at: Map<Id, number>;
  /** Reports of each post (by position in `posts`), in their stored order. */
  kids: number[][];
  roots: number[];
  /** Compares two posts (by position) in their stored order. */
  order: (a: number, b: number) => number;
}
