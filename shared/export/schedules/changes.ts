// The changes schedule: every post the proposal deletes, creates, redesignates, regrades, moves or
// changes the FTE of, with grade and FTE before and after and the full-year cost effect; totals,
// counts by kind and, when known, the effect in each financial year.
import type { ChangeKind, PostChange, StructureDiff } from '../../diff/types';
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

export interface YearEffect {
  /** "2026/27" */
  year: string;
  /** Change in cost in that financial year, pence; negative is a saving. */
  effectPence: number;
}

export interface ChangesScheduleInput {
  doc: Pick<DocumentInfo, 'grades'>;
  diff: StructureDiff;
  title: string;
  names: boolean;
  /** The effect by financial year from the costing engine, when the proposal has a date. */
  years?: readonly YearEffect[];
  implementationDate?: string | null;
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
  const changes = changedPosts(input.diff);
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
  const fteSum = (side: 'before' | 'after') => changes.reduce((s, c) => s + Math.round((c[side]?.fte ?? 0) * 10_000), 0) / 10_000;
  const before = changes.reduce((s, c) => s + c.costBeforePence, 0);
  const after = changes.reduce((s, c) => s + c.costAfterPence, 0);
  const lead = input.names ? 6 : 5;
  rows.push({
    kind: 'total',
    cells: ['Total', ...Array(lead - 1).fill(null), null, null, fteSum('before'), fteSum('after'), before, after, after - before],
  });
  const counts = KIND_ORDER.map((k) => {
    const list = changes.filter((c) => c.kind === k);
    return list.length ? `${KIND_LABEL[k].toLowerCase()} ${list.length}` : '';
  }).filter(Boolean);
  const notes = [
    counts.length ? `Posts ${counts.join(', ')}.` : 'No posts change.',
    'Costs are full-year, including employer on-costs; a negative change is a saving.',
  ];
  if (input.years && input.years.length) {
    notes.push(
      `Effect by financial year${input.implementationDate ? ` from ${input.implementationDate}` : ''}: ` +
        input.years.map((y) => `${y.year} ${y.effectPence <= 0 ? 'saving' : 'cost'} £${Math.abs(Math.round(y.effectPence / 100)).toLocaleString('en-GB')}`).join('; ') +
        '.',
    );
  }
  return { title: input.title, notes, columns, rows };
}

/** Savings by financial year as a table of its own, for the cost summary and the spreadsheet. */
export function yearsTable(title: string, years: readonly YearEffect[], fullYearPence: number): Table {
  return {
    title,
    notes: ['A negative figure is a saving. The full-year effect is the change once the whole year is at the new structure.'],
    columns: [
      { header: 'Financial year', kind: 'text', width: 16 },
      { header: 'Change in cost (£)', kind: 'money', width: 14 },
    ],
    rows: [
      ...years.map((y): Row => ({ kind: 'body', cells: [y.year, y.effectPence] })),
      { kind: 'total', notSum: true, cells: ['Full-year effect', fullYearPence] },
    ],
  };
}
