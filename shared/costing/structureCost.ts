// The cost of a whole structure, post by post, with each post's cost split by funding source and
// between the organisations that bear it. Every split adds up to the post's pence exactly, so
// every total, however it is cut, is the sum of its lines; the splits are rounded over the whole
// structure, so each source's and organisation's total is within a penny of its exact share.
import type { Id, Post } from '../model/types';
import { splitByWeights } from './apportion';
import { roundOverCut } from './cutRounding';
import { establishmentPosts } from '../model/establishment';
import { fteUnits } from '../model/fte';
import { blankPostCost, costInto, employerOf, headcountOf, type CostContext, type PostCost } from './postCost';

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
  /** One line per post, in the order given (made when first asked for). */
  readonly lines: CostedPost[];
  /** The lines by post id (built on first use). */
  readonly byId: ReadonlyMap<Id, CostedPost>;
  totals: Totals;
  /** Posts costed: holding cards are left out. */
  readonly size: number;
  /** The post at position i of the lines, and its figures, without making its line. */
  postAt(i: number): Post;
  totalAt(i: number): number;
  fteUnitsAt(i: number): number;
  headcountAt(i: number): number;
  /** Each part of post i's cost and FTE, by funding source or by organisation bearing it, in the order of its line's parts. */
  eachPart(i: number, cut: 'funding' | 'organisations', visit: (key: Id | null, pence: number, fteUnits: number) => void): void;
}

export function emptyTotals(): Totals {
  return { posts: 0, fteUnits: 0, headcount: 0, vacancies: 0, salaryPence: 0, niPence: 0, pensionPence: 0, levyPence: 0, allInPence: 0, costPence: 0 };
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

/** Figures kept per post, side by side in one array: its cost, its FTE units and its headcount. */
const TOTAL = 0;
const UNITS = 1;
const HEADS = 2;
const PER_POST = 3;

/**
 * A structure costed into columns, the figures a comparison sums for every post side by side in
 * one array: the costed line of a post (an object per post, its cost and its parts) is made only
 * when a view asks for the lines, by costing the post again. Only the posts whose cost is split
 * between several sources or organisations hold their parts.
 */
class Costing implements StructureCosting {
  private made: CostedPost[] | null = null;
  private index: Map<Id, CostedPost> | null = null;
  readonly totals = emptyTotals();
  private readonly figures: Float64Array;
  /** Parts of the posts funded from more than one source, by position. */
  private readonly fundingSplits = new Map<number, SplitLine[]>();
  /** Parts of the posts whose cost is shared between organisations, by position. */
  private readonly shareSplits = new Map<number, SplitLine[]>();

  constructor(
    private readonly posts: readonly Post[],
    private readonly ctx: CostContext,
  ) {
    const n = posts.length;
    const figures = (this.figures = new Float64Array(n * PER_POST));
    const c = blankPostCost();
    const t = this.totals;
    for (let i = 0; i < n; i++) {
      const post = posts[i]!;
      costInto(post, ctx, c);
      const units = fteUnits(post.fte);
      const heads = headcountOf(post);
      const at = i * PER_POST;
      figures[at + TOTAL] = c.totalPence;
      figures[at + UNITS] = units;
      figures[at + HEADS] = heads;
      const f = post.funding;
      if (f.length > 1) this.fundingSplits.set(i, split(c.totalPence, units, f, (k) => f[k]!.sourceId));
      const o = post.organisationShares;
      if (o.length > 0) this.shareSplits.set(i, split(c.totalPence, units, o, (k) => o[k]!.organisationId));
      t.posts += 1;
      t.fteUnits += units;
      t.headcount += heads;
      if (post.vacant) t.vacancies += 1;
      t.salaryPence += c.salaryPence;
      t.niPence += c.niPence;
      t.pensionPence += c.pensionPence;
      t.levyPence += c.levyPence;
      t.allInPence += c.allInPence;
      t.costPence += c.totalPence;
    }
    roundSplits(this.fundingSplits, figures, (i) => posts[i]!.funding.map((f) => ({ key: f.sourceId, bp: f.shareBp })));
    roundSplits(this.shareSplits, figures, (i) => posts[i]!.organisationShares.map((o) => ({ key: o.organisationId, bp: o.shareBp })));
  }

  get size(): number {
    return this.posts.length;
  }
  postAt(i: number): Post {
    return this.posts[i]!;
  }
  totalAt(i: number): number {
    return this.figures[i * PER_POST + TOTAL]!;
  }
  fteUnitsAt(i: number): number {
    return this.figures[i * PER_POST + UNITS]!;
  }
  headcountAt(i: number): number {
    return this.figures[i * PER_POST + HEADS]!;
  }

  eachPart(i: number, cut: 'funding' | 'organisations', visit: (key: Id | null, pence: number, fteUnits: number) => void): void {
    const post = this.posts[i]!;
    // Only a post funded from several sources, or shared, has parts of its own.
    const parts = cut === 'funding' ? (post.funding.length > 1 ? this.fundingSplits.get(i) : undefined) : post.organisationShares.length > 0 ? this.shareSplits.get(i) : undefined;
    if (parts) {
      for (const p of parts) visit(p.key, p.pence, p.fteUnits);
      return;
    }
    const key = cut === 'funding' ? (post.funding[0]?.sourceId ?? null) : employerOf(post, this.ctx);
    visit(key, this.totalAt(i), this.fteUnitsAt(i));
  }

  private lineAt(i: number): CostedPost {
    const post = this.posts[i]!;
    const cost = blankPostCost();
    costInto(post, this.ctx, cost);
    const totalPence = cost.totalPence;
    const units = this.fteUnitsAt(i);
    const funding = this.fundingSplits.get(i) ?? [{ key: post.funding[0]?.sourceId ?? null, pence: totalPence, fteUnits: units }];
    const organisations = this.shareSplits.get(i) ?? [{ key: employerOf(post, this.ctx), pence: totalPence, fteUnits: units }];
    return { post, cost, headcount: this.headcountAt(i), fteUnits: units, funding, organisations };
  }

  get lines(): CostedPost[] {
    if (!this.made) {
      const out = new Array<CostedPost>(this.posts.length);
      for (let i = 0; i < out.length; i++) out[i] = this.lineAt(i);
      this.made = out;
    }
    return this.made;
  }

  get byId(): ReadonlyMap<Id, CostedPost> {
    if (!this.index) {
      this.index = new Map();
      for (const l of this.lines) this.index.set(l.post.id, l);
    }
    return this.index;
  }
}

/**
 * The costing of `posts` whose totals are already known (worked out in a worker, say): the rest is
 * worked out, exactly as costStructure does, only when first asked for.
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
  get size(): number {
    return this.full.size;
  }
  postAt(i: number): Post {
    return this.full.postAt(i);
  }
  totalAt(i: number): number {
    return this.full.totalAt(i);
  }
  fteUnitsAt(i: number): number {
    return this.full.fteUnitsAt(i);
  }
  headcountAt(i: number): number {
    return this.full.headcountAt(i);
  }
  eachPart(i: number, cut: 'funding' | 'organisations', visit: (key: Id | null, pence: number, fteUnits: number) => void): void {
    this.full.eachPart(i, cut, visit);
  }
}

export function lazyCosting(posts: readonly Post[], ctx: CostContext, totals: Totals): StructureCosting {
  return new LazyCosting(posts, ctx, totals);
}

/** Re-rounds the parts of every post split more than one way over the whole cut, pence and FTE alike. */
function roundSplits(splits: ReadonlyMap<number, SplitLine[]>, figures: Float64Array, sharesOf: (i: number) => { key: string; bp: number }[]): void {
  const at: number[] = [];
  for (const [i, parts] of splits) if (parts.length > 1) at.push(i);
  if (at.length < 2) return;
  const shares = at.map(sharesOf);
  const pence = roundOverCut(at.map((i, k) => ({ total: figures[i * PER_POST + TOTAL]!, shares: shares[k]! })));
  const fte = roundOverCut(at.map((i, k) => ({ total: figures[i * PER_POST + UNITS]!, shares: shares[k]! })));
  at.forEach((i, k) => {
    const parts = splits.get(i)!;
    for (let j = 0; j < parts.length; j++) {
      parts[j]!.pence = pence[k]![j]!;
      parts[j]!.fteUnits = fte[k]![j]!;
    }
  });
}

/** Costs every post, in the order given; holding cards are left out. */
export function costStructure(allPosts: readonly Post[], ctx: CostContext): StructureCosting {
  return costEstablishment(establishmentPosts(allPosts), ctx);
}

/** costStructure of posts that are the establishment already: holding cards left out, as establishmentPosts gives them. */
export function costEstablishment(posts: readonly Post[], ctx: CostContext): StructureCosting {
  return new Costing(posts, ctx);
}
