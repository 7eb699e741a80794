// A costed staffing schedule laid out as councils publish them (REFRAME's Appendix C): one row per
// kind of post (same title, grade and cost per post), a count of posts per team, the total cost,
// and the cost per funding source, with a totals row. Totals are sums of unrounded pence; only
// display rounds, so three posts at "68,371" can total 205,112.
import type { Id } from '../model/types';
import { NONE } from './dimensions';
import type { CostedPost, StructureCosting } from './structureCost';

export interface ScheduleRow {
  title: string;
  gradeId: Id | null;
  /** Full-time salary the posts are costed at, pence. */
  fullTimeSalaryPence: number;
  /** Whether the row's posts are costed all-in (their cost per post includes on-costs; none added). */
  allIn: boolean;
  /** Cost of one post including on-costs, pence; null when the posts of the row differ (job shares, say). */
  unitCostPence: number | null;
  posts: number;
  fteUnits: number;
  /** Posts per team, keyed by team name ("" for none). */
  postsByTeam: Map<string, number>;
  costPence: number;
  /** Cost per funding source id ("" for none set), adding up to costPence exactly. */
  costBySource: Map<string, number>;
  postIds: Id[];
}

export interface StaffingSchedule {
  /** Team columns, in the order teams first appear in the structure. */
  teams: string[];
  /** Funding source columns ("" for none set), in the order given by `sourceOrder`, then first use. */
  sources: string[];
  rows: ScheduleRow[];
  totals: { posts: number; fteUnits: number; postsByTeam: Map<string, number>; costPence: number; costBySource: Map<string, number> };
}

/** What a row's posts are costed at: the all-in cost per post, or the full-time salary. */
function rateOf(l: CostedPost): number {
  return l.post.allInCostPence ?? l.cost.fullTimeSalaryPence;
}

function rowKey(l: CostedPost): string {
  return `${l.post.title.trim()}\u0000${l.post.gradeId ?? ''}\u0000${l.post.allInCostPence === null ? 's' : 'a'}${rateOf(l)}\u0000${l.fteUnits}`;
}

const bump = (m: Map<string, number>, k: string, by: number) => m.set(k, (m.get(k) ?? 0) + by);

const rateOfRow = (r: ScheduleRow) => (r.allIn ? (r.unitCostPence ?? r.costPence / r.posts) : r.fullTimeSalaryPence);

/**
 * Rows run from the best paid kind of post to the least (as published schedules do), posts of the
 * same pay in the order they first appear; `sourceOrder` lists funding source ids in the
 * document's order. Identical posts share a line unless `groupPosts` is false (one line per post).
 */
export function staffingSchedule(costing: StructureCosting, sourceOrder: readonly Id[] = [], groupPosts = true): StaffingSchedule {
  const rows = new Map<string, ScheduleRow>();
  const teams: string[] = [];
  const seenTeams = new Set<string>();
  const usedSources = new Set<string>();
  const totals = { posts: 0, fteUnits: 0, postsByTeam: new Map<string, number>(), costPence: 0, costBySource: new Map<string, number>() };
  for (const l of costing.lines) {
    const key = groupPosts ? rowKey(l) : l.post.id;
    let row = rows.get(key);
    if (!row) {
      row = {
        title: l.post.title.trim(),
        gradeId: l.post.gradeId,
        fullTimeSalaryPence: l.cost.fullTimeSalaryPence,
        allIn: l.post.allInCostPence !== null,
        unitCostPence: l.cost.totalPence,
        posts: 0,
        fteUnits: 0,
        postsByTeam: new Map(),
        costPence: 0,
        costBySource: new Map(),
        postIds: [],
      };
      rows.set(key, row);
    } else if (row.unitCostPence !== l.cost.totalPence) row.unitCostPence = null;
    const team = l.post.team.trim();
    if (!seenTeams.has(team)) {
      seenTeams.add(team);
      teams.push(team);
    }
    row.posts += 1;
    row.fteUnits += l.fteUnits;
    row.costPence += l.cost.totalPence;
    row.postIds.push(l.post.id);
    bump(row.postsByTeam, team, 1);
    totals.posts += 1;
    totals.fteUnits += l.fteUnits;
    totals.costPence += l.cost.totalPence;
    bump(totals.postsByTeam, team, 1);
    for (const f of l.funding) {
      const s = f.key ?? NONE;
      usedSources.add(s);
      bump(row.costBySource, s, f.pence);
      bump(totals.costBySource, s, f.pence);
    }
  }
  const sources = [...sourceOrder.filter((s) => usedSources.has(s)), ...[...usedSources].filter((s) => !sourceOrder.includes(s))];
  const ordered = [...rows.values()].map((r, i) => ({ r, i }));
  ordered.sort((a, b) => rateOfRow(b.r) - rateOfRow(a.r) || a.i - b.i);
  return { teams, sources, rows: ordered.map((x) => x.r), totals };
}
