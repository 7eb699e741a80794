// Redundancy pay of one person: statutory weeks from age and service, a week's pay (capped at the
// statutory limit unless the council pays actual pay), times the council's discretionary
// multiplier; or an amount entered instead. And the payback period of one-off costs.
import type { DocumentSettings, PersonDetails } from '../model/types';

export type RedundancySettings = Pick<DocumentSettings, 'redundancyWeekCapPence' | 'redundancyMultiplierBp' | 'redundancyWeekPay'>;

/** Years of service counted: at most 20, the most recent first. */
export const MAX_YEARS_COUNTED = 20;
/** Two years' continuous service to qualify for statutory redundancy pay. */
export const QUALIFYING_YEARS = 2;

/**
 * Statutory weeks of pay, in half weeks (so always whole): for each of the most recent years of
 * service (at most 20), half a week for a year spent aged under 22, one week aged 22 to 40, one
 * and a half weeks aged 41 or over. The year just ended was spent at age `age - 1`.
 */
export function statutoryHalfWeeks(age: number, serviceYears: number): number {
  if (serviceYears < QUALIFYING_YEARS) return 0;
  const years = Math.min(serviceYears, MAX_YEARS_COUNTED);
  let half = 0;
  for (let i = 0; i < years; i++) {
    const ageDuring = age - 1 - i;
    half += ageDuring >= 41 ? 3 : ageDuring >= 22 ? 2 : 1;
  }
  return half;
}

export interface RedundancyEstimate {
  /** 'entered': the person's amount as entered; 'estimate': worked out here; 'missing': not enough to go on. */
  source: 'entered' | 'estimate' | 'missing';
  pence: number;
  /** Statutory weeks (before the multiplier), for an estimate. */
  weeks: number | null;
  /** The week's pay used, pence, for an estimate. */
  weekPayPence: number | null;
}

/** Redundancy pay for one person: weeks x week's pay (capped unless the council pays actual pay) x multiplier, to the penny. */
export function redundancyPay(details: PersonDetails | undefined, settings: RedundancySettings): RedundancyEstimate {
  if (details?.redundancyPence != null) return { source: 'entered', pence: details.redundancyPence, weeks: null, weekPayPence: null };
  if (!details || details.age === null || details.serviceYears === null || details.weeklyPayPence === null)
    return { source: 'missing', pence: 0, weeks: null, weekPayPence: null };
  const half = statutoryHalfWeeks(details.age, details.serviceYears);
  const weekPayPence = settings.redundancyWeekPay === 'actual' ? details.weeklyPayPence : Math.min(details.weeklyPayPence, settings.redundancyWeekCapPence);
  // half weeks x pay x multiplier (basis points) / (2 x 10000), rounded to the penny once.
  const pence = Math.round((half * weekPayPence * settings.redundancyMultiplierBp) / 20_000);
  return { source: 'estimate', pence, weeks: half / 2, weekPayPence };
}

/** Years for one-off costs to be repaid by the full-year saving, to one decimal place; null when nothing is saved. */
export function paybackYears(oneOffPence: number, fullYearSavingPence: number): number | null {
  if (fullYearSavingPence <= 0) return null;
  return Math.round((oneOffPence * 10) / fullYearSavingPence) / 10;
}
