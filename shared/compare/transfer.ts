// A comparison worked out in another thread comes back in pieces small enough to copy without
// holding up the window. The posts are not copied back: each post a summary refers to is sent as
// its position in the lists both sides already hold (the before list, then the after list), and
// put back as the very post objects the window has. The changes go in chunks; the rest (counts,
// totals, breakdowns, people, one-off costs) in a last piece. The costed line of every post is
// not sent at all (tens of thousands of small objects to copy): the window works the lines out
// from the same posts only if a view asks for them.
import type { CostContext } from '../costing/postCost';
import { lazyCosting, type Totals } from '../costing/structureCost';
import type { PostChange, StructureDiff } from '../diff/types';
import type { Post, Structure } from '../model/types';
import type { ChangeSummary } from './compare';
import type { OneOffCosts, OneOffLine } from './oneOff';
import type { AtRiskPost, FundingEnd, PeopleEffect } from './people';

/** Changes per piece: each piece copies in a few milliseconds. */
export const CHUNK = 500;

/** A post as its position: i in the before list, or the before list's length + j in the after list. */
type PostRef = number;

export type PackedChange = Omit<PostChange, 'before' | 'after'> & { before: PostRef | null; after: PostRef | null };
type PackedAtRisk = Omit<AtRiskPost, 'change'> & { change: number };
type PackedOneOffLine = Omit<OneOffLine, 'post'> & { post: number };

/** Everything but the changes (and the lines, which are not sent). */
export interface PackedRest {
  diff: Omit<StructureDiff, 'changes'>;
  totals: { before: Totals; after: Totals };
  cost: ChangeSummary['cost'];
  implementationDate: string | null;
  byFinancialYear: ChangeSummary['byFinancialYear'];
  breakdowns: ChangeSummary['breakdowns'];
  people: Omit<PeopleEffect, 'atRiskPosts' | 'fundingEnds'> & { atRiskPosts: PackedAtRisk[]; fundingEnds: (Omit<FundingEnd, 'post'> & { post: PostRef })[] };
  oneOff: Omit<OneOffCosts, 'lines'> & { lines: PackedOneOffLine[] };
}

export type Piece = { part: 'changes'; items: PackedChange[] } | { part: 'rest'; rest: PackedRest };

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Each item's position in `list`, for items the summary shares between its parts. */
function indexOf<T>(list: readonly T[], what: string): (item: T) => number {
  const at = new Map<T, number>(list.map((x, i) => [x, i]));
  return (item) => {
    const i = at.get(item);
    if (i === undefined) throw new Error(`A ${what} is not in the summary's list`);
    return i;
  };
}

/** The pieces of a summary worked out from `fromPosts` and `toPosts`, the last one 'rest'. */
export function packSummary(summary: ChangeSummary, fromPosts: readonly Post[], toPosts: readonly Post[]): Piece[] {
  const at = new Map<Post, PostRef>();
  fromPosts.forEach((p, i) => at.set(p, i));
  toPosts.forEach((p, j) => at.set(p, fromPosts.length + j));
  const ref = (p: Post): PostRef => {
    const i = at.get(p);
    if (i === undefined) throw new Error(`Post ${p.id} is in neither structure compared`);
    return i;
  };
  const changeAt = indexOf(summary.diff.changes, 'change');
  const riskAt = indexOf(summary.people.atRiskPosts, 'post at risk');
  const changes = summary.diff.changes.map((c): PackedChange => ({ ...c, before: c.before && ref(c.before), after: c.after && ref(c.after) }));
  const { changes: _changes, ...diff } = summary.diff;
  const people = summary.people;
  const rest: PackedRest = {
    diff,
    totals: { before: summary.before.totals, after: summary.after.totals },
    cost: summary.cost,
    implementationDate: summary.implementationDate,
    byFinancialYear: summary.byFinancialYear,
    breakdowns: summary.breakdowns,
    people: {
      ...people,
      atRiskPosts: people.atRiskPosts.map((r) => ({ ...r, change: changeAt(r.change) })),
      fundingEnds: people.fundingEnds.map((f) => ({ ...f, post: ref(f.post) })),
    },
    oneOff: { ...summary.oneOff, lines: summary.oneOff.lines.map((l) => ({ ...l, post: riskAt(l.post) })) },
  };
  return [
    ...chunks(changes).map((items): Piece => ({ part: 'changes', items })),
    { part: 'rest', rest },
  ];
}

/**
 * Collects the pieces of one summary as they arrive, putting the window's own posts back into
 * each piece's changes as it comes (in place, so little is made anew), so the last piece leaves
 * little to do.
 */
export class SummaryPieces {
  private changes: PostChange[] = [];
  private rest: PackedRest | null = null;

  constructor(
    private readonly fromPosts: readonly Post[],
    private readonly toPosts: readonly Post[],
  ) {}

  private post(i: PostRef): Post {
    const p = i < this.fromPosts.length ? this.fromPosts[i] : this.toPosts[i - this.fromPosts.length];
    if (!p) throw new Error('The comparison refers to a post the window does not have');
    return p;
  }

  add(piece: Piece): void {
    if (piece.part === 'rest') {
      this.rest = piece.rest;
      return;
    }
    for (const item of piece.items) {
      const c = item as unknown as PostChange;
      c.before = item.before === null ? null : this.post(item.before);
      c.after = item.after === null ? null : this.post(item.after);
      this.changes.push(c);
    }
  }

  get complete(): boolean {
    return this.rest !== null;
  }

  /**
   * The summary, its lines costed with `ctx` (the cost context of the reference the worker was
   * given) when asked for.
   */
  summary(from: Structure, to: Structure, ctx: CostContext): ChangeSummary {
    const r = this.rest;
    if (!r) throw new Error('The comparison has not all arrived');
    const changes = this.changes;
    const atRiskPosts = r.people.atRiskPosts.map((a): AtRiskPost => ({ ...a, change: changes[a.change]! }));
    const people: PeopleEffect = { ...r.people, atRiskPosts, fundingEnds: r.people.fundingEnds.map((f) => ({ ...f, post: this.post(f.post) })) };
    const oneOffLines = r.oneOff.lines.map((l): OneOffLine => {
      const risk = atRiskPosts[l.post]!;
      // The postholder as the window holds it, inside its post.
      const holder = risk.change.before?.postholders.find((h) => h.id === l.holder.id) ?? l.holder;
      return { ...l, post: risk, holder };
    });
    return {
      from,
      to,
      diff: { ...r.diff, changes },
      before: lazyCosting(this.fromPosts, ctx, r.totals.before),
      after: lazyCosting(this.toPosts, ctx, r.totals.after),
      cost: r.cost,
      implementationDate: r.implementationDate,
      byFinancialYear: r.byFinancialYear,
      breakdowns: r.breakdowns,
      people,
      oneOff: { ...r.oneOff, lines: oneOffLines },
    };
  }
}
