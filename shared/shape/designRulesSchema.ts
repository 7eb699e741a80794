// The zod schemas of a document's design rules (./designRules), which the API checks a change of
// them against. Reading stored rules back does the same checks without zod (readDesignRules).
import { z } from 'zod';
import type { DesignRules, PostMatch, RatioRule, ReportsRule } from './designRules';
import { hasAtMostFourDecimals, idSchema, name, penceSchema } from '../model/valueSchemas';

const count = (max: number) => z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/** Posts a rule counts: those on a grade (by its id) or with a job title (matched ignoring case and spacing). */
export const postMatchSchema = z.union([
  z.object({ grade: idSchema }).strict(),
  z.object({ title: name(200) }).strict(),
]);

/** At most `count` posts matching `posts` for every `per` posts matching `of` ("1 Executive Support Officer per 2 Directors"). */
export const ratioRuleSchema = z
  .object({
    count: count(1000),
    posts: postMatchSchema,
    per: count(1000),
    of: postMatchSchema,
  })
  .strict();

/** Posts on `grade` report to a post on a higher grade, or on `atLeast` or higher when given. */
export const reportsRuleSchema = z.object({ grade: idSchema, atLeast: idSchema.nullable() }).strict();

export const designRulesSchema = z
  .object({
    /** Fewest direct reports a manager should have; null: no rule. */
    spanMin: count(10_000).nullable(),
    /** Most direct reports a manager should have; null: no rule. */
    spanMax: count(10_000).nullable(),
    /** Most layers below the top post. */
    maxLayers: z.number().int('must be a whole number').min(0, 'must not be negative').max(100, 'must be at most 100').nullable(),
    ratios: z.array(ratioRuleSchema).max(50, 'at most 50 ratios'),
    reportsUp: z.array(reportsRuleSchema).max(50, 'at most 50 reporting rules'),
    /** Most full-year cost including on-costs, pence. */
    maxCostPence: penceSchema.nullable(),
    /** Most FTE of the whole structure. */
    maxFte: z.number({ error: 'must be a number' }).gt(0, 'must be more than 0').max(10_000_000, 'is implausibly large').refine(hasAtMostFourDecimals, 'has at most four decimal places').nullable(),
  })
  .strict()
  .refine((r) => r.spanMin === null || r.spanMax === null || r.spanMin <= r.spanMax, { message: 'the smallest span must not be more than the largest' });

// The types of ./designRules are what these schemas give.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T extends readonly true[]> = T;
export type SchemasMatchTypes = AllTrue<[
  Same<z.output<typeof postMatchSchema>, PostMatch>,
  Same<z.output<typeof ratioRuleSchema>, RatioRule>,
  Same<z.output<typeof reportsRuleSchema>, ReportsRule>,
  Same<z.output<typeof designRulesSchema>, DesignRules>,
]>;
