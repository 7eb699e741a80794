// Totals of two costed structures side by side, cut one way (by team, grade, funding source or
// organisation). Cost and FTE in every row are exact sums of the posts' parts; shared posts' parts
// are rounded over the whole structure (see cutRounding.ts), so a row of a cut by funding source or
// organisation is within a penny of its exact share.
import { NONE, rowLabel, type Dimension, type DimensionReference } from './dimensions';
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

export function breakdown(
  dimension: Dimension,
  before: StructureCosting,
  after: StructureCosting,
  ref: DimensionReference,
): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  // Posts of a team, grade or source tend to sit together, so the last row is usually the next one.
  let lastKey: string | null = null;
  let lastRow: BreakdownRow | null = null;
  const rowFor = (key: string): BreakdownRow => {
    if (key === lastKey) return lastRow!;
    let row = rows.get(key);
    if (!row) {
      row = { key, label: '', before: emptySide(), after: emptySide(), savingPence: 0 };
      rows.set(key, row);
    }
    lastKey = key;
    lastRow = row;
    return row;
  };
  const add = (costing: StructureCosting, side: 'before' | 'after') => {
    let heads = 0;
    const put = (key: string | null, pence: number, fteUnits: number) => {
      const s = rowFor(key ?? NONE)[side];
      s.posts += 1;
      s.headcount += heads;
      s.fteUnits += fteUnits;
      s.costPence += pence;
    };
    const cut = dimension === 'source' ? 'funding' : 'organisations';
    for (let i = 0; i < costing.size; i++) {
      heads = costing.headcountAt(i);
      if (dimension === 'team' || dimension === 'grade') {
        const post = costing.postAt(i);
        put(dimension === 'team' ? post.team.trim() : post.gradeId, costing.totalAt(i), costing.fteUnitsAt(i));
      } else costing.eachPart(i, cut, put);
    }
  };
  add(before, 'before');
  add(after, 'after');
  const labelled = [...rows.values()].map((r) => {
    const l = rowLabel(dimension, r.key, ref);
    r.label = l.label;
    r.savingPence = r.before.costPence - r.after.costPence;
    return { r, order: l.order };
  });
  labelled.sort((x, y) => x.order - y.order || x.r.label.localeCompare(y.r.label, 'en-GB'));
  return labelled.map((x) => x.r);
}

/** Every cut at once. */
export function allBreakdowns(before: StructureCosting, after: StructureCosting, ref: DimensionReference): Record<Dimension, BreakdownRow[]> {
  return {
    team: breakdown('team', before, after, ref),
    grade: breakdown('grade', before, after, ref),
    source: breakdown('source', before, after, ref),
    organisation: breakdown('organisation', before, after, ref),
  };
}

