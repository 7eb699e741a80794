// One-off costs of the people at risk: statutory redundancy pay, estimated from age, service and a
// week's pay (or an amount entered instead), times the council's discretionary multiplier, and the
// pension strain cost the pension fund gives. With the full-year saving, the payback period.
import type { DocumentSettings, Id, PersonDetails, Postholder } from '../model/types';
import type { AtRiskPost, PeopleEffect } from '../compare/people';

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

export interface OneOffLine {
  post: AtRiskPost;
  holder: Postholder;
  redundancy: RedundancyEstimate;
  pensionStrainPence: number;
}

export interface OneOffCosts {
  redundancyPence: number;
  pensionStrainPence: number;
  totalPence: number;
  /** Payback period in years (one decimal), or null when the change saves nothing in a full year. */
  paybackYears: number | null;
  /** People at risk counted. */
  people: number;
  /** Of those, people with no redundancy figure: named with no details, or not named (a post filled, nobody recorded). */
  withoutFigures: number;
  lines: OneOffLine[];
}

/** One-off costs of everyone still at risk (ring-fenced people included: the most it could cost). */
export function oneOffCosts(people: PeopleEffect, settings: RedundancySettings, fullYearSavingPence: number): OneOffCosts {
  const lines: OneOffLine[] = [];
  let count = 0;
  let withoutFigures = 0;
  for (const r of people.atRiskPosts) {
    if (r.outcome === 'slot-in' || r.outcome === 'redeployed') continue;
    const moved = new Set<Id>(r.redeployedHolderIds);
    const holders = r.change.before!.postholders.filter((h) => !moved.has(h.id));
    const atRisk = r.people - r.redeployed;
    count += atRisk;
    withoutFigures += Math.max(0, atRisk - holders.length);
    for (const holder of holders) {
      const redundancy = redundancyPay(holder.details, settings);
      if (redundancy.source === 'missing') withoutFigures++;
      lines.push({ post: r, holder, redundancy, pensionStrainPence: holder.details?.pensionStrainPence ?? 0 });
    }
  }
  const redundancyPence = lines.reduce((s, l) => s + l.redundancy.pence, 0);
  const pensionStrainPence = lines.reduce((s, l) => s + l.pensionStrainPence, 0);
  const totalPence = redundancyPence + pensionStrainPence;
  return { redundancyPence, pensionStrainPence, totalPence, paybackYears: paybackYears(totalPence, fullYearSavingPence), people: count, withoutFigures, lines };
}
