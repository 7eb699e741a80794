// The changes schedule: every post the proposal deletes, creates, redesignates, regrades, moves or
// changes the FTE of, with grade and FTE before and after and the full-year cost effect; totals,
// counts by kind and, when known, the effect in each financial year.
import type { ChangeKind, PostChange, StructureDiff } from '../../diff/types';
import type { FinancialYearEffect } from '../../costing/inYear';
import { fteUnits } from '../../model/fte';
import type { ChangeSummary } from '../../compare/compare';
import { formatDate } from '../../model/dates';
import { formatPounds } from '../../model/money';
import type { DocumentInfo, Post } from '../../model/types';
import type { Column, Row, Table } from '../table';

const KIND_LABEL: Record<Exclude<ChangeKind, 'unchanged'>, string> = {
  deleted: 'Deleted',
  new: 'New',
  redesignated: 'Redesignated',
  'fte-changed': 'FTE changed',
  moved: 'Moved',
};
const KIND_ORDER: Exclude<ChangeKind, 'unchanged'>[] = ['deleted', 'new', 'redesignated', 'fte-changed', 'moved'];

export function changeLabel(c: PostChange): string {
  if (c.kind === 'unchanged') return 'Unchanged';
  if (c.kind === 'redesignated' && c.regraded) return c.fields.includes('title') ? 'Redesignated and regraded' : 'Regraded';
  return KIND_LABEL[c.kind];
}

export interface ChangesScheduleInput {
  doc: Pick<DocumentInfo, 'grades'>;
  /** The comparison from the costing engine: the diff, both costings and the effect by financial year. */
  summary: ChangeSummary;
  title: string;
  names: boolean;
}

/** "2026/27 (6 of 12 months)", "2027/28 (full year)". */
export function yearLabel(y: FinancialYearEffect): string {
  const { numerator: n, denominator: d } = y.share;
  if (n === d) return `${y.year.label} (full year)`;
  if (n === 0) return `${y.year.label} (before the change)`;
  const months = (n * 12) / d;
  return Number.isInteger(months) ? `${y.year.label} (${months} of 12 months)` : `${y.year.label} (part year)`;
}

function holders(p: Post | null): string {
  if (!p || p.vacant) return p ? 'Vacant' : '';
  return p.postholders.map((h) => h.name.trim()).filter(Boolean).join(', ');
}

export function changedPosts(diff: StructureDiff): PostChange[] {
  const order = (c: PostChange) => KIND_ORDER.indexOf(c.kind as Exclude<ChangeKind, 'unchanged'>);
  return diff.changes
    .filter((c) => c.kind !== 'unchanged')
    .map((c, i) => ({ c, i }))
    .sort((a, b) => order(a.c) - order(b.c) || (a.c.before ?? a.c.after)!.sortOrder - (b.c.before ?? b.c.after)!.sortOrder || a.i - b.i)
    .map(({ c }) => c);
}

export function changesSchedule(input: ChangesScheduleInput): Table {
  const { summary } = input;
  const grades = new Map(input.doc.grades.map((g) => [g.id, g.code]));
  const grade = (p: Post | null) => (p?.gradeId ? (grades.get(p.gradeId) ?? '') : '');
  const columns: Column[] = [
    { header: 'Change', kind: 'text', width: 14 },
    { header: 'Ref', kind: 'text', width: 8 },
    { header: 'Post before', kind: 'text', width: 28 },
    { header: 'Post after', kind: 'text', width: 28 },
    { header: 'Team', kind: 'text', width: 16 },
    ...(input.names ? [{ header: 'Postholder', kind: 'text', width: 18 } as Column] : []),
    { header: 'Grade before', kind: 'text', width: 7 },
    { header: 'Grade after', kind: 'text', width: 7 },
    { header: 'FTE before', kind: 'fte', width: 7 },
    { header: 'FTE after', kind: 'fte', width: 7 },
    { header: 'Cost before (£)', kind: 'money', width: 11 },
    { header: 'Cost after (£)', kind: 'money', width: 11 },
    { header: 'Change in cost (£)', kind: 'money', width: 11 },
  ];
  const width = columns.length;
  const changes = changedPosts(summary.diff);
  const rows: Row[] = changes.map((c) => ({
    kind: 'body',
    cells: [
      changeLabel(c),
      (c.after ?? c.before)?.ref || '',
      c.before?.title ?? '',
      c.after?.title ?? '',
      (c.after ?? c.before)?.team ?? '',
      ...(input.names ? [holders(c.before)] : []),
      grade(c.before),
      grade(c.after),
      c.before ? c.before.fte : null,
      c.after ? c.after.fte : null,
      c.costBeforePence,
      c.costAfterPence,
      c.costAfterPence - c.costBeforePence,
    ],
  }));
  const fteSum = (side: 'before' | 'after') => changes.reduce((s, c) => s + fteUnits(c[side]?.fte ?? 0), 0) / 10_000;
  const before = changes.reduce((s, c) => s + c.costBeforePence, 0);
  const after = changes.reduce((s, c) => s + c.costAfterPence, 0);
  const lead = input.names ? 6 : 5;
  rows.push({
    kind: 'total',
    cells: ['Total: full-year effect', ...Array(lead - 1).fill(null), null, null, fteSum('before'), fteSum('after'), before, after, after - before],
  });
  const years = summary.byFinancialYear;
  if (years.length) {
    const blank = (label: string, last: number | null): Row['cells'] => [label, ...Array(width - 2).fill(null), last];
    rows.push({ kind: 'section', cells: blank(`Effect by financial year, taking effect ${formatDate(summary.implementationDate!)}`, null) });
    for (const y of years) rows.push({ kind: 'summary', cells: blank(yearLabel(y), -y.savingPence) });
  }
  const counts = KIND_ORDER.map((k) => {
    const list = changes.filter((c) => c.kind === k);
    return list.length ? `${KIND_LABEL[k].toLowerCase()} ${list.length}` : '';
  }).filter(Boolean);
  const notes = [
    counts.length ? `Posts ${counts.join(', ')}.` : 'No posts change.',
    'Costs are full-year, including employer on-costs; a negative change is a saving.',
  ];
  if (years.length) {
    notes.push(
      'Saving by financial year: ' +
        years.map((y) => `${y.year.label} ${y.savingPence < 0 ? `extra cost ${formatPounds(-y.savingPence)}` : formatPounds(y.savingPence)}`).join('; ') +
        ` (a part year counts by months from ${formatDate(summary.implementationDate!)}).`,
    );
  } else notes.push(`No implementation date is set for ${summary.to.name}, so the effect by financial year cannot be shown.`);
  return { title: input.title, notes, columns, rows };
}

/** The effect in each financial year, as the compare view shows it. */
export function yearsTable(title: string, summary: ChangeSummary): Table {
  const years = summary.byFinancialYear;
  return {
    title,
    notes: [
      `${summary.to.name} takes effect on ${formatDate(summary.implementationDate!)}. A part year counts by months, a part month by its days. Costs include employer on-costs.`,
      'Saving in year is the cost without the change less the cost with it (a negative figure is an extra cost); added in year is the saving over and above the year before.',
    ],
    columns: [
      { header: 'Financial year', kind: 'text', width: 22 },
      { header: 'Cost without the change (£)', kind: 'money', width: 14 },
      { header: 'Cost with the change (£)', kind: 'money', width: 14 },
      { header: 'Saving in year (£)', kind: 'money', width: 14 },
      { header: 'Added in year (£)', kind: 'money', width: 14 },
    ],
    rows: [
      ...years.map((y): Row => ({ kind: 'body', cells: [yearLabel(y), y.beforePence, y.afterPence, y.savingPence, y.incrementalSavingPence] })),
      { kind: 'summary', cells: ['Full-year saving', summary.cost.beforePence, summary.cost.afterPence, summary.cost.savingPence, null] },
    ],
  };
}
