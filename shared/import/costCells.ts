// Cells about how a post is costed, other than its pay: an all-in cost per post (on-costs already
// included, as a council schedule publishes it) and the postholder's employer National Insurance
// category. A cell that cannot be read is reported and left out; the post is kept.
import { parseNiCategory } from '../model/niCategory';
import type { NiCategory } from '../model/valueSchemas';
import type { ReportItem, SourceRole } from './types';
import { parseAmount } from './values';

/** The all-in annual cost per full-time post in pence, or null when the cell is blank or unreadable. */
export function readAllInCost(text: string | undefined, row: number, report: ReportItem[], role: SourceRole): number | null {
  const a = parseAmount(text ?? '');
  if (a.kind === 'invalid') {
    report.push({ severity: 'error', code: 'pay-not-number', role, rows: [row], message: `Row ${row}: the cost per post "${a.text}" is not an amount of money, so it was left out and the post is costed from its pay.` });
    return null;
  }
  if (a.kind !== 'amount' || a.pence === 0) return null;
  return a.pence;
}

export function readNiCategory(text: string | undefined, row: number, report: ReportItem[], role: SourceRole): NiCategory {
  const c = parseNiCategory(text ?? '');
  if (c !== null) return c;
  report.push({
    severity: 'warning',
    code: 'unclear-ni-category',
    role,
    rows: [row],
    message: `Row ${row}: the National Insurance category "${(text ?? '').trim()}" is not one Establish knows ("apprentice under 25", "under 21" or standard), so the post was costed at the standard rate.`,
  });
  return 'standard';
}
