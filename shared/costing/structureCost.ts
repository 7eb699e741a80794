// The cost of a whole structure, post by post, with each post's cost split by funding source and
// between the organisations that bear it. Every split adds up to the post's pence exactly, so
// every total, however it is cut, is the sum of its lines.
import type { Id, Post } from '../model/types';
import { splitByWeights } from './apportion';
import { establishmentPosts } from '../model/establishment';
import { fteUnits } from '../model/fte';
import { costPost, employerOf, headcountOf, type CostContext, type PostCost } from './postCost';

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
  /** The lines by post id (built on first use). */
  readonly byId: ReadonlyMap<Id, CostedPost>;
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

function split(total: number, units: number, shares: readonly { shareBp: number }[], keyOf: (i: number) => Id): SplitLine[] {
  const weights = new Array<number>(shares.length);
  for (let i = 0; i < shares.length; i++) weights[i] = shares[i]!.shareBp;
  const pence = splitByWeights(total, weights);
  const fte = splitByWeights(units, weights);
  const out = new Array<SplitLine>(shares.length);
  for (let i = 0; i < shares.length; i++) out[i] = { key: keyOf(i), pence: pence[i]!, fteUnits: fte[i]! };
  return out;
}

export function costLine(post: Post, ctx: CostContext): CostedPost {
  const cost = costPost(post, ctx);
  const units = fteUnits(post.fte);
  const f = post.funding;
  const funding =
    f.length === 0
      ? [{ key: null, pence: cost.totalPence, fteUnits: units }]
      : f.length === 1
        ? [{ key: f[0]!.sourceId, pence: cost.totalPence, fteUnits: units }]
        : split(cost.totalPence, units, f, (i) => f[i]!.sourceId);
  const o = post.organisationShares;
  const organisations =
    o.length === 0
      ? [{ key: employerOf(post, ctx), pence: cost.totalPence, fteUnits: units }]
      : split(cost.totalPence, units, o, (i) => o[i]!.organisationId);
  return { post, cost, headcount: headcountOf(post), fteUnits: units, funding, organisations };
}

class Costing implements StructureCosting {
  private index: Map<Id, CostedPost> | null = null;
  constructor(
    readonly lines: CostedPost[],
    readonly totals: Totals,
  ) {}
  get byId(): ReadonlyMap<Id, CostedPost> {
    if (!this.index) {
      this.index = new Map();
      for (const l of this.lines) this.index.set(l.post.id, l);
    }
    return this.index;
  }
}

/** Costs every post, in the order given; holding cards are left out. */
export function costStructure(allPosts: readonly Post[], ctx: CostContext): StructureCosting {
  const posts = establishmentPosts(allPosts);
  const lines: CostedPost[] = new Array(posts.length);
  const totals = emptyTotals();
  for (let i = 0; i < posts.length; i++) {
    const line = costLine(posts[i]!, ctx);
    lines[i] = line;
    addToTotals(totals, line);
  }
  return new Costing(lines, totals);
}
