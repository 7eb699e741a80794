// The cost of a whole structure, post by post, with each post's cost split by funding source and
// between the organisations that bear it. Every split adds up to the post's pence exactly, so
// every total, however it is cut, is the sum of its lines; the splits are rounded over the whole
// structure, so each source's and organisation's total is within a penny of its exact share.
import type { Id, Post } from '../model/types';
import { splitByWeights } from './apportion';
import { roundOverCut } from './cutRounding';
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
  /** Cost of posts costed all-in (their on-costs included, none added). */
  allInPence: number;
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
  return { posts: 0, fteUnits: 0, headcount: 0, vacancies: 0, salaryPence: 0, niPence: 0, pensionPence: 0, levyPence: 0, allInPence: 0, costPence: 0 };
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
  t.allInPence += line.cost.allInPence;
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

/**
 * The costing of `posts` whose totals are already known (worked out in a worker, say): the lines
 * are worked out, exactly as costStructure does, only when first asked for.
 */
class LazyCosting implements StructureCosting {
  private costing: StructureCosting | null = null;
  constructor(
    private readonly posts: readonly Post[],
    private readonly ctx: CostContext,
    readonly totals: Totals,
  ) {}
  private get full(): StructureCosting {
    return (this.costing ??= costStructure(this.posts, this.ctx));
  }
  get lines(): CostedPost[] {
    return this.full.lines;
  }
  get byId(): ReadonlyMap<Id, CostedPost> {
    return this.full.byId;
  }
}

export function lazyCosting(posts: readonly Post[], ctx: CostContext, totals: Totals): StructureCosting {
  return new LazyCosting(posts, ctx, totals);
}

/** Re-rounds the parts of every split post over the whole cut, pence and FTE alike. */
function roundSplits(lines: CostedPost[], sharesOf: (l: CostedPost) => { key: string; bp: number }[] | null, partsOf: (l: CostedPost) => SplitLine[]): void {
  const split: CostedPost[] = [];
  const shares: { key: string; bp: number }[][] = [];
  for (const l of lines) {
    const s = sharesOf(l);
    if (s) {
      split.push(l);
      shares.push(s);
    }
  }
  if (split.length < 2) return;
  const pence = roundOverCut(split.map((l, i) => ({ total: l.cost.totalPence, shares: shares[i]! })));
  const units = roundOverCut(split.map((l, i) => ({ total: l.fteUnits, shares: shares[i]! })));
  split.forEach((l, i) => {
    const parts = partsOf(l);
    for (let j = 0; j < parts.length; j++) {
      parts[j]!.pence = pence[i]![j]!;
      parts[j]!.fteUnits = units[i]![j]!;
    }
  });
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
  roundSplits(lines, (l) => (l.funding.length > 1 ? l.post.funding.map((f) => ({ key: f.sourceId, bp: f.shareBp })) : null), (l) => l.funding);
  roundSplits(lines, (l) => (l.organisations.length > 1 ? l.post.organisationShares.map((o) => ({ key: o.organisationId, bp: o.shareBp })) : null), (l) => l.organisations);
  return new Costing(lines, totals);
}
