// zod schemas of the values a document holds: ids, pence, basis points, FTE, dates, text, and a
// post's shares and lists. The API's arguments and a post's fields are built from these.
import { z } from 'zod';
import { equalityProfileSchema } from '../equality/profileSchema';
import { SHARE_RULES, sharesAddUp, sharesDistinct } from '../edits/shares';
import { ISO_DATE, isRealDate } from './dates';
import { FTE_MESSAGES, GROUP_MAX_FTE, hasAtMostFourDecimals, SINGLE_MAX_FTE } from './fte';
import { NI_CATEGORIES, type NiCategory } from './niCategory';
import { MAX_ID_LENGTH } from './limits';

export const idSchema = z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, 'is too long');

const MAX_PENCE = 100_000_000_000; // £1bn a year: far above any post, well inside exact integers

export const penceSchema = z
  .number({ error: 'must be a number of pence' })
  .int('must be whole pence')
  .min(0, 'must not be negative')
  .max(MAX_PENCE, 'is implausibly large');

export const basisPointsSchema = z
  .number({ error: 'must be a number' })
  .int('must be a whole number of basis points')
  .min(0, 'must not be negative')
  .max(10_000, 'must be at most 100%');

export { hasAtMostFourDecimals };

export { GROUP_MAX_FTE, SINGLE_MAX_FTE };

const fteUpTo = (max: number, message: string) =>
  z
    .number({ error: FTE_MESSAGES.number })
    .finite(FTE_MESSAGES.number)
    .gt(0, FTE_MESSAGES.positive)
    .max(max, message)
    .refine(hasAtMostFourDecimals, FTE_MESSAGES.decimals);

/** A single post's (or a person's) FTE. */
export const fteSchema = fteUpTo(SINGLE_MAX_FTE, FTE_MESSAGES.single);
/** A post's FTE, grouped or not: whether a single post's is within its limit is checked against the post. */
export const postFteSchema = fteUpTo(GROUP_MAX_FTE, FTE_MESSAGES.grouped);

/** How many people a grouped post holds. */
export const headcountSchema = z.number().int('must be a whole number').min(1, 'must be at least 1').max(GROUP_MAX_FTE, 'must be at most 1,000,000');

export { NI_CATEGORIES, type NiCategory };
export const niCategorySchema = z.enum(NI_CATEGORIES, { error: 'must be standard, under 21 or apprentice under 25' });

export const isoDateSchema = z.string().regex(ISO_DATE, 'must be a date written YYYY-MM-DD').refine(isRealDate, 'is not a real date');

export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
export const name = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const fundingShareSchema = z.object({
  sourceId: idSchema,
  shareBp: z.number().int().min(1, 'a funding share must be more than 0%').max(10_000),
});

export const fundingSchema = z
  .array(fundingShareSchema)
  .max(20)
  .refine(sharesAddUp, {
    message: SHARE_RULES.fundingTotal,
  })
  .refine((shares) => sharesDistinct(shares.map((f) => f.sourceId)), {
    message: SHARE_RULES.fundingTwice,
  });

export const organisationShareSchema = z.object({
  organisationId: idSchema,
  shareBp: z.number().int().min(1, 'a share of the cost must be more than 0%').max(10_000),
});

export const organisationSharesSchema = z
  .array(organisationShareSchema)
  .max(20)
  .refine(sharesAddUp, {
    message: SHARE_RULES.costTotal,
  })
  .refine((shares) => sharesDistinct(shares.map((f) => f.organisationId)), {
    message: SHARE_RULES.costTwice,
  });

export const replacesSchema = z
  .array(idSchema)
  .max(500, 'a post can replace at most 500 posts')
  .refine((ids) => new Set(ids).size === ids.length, { message: 'a replaced post appears twice' });

const wholeYears = (what: string, max: number) =>
  z.number({ error: `${what} must be a number` }).int(`${what} must be whole years`).min(0, `${what} must not be negative`).max(max, `${what} must be at most ${max}`);

export const personDetailsSchema = z
  .object({
    age: wholeYears('Age', 100).nullable(),
    serviceYears: wholeYears('Years of service', 80).nullable(),
    weeklyPayPence: penceSchema.nullable(),
    redundancyPence: penceSchema.nullable(),
    pensionStrainPence: penceSchema.nullable(),
  })
  .strict()
  .refine((d) => d.age === null || d.serviceYears === null || d.serviceYears <= d.age, { message: 'Years of service cannot be more than the age' });

export const postholderInputSchema = z.object({
  id: idSchema.optional(),
  name: text(200),
  fte: fteSchema.nullable(),
  details: personDetailsSchema.optional(),
  equality: equalityProfileSchema.optional(),
});
