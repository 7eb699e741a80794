// The equality profile as a schedule of the consultation pack (only when the author chooses it):
// per characteristic, the people at risk against the whole workforce, groups of fewer than 5
// people never shown as a number.
import { equalityTable, formatEqualityTotal, SUPPRESS_BELOW, type EqualityCharacteristic, type EqualityCell } from '../../equality/profile';
import type { EqualityPeople } from '../../equality/people';
import type { Row, Table } from '../table';

const count = (c: EqualityCell) => (c.count === null ? (c.hidden === 'withheld' ? 'withheld' : `fewer than ${SUPPRESS_BELOW}`) : c.count);
const percent = (c: EqualityCell) => (c.count === null || c.percent === null ? '' : `${c.percent.toFixed(1)}%`);

export function equalitySchedule(characteristics: readonly EqualityCharacteristic[], people: EqualityPeople, baselineName: string, title = 'Equality profile'): Table {
  const t = equalityTable(characteristics, people.workforce, people.atRisk);
  const rows: Row[] = [];
  for (const c of t.characteristics) {
    rows.push({ kind: 'section', cells: [c.name, null, null, null, null] });
    for (const r of c.rows) rows.push({ kind: 'body', cells: [r.category, count(r.workforce), percent(r.workforce), count(r.atRisk), percent(r.atRisk)] });
  }
  return {
    title,
    notes: [
      `People at risk against everyone in ${baselineName} (${formatEqualityTotal(t.workforce)} people; ${formatEqualityTotal(t.atRisk)} at risk), by each characteristic the document records.`,
      `Any group of fewer than ${SUPPRESS_BELOW} people is shown as "fewer than ${SUPPRESS_BELOW}" so no one can be identified (every group, when fewer than ${SUPPRESS_BELOW} people are counted at all); where one such group could be worked out from the total, the next smallest is "withheld" too. "Not recorded" counts people with no answer.`,
    ],
    columns: [
      { header: 'Group', kind: 'text', width: 34, key: true },
      { header: 'Workforce', kind: 'count', width: 12, group: 'Whole workforce' },
      { header: 'Share', kind: 'text', width: 8, group: 'Whole workforce' },
      { header: 'At risk', kind: 'count', width: 12, group: 'People at risk' },
      { header: 'Share', kind: 'text', width: 8, group: 'People at risk' },
    ],
    rows,
  };
}
