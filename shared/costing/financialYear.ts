// UK public-sector financial years run from 1 April to 31 March ("2022/23"). The in-year effect of
// a change taking effect part-way through a year is worked out by months, as budget papers do:
// each month is a twelfth of the year, and a month the change starts part-way through counts by
// its days. So a change from 1 October saves exactly half its full-year effect in that year.

export interface FinancialYear {
  /** "2022/23" */
  label: string;
  /** The calendar year the financial year starts in (2022 for 2022/23). */
  startYear: number;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

/** A fraction of a year, exactly: numerator / denominator. */
export interface YearShare {
  numerator: number;
  denominator: number;
}

function parseIso(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`"${iso}" is not a date written YYYY-MM-DD`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function financialYear(startYear: number): FinancialYear {
  const next = String((startYear + 1) % 100).padStart(2, '0');
  return { label: `${startYear}/${next}`, startYear, start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

/** The financial year a date falls in. */
export function financialYearOf(iso: string): FinancialYear {
  const { y, m } = parseIso(iso);
  return financialYear(m >= 4 ? y : y - 1);
}

/** How much of financial year `fy` falls on or after `date`: 0 before it, 1 after it. */
export function shareOfYearFrom(fy: FinancialYear, date: string): YearShare {
  const { y, m, d } = parseIso(date);
  const dateFy = m >= 4 ? y : y - 1;
  if (dateFy < fy.startYear) return { numerator: 1, denominator: 1 };
  if (dateFy > fy.startYear) return { numerator: 0, denominator: 1 };
  // Months of the financial year after the date's month: April is month 0, March month 11.
  const index = (m + 8) % 12;
  const monthsAfter = 11 - index;
  const dim = daysInMonth(y, m);
  const daysLeft = dim - d + 1;
  return simplify({ numerator: monthsAfter * dim + daysLeft, denominator: 12 * dim });
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function simplify(s: YearShare): YearShare {
  const g = gcd(s.numerator, s.denominator) || 1;
  return { numerator: s.numerator / g, denominator: s.denominator / g };
}

/** Adds whole months to an ISO date, keeping the day where the month has it (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parseIso(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}
