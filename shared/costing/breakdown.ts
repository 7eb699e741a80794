// Totals of two costed structures side by side, cut one way (by team, grade, funding source or
// organisation). Cost and FTE in every row are exact sums of the posts' parts; shared posts' parts
// are rounded over the whole structure (see cutRounding.ts), so a row of a cut by funding source or
// organisation is within a penny of its exact share.
import { DIMENSIONS, NONE, rowLabel, type Dimension, type DimensionReference } from './dimensions';
import type { StructureCosting } from './structureCost';

export interface BreakdownSide {
  /** Posts with a part in the row (a shared or jointly funded post counts in each row it has a part in). */
  posts: number;
  /** People in those posts, counted as posts are. */
  headcount: number;
  /** FTE in ten-thousandths; split posts contribute their share, so rows add up to the total. */
  fteUnits: number;
  costPence: number;
}

export interface BreakdownRow {
  /** The team name, or the grade, source or organisation id; "" where nothing is set. */
  key: string;
  label: string;
  before: BreakdownSide;
  after: BreakdownSide;
  /** before.costPence - after.costPence */
  savingPence: number;
}

const emptySide = (): BreakdownSide => ({ posts: 0, headcount: 0, fteUnits: 0, costPence: 0 });

/** The rows of one cut as posts are added to them. */
class CutRows {
  private readonly rows = new Map<string, BreakdownRow>();
  // Posts of a team, grade or source tend to sit together, so the last row is usually the next one.
  private lastKey: string | null = null;
  private lastRow: BreakdownRow | null = null;

  put(key: string | null, side: 'before' | 'after', headcount: number, pence: number, fteUnits: number): void {
    const k = key ?? NONE;
    let row = k === this.lastKey ? this.lastRow! : this.rows.get(k);
    if (!row) {
      row = { key: k, label: '', before: emptySide(), after: emptySide(), savingPence: 0 };
      this.rows.set(k, row);
    }
    this.lastKey = k;
    this.lastRow = row;
    const s = row[side];
    s.posts += 1;
    s.headcount += headcount;
    s.fteUnits += fteUnits;
    s.costPence += pence;
  }

  /** The rows labelled, in the document's order, those with nothing set last. */
  finish(dimension: Dimension, ref: DimensionReference): BreakdownRow[] {
    const labelled = [...this.rows.values()].map((r) => {
      const l = rowLabel(dimension, r.key, ref);
      r.label = l.label;
      r.savingPence = r.before.costPence - r.after.costPence;
      return { r, order: l.order };
    });
    labelled.sort((x, y) => x.order - y.order || x.r.label.localeCompare(y.r.label, 'en-GB'));
    return labelled.map((x) => x.r);
  }
}

/** Adds every post of one side to the cuts asked for, in one pass over its posts. */
function addSide(cuts: Partial<Record<Dimension, CutRows>>, costing: StructureCosting, side: 'before' | 'after'): void {
  const { team, grade, source, organisation } = cuts;
  let heads = 0;
  const toSource = source ? (key: string | null, pence: number, units: number) => source.put(key, side, heads, pence, units) : null;
  const toOrganisation = organisation ? (key: string | null, pence: number, units: number) => organisation.put(key, side, heads, pence, units) : null;
  for (let i = 0; i < costing.size; i++) {
    heads = costing.headcountAt(i);
    const post = costing.postAt(i);
    const pence = costing.totalAt(i);
    const units = costing.fteUnitsAt(i);
    if (team) team.put(post.team.trim(), side, heads, pence, units);
    if (grade) grade.put(post.gradeId, side, heads, pence, units);
    if (toSource) costing.eachPart(i, 'funding', toSource);
    if (toOrganisation) costing.eachPart(i, 'organisations', toOrganisation);
  }
}

function cutsOf(dimensions: readonly Dimension[], before: StructureCosting, after: StructureCosting, ref: DimensionReference): Partial<Record<Dimension, BreakdownRow[]>> {
  const cuts: Partial<Record<Dimension, CutRows>> = {};
  for (const d of dimensions) cuts[d] = new CutRows();
  addSide(cuts, before, 'before');
  addSide(cuts, after, 'after');
  const out: Partial<Record<Dimension, BreakdownRow[]>> = {};
  for (const d of dimensions) out[d] = cuts[d]!.finish(d, ref);
  return out;
}

export function breakdown(dimension: Dimension, before: StructureCosting, after: StructureCosting, ref: DimensionReference): BreakdownRow[] {
  return cutsOf([dimension], before, after, ref)[dimension]!;
}

/** Every cut at once, from one pass over each side's posts. */
export function allBreakdowns(before: StructureCosting, after: StructureCosting, ref: DimensionReference): Record<Dimension, BreakdownRow[]> {
  return cutsOf(DIMENSIONS, before, after, ref) as Record<Dimension, BreakdownRow[]>;
}
