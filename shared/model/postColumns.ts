// Where the document keeps each of a post's fields that has a column of the posts table, and how a
// value is written to that column and read back. Free of the API's schemas (./postFields adds them),
// so reading a document does not load zod.
import { fteFromUnits, fteUnits } from './fte';
import type { NiCategory } from './valueSchemas';

/** A value as SQLite holds it. */
export type ColumnValue = string | number | null;

/** The values of a post's fields kept in columns (postFields holds this to its schemas' types). */
export interface ColumnFieldValues {
  ref: string;
  title: string;
  gradeId: string | null;
  payPointId: string | null;
  salaryOverridePence: number | null;
  allInCostPence: number | null;
  niCategory: NiCategory;
  fte: number;
  vacant: boolean;
  organisationId: string | null;
  team: string;
  notes: string;
  duties: string;
  isAssistant: boolean;
  grouped: boolean;
  headcount: number | null;
}
type ColumnFieldName = keyof ColumnFieldValues;

export interface PostColumn {
  column: string;
  toColumn(value: never): ColumnValue;
  fromColumn(value: ColumnValue): unknown;
}

const same = (column: string): PostColumn => ({ column, toColumn: (v: ColumnValue) => v, fromColumn: (v) => v });
const bit = (column: string): PostColumn => ({ column, toColumn: (v: boolean) => (v ? 1 : 0), fromColumn: (v) => v === 1 });

/** In the order of the posts table's columns as the fields list them. */
export const POST_COLUMNS = {
  ref: same('ref'),
  title: same('title'),
  gradeId: same('grade_id'),
  payPointId: same('pay_point_id'),
  salaryOverridePence: same('salary_override_pence'),
  allInCostPence: same('all_in_cost_pence'),
  niCategory: same('ni_category'),
  fte: { column: 'fte_e4', toColumn: fteUnits, fromColumn: (v: ColumnValue) => fteFromUnits(Number(v)) } as PostColumn,
  vacant: bit('vacant'),
  organisationId: same('organisation_id'),
  team: same('team'),
  notes: same('notes'),
  duties: same('duties'),
  isAssistant: bit('is_assistant'),
  grouped: bit('grouped'),
  headcount: same('headcount'),
} satisfies Record<ColumnFieldName, PostColumn>;

/** The fields kept in columns of the posts table. */
export const COLUMN_FIELDS = Object.keys(POST_COLUMNS) as ColumnFieldName[];

/** The columns of the posts table that hold a post's fields. */
export function fieldsToColumns(post: ColumnFieldValues): Record<string, ColumnValue> {
  const row: Record<string, ColumnValue> = {};
  for (const k of COLUMN_FIELDS) {
    const f = POST_COLUMNS[k];
    row[f.column] = (f.toColumn as (v: unknown) => ColumnValue)(post[k]);
  }
  return row;
}

/** A post's fields read back from its row of the posts table. */
export function fieldsFromColumns(row: Readonly<Record<string, unknown>>): ColumnFieldValues {
  return fieldsFrom((column) => row[column]);
}

/** A post's fields read back through `column`, which gives a column's value (a row read as an array). */
export function fieldsFrom(column: (name: string) => unknown): ColumnFieldValues {
  const out: Record<string, unknown> = {};
  for (const k of COLUMN_FIELDS) {
    const f = POST_COLUMNS[k];
    out[k] = f.fromColumn(column(f.column) as ColumnValue);
  }
  return out as unknown as ColumnFieldValues;
}
