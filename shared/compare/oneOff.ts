// One-off costs of the people at risk: each one's redundancy pay (estimated or entered) and the
// pension strain cost the pension fund gives, and with the full-year saving, the payback period.
import { paybackYears, redundancyPay, type RedundancyEstimate, type RedundancySettings } from '../costing/redundancy';
import type { Postholder } from '../model/types';
import type { AtRiskPost, PeopleEffect } from './people';

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
    const all = r.change.before!.postholders;
    const holders = r.redeployed === 0 ? all : all.filter((h) => !r.redeployedHolderIds.includes(h.id));
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
