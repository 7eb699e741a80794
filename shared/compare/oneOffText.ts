// One-off costs and the payback period in words, the same in the command line, the cost summary
// and the consultation pack.
import type { OneOffCosts } from './oneOff';
import { formatPounds } from '../model/money';

/** One-off costs as the payback period is worked out from them: incomplete where someone at risk has no figure. */
export interface PaybackInput {
  paybackYears: number | null;
  totalPence: number;
  incomplete: boolean;
}

/** The payback input of a summary's one-off costs. */
export function paybackOf(o: OneOffCosts): PaybackInput {
  return { paybackYears: o.paybackYears, totalPence: o.totalPence, incomplete: o.withoutFigures > 0 };
}

/**
 * "1.5 years", or why there is none. Where some people at risk have no figure the one-off costs
 * are too low, so the period is "at least" what they give, and not known while none is entered.
 */
export function paybackText(p: PaybackInput): string {
  if (p.paybackYears === null) return 'none: the change saves nothing in a full year';
  if (!paybackKnown(p)) return 'not known until the one-off costs are entered';
  return `${paybackFigure(p)} ${p.paybackYears === 1 ? 'year' : 'years'}`;
}

/** The payback period as a table's figure of years: "1.5", "at least 1.5", "not known" or "none". */
export function paybackFigure(p: PaybackInput): string {
  if (p.paybackYears === null) return 'none';
  if (!paybackKnown(p)) return 'not known';
  return `${p.incomplete ? 'at least ' : ''}${p.paybackYears.toFixed(1)}`;
}

/** Whether there is a number of years to give: a saving, and some one-off cost entered where any is missing. */
export function paybackKnown(p: PaybackInput): boolean {
  return p.paybackYears !== null && !(p.incomplete && p.totalPence === 0);
}

/** What the estimate leaves out, or null when every person at risk has a figure. */
export function missingFiguresText(o: OneOffCosts): string | null {
  if (o.withoutFigures === 0) return null;
  return `${o.withoutFigures} of the ${o.people} ${o.people === 1 ? 'person' : 'people'} at risk ${o.withoutFigures === 1 ? 'has' : 'have'} no redundancy figure (no age, service and week's pay, or amount, entered), so the one-off costs are incomplete.`;
}

/** One sentence for notes and the command line. */
export function oneOffSentence(o: OneOffCosts): string {
  const missing = missingFiguresText(o);
  return (
    `One-off costs: redundancy ${formatPounds(o.redundancyPence)}, pension strain ${formatPounds(o.pensionStrainPence)}, total ${formatPounds(o.totalPence)}` +
    `; payback period ${paybackText(paybackOf(o))}.` +
    (missing ? ` ${missing}` : '')
  );
}
