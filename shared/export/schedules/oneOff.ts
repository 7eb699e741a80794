// One-off costs person by person: each person at risk, with the age, service and week's pay their
// redundancy pay is estimated from (or the amount entered) and their pension strain. Personal
// data: only in an export whose author chose to include postholders' names and details.
import type { ChangeSummary } from '../../compare/compare';
import { oneOffSentence } from '../../compare/oneOffText';
import type { Row, Table } from '../table';

export function oneOffSchedule(summary: ChangeSummary, title = 'One-off costs by person'): Table {
  const o = summary.oneOff;
  const rows: Row[] = o.lines.map((l) => {
    const p = l.post.change.before!;
    const d = l.holder.details;
    const basis = l.redundancy.source === 'entered' ? 'Entered' : l.redundancy.source === 'estimate' ? `${l.redundancy.weeks} weeks` : 'No figure';
    return {
      kind: 'body',
      cells: [p.title, p.ref, l.holder.name.trim() || 'Not named', d?.age ?? null, d?.serviceYears ?? null, d?.weeklyPayPence ?? null, basis, l.redundancy.pence, l.pensionStrainPence, l.redundancy.pence + l.pensionStrainPence],
    };
  });
  rows.push({ kind: 'total', cells: ['Total', null, null, null, null, null, null, o.redundancyPence, o.pensionStrainPence, o.totalPence] });
  return {
    title,
    notes: [
      'Personal data, included at the author’s request: ages, service and pay of the people at risk.',
      `${oneOffSentence(o)} Statutory weeks are before the council’s multiplier.`,
    ],
    columns: [
      { header: 'Post', kind: 'text', width: 28, key: true },
      { header: 'Ref', kind: 'text', width: 8 },
      { header: 'Postholder', kind: 'text', width: 18 },
      { header: 'Age', kind: 'count', width: 5 },
      { header: 'Years of service', kind: 'count', width: 8 },
      { header: 'Week’s pay (£)', kind: 'money', width: 9 },
      { header: 'Basis', kind: 'text', width: 10 },
      { header: 'Redundancy pay (£)', kind: 'money', width: 11 },
      { header: 'Pension strain (£)', kind: 'money', width: 11 },
      { header: 'Total (£)', kind: 'money', width: 11 },
    ],
    rows,
  };
}
