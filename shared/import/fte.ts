// FTE and headcount cells. A single post holds at most 1,000 FTE (the limit every edit keeps to);
// a grouped post (a row of junior staff, an HR export's headcount row) up to 1,000,000.
import { GROUP_MAX_FTE, SINGLE_MAX_FTE } from '../model/valueSchemas';
import type { ReportItem, SourceRole } from './types';
import { formatE4, parseFte } from './values';

export const SINGLE_MAX_E4 = SINGLE_MAX_FTE * 10_000;
export const GROUP_MAX_E4 = GROUP_MAX_FTE * 10_000;

function formatLimit(e4: number): string {
  return (e4 / 10_000).toLocaleString('en-GB');
}

/** FTE from a cell in ten-thousandths, or null with a line of the report saying why (the post then gets 1 FTE). */
export function readFteCell(text: string | undefined, row: number, what: string, report: ReportItem[], role: SourceRole, maxE4: number): number | null {
  if (text === undefined) return null;
  const v = parseFte(text);
  if (v.kind === 'fte' && v.e4 > 0 && v.e4 <= maxE4) return v.e4;
  const [code, severity, problem]: [ReportItem['code'], ReportItem['severity'], string] =
    v.kind === 'blank'
      ? ['fte-blank', 'warning', `${what} is blank`]
      : v.kind === 'invalid'
        ? ['fte-not-number', 'error', `${what} "${v.text}" is not a number`]
        : v.kind === 'negative'
          ? ['fte-negative', 'error', `${what} is negative (${v.text})`]
          : v.e4 === 0
            ? ['fte-zero', 'error', `${what} is 0`]
            : ['fte-out-of-range', 'error', `${what} ${formatE4(v.e4)} is more than ${formatLimit(maxE4)}`];
  report.push({ severity, code, role, rows: [row], message: `Row ${row}: ${problem}, so it was imported as 1 FTE.` });
  return null;
}

/** A whole number of posts or people from a headcount cell; null when blank (one post) or unreadable (reported). */
export function readHeadcount(text: string | undefined, row: number, report: ReportItem[], role: SourceRole): number | null {
  const t = (text ?? '').trim().replace(/,/g, '');
  if (t === '') return null;
  if (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 1_000_000) return Number(t);
  report.push({
    severity: 'warning',
    code: 'headcount-not-number',
    role,
    rows: [row],
    message: `Row ${row}: the number of posts "${text}" is not a whole number from 1 to 1,000,000, so the row was imported as one post.`,
  });
  return null;
}
