// The cost of a whole structure, post by post, with each post's cost split by funding source and
// between the organisations that bear it. Every split adds up to the post's pence exactly, so
// every total, however it is cut, is the sum of its lines.
import type { Id, Post } from '../model/types';
import { splitByWeights } from './apportion';
import { costPost, employerOf, fteUnits, headcountOf, type CostContext, type PostCost } from './postCost';

/** Part of a post's cost (or FTE) attributed to one key; key null means none was set. */
export interface SplitLine {
  key: Id | null;
  pence: number;
  /** The same share of the post's FTE, in ten-thousandths, also adding up exactly. */
  fteUnits: number;
}

export interface CostedPost {
  post: Post;
  cost: PostCost;
  headcount: number;
  fteUnits: number;
  /** By funding source, in the post's order of shares; a post with no funding set has one line with key null. */
  funding: SplitLine[];
  /** By the organisations bearing the cost: the employer alone unless the post is shared. */
  organisations: SplitLine[];
}

export interface Totals {
  posts: number;
  /** FTE in ten-thousandths, so sums are exact. */
  fteUnits: number;
  headcount: number;
  vacancies: number;
  salaryPence: number;
  niPence: number;
  pensionPence: number;
  levyPence: number;
  costPence: number;
}

export interface StructureCosting {
  /** One line per post, in the order given. */
  lines: CostedPost[];
  byId: Map<Id, CostedPost>;
  totals: Totals;
}

export function emptyTotals(): Totals {
  return { posts: 0, fteUnits: 0, headcount: 0, vacancies: 0, salaryPence: 0, niPence: 0, pensionPence: 0, levyPence: 0, costPence: 0 };
}

/** Adds one post to running totals. */
export function addToTotals(t: Totals, line: CostedPost): void {
  t.posts += 1;
  t.fteUnits += line.fteUnits;
  t.headcount += line.headcount;
  if (line.post.vacant) t.vacancies += 1;
  t.salaryPence += line.cost.salaryPence;
  t.niPence += line.cost.niPence;
  t.pensionPence += line.cost.pensionPence;
  t.levyPence += line.cost.levyPence;
  t.costPence += line.cost.totalPence;
}

function split(total: number, units: number, keys: readonly (Id | null)[], weights: readonly number[]): SplitLine[] {
  if (keys.length === 1) return [{ key: keys[0]!, pence: total, fteUnits: units }];
  const pence = splitByWeights(total, weights);
  const fte = splitByWeights(units, weights);
  return keys.map((key, i) => ({ key, pence: pence[i]!, fteUnits: fte[i]! }));
}

export function costLine(post: Post, ctx: CostContext): CostedPost {
  const cost = costPost(post, ctx);
  const units = fteUnits(post.fte);
  const funding =
    post.funding.length === 0
      ? [{ key: null, pence: cost.totalPence, fteUnits: units }]
      : split(cost.totalPence, units, post.funding.map((f) => f.sourceId), post.funding.map((f) => f.shareBp));
  const shares = post.organisationShares ?? [];
  const organisations =
    shares.length === 0
      ? [{ key: employerOf(post, ctx), pence: cost.totalPence, fteUnits: units }]
      : split(cost.totalPence, units, shares.map((o) => o.organisationId), shares.map((o) => o.shareBp));
  return { post, cost, headcount: headcountOf(post), fteUnits: units, funding, organisations };
}

export function costStructure(posts: readonly Post[], ctx: CostContext): StructureCosting {
  const lines: CostedPost[] = new Array(posts.length);
  const byId = new Map<Id, CostedPost>();
  const totals = emptyTotals();
  for (let i = 0; i < posts.length; i++) {
    const line = costLine(posts[i]!, ctx);
    lines[i] = line;
    byId.set(line.post.id, line);
    addToTotals(totals, line);
  }
  return { lines, byId, totals };
}
