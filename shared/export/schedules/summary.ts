// The cost summary of a proposal, as the compare view shows it: full-year cost (salary and each
// on-cost), FTE, headcount and posts before and after; the people effect; and the cost cut by
// funding source, cost share between organisations, team and grade. Every figure is the costing engine's,
// apportioned exactly, so each cut adds up to the total to the penny.
import type { BreakdownRow } from '../../costing/breakdown';
import { APPORTIONMENT_NOTE, CUT_NAME, type Dimension } from '../../costing/dimensions';
import type { ChangeSummary } from '../../compare/compare';
import type { Totals } from '../../costing/structureCost';
import { formatFte, formatPounds } from '../../model/money';
import { oneOffSentence, paybackFigure, paybackOf } from '../../compare/oneOffText';
import type { DocumentInfo } from '../../model/types';
import type { ColumnKind, Row, Table } from '../table';

const cutTitle = (d: Dimension) => `Full-year cost ${CUT_NAME[d]} (£)`;

function weekPayBasis(s: DocumentInfo['settings']): string {
  const pay = s.redundancyWeekPay === 'actual' ? 'actual week’s pay' : `week’s pay capped at ${formatPounds(s.redundancyWeekCapPence)}`;
  return s.redundancyMultiplierBp === 10_000 ? `statutory weeks, ${pay}` : `statutory weeks x ${s.redundancyMultiplierBp / 10_000}, ${pay}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the change does to people, in sentences for the summary's notes. */
export function peopleNotes(summary: ChangeSummary): string[] {
  const p = summary.people;
  const notes = [
    `People at risk: ${p.atRisk} of the ${plural(p.affected, 'person', 'people')} in deleted or redesignated posts (${p.slotIns} slot in; ${p.redeployed} redeployed; ${p.ringFenced} in ring-fenced selection). ` +
      `Posts deleted: ${p.postsDeleted} (${formatFte(p.fteUnitsDeleted / 10_000)} FTE), of which ${plural(p.vacanciesDeleted, 'vacancy', 'vacancies')}; new posts: ${p.postsNew} (${formatFte(p.fteUnitsNew / 10_000)} FTE).`,
  ];
  if (p.consultation) notes.push(`Collective consultation: at least ${p.consultation.minimumDays} days. ${p.consultation.message}`);
  if (p.hoursReduced > 0) notes.push(`${p.hoursReduced === 1 ? '1 person keeps a post' : `${p.hoursReduced} people keep their posts`} with fewer hours.`);
  if (p.fundingEnds.length > 0)
    notes.push(`${plural(p.fundingEnds.length, 'post')} ${p.fundingEnds.length === 1 ? 'is' : 'are'} funded by a source that ends before, or within 12 months after, the change takes effect.`);
  return notes;
}

export function costSummary(doc: Pick<DocumentInfo, 'settings'>, summary: ChangeSummary, title = 'Cost summary'): Table {
  const rows: Row[] = [];
  const kinds = (k: ColumnKind): Row['kinds'] => [undefined, k, k, k];
  const add = (label: string, before: number, after: number, kind: ColumnKind) => rows.push({ kind: 'body', cells: [label, before, after, after - before], kinds: kinds(kind) });
  const a: Totals = summary.before.totals;
  const b: Totals = summary.after.totals;
  rows.push({ kind: 'section', cells: ['Establishment', null, null, null] });
  add('Posts', a.posts, b.posts, 'count');
  // People as the people effect counts them: someone slotting into a post left vacant is still employed.
  const p = summary.people;
  add('Vacant posts', p.vacanciesBefore, p.vacanciesAfter, 'count');
  add('FTE', a.fteUnits / 10_000, b.fteUnits / 10_000, 'fte');
  add('Headcount', p.headcountBefore, p.headcountAfter, 'count');
  rows.push({ kind: 'section', cells: ['Full-year cost (£)', null, null, null] });
  add('Salaries', a.salaryPence, b.salaryPence, 'money');
  add('Employer National Insurance', a.niPence, b.niPence, 'money');
  add('Employer pension', a.pensionPence, b.pensionPence, 'money');
  if (doc.settings.levyEnabled || a.levyPence || b.levyPence) add('Apprenticeship levy', a.levyPence, b.levyPence, 'money');
  if (a.allInPence || b.allInPence) add('Posts costed all-in (on-costs included)', a.allInPence, b.allInPence, 'money');
  rows.push({ kind: 'summary', cells: ['Full-year cost, with on-costs', a.costPence, b.costPence, b.costPence - a.costPence], kinds: kinds('money') });
  const cut = (d: Dimension, list: readonly BreakdownRow[]) => {
    if (d === 'organisation' && list.length < 2) return;
    rows.push({ kind: 'section', cells: [cutTitle(d), null, null, null] });
    for (const r of list) add(r.label, r.before.costPence, r.after.costPence, 'money');
  };
  for (const d of ['source', 'organisation', 'team', 'grade'] as const) cut(d, summary.breakdowns[d]);
  const o = summary.oneOff;
  const once = (kind: Row['kind'], label: string, value: number | string, k: ColumnKind) => rows.push({ kind, cells: [label, null, null, value], kinds: [undefined, undefined, undefined, k] });
  rows.push({ kind: 'section', cells: ['One-off costs of the people at risk (£)', null, null, null] });
  once('body', 'Redundancy pay', o.redundancyPence, 'money');
  once('body', 'Pension strain', o.pensionStrainPence, 'money');
  once('summary', 'One-off costs, total', o.totalPence, 'money');
  once('summary', 'Payback period (years)', paybackFigure(paybackOf(o)), 'text');
  const saving = summary.cost.savingPence;
  return {
    title,
    notes: [
      `Full-year costs including employer National Insurance and pension (${doc.settings.payYear} pay). A negative change is a saving: ${summary.to.name} ${saving >= 0 ? 'saves' : 'adds'} £${Math.abs(Math.round(saving / 100)).toLocaleString('en-GB')} in a full year.`,
      ...peopleNotes(summary),
      `${oneOffSentence(o)} The payback period is the one-off costs divided by the full-year saving. Redundancy pay is estimated from each person's age, service and week's pay (${weekPayBasis(doc.settings)}) unless an amount is entered; pension strain is as the pension fund gives it.`,
      APPORTIONMENT_NOTE,
    ],
    columns: [
      { header: '', kind: 'text', width: 34 },
      { header: summary.from.name, kind: 'money', width: 14 },
      { header: summary.to.name, kind: 'money', width: 14 },
      { header: 'Change', kind: 'money', width: 14 },
    ],
    rows,
  };
}
