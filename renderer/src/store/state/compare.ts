// The state and actions of the store's compare part, as a type: what the rest of the renderer may read and call.
import type { MatchDecisionInput } from '../../../../shared/api/schemas';
import type { FigureRef } from '../../../../shared/compare/trace';
import type { ChangeKind } from '../../../../shared/diff/types';
import type { Id } from '../../../../shared/model/types';

export type WorkspaceView = 'structure' | 'compare';

export type CompareTab = 'changes' | 'people' | 'costs' | 'options';

export type ChangeSortKey = 'kind' | 'title' | 'ref' | 'grade' | 'fte' | 'team' | 'costBefore' | 'costAfter' | 'costChange';

export interface CompareState {
  fromId: Id | null;
  toId: Id | null;
  tab: CompareTab;
  /** Kinds shown in the changes table; null until the user chooses: every kind but 'unchanged'. */
  kinds: ChangeKind[] | null;
  /** Team filter ("" for all teams). */
  team: string;
  sort: { key: ChangeSortKey; dir: 'asc' | 'desc' };
  /** The order of the proposals in the options table; null until the user chooses: the document's order. */
  optionIds: Id[] | null;
  /** Proposals left out of the options table. */
  optionsHidden: Id[];
}

/** People figures traced to posts: those at risk, vacancies deleted, posts whose funding ends. */
export interface PeopleRef {
  scope: 'people';
  which: 'at-risk' | 'vacancies-deleted' | 'funding-ends';
}

/** A figure the user asked to trace, with the words to head the list of its posts. */
export interface TraceRequest {
  ref: FigureRef | PeopleRef;
  title: string;
}

export interface CompareSlice {
  view: WorkspaceView;
  compare: CompareState;
  trace: TraceRequest | null;
  /** Charts show each post's change status against the structure compared with. */
  chartChanges: boolean;
  /** A proposal's chart shows its deleted posts as ghosts where they were. */
  showGhosts: boolean;
  /** Comparisons worked out in the worker so far: each one finished changes what the views show. */
  comparisonsDone: number;
  /** Tells the views a comparison worked out in the worker has come back (or was dropped). */
  comparisonDone(): void;
  setChartChanges(on: boolean): void;
  setShowGhosts(on: boolean): void;
  /** Asks the structure's view to bring a post into sight; `seq` changes on every request. */
  reveal: { postId: Id; seq: number } | null;
  openCompare(fromId?: Id | null, toId?: Id | null): Promise<void>;
  closeCompare(): void;
  setCompare(patch: Partial<CompareState>): void;
  traceFigure(request: TraceRequest | null): void;
  /** Leaves the comparison for a structure's chart (or table) with the post selected and in sight. */
  showInStructure(structureId: Id, postId: Id): Promise<void>;
  /** Sets (or clears) the date a structure takes effect, which the in-year effects start from. */
  setImplementationDate(structureId: Id, date: string | null): Promise<boolean>;
  /** Accepts or rejects suggested matches (kept in the file, one undo step). */
  decideMatches(decisions: MatchDecisionInput[]): Promise<boolean>;
}
