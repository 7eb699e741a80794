// A post's fields, once: what each is called, the values it takes, and where the document keeps it.
// The API's schema of a post's fields, the Post type and the store's row mapping are all read from
// this table, and its labels (fieldLabels.ts) must name the same fields, so a field added here is
// added everywhere.
import { z } from 'zod';
import { POST_FIELD_LABELS as L, type LabelledField } from './fieldLabels';
import { POST_COLUMNS, type ColumnFieldValues, type ColumnValue } from './postColumns';
import { fundingSchema, headcountSchema, idSchema, name, niCategorySchema, organisationSharesSchema, penceSchema, postFteSchema, postholderInputSchema, replacesSchema, text } from './valueSchemas';

export { COLUMN_FIELDS, fieldsFrom, fieldsFromColumns, fieldsToColumns, type ColumnValue } from './postColumns';
export { fieldLabel } from './fieldLabels';

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
  ref: column(L.ref, text(100), 'ref'),
  title: column(L.title, name(200), 'title'),
  gradeId: column(L.gradeId, idSchema.nullable(), 'gradeId'),
  payPointId: column(L.payPointId, idSchema.nullable(), 'payPointId'),
  salaryOverridePence: column(L.salaryOverridePence, penceSchema.nullable(), 'salaryOverridePence'),
  /**
   * The post's annual cost including every on-cost, as a council schedule publishes it ("cost per
   * post"), full time and pro rata to FTE like a salary. When set it is the post's cost: no National
   * Insurance, pension or levy is added to it. Null: the post is costed from its pay.
   */
  allInCostPence: column(L.allInCostPence, penceSchema.nullable(), 'allInCostPence'),
  /**
   * Employer National Insurance category of the post's holder: of the assumed holder when the post
   * is vacant, and of everyone in it when it holds several people.
   */
  niCategory: column(L.niCategory, niCategorySchema, 'niCategory'),
  /** At most four decimals, kept as whole ten-thousandths; a single post has at most SINGLE_MAX_FTE. */
  fte: column(L.fte, postFteSchema, 'fte'),
  vacant: column(L.vacant, z.boolean(), 'vacant'),
  organisationId: column(L.organisationId, idSchema.nullable(), 'organisationId'),
  team: column(L.team, text(200), 'team'),
  notes: column(L.notes, text(20_000), 'notes'),
  /**
   * The job description the post is evaluated on (a reference such as "JD ES-04 v2", or a short
   * summary of the duties). A change to it means the duties changed: the post is redesignated.
   */
  duties: column(L.duties, text(2_000), 'duties'),
  /**
   * Lineages of the posts this one takes the place of in the structure it is compared with: posts
   * deleted from this structure (one to one, merge, split), or this post's own lineage when it is
   * redesignated and its postholder goes with it. Their postholders are the slot-in or ring-fence
   * candidates for it. Empty: it replaces nothing.
   */
  replacesLineageIds: list(L.replacesLineageIds, replacesSchema, 'post_replaces'),
  /**
   * How a shared post's cost is split between organisations. Empty: the employing organisation (or
   * the document default) bears it all. The employing organisation still sets the pension rate,
   * since it employs the postholder.
   */
  organisationShares: list(L.organisationShares, organisationSharesSchema, 'post_organisation_shares'),
  isAssistant: column(L.isAssistant, z.boolean(), 'isAssistant'),
  dottedManagerIds: list(L.dottedManagerIds, z.array(idSchema).max(20), 'dotted_lines'),
  funding: list(L.funding, fundingSchema, 'post_funding'),
  postholders: list(L.postholders, z.array(postholderInputSchema).max(50), 'postholders'),
  /**
   * A grouped post: one line standing for a number of posts of the same kind counted in FTE (a row
   * of an organogram's junior staff, an HR export's headcount row). It may carry up to
   * GROUP_MAX_FTE where a single post carries at most SINGLE_MAX_FTE, and names no postholders.
   */
  grouped: column(L.grouped, z.boolean(), 'grouped'),
  /** For a grouped post: how many people it holds, when known; null when not (and for a single post). */
  headcount: column(L.headcount, headcountSchema.nullable(), 'headcount'),
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

// Every field has its label, and every label is a field's.
export type LabelsMatchFields = True<Same<PostFieldName, LabelledField>>;
