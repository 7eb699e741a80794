// The document model shared by every part of Establish. Plain data only: money is integer pence,
// rates are integer basis points (1500 = 15.00%), FTE is a number with at most four decimals.
import type { DesignRules } from '../shape/designRules';
import type { EqualityCharacteristic, EqualityProfile } from '../equality/profile';
import type { PostFieldValues } from './postFields';

export type Id = string;

export type StructureKind = 'current' | 'proposal';
export type StructureStatus = 'draft' | 'consultation' | 'implementation';
export type VacancyCosting = 'bottom' | 'middle' | 'top';

export interface DocumentSettings {
  name: string;
  /** Pay year the grade table belongs to, e.g. "2025/26". */
  payYear: string;
  /** Where a vacant post without an explicit pay point is costed within its grade. */
  vacancyCosting: VacancyCosting;
  /** Employer National Insurance rate, basis points. */
  niRateBp: number;
  /** Employer National Insurance secondary threshold, per person per year, pence. */
  niThresholdPence: number;
  /**
   * Upper secondary threshold, per person per year, pence: employees under 21 and apprentices under
   * 25 cost no employer National Insurance on earnings up to it, and the main rate above it.
   */
  niUpperThresholdPence: number;
  levyEnabled: boolean;
  /** Apprenticeship levy rate, basis points of the pay bill. */
  levyRateBp: number;
  defaultOrganisationId: Id | null;
  defaultFundingSourceId: Id | null;
  /** Rules every structure is checked against (spans, layers, ratios, reporting, cost, FTE); absent means none. */
  designRules?: DesignRules;
  /** The characteristics (and their categories) the equality profile records; absent means the defaults. */
  equality?: EqualityCharacteristic[];
  /** Statutory limit on a week's pay for redundancy pay in the pay year, pence (£719 from 6 April 2025). */
  redundancyWeekCapPence: number;
  /** The council's discretionary multiplier of statutory redundancy weeks, basis points (10000 = 1x). */
  redundancyMultiplierBp: number;
  /** Week's pay the estimate uses: the statutory limit ('capped') or the person's actual week's pay ('actual'). */
  redundancyWeekPay: RedundancyWeekPay;
}

export type RedundancyWeekPay = 'capped' | 'actual';

export interface Organisation {
  id: Id;
  name: string;
  /** Employer pension (LGPS or other) contribution rate, basis points. */
  pensionRateBp: number;
  sortOrder: number;
}

export interface PayPoint {
  id: Id;
  gradeId: Id;
  /** Label of the point, e.g. "SCP 23" or "Floor". */
  code: string;
  salaryPence: number;
  sortOrder: number;
}

export interface Grade {
  id: Id;
  code: string;
  name: string;
  sortOrder: number;
  /** Ordered from the bottom of the grade to the top. */
  points: PayPoint[];
}

export interface FundingSource {
  id: Id;
  name: string;
  /** ISO date (YYYY-MM-DD) the funding ends, or null when it is recurring. */
  endDate: string | null;
  sortOrder: number;
}

export interface Structure {
  id: Id;
  name: string;
  kind: StructureKind;
  status: StructureStatus;
  /** ISO date the structure takes effect (proposals), or null. */
  implementationDate: string | null;
  /** The structure this one was copied from, if any. */
  basedOnId: Id | null;
  sortOrder: number;
}

export interface Postholder {
  id: Id;
  /** Personal data: optional, kept in the local file only. */
  name: string;
  /** The person's own FTE in a job share; null means the post's FTE. */
  fte: number | null;
  /** Personal data for estimating one-off costs if the person is at risk; absent when none is entered. */
  details?: PersonDetails;
  /** Personal data for the equality impact assessment: characteristic id to category; absent when none is entered. */
  equality?: EqualityProfile;
}

/**
 * What a redundancy estimate needs about a person, every part optional. Personal data: kept in the
 * local file, never exported unless the user asks for personal data.
 */
export interface PersonDetails {
  /** Age in whole years at the date of leaving. */
  age: number | null;
  /** Whole years of continuous service. */
  serviceYears: number | null;
  /** Gross week's pay, pence. */
  weeklyPayPence: number | null;
  /** A redundancy payment entered instead of the estimate (from payroll, say), pence. */
  redundancyPence: number | null;
  /** Pension strain cost, from the pension fund, pence. */
  pensionStrainPence: number | null;
}

export interface FundingShare {
  sourceId: Id;
  /** Share of the post's cost, basis points; a post's shares add up to 10000. */
  shareBp: number;
}

/** Part of a shared post's cost borne by one organisation (e.g. 50:50 between two councils). */
export interface OrganisationShare {
  organisationId: Id;
  /** Share of the post's cost, basis points; a post's shares add up to 10000. */
  shareBp: number;
}

/**
 * A post: its fields, described once in postFields.ts, and its place in a structure. Every field is
 * always present: posts read from a file carry them all, and code building posts names them all.
 */
export type Post = Omit<PostFieldValues, 'postholders'> & {
  id: Id;
  structureId: Id;
  /** Shared by a post and its copies in other structures of the document. */
  lineageId: Id;
  managerId: Id | null;
  postholders: Postholder[];
  sortOrder: number;
  /**
   * A holding card ("Unplaced") that gathers posts an import could not place: not a post of the
   * establishment, so it is left out of post counts, FTE and cost.
   */
  holding: boolean;
};

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** The number of the step Undo would take back, or null: tells a new step from one an edit joined. */
  undoStep: number | null;
}

/**
 * The user's answer to a suggested match between posts of two structures imported separately:
 * accepted pairs compare as one post; rejected ones are not suggested again.
 */
export interface MatchDecision {
  beforeLineageId: Id;
  afterLineageId: Id;
  decision: 'accepted' | 'rejected';
}

export interface DocumentInfo {
  path: string;
  fileName: string;
  settings: DocumentSettings;
  organisations: Organisation[];
  grades: Grade[];
  fundingSources: FundingSource[];
  structures: Structure[];
  /** Decisions on suggested matches (file format 4; absent in older hand-built values). */
  matchDecisions?: MatchDecision[];
  history: HistoryState;
  /** How the document is open: for reading only (and why), and whether opening upgraded it. */
  access?: DocumentAccess;
}

export interface DocumentAccess {
  /**
   * Null when the document can be edited. 'damaged': the file failed its checks and is never
   * written (a recovered copy can be saved beside it); 'reading': opened only to be read;
   * 'older-format': opened only to be read, as it is, because it is in an earlier file format.
   */
  readOnly: { reason: 'damaged' | 'reading' | 'older-format'; message: string; problems: string[] } | null;
  /** Opening upgraded the file to this version's format: the format it had, and where the copy of it is. */
  upgraded: { fromVersion: number; backup: string } | null;
}

export interface StructureData {
  structure: Structure;
  posts: Post[];
}

/** What an edit (or an undo or redo of one) changed, for the renderer to apply. */
export interface DocumentChanges {
  posts: Post[];
  deletedPostIds: Id[];
  /** Structures whose posts changed, so views of them can refresh their derived figures. */
  touchedStructureIds: Id[];
  /** Present when document-level data (settings, grades, structures...) changed. */
  document: Omit<DocumentInfo, 'path' | 'fileName' | 'history'> | null;
  /**
   * Structures changed in so many posts (an import, or its undo) that the posts are not listed: a
   * window drops what it holds of them and reads them again when it needs them.
   */
  reloadStructureIds?: Id[];
}

export interface EditResult {
  label: string;
  changes: DocumentChanges;
  history: HistoryState;
  /** Ids created by the edit, in the order the edit made them. */
  createdIds: Id[];
}
