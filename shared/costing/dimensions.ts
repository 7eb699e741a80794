// The ways a structure's cost is cut: by team, grade, funding source and the organisation bearing
// it. Each gives every post's part in each row; funding sources and organisations split a post's
// cost and FTE exactly, so the rows of a cut always add up to the structure's total.
import type { FundingSource, Grade, Id, Organisation } from '../model/types';
import type { CostedPost } from './structureCost';

export type Dimension = 'team' | 'grade' | 'source' | 'organisation';
export const DIMENSIONS: readonly Dimension[] = ['team', 'grade', 'source', 'organisation'];

/** A post's part in one row of a cut. */
export interface Part {
  key: string;
  pence: number;
  fteUnits: number;
}

/** How the cuts that share posts' costs are rounded, said once under each table that shows one. */
export const APPORTIONMENT_NOTE =
  'Posts whose cost is shared are apportioned by the largest-remainder method over the whole cut, not post by post: each row is within a penny of its exact share, and the rows add up to the total.';

/** What each cut is, as a table or section title says it. */
export const CUT_NAME: Record<Dimension, string> = {
  source: 'by funding source',
  organisation: 'by cost share between organisations',
  team: 'by team',
  grade: 'by grade',
};

/** Row keys: the team name, or an id; NONE where nothing is set. */
export const NONE = '';

export function partsOf(line: CostedPost, dimension: Dimension): Part[] {
  switch (dimension) {
    case 'team':
      return [{ key: line.post.team.trim(), pence: line.cost.totalPence, fteUnits: line.fteUnits }];
    case 'grade':
      return [{ key: line.post.gradeId ?? NONE, pence: line.cost.totalPence, fteUnits: line.fteUnits }];
    case 'source':
      return line.funding.map((f) => ({ key: f.key ?? NONE, pence: f.pence, fteUnits: f.fteUnits }));
    case 'organisation':
      return line.organisations.map((o) => ({ key: o.key ?? NONE, pence: o.pence, fteUnits: o.fteUnits }));
  }
}

export interface DimensionReference {
  grades: readonly Grade[];
  organisations: readonly Organisation[];
  fundingSources: readonly FundingSource[];
}

export interface RowLabel {
  key: string;
  label: string;
  /** Sorts rows as the document lists them; rows with nothing set come last. */
  order: number;
}

const NO_LABEL: Record<Dimension, string> = {
  team: 'No team',
  grade: 'No grade',
  source: 'No funding source set',
  organisation: 'No employing organisation',
};

export function rowLabel(dimension: Dimension, key: string, ref: DimensionReference): RowLabel {
  if (key === NONE) return { key, label: NO_LABEL[dimension], order: Number.MAX_SAFE_INTEGER };
  const find = <T extends { id: Id }>(list: readonly T[]) => {
    const i = list.findIndex((x) => x.id === key);
    return i < 0 ? null : { item: list[i]!, i };
  };
  switch (dimension) {
    case 'team':
      return { key, label: key, order: 0 };
    case 'grade': {
      const g = find(ref.grades);
      return g ? { key, label: g.item.code, order: g.i } : { key, label: 'Grade no longer in the table', order: Number.MAX_SAFE_INTEGER - 1 };
    }
    case 'source': {
      const s = find(ref.fundingSources);
      return s ? { key, label: s.item.name, order: s.i } : { key, label: 'Funding source no longer in the document', order: Number.MAX_SAFE_INTEGER - 1 };
    }
    case 'organisation': {
      const o = find(ref.organisations);
      return o ? { key, label: o.item.name, order: o.i } : { key, label: 'Organisation no longer in the document', order: Number.MAX_SAFE_INTEGER - 1 };
    }
  }
}
