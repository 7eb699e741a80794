// The costed staffing schedule, laid out like a committee report's staffing costs appendix (REFRAME
// Appendix C): one row per kind of post (title, grade, salary), a count column per team, number of
// posts, FTE, cost per post and total cost, and the cost carried by each funding source, with a
// totals row. Posts costed all-in (on-costs included in their cost per post) are marked as such. The rows and every figure
// come from the costing engine's schedule, so the export says what the compare view says.
import { APPORTIONMENT_NOTE, NONE } from '../../costing/dimensions';
import { staffingSchedule as costedSchedule, type StaffingSchedule } from '../../costing/schedule';
import type { StructureCosting } from '../../costing/structureCost';
import type { DocumentInfo } from '../../model/types';
import type { Column, Row, Table } from '../table';

const NO_TEAM = 'No team';
const NO_FUNDING = 'No funding source set';

type Reference = Pick<DocumentInfo, 'settings' | 'grades' | 'fundingSources'>;

/** The engine's schedule of a costed structure, with funding sources in the document's order. */
export function scheduleOf(doc: Pick<DocumentInfo, 'fundingSources'>, costing: StructureCosting, groupPosts = true): StaffingSchedule {
  const order = [...doc.fundingSources].sort((a, b) => a.sortOrder - b.sortOrder).map((s) => s.id);
  return costedSchedule(costing, order, groupPosts);
}

function scheduleNotes(doc: Reference, schedule: StaffingSchedule, everyAllIn: boolean): string[] {
  const notes: string[] = [];
  const onCosts = `employer National Insurance and pension${doc.settings.levyEnabled ? ' and the apprenticeship levy' : ''}`;
  if (!everyAllIn)
    notes.push(
      `Salary p.a. is the full-time salary of the post's pay point (${doc.settings.payYear} pay). Cost per post and total cost are full-year costs of the posts at their FTE, including ${onCosts}.`,
    );
  if (schedule.rows.some((r) => r.allIn))
    notes.push(
      everyAllIn
        ? 'Cost per post is each post’s all-in annual cost as entered, on-costs included: none are added to it.'
        : 'Rows marked “all-in cost” are costed at the cost per post entered, on-costs included: none are added to it.',
    );
  // Figures print to the pound; totals come from pence, so printed lines may not add up to a printed total.
  const shown = (pence: number) => Math.round(pence / 100);
  const linesShown = schedule.rows.reduce((s, r) => s + shown(r.costPence), 0);
  const diff = shown(schedule.totals.costPence) - linesShown;
  if (diff !== 0)
    notes.push(
      `Figures are rounded to the pound and totals are added up from unrounded costs, so the total cost column as printed adds up to ${linesShown.toLocaleString('en-GB')}, £${Math.abs(diff)} ${diff > 0 ? 'less' : 'more'} than the total shown.`,
    );
  notes.push(APPORTIONMENT_NOTE);
  return notes;
}

export function staffingSchedule(doc: Reference, costing: StructureCosting, title: string, groupPosts = true): Table {
  const schedule = scheduleOf(doc, costing, groupPosts);
  const grades = new Map(doc.grades.map((g) => [g.id, g.code]));
  const sources = new Map(doc.fundingSources.map((s) => [s.id, s.name]));
  const sourceName = (id: string) => (id === NONE ? NO_FUNDING : (sources.get(id) ?? 'Funding source no longer in the document'));
  const { teams } = schedule;
  const allIn = schedule.rows.filter((r) => r.allIn);
  const everyAllIn = allIn.length > 0 && allIn.length === schedule.rows.length;
  const showSalary = !everyAllIn;
  // Where only some rows are all-in, each says so beside its title.
  const titleOf = (r: (typeof schedule.rows)[number]) => (r.allIn && !everyAllIn ? `${r.title} (all-in cost)` : r.title);

  const columns: Column[] = [
    { header: 'Post', kind: 'text', width: 34 },
    { header: 'Grade', kind: 'text', width: 7 },
    ...(showSalary ? [{ header: 'Salary p.a. (£)', kind: 'money', width: 11 } satisfies Column] : []),
    ...teams.map((t): Column => ({ header: t || NO_TEAM, kind: 'count', group: 'Posts by team', width: 9 })),
    { header: 'Total posts', kind: 'count', width: 8 },
    { header: 'FTE', kind: 'fte', width: 8 },
    { header: everyAllIn ? 'Cost per post (all-in) (£)' : 'Cost per post (£)', kind: 'money', width: 12 },
    { header: 'Total cost (£)', kind: 'money', width: 12 },
    ...schedule.sources.map((s): Column => ({ header: sourceName(s), kind: 'money', group: 'Cost by funding source (£)', width: 12 })),
  ];
  const rows: Row[] = schedule.rows.map((r) => ({
    kind: 'body',
    cells: [
      titleOf(r),
      r.gradeId ? (grades.get(r.gradeId) ?? '') : '',
      ...(showSalary ? [r.allIn ? null : r.fullTimeSalaryPence] : []),
      ...teams.map((t) => r.postsByTeam.get(t) ?? null),
      r.posts,
      r.fteUnits / 10_000,
      r.unitCostPence,
      r.costPence,
      ...schedule.sources.map((s) => r.costBySource.get(s) ?? null),
    ],
  }));
  const t = schedule.totals;
  rows.push({
    kind: 'total',
    cells: [
      'Total',
      null,
      ...(showSalary ? [null] : []),
      ...teams.map((team) => t.postsByTeam.get(team) ?? 0),
      t.posts,
      t.fteUnits / 10_000,
      null,
      t.costPence,
      ...schedule.sources.map((s) => t.costBySource.get(s) ?? 0),
    ],
  });
  return {
    title,
    notes: scheduleNotes(doc, schedule, everyAllIn),
    columns,
    rows,
  };
}
