// Full-year effect against in-year effect: a change from 1 October saves half its full-year
// effect in that financial year, and the whole of it in each year after. Amounts come from the
// unrounded totals; lines are apportioned so that they add up to the total exactly.
import { apportion, roundDiv } from './apportion';
import { financialYear, financialYearOf, shareOfYearFrom, type FinancialYear, type YearShare } from './financialYear';

export interface FinancialYearEffect {
  year: FinancialYear;
  /** The part of the year the change is in effect for (0 to 1, exactly). */
  share: YearShare;
  /** The cost in the year had the before structure simply continued: its full-year cost. */
  beforePence: number;
  /** The cost in the year with the change taking effect on the implementation date. */
  afterPence: number;
  /** beforePence - afterPence: the in-year saving (negative: an extra cost). */
  savingPence: number;
  /** The saving over and above the previous year's: what a budget's savings column for the year shows. */
  incrementalSavingPence: number;
}

/** Financial years shown: the one the change takes effect in and the two after it. */
export const YEARS_SHOWN = 3;

export function financialYearEffects(
  beforePence: number,
  afterPence: number,
  implementationDate: string | null,
  years: number = YEARS_SHOWN,
): FinancialYearEffect[] {
  if (!implementationDate) return [];
  const first = financialYearOf(implementationDate).startYear;
  const saving = beforePence - afterPence;
  const out: FinancialYearEffect[] = [];
  let previous = 0;
  for (let i = 0; i < years; i++) {
    const year = financialYear(first + i);
    const share = shareOfYearFrom(year, implementationDate);
    const inYear = roundDiv(saving * share.numerator, share.denominator);
    out.push({
      year,
      share,
      beforePence,
      afterPence: beforePence - inYear,
      savingPence: inYear,
      incrementalSavingPence: inYear - previous,
    });
    previous = inYear;
  }
  return out;
}

/** Each line's part of an in-year amount: its full-year amount times the share, adding up to the in-year total exactly. */
export function inYearLines(fullYearPence: readonly number[], share: YearShare): number[] {
  return apportion(
    fullYearPence.map((p) => p * share.numerator),
    share.denominator,
  );
}
