// The options appraisal as a schedule of the consultation pack: Current and each proposal in
// columns, the measures in rows (the same the Compare > Options view shows), and each option's
// design rule breaches in the notes.
import { paybackKnown } from '../../compare/oneOffText';
import { savingInYear, type OptionsAppraisal } from '../../compare/options';
import type { ColumnKind, Row, Table } from '../table';

export function optionsSchedule(a: OptionsAppraisal, title = 'Options appraisal'): Table {
  const rows: Row[] = [];
  const n = a.options.length;
  const add = (label: string, kind: ColumnKind, cell: (i: number) => number | null, row: Row['kind'] = 'body') =>
    rows.push({ kind: row, notSum: true, cells: [label, ...a.options.map((_, i) => cell(i))], kinds: [undefined, ...Array.from({ length: n }, () => kind)] });
  const o = (i: number) => a.options[i]!;
  rows.push({ kind: 'section', cells: ['Establishment', ...a.options.map(() => null)] });
  add('Posts', 'count', (i) => o(i).posts);
  add('FTE', 'fte', (i) => o(i).fteUnits / 10_000);
  add('Headcount', 'count', (i) => o(i).headcount);
  rows.push({ kind: 'section', cells: ['Cost and saving (£)', ...a.options.map(() => null)] });
  add('Full-year cost, with on-costs', 'money', (i) => o(i).costPence);
  add('Full-year saving', 'money', (i) => (o(i).baseline ? null : o(i).savingPence));
  for (const y of a.years) add(`Saving in ${y}`, 'money', (i) => savingInYear(o(i), y));
  rows.push({ kind: 'section', cells: ['People', ...a.options.map(() => null)] });
  add('People at risk', 'count', (i) => o(i).atRisk);
  add('Vacancies deleted', 'count', (i) => o(i).vacanciesDeleted);
  if (a.options.some((x) => x.oneOff)) {
    add('One-off costs (£): redundancy and pension strain', 'money', (i) => o(i).oneOff?.totalPence ?? null);
    // Blank where it is not known: a saving, but no one-off cost entered for anyone at risk.
    add('Payback period (years)', 'fte', (i) => {
      const x = o(i).oneOff;
      return x && paybackKnown(x) ? x.paybackYears : null;
    });
  }
  rows.push({ kind: 'section', cells: ['Shape', ...a.options.map(() => null)] });
  add('Layers below the top post', 'count', (i) => o(i).layers);
  add('Span of control: median', 'fte', (i) => o(i).span.median);
  add('Span of control: smallest', 'count', (i) => o(i).span.min);
  add('Span of control: largest', 'count', (i) => o(i).span.max);
  add('Managers', 'count', (i) => o(i).managers);
  add('Design rule breaches', 'count', (i) => o(i).breaches.length);
  const breaches = a.options.flatMap((x) => x.breaches.map((b) => `${x.structure.name}: ${b.message}`));
  return {
    title,
    notes: [
      `Each option compared with ${a.baseline.name}. Full-year costs include employer National Insurance and pension contributions; a saving is against ${a.baseline.name}, and in each financial year from the option's implementation date (blank where it has none).`,
      'A span of control is a manager\'s direct reports, a grouped post counting as the number of posts it stands for; layers are counted below the top post.',
      ...(a.options.some((x) => x.oneOff)
        ? [`One-off costs are of the people at risk where their figures are entered (blank where none are)${a.options.some((x) => x.oneOff?.incomplete) ? '; some people at risk have no figure yet, so those totals are incomplete and their payback periods at least what is shown (blank where no one-off cost is entered)' : ''}. The payback period is the one-off costs over the full-year saving.`]
        : []),
      ...(breaches.length ? ['Design rule breaches:', ...breaches] : []),
    ],
    columns: [{ header: '', kind: 'text', width: 30, key: true }, ...a.options.map((x) => ({ header: x.structure.name, kind: 'money' as const, width: 14 }))],
    rows,
  };
}
