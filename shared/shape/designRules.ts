// The design rules a document sets for its structures: a span of control range, the most layers,
// ratios between grades or job titles, grades that must report to a higher grade, and the most
// cost or FTE. Stored as one document setting (JSON), checked against designRulesSchema
// (./designRulesSchema) when written; read back here without zod, by the same rules.
import { readRecord, type Reader } from '../model/readValues';

/** Posts a rule counts: those on a grade (by its id) or with a job title (matched ignoring case and spacing). */
export type PostMatch = { grade: string } | { title: string };

/** At most `count` posts matching `posts` for every `per` posts matching `of` ("1 Executive Support Officer per 2 Directors"). */
export interface RatioRule {
  count: number;
  posts: PostMatch;
  per: number;
  of: PostMatch;
}

/** Posts on `grade` report to a post on a higher grade, or on `atLeast` or higher when given. */
export interface ReportsRule {
  grade: string;
  atLeast: string | null;
}

export interface DesignRules {
  /** Fewest direct reports a manager should have; null: no rule. */
  spanMin: number | null;
  /** Most direct reports a manager should have; null: no rule. */
  spanMax: number | null;
  /** Most layers below the top post. */
  maxLayers: number | null;
  ratios: RatioRule[];
  reportsUp: ReportsRule[];
  /** Most full-year cost including on-costs, pence. */
  maxCostPence: number | null;
  /** Most FTE of the whole structure. */
  maxFte: number | null;
}

export const NO_DESIGN_RULES: DesignRules = { spanMin: null, spanMax: null, maxLayers: null, ratios: [], reportsUp: [], maxCostPence: null, maxFte: null };

/** A document's rules, none when it sets none or what it holds does not read as rules. */
export function designRulesOf(settings: { designRules?: unknown }): DesignRules {
  return readDesignRules(settings.designRules) ?? NO_DESIGN_RULES;
}

// The rules of designRulesSchema, as plain checks (a test holds the two to the same answers).
const FOUR_DECIMALS = (n: number) => Math.abs(Math.round(n * 10_000) - n * 10_000) < 1e-6;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const whole = (min: number, max: number) => (v: unknown) => (isNumber(v) && Number.isInteger(v) && v >= min && v <= max ? { v } : undefined);
const nullable = (r: Reader<unknown>): Reader<unknown> => (v) => (v === null ? { v: null } : r(v));
const id: Reader<string> = (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 64 ? { v } : undefined);
const title: Reader<string> = (v) => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length >= 1 && t.length <= 200 ? { v: t } : undefined;
};
const list = <T>(item: Reader<T>, max: number): Reader<T[]> => (v) => {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const r = item(v[i]);
    if (!r) return undefined;
    out.push(r.v);
  }
  return { v: out };
};
const postMatch = ((v) => readRecord(v, { grade: id }) ?? readRecord(v, { title })) as Reader<PostMatch>;
const ratio = (v: unknown) => readRecord(v, { count: whole(1, 1000), posts: postMatch, per: whole(1, 1000), of: postMatch }) as { v: RatioRule } | undefined;
const reportsUp = (v: unknown) => readRecord(v, { grade: id, atLeast: nullable(id) }) as { v: ReportsRule } | undefined;
const RULES = {
  spanMin: nullable(whole(1, 10_000)),
  spanMax: nullable(whole(1, 10_000)),
  maxLayers: nullable(whole(0, 100)),
  ratios: list(ratio, 50),
  reportsUp: list(reportsUp, 50),
  maxCostPence: nullable(whole(0, 100_000_000_000)),
  maxFte: nullable((v) => (isNumber(v) && v > 0 && v <= 10_000_000 && FOUR_DECIMALS(v) ? { v } : undefined)),
};

/** Stored rules as designRulesSchema would parse them, or null when it would refuse them. */
export function readDesignRules(v: unknown): DesignRules | null {
  const r = readRecord(v, RULES) as { v: DesignRules } | undefined;
  if (!r) return null;
  const { spanMin, spanMax } = r.v;
  return spanMin === null || spanMax === null || spanMin <= spanMax ? r.v : null;
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
