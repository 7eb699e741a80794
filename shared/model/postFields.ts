// A post's fields, once: what each is called, the values it takes, and where the document keeps it.
// The API's schema of a post's fields, the Post type, the store's row mapping and the inspector's
// labels are all read from this table, so a field added here is added everywhere.
import { z } from 'zod';
import { fteFromUnits, fteUnits } from './fte';
import { fundingSchema, headcountSchema, idSchema, name, niCategorySchema, organisationSharesSchema, penceSchema, postFteSchema, postholderInputSchema, replacesSchema, text } from './valueSchemas';

/** A value as SQLite holds it. */
export type ColumnValue = string | number | null;

/** A field kept in a column of the posts table. */
export interface ColumnField<S extends z.ZodType = z.ZodType> {
  label: string;
  schema: S;
  column: string;
  toColumn(value: z.infer<S>): ColumnValue;
  fromColumn(value: ColumnValue): z.infer<S>;
}

/** A list kept as rows of a table of its own, each pointing at its post. */
export interface ListField<S extends z.ZodType = z.ZodType> {
  label: string;
  schema: S;
  table: string;
}

function column<S extends z.ZodType>(label: string, schema: S, col: string, to?: (v: z.infer<S>) => ColumnValue, from?: (v: ColumnValue) => z.infer<S>): ColumnField<S> {
  return { label, schema, column: col, toColumn: to ?? ((v) => v as ColumnValue), fromColumn: from ?? ((v) => v as z.infer<S>) };
}

function list<S extends z.ZodType>(label: string, schema: S, table: string): ListField<S> {
  return { label, schema, table };
}

const bit = (v: boolean): number => (v ? 1 : 0);
const fromBit = (v: ColumnValue): boolean => v === 1;

export const POST_FIELDS = {
  /** The organisation's own post reference (HR system, organogram), or "". */
  ref: column('Post reference', text(100), 'ref'),
  title: column('Job title', name(200), 'title'),
  gradeId: column('Grade', idSchema.nullable(), 'grade_id'),
  payPointId: column('Pay point', idSchema.nullable(), 'pay_point_id'),
  salaryOverridePence: column('Salary override (£ a year, full time)', penceSchema.nullable(), 'salary_override_pence'),
  /**
   * The post's annual cost including every on-cost, as a council schedule publishes it ("cost per
   * post"), full time and pro rata to FTE like a salary. When set it is the post's cost: no National
   * Insurance, pension or levy is added to it. Null: the post is costed from its pay.
   */
  allInCostPence: column('Cost per post (all-in)', penceSchema.nullable(), 'all_in_cost_pence'),
  /**
   * Employer National Insurance category of the post's holder: of the assumed holder when the post
   * is vacant, and of everyone in it when it holds several people.
   */
  niCategory: column('National Insurance category', niCategorySchema, 'ni_category'),
  /** At most four decimals, kept as whole ten-thousandths; a single post has at most SINGLE_MAX_FTE. */
  fte: column('FTE', postFteSchema, 'fte_e4', fteUnits, (v) => fteFromUnits(Number(v))),
  vacant: column('Vacant', z.boolean(), 'vacant', bit, fromBit),
  organisationId: column('Employing organisation', idSchema.nullable(), 'organisation_id'),
  team: column('Team', text(200), 'team'),
  notes: column('Notes', text(20_000), 'notes'),
  /**
   * The job description the post is evaluated on (a reference such as "JD ES-04 v2", or a short
   * summary of the duties). A change to it means the duties changed: the post is redesignated.
   */
  duties: column('Job description or duties', text(2_000), 'duties'),
  /**
   * Lineages of the posts this one takes the place of in the structure it is compared with: posts
   * deleted from this structure (one to one, merge, split), or this post's own lineage when it is
   * redesignated and its postholder goes with it. Their postholders are the slot-in or ring-fence
   * candidates for it. Empty: it replaces nothing.
   */
  replacesLineageIds: list('Replaces posts', replacesSchema, 'post_replaces'),
  /**
   * How a shared post's cost is split between organisations. Empty: the employing organisation (or
   * the document default) bears it all. The employing organisation still sets the pension rate,
   * since it employs the postholder.
   */
  organisationShares: list('Cost shared between organisations', organisationSharesSchema, 'post_organisation_shares'),
  isAssistant: column('Assistant or staff post (shown beside its manager)', z.boolean(), 'is_assistant', bit, fromBit),
  dottedManagerIds: list('Dotted-line reports to', z.array(idSchema).max(20), 'dotted_lines'),
  funding: list('Funding', fundingSchema, 'post_funding'),
  postholders: list('Postholders', z.array(postholderInputSchema).max(50), 'postholders'),
  /**
   * A grouped post: one line standing for a number of posts of the same kind counted in FTE (a row
   * of an organogram's junior staff, an HR export's headcount row). It may carry up to
   * GROUP_MAX_FTE where a single post carries at most SINGLE_MAX_FTE, and names no postholders.
   */
  grouped: column('Grouped post: stands for a number of posts counted in FTE (up to 1,000,000)', z.boolean(), 'grouped', bit, fromBit),
  /** For a grouped post: how many people it holds, when known; null when not (and for a single post). */
  headcount: column('People in the group', headcountSchema.nullable(), 'headcount'),
} as const;

type Fields = typeof POST_FIELDS;
export type PostFieldName = keyof Fields;

/** The fields kept in columns of the posts table. */
export type ColumnFieldName = { [K in PostFieldName]: Fields[K] extends ColumnField ? K : never }[PostFieldName];

export const COLUMN_FIELDS = (Object.keys(POST_FIELDS) as PostFieldName[]).filter((k): k is ColumnFieldName => 'column' in POST_FIELDS[k]);

/** The schema of every field of a post, as the API checks it. */
export const POST_FIELD_SCHEMA = z.object(
  Object.fromEntries(Object.entries(POST_FIELDS).map(([k, f]) => [k, f.schema])) as { [K in PostFieldName]: Fields[K]['schema'] },
);

/** A post's fields as the API takes them (a postholder may be new, so without an id). */
export type PostFieldValues = z.infer<typeof POST_FIELD_SCHEMA>;

/** The columns of the posts table that hold a post's fields. */
export function fieldsToColumns(post: Pick<PostFieldValues, ColumnFieldName>): Record<string, ColumnValue> {
  const row: Record<string, ColumnValue> = {};
  for (const k of COLUMN_FIELDS) {
    const f = POST_FIELDS[k] as ColumnField;
    row[f.column] = f.toColumn(post[k]);
  }
  return row;
}

/** A post's fields read back from its row of the posts table. */
export function fieldsFromColumns(row: Readonly<Record<string, unknown>>): Pick<PostFieldValues, ColumnFieldName> {
  return fieldsFrom((column) => row[column]);
}

/** A post's fields read back through `column`, which gives a column's value (a row read as an array). */
export function fieldsFrom(column: (name: string) => unknown): Pick<PostFieldValues, ColumnFieldName> {
  const out: Record<string, unknown> = {};
  for (const k of COLUMN_FIELDS) {
    const f = POST_FIELDS[k] as ColumnField;
    out[k] = f.fromColumn(column(f.column) as ColumnValue);
  }
  return out as Pick<PostFieldValues, ColumnFieldName>;
}

/** What the inspector and reports call a field. */
export function fieldLabel(field: PostFieldName): string {
  return POST_FIELDS[field].label;
}
