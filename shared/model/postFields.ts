// A post's fields, once: what each is called, the values it takes, and where the document keeps it.
// The API's schema of a post's fields, the Post type, the store's row mapping and the inspector's
// labels are all read from this table, so a field added here is added everywhere.
import { z } from 'zod';
import { POST_COLUMNS, type ColumnFieldValues, type ColumnValue } from './postColumns';
import { fundingSchema, headcountSchema, idSchema, name, niCategorySchema, organisationSharesSchema, penceSchema, postFteSchema, postholderInputSchema, replacesSchema, text } from './valueSchemas';

export { COLUMN_FIELDS, fieldsFrom, fieldsFromColumns, fieldsToColumns, type ColumnValue } from './postColumns';

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

/** A field kept in a column: where and how, from POST_COLUMNS. */
function column<S extends z.ZodType>(label: string, schema: S, key: keyof typeof POST_COLUMNS): ColumnField<S> {
  const { column: col, toColumn, fromColumn } = POST_COLUMNS[key];
  return { label, schema, column: col, toColumn: toColumn as (v: z.infer<S>) => ColumnValue, fromColumn: fromColumn as (v: ColumnValue) => z.infer<S> };
}

function list<S extends z.ZodType>(label: string, schema: S, table: string): ListField<S> {
  return { label, schema, table };
}

export const POST_FIELDS = {
  /** The organisation's own post reference (HR system, organogram), or "". */
  ref: column('Post reference', text(100), 'ref'),
  title: column('Job title', name(200), 'title'),
  gradeId: column('Grade', idSchema.nullable(), 'gradeId'),
  payPointId: column('Pay point', idSchema.nullable(), 'payPointId'),
  salaryOverridePence: column('Salary override (£ a year, full time)', penceSchema.nullable(), 'salaryOverridePence'),
  /**
   * The post's annual cost including every on-cost, as a council schedule publishes it ("cost per
   * post"), full time and pro rata to FTE like a salary. When set it is the post's cost: no National
   * Insurance, pension or levy is added to it. Null: the post is costed from its pay.
   */
  allInCostPence: column('Cost per post (all-in)', penceSchema.nullable(), 'allInCostPence'),
  /**
   * Employer National Insurance category of the post's holder: of the assumed holder when the post
   * is vacant, and of everyone in it when it holds several people.
   */
  niCategory: column('National Insurance category', niCategorySchema, 'niCategory'),
  /** At most four decimals, kept as whole ten-thousandths; a single post has at most SINGLE_MAX_FTE. */
  fte: column('FTE', postFteSchema, 'fte'),
  vacant: column('Vacant', z.boolean(), 'vacant'),
  organisationId: column('Employing organisation', idSchema.nullable(), 'organisationId'),
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
  isAssistant: column('Assistant or staff post (shown beside its manager)', z.boolean(), 'isAssistant'),
  dottedManagerIds: list('Dotted-line reports to', z.array(idSchema).max(20), 'dotted_lines'),
  funding: list('Funding', fundingSchema, 'post_funding'),
  postholders: list('Postholders', z.array(postholderInputSchema).max(50), 'postholders'),
  /**
   * A grouped post: one line standing for a number of posts of the same kind counted in FTE (a row
   * of an organogram's junior staff, an HR export's headcount row). It may carry up to
   * GROUP_MAX_FTE where a single post carries at most SINGLE_MAX_FTE, and names no postholders.
   */
  grouped: column('Grouped post: stands for a number of posts counted in FTE (up to 1,000,000)', z.boolean(), 'grouped'),
  /** For a grouped post: how many people it holds, when known; null when not (and for a single post). */
  headcount: column('People in the group', headcountSchema.nullable(), 'headcount'),
} as const;

type Fields = typeof POST_FIELDS;
export type PostFieldName = keyof Fields;

/** The fields kept in columns of the posts table. */
export type ColumnFieldName = { [K in PostFieldName]: Fields[K] extends ColumnField ? K : never }[PostFieldName];

/** The schema of every field of a post, as the API checks it. */
export const POST_FIELD_SCHEMA = z.object(
  Object.fromEntries(Object.entries(POST_FIELDS).map(([k, f]) => [k, f.schema])) as { [K in PostFieldName]: Fields[K]['schema'] },
);

/** A post's fields as the API takes them (a postholder may be new, so without an id). */
export type PostFieldValues = z.infer<typeof POST_FIELD_SCHEMA>;

// The fields postColumns reads and writes are these fields, with these types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type True<T extends true> = T;
export type ColumnsMatchFields = True<Same<Pick<PostFieldValues, ColumnFieldName>, ColumnFieldValues>>;

/** What the inspector and reports call a field. */
export function fieldLabel(field: PostFieldName): string {
  return POST_FIELDS[field].label;
}
