// The costed staffing schedule, laid out like a committee report's staffing costs appendix: one row
// per kind of post (title, grade, salary and FTE), a count column per team, total posts, FTE and
// cost, and the cost carried by each funding source, with a totals row. The rows and every figure
// come from the costing engine's schedule, so the export says what the compare view says.
import { NONE } from '../../costing/dimensions';
import { staffingSchedule as costedSchedule, type StaffingSchedule } from '../../costing/schedule';
import type { StructureCosting } from '../../costing/structureCost';
import type { DocumentInfo } from '../../model/types';
import type { Column, Row, Table } from '../table';

const NO_TEAM = 'No team';
const NO_FUNDING = 'No funding source set';

type Reference = Pick<DocumentInfo, 'settings' | 'grades' | 'fundingSources'>;

/** The engine's schedule of a costed structure, with funding sources in the document's order. */
export function scheduleOf(doc: Pick<DocumentInfo, 'fundingSources'>, costing: StructureCosting): StaffingSchedule {
  const order = [...doc.fundingSources].sort((a, b) => a.sortOrder - b.sortOrder).map((s) => s.id);
  return costedSchedule(costing, order);
}

export function staffingSchedule(doc: Reference, costing: StructureCosting, title: string): Table {
  const schedule = scheduleOf(doc, costing);
  const grades = new Map(doc.grades.map((g) => [g.id, g.code]));
  const sources = new Map(doc.fundingSources.map((s) => [s.id, s.name]));
  const sourceName = (id: string) => (id === NONE ? NO_FUNDING : (sources.get(id) ?? 'Funding source no longer in the document'));
  const { teams } = schedule;

  const columns: Column[] = [
    { header: 'Post', kind: 'text', width: 34 },
    { header: 'Grade', kind: 'text', width: 7 },
    { header: 'Salary p.a. (£)', kind: 'money', width: 11 },
    ...teams.map((t): Column => ({ header: t || NO_TEAM, kind: 'count', group: 'Posts by team', width: 9 })),
    { header: 'Total posts', kind: 'count', width: 8 },
    { header: 'FTE', kind: 'fte', width: 8 },
    { header: 'Total cost (£)', kind: 'money', width: 12 },
    ...schedule.sources.map((s): Column => ({ header: sourceName(s), kind: 'money', group: 'Cost by funding source (£)', width: 12 })),
  ];
  const rows: Row[] = schedule.rows.map((r) => ({
    kind: 'body',
    cells: [
      r.title,
      r.gradeId ? (grades.get(r.gradeId) ?? '') : '',
      r.fullTimeSalaryPence,
      ...teams.map((t) => r.postsByTeam.get(t) ?? null),
      r.posts,
      r.fteUnits / 10_000,
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
      null,
      ...teams.map((team) => t.postsByTeam.get(team) ?? 0),
      t.posts,
      t.fteUnits / 10_000,
      t.costPence,
      ...schedule.sources.map((s) => t.costBySource.get(s) ?? 0),
    ],
  });
  return {
    title,
    notes: [
      `Salary p.a. is the full-time salary of the post's pay point (${doc.settings.payYear} pay). Total cost is the full-year cost of the posts at their FTE, including employer National Insurance and pension${doc.settings.levyEnabled ? ' and the apprenticeship levy' : ''}.`,
    ],
    columns,
    rows,
  };
}
