// zod schemas for the arguments of API methods. Every argument is checked against these before a
// handler runs, so nothing malformed reaches SQL.
import { z } from 'zod';
import { POST_FIELD_SCHEMA as postFieldsSchema } from '../model/postFields';
import { fteSchema, idSchema, isoDateSchema, name, penceSchema, basisPointsSchema, text } from '../model/valueSchemas';
import { exportSchemas } from './exportSchemas';
import { MAX_PATH_LENGTH } from '../model/limits';
import { designRulesSchema } from '../shape/designRulesSchema';
import { equalityCharacteristicsSchema } from '../equality/profileSchema';

export {
  basisPointsSchema,
  fteSchema,
  fundingSchema,
  GROUP_MAX_FTE,
  headcountSchema,
  postFteSchema,
  SINGLE_MAX_FTE,
  fundingShareSchema,
  hasAtMostFourDecimals,
  idSchema,
  isoDateSchema,
  organisationShareSchema,
  organisationSharesSchema,
  penceSchema,
  postholderInputSchema,
  replacesSchema,
} from '../model/valueSchemas';
export { postFieldsSchema };

export const pathSchema = z
  .string()
  .min(1, 'a file path is needed')
  .max(MAX_PATH_LENGTH, 'the file path is too long')
  .refine((p) => !p.includes('\0'), 'the file path contains a NUL character');

export const postPatchSchema = postFieldsSchema
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'the change is empty');

export const newPostSchema = postFieldsSchema.partial().extend({ title: name(200) }).strict();

/** A decision on a suggested match; 'undecided' removes an earlier one. */
export const matchDecisionSchema = z
  .object({ beforeLineageId: idSchema, afterLineageId: idSchema, decision: z.enum(['accepted', 'rejected', 'undecided']) })
  .strict();
export type MatchDecisionInput = z.infer<typeof matchDecisionSchema>;

const postIdsSchema = z.array(idSchema).min(1, 'no posts were given').max(100_000);

export const structureStatusSchema = z.enum(['draft', 'consultation', 'implementation']);

/** A discretionary multiplier of statutory redundancy weeks, basis points: 1x to 10x. */
const redundancyMultiplierSchema = z
  .number({ error: 'must be a number' })
  .int('must be a whole number of basis points')
  .min(10_000, 'must be at least 1 (statutory pay)')
  .max(100_000, 'must be at most 10');

export const settingsPatchSchema = z
  .object({
    name: name(200),
    payYear: text(20),
    vacancyCosting: z.enum(['bottom', 'middle', 'top']),
    niRateBp: basisPointsSchema,
    niThresholdPence: penceSchema,
    niUpperThresholdPence: penceSchema,
    levyEnabled: z.boolean(),
    levyRateBp: basisPointsSchema,
    defaultOrganisationId: idSchema.nullable(),
    defaultFundingSourceId: idSchema.nullable(),
    designRules: designRulesSchema,
    equality: equalityCharacteristicsSchema,
    redundancyWeekCapPence: penceSchema,
    redundancyMultiplierBp: redundancyMultiplierSchema,
    redundancyWeekPay: z.enum(['capped', 'actual']),
  })
  .partial()
  .strict();

export const payPointInputSchema = z.object({
  id: idSchema.optional(),
  code: name(40),
  salaryPence: penceSchema,
});

export const empty = z.object({}).strict();

const FIELD_KEYS = [
  'ref', 'title', 'grade', 'payPoint', 'fte', 'holderFte', 'salary', 'cost', 'niCategory', 'payMin', 'payMax', 'managerRef', 'managerTitle', 'team', 'postholder', 'vacancy', 'status', 'notes', 'function',
  'funding', 'organisation', 'costShares', 'headcount',
] as const;

/** The schemas of the import methods, made together the first time one is needed. */
function makeImportSchemas() {
  const importSourceSchema = z.object({ path: pathSchema, sheet: text(255).optional() }).strict();
  /** A field, or a column for one funding source's or organisation's part ("funding:Council"). */
  const fieldKeySchema = z.union([z.enum(FIELD_KEYS), z.templateLiteral([z.enum(['funding', 'costShare']), ':', z.string().min(1).max(200)])]);
  const columnMappingSchema = z
    .record(z.string().max(220), z.number().int().min(0).max(16_384).nullable().optional())
    .refine((m) => Object.keys(m).length <= 200 && Object.keys(m).every((k) => fieldKeySchema.safeParse(k).success), 'names a field Establish does not import')
    .transform((m) => m as Partial<Record<z.infer<typeof fieldKeySchema>, number | null>>);
  return {
    inspectImport: z
      .object({
        source: importSourceSchema,
        junior: importSourceSchema.nullable().optional(),
        format: z.enum(['auto', 'generic', 'organogram']).default('auto'),
      })
      .strict(),
    startImport: z
      .object({
        source: importSourceSchema,
        junior: importSourceSchema.nullable().optional(),
        format: z.enum(['generic', 'organogram']),
        mapping: columnMappingSchema,
        juniorMapping: columnMappingSchema.nullable().optional(),
        options: z.object({ salary: z.enum(['full-time', 'pro-rata']) }).partial().strict().optional(),
        target: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('new-proposal'), name: name(120) }).strict(),
          z.object({ kind: z.literal('structure'), structureId: idSchema }).strict(),
        ]),
      })
      .strict(),
  };
}
let importSchemas: ReturnType<typeof makeImportSchemas> | null = null;
const importSchema = <K extends keyof ReturnType<typeof makeImportSchemas>>(key: K) => (importSchemas ??= makeImportSchemas())[key];

/**
 * Each method's schema is made the first time it is asked for, then kept: a short process (a
 * command of the command line) checks the arguments of two or three methods, and making the
 * schemas of all of them would be a large part of its run.
 */
function lazySchemas<M extends Record<string, () => z.ZodType>>(make: M): { readonly [K in keyof M]: ReturnType<M[K]> } {
  const out = {} as { [K in keyof M]: ReturnType<M[K]> };
  for (const key of Object.keys(make) as (keyof M)[]) {
    let made: ReturnType<M[typeof key]> | undefined;
    Object.defineProperty(out, key, { enumerable: true, get: () => (made ??= make[key]!() as ReturnType<M[typeof key]>) });
  }
  return out;
}

/** Save dialogs for exports, one per file type so the dialog offers the right filter. */
export const EXPORT_PURPOSES = ['export-pdf', 'export-svg', 'export-png', 'export-xlsx', 'export-csv', 'export-docx'] as const;
export type FilePurpose = 'open' | 'new' | 'save-copy' | 'import' | (typeof EXPORT_PURPOSES)[number];

export const schemas = lazySchemas({
  empty: () => empty,
  job: () => z.object({ jobId: idSchema }).strict(),
  path: () => z.object({ path: pathSchema }).strict(),
  /** readOnly: only to read it (the file is never written, not even upgraded). */
  // An older document is upgraded for editing only when `upgrade` says the user agreed; otherwise the
  // answer is a file-older-version error naming the copy that upgrading would keep.
  openDocument: () => z
    .object({
      path: pathSchema,
      readOnly: z.boolean().default(false),
      upgrade: z.boolean().default(false),
      /** Open it even though another window holds it: that window lets it go first (where the host can ask it to). */
      takeOver: z.boolean().default(false),
    })
    .strict(),
  /** path: a damaged file too damaged to open; otherwise the open (damaged) document. */
  recover: () => z.object({ path: pathSchema.optional() }).strict(),
  newDocument: () => z
    .object({
      path: pathSchema,
      sample: z.boolean().default(false),
      name: name(200).optional(),
      overwrite: z.boolean().default(false),
    })
    .strict(),
  chooseFile: () => z
    .object({
      purpose: z.enum(['open', 'new', 'save-copy', 'import', ...EXPORT_PURPOSES]),
      suggestedName: text(255).optional(),
    })
    .strict(),
  structureId: () => z.object({ structureId: idSchema }).strict(),
  addPost: () => z
    .object({
      structureId: idSchema,
      managerId: idSchema.nullable(),
      post: newPostSchema,
      /** Copy every field of this post (a post type already in the document) before applying `post`. */
      copyOfPostId: idSchema.optional(),
    })
    .strict(),
  updatePosts: () => z.object({ postIds: postIdsSchema, patch: postPatchSchema }).strict(),
  decideMatches: () => z.object({ decisions: z.array(matchDecisionSchema).min(1, 'no decisions were given').max(100_000) }).strict(),
  deletePosts: () => z
    .object({ postIds: postIdsSchema, reports: z.enum(['reassign', 'delete-branch']) })
    .strict(),
  movePosts: () => z
    .object({
      postIds: postIdsSchema,
      managerId: idSchema.nullable(),
      /** Place the moved posts before this sibling; null or absent puts them last. */
      beforeId: idSchema.nullable().optional(),
    })
    .strict(),
  createStructure: () => z
    .object({
      name: name(120),
      /** Copy the posts of this structure, keeping lineage; null starts an empty structure. */
      fromStructureId: idSchema.nullable(),
      status: structureStatusSchema.optional(),
      implementationDate: isoDateSchema.nullable().optional(),
    })
    .strict(),
  updateStructure: () => z
    .object({
      structureId: idSchema,
      patch: z
        .object({
          name: name(120),
          status: structureStatusSchema,
          implementationDate: isoDateSchema.nullable(),
        })
        .partial()
        .strict()
        .refine((p) => Object.keys(p).length > 0, 'the change is empty'),
    })
    .strict(),
  updateSettings: () => z.object({ patch: settingsPatchSchema }).strict(),
  saveOrganisation: () => z
    .object({ id: idSchema.optional(), name: name(200), pensionRateBp: basisPointsSchema })
    .strict(),
  saveGrade: () => z
    .object({
      id: idSchema.optional(),
      code: name(40),
      name: text(200),
      points: z.array(payPointInputSchema).max(200),
    })
    .strict(),
  saveFundingSource: () => z
    .object({ id: idSchema.optional(), name: name(200), endDate: isoDateSchema.nullable() })
    .strict(),
  deleteById: () => z.object({ id: idSchema }).strict(),
  applyPayAward: () => z
    .object({
      /** The uplift in basis points: 320 is a 3.2% award. */
      upliftBp: z.number().int().min(-5_000, 'an award cannot cut pay by more than half').max(5_000, 'an award of more than 50% is implausible'),
      /** Round each new salary to whole pounds (as the NJC spine is) or to the penny. */
      rounding: z.enum(['pound', 'penny']),
      /** The pay year the grades then belong to, e.g. "2026/27". */
      payYear: z.string().trim().min(1).max(20).optional(),
    })
    .strict(),
  inspectImport: () => importSchema('inspectImport'),
  startImport: () => importSchema('startImport'),
  startExport: () => exportSchemas.startExport,
  previewExport: () => exportSchemas.previewExport,
});

export type NewPostInput = z.infer<typeof newPostSchema>;
export type PostPatch = z.infer<typeof postPatchSchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
