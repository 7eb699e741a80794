// What the import methods of the API answer: the inspection of a file for the mapping step, the
// preview and report an import job ends with (its status is in api/jobs.ts), and the result once written.
import type { EditResult, Id } from '../model/types';
import type { ColumnMapping, FieldKey, ImportFormat, ImportSummary, ReportItem, SourceRef, SourceRole } from './types';

export interface FieldInfo {
  key: FieldKey;
  label: string;
  hint: string;
  required: boolean;
}

export interface InspectedFile {
  role: SourceRole;
  path: string;
  fileName: string;
  encoding: string;
  /** Worksheets of an XLSX workbook; empty for CSV. */
  sheets: string[];
  sheet: string | null;
  headers: string[];
  /** Row number of the heading row. */
  headerRow: number;
  /** The first few data rows, for the mapping step. */
  sample: string[][];
  dataRows: number;
  fields: FieldInfo[];
  mapping: ColumnMapping;
  /** Whether `mapping` is one the user chose before for a file with these headings. */
  remembered: boolean;
}

export interface ImportInspection {
  format: ImportFormat;
  /** What the headings look like, whatever was asked for. */
  detected: ImportFormat;
  main: InspectedFile;
  junior: InspectedFile | null;
  /** For an organogram's senior file: its junior file, found beside it or in another worksheet. */
  suggestedJunior: SourceRef | null;
}

export interface PreviewPost {
  title: string;
  ref: string;
  grade: string;
  fte: number;
  level: number;
  vacant: boolean;
  kind: 'post' | 'holding' | 'group';
  postholders: number;
  /** Whether the post takes the lineage of a post of the Current structure. */
  matched: boolean;
}

export interface ImportPreview {
  summary: ImportSummary;
  report: ReportItem[];
  targetName: string;
  /** Posts the import replaces in an existing structure. */
  replaces: number;
  matched: { byRef: number; byGroup: number; currentPosts: number };
  /** The structure as it will be, in reporting order (the first posts of a large import). */
  posts: PreviewPost[];
}

export interface ImportResult extends EditResult {
  structureId: Id;
  summary: ImportSummary;
  report: ReportItem[];
}
