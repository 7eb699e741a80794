// The design rules a document sets for its structures: a span of control range, the most layers,
// ratios between grades or job titles, grades that must report to a higher grade, and the most
// cost or FTE. Stored as one document setting (JSON), checked against this schema when written
// and when read.
import { z } from 'zod';
import { hasAtMostFourDecimals, idSchema, name, penceSchema } from '../model/valueSchemas';

const count = (max: number) => z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/** Posts a rule counts: those on a grade (by its id) or with a job title (matched ignoring case and spacing). */
export const postMatchSchema = z.union([
  z.object({ grade: idSchema }).strict(),
  z.object({ title: name(200) }).strict(),
]);
export type PostMatch = z.infer<typeof postMatchSchema>;

/** At most `count` posts matching `posts` for every `per` posts matching `of` ("1 Executive Support Officer per 2 Directors"). */
export const ratioRuleSchema = z
  .object({
    count: count(1000),
    posts: postMatchSchema,
    per: count(1000),
    of: postMatchSchema,
  })
  .strict();
export type RatioRule = z.infer<typeof ratioRuleSchema>;

/** Posts on `grade` report to a post on a higher grade, or on `atLeast` or higher when given. */
export const reportsRuleSchema = z.object({ grade: idSchema, atLeast: idSchema.nullable() }).strict();
export type ReportsRule = z.infer<typeof reportsRuleSchema>;

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
export type DesignRules = z.infer<typeof designRulesSchema>;

export const NO_DESIGN_RULES: DesignRules = { spanMin: null, spanMax: null, maxLayers: null, ratios: [], reportsUp: [], maxCostPence: null, maxFte: null };

/** A document's rules, none when it sets none or what it holds does not read as rules. */
export function designRulesOf(settings: { designRules?: unknown }): DesignRules {
  const parsed = designRulesSchema.safeParse(settings.designRules);
  return parsed.success ? parsed.data : NO_DESIGN_RULES;
}

/** How many rules are set. */
export function ruleCount(r: DesignRules): number {
  return (
    (r.spanMin !== null || r.spanMax !== null ? 1 : 0) +
    (r.maxLayers !== null ? 1 : 0) +
    r.ratios.length +
    r.reportsUp.length +
    (r.maxCostPence !== null ? 1 : 0) +
    (r.maxFte !== null ? 1 : 0)
  );
}
