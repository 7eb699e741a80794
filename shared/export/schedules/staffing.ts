// The costed staffing schedule, laid out like a committee report's staffing costs appendix: one row
// per post type (title, grade and salary), a count column per team, total posts, FTE and cost, and
// the cost carried by each funding source, with a totals row.
import { buildCostContext, costPost, fteUnits } from '../../costing/postCost';
import type { DocumentInfo, Id, Post } from '../../model/types';
import type { Column, Row, Table } from '../table';

interface Line {
  title: string;
  grade: string;
  gradeOrder: number;
  fullTimeSalaryPence: number;
  teams: Map<string, number>;
  posts: number;
  fteUnits: number;
  costPence: number;
  funding: Map<Id | '', number>;
}

const NO_TEAM = '(No team)';
const NO_FUNDING: '' = '';

export function staffingSchedule(doc: Pick<DocumentInfo, 'settings' | 'organisations' | 'grades' | 'fundingSources'>, posts: readonly Post[], title: string): Table {
  const ctx = buildCostContext(doc);
  const grades = new Map(doc.grades.map((g) => [g.id, g]));
  const lines = new Map<string, Line>();
  const teams: string[] = [];
  const usedFunding = new Set<Id | ''>();
  for (const p of [...posts].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const cost = costPost(p, ctx);
    const team = p.team.trim() || NO_TEAM;
    if (!teams.includes(team)) teams.push(team);
    const grade = p.gradeId ? grades.get(p.gradeId) : undefined;
    const key = `${p.title}\u0000${p.gradeId ?? ''}\u0000${cost.fullTimeSalaryPence}`;
    let line = lines.get(key);
    if (!line) {
      line = { title: p.title, grade: grade?.code ?? '', gradeOrder: grade?.sortOrder ?? -1, fullTimeSalaryPence: cost.fullTimeSalaryPence, teams: new Map(), posts: 0, fteUnits: 0, costPence: 0, funding: new Map() };
      lines.set(key, line);
    }
    line.teams.set(team, (line.teams.get(team) ?? 0) + 1);
    line.posts += 1;
    line.fteUnits += fteUnits(p.fte);
    line.costPence += cost.totalPence;
    const shares = p.funding.length ? p.funding : [{ sourceId: NO_FUNDING, shareBp: 10_000 }];
    for (const f of shares) {
      usedFunding.add(f.sourceId);
      // Kept fractional: each source's total is rounded only when shown.
      line.funding.set(f.sourceId, (line.funding.get(f.sourceId) ?? 0) + (cost.totalPence * f.shareBp) / 10_000);
    }
  }
  const sources: { id: Id | ''; name: string }[] = [...doc.fundingSources]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((s) => usedFunding.has(s.id))
    .map((s) => ({ id: s.id, name: s.name }));
  if (usedFunding.has(NO_FUNDING)) sources.push({ id: NO_FUNDING, name: 'No funding source' });

  const columns: Column[] = [
    { header: 'Post', kind: 'text', width: 34 },
    { header: 'Grade', kind: 'text', width: 7 },
    { header: 'Salary p.a. (£)', kind: 'money', width: 11 },
    ...teams.map((t): Column => ({ header: t, kind: 'count', group: 'Posts by team', width: 9 })),
    { header: 'Total posts', kind: 'count', width: 8 },
    { header: 'FTE', kind: 'fte', width: 8 },
    { header: 'Total cost (£)', kind: 'money', width: 12 },
    ...sources.map((s): Column => ({ header: s.name, kind: 'money', group: 'Cost by funding source (£)', width: 12 })),
  ];
  const ordered = [...lines.values()].sort(
    (a, b) => b.gradeOrder - a.gradeOrder || b.fullTimeSalaryPence - a.fullTimeSalaryPence || a.title.localeCompare(b.title, 'en-GB'),
  );
  const rows: Row[] = ordered.map((l) => ({
    kind: 'body',
    cells: [
      l.title,
      l.grade,
      l.fullTimeSalaryPence,
      ...teams.map((t) => l.teams.get(t) ?? null),
      l.posts,
      l.fteUnits / 10_000,
      l.costPence,
      ...sources.map((s) => l.funding.get(s.id) ?? null),
    ],
  }));
  const sum = (f: (l: Line) => number) => ordered.reduce((s, l) => s + f(l), 0);
  rows.push({
    kind: 'total',
    cells: [
      'Total',
      null,
      null,
      ...teams.map((t) => sum((l) => l.teams.get(t) ?? 0)),
      sum((l) => l.posts),
      sum((l) => l.fteUnits) / 10_000,
      sum((l) => l.costPence),
      ...sources.map((s) => sum((l) => l.funding.get(s.id) ?? 0)),
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
