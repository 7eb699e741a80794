// What importing a spreadsheet involves, as plain data shared by the store, the API, the command
// line and the import dialog: the layouts, the column mapping, the validation report and the plan
// of what will be written.
import type { Id } from '../model/types';
import type { NiCategory } from '../model/valueSchemas';

/** How the file is laid out. `auto` is decided from the column headings. */
export type ImportFormat = 'generic' | 'organogram';
export type FormatChoice = ImportFormat | 'auto';

/** Which file of an import a row came from: the main file, or an organogram's junior staff file. */
export type SourceRole = 'main' | 'junior';

/** The fields a column can be mapped to. Which ones apply depends on the layout and role. */
export type BaseFieldKey =
  | 'ref'
  | 'title'
  | 'grade'
  | 'payPoint'
  | 'fte'
  | 'holderFte'
  | 'salary'
  /** The post's annual cost including on-costs (a schedule's "cost per post"): no on-costs are added. */
  | 'cost'
  /** The postholder's employer National Insurance category ("apprentice under 25", "under 21"). */
  | 'niCategory'
  | 'payMin'
  | 'payMax'
  | 'managerRef'
  | 'managerTitle'
  | 'team'
  | 'postholder'
  | 'vacancy'
  | 'status'
  | 'notes'
  | 'function'
  /** Funding sources with their shares in one cell: "Council 80%; Supporting Families 20%". */
  | 'funding'
  /** The employing organisation, by name. */
  | 'organisation'
  /** How the cost is split between organisations, in one cell: "CCC 50%; PCC 50%". */
  | 'costShares'
  /** The number of posts (or people) a row stands for: a headcount row of an HR export. */
  | 'headcount';

/**
 * A column holding one funding source's (or one organisation's) part of each post, as an amount
 * or a share; the source or organisation is named after the colon ("funding:Council").
 */
export type PartColumnKey = `funding:${string}` | `costShare:${string}`;

export type FieldKey = BaseFieldKey | PartColumnKey;

/** How to read the salary column: as full-time salaries, or as pay for the row's FTE. */
export type SalaryBasis = 'full-time' | 'pro-rata';

export interface ImportOptions {
  salary: SalaryBasis;
}

/** Field to column index (0-based) in the header row; absent or null: not imported. */
export type ColumnMapping = Partial<Record<FieldKey, number | null>>;

/** A table of text cells read from a CSV file or one worksheet, header row first. */
export interface Grid {
  rows: string[][];
  /** The row number a person sees in a spreadsheet program, for each row of `rows`. */
  rowNumbers: number[];
}

export interface SourceRef {
  path: string;
  /** Worksheet of an XLSX workbook; absent: the first with data. */
  sheet?: string | undefined;
}

export type ReportSeverity = 'error' | 'warning' | 'info';

export type ReportCode =
  | 'encoding'
  | 'replacement-character'
  | 'skipped-lines'
  | 'blank-row'
  | 'ragged-row'
  | 'missing-title'
  | 'fte-blank'
  | 'fte-not-number'
  | 'fte-out-of-range'
  | 'fte-zero'
  | 'pay-not-number'
  | 'pay-not-disclosed'
  | 'pay-zero'
  | 'unknown-grade'
  | 'grade-scale-differs'
  | 'unknown-pay-point'
  | 'missing-ref'
  | 'duplicate-ref'
  | 'job-share'
  | 'ref-zero'
  | 'ref-leading-zeros'
  | 'missing-manager'
  | 'manager-eliminated'
  | 'ambiguous-manager'
  | 'self-report'
  | 'cycle'
  | 'several-tops'
  | 'eliminated'
  | 'vacant'
  | 'name-not-disclosed'
  | 'unclear-vacancy'
  | 'unclear-ni-category'
  | 'column-not-imported'
  | 'error-cell'
  | 'fte-negative'
  | 'large-group'
  | 'text-too-long'
  | 'salary-pro-rata'
  | 'salary-out-of-range'
  | 'headcount-not-number'
  | 'funding-unclear'
  | 'funding-source-added'
  | 'organisation-added'
  | 'cost-shares-unclear'
  | 'job-share-differs';

/** One line of the validation report: what was wrong with which rows, and what was done about it. */
export interface ReportItem {
  severity: ReportSeverity;
  code: ReportCode;
  role: SourceRole;
  /** Row numbers as a spreadsheet program shows them (the heading row is row 1 of a CSV file). */
  rows: number[];
  /** What was found and what was done, in one or two plain sentences. */
  message: string;
}

export interface SourceInfo {
  role: SourceRole;
  fileName: string;
  /** "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE", or "XLSX". */
  encoding: string;
  sheet: string | null;
  /** Data rows below the heading row, blank ones included. */
  dataRows: number;
}

/** A post the import will create, before ids exist. Keys are the plan's own. */
export interface PlannedPost {
  key: number;
  ref: string;
  title: string;
  /** Key into `ImportPlan.grades`, or null. */
  grade: number | null;
  /** Index into the grade's points, or null. */
  payPoint: number | null;
  salaryOverridePence: number | null;
  /** Annual cost per full-time post including on-costs, as published, or null. */
  allInCostPence: number | null;
  niCategory: NiCategory;
  /** FTE in ten-thousandths. */
  fteE4: number;
  vacant: boolean;
  team: string;
  notes: string;
  postholders: { name: string; fteE4: number | null }[];
  /** Key of the manager's planned post, or null at the top. */
  manager: number | null;
  /** The "Unplaced" holding card, or a grouped post of junior staff. */
  kind: 'post' | 'holding' | 'group';
  /** Rows this post came from, for the preview. */
  rows: number[];
  role: SourceRole;
  /** The post's key for matching with another snapshot when it has no reference of its own. */
  matchKey: string | null;
  /** A row standing for several posts counted in FTE (junior staff, a headcount row). */
  grouped: boolean;
  /** For a grouped post: the people in it, when the file says. */
  headcount: number | null;
  /** Funding shares by key into `ImportPlan.fundingSources`; null: the document's default funding. */
  funding: { source: number; shareBp: number }[] | null;
  /** Employing organisation, by key into `ImportPlan.organisations`; null: the document's default. */
  organisation: number | null;
  /** Cost shared between organisations (keys into `ImportPlan.organisations`); empty: not shared. */
  organisationShares: { organisation: number; shareBp: number }[];
}

/** A funding source or organisation the import refers to by name: already in the document, or added. */
export interface PlannedNamed {
  key: number;
  name: string;
  existingId: Id | null;
}

/** A grade the import uses: one already in the document, or one it adds. */
export interface PlannedGrade {
  key: number;
  code: string;
  /** Set when the grade is already in the document. */
  existingId: Id | null;
  /** Points of a new grade, bottom first (existing grades keep theirs). */
  points: { code: string; salaryPence: number }[];
  /** For existing grades: the ids of their points, in the same order as `points` refers to. */
  existingPointIds: Id[];
}

export interface ImportSummary {
  format: ImportFormat;
  sources: SourceInfo[];
  posts: number;
  groupedPosts: number;
  fteE4: number;
  vacant: number;
  postholders: number;
  unplaced: number;
  /** Posts at the top of the structure (side by side on the chart). */
  tops: number;
  newGrades: string[];
  newFundingSources: string[];
  newOrganisations: string[];
  /** Rows that did not become posts (blank, eliminated, no FTE), each reported. */
  rowsNotImported: number;
  errors: number;
  warnings: number;
}

export interface ImportPlan {
  summary: ImportSummary;
  posts: PlannedPost[];
  grades: PlannedGrade[];
  fundingSources: PlannedNamed[];
  organisations: PlannedNamed[];
  report: ReportItem[];
}

/** Where an import goes: a new proposal, or an existing structure whose posts it replaces. */
export type ImportTarget = { kind: 'new-proposal'; name: string } | { kind: 'structure'; structureId: Id };
