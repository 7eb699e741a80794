// One-off costs and the payback period in words, the same in the command line, the cost summary
// and the consultation pack.
import type { OneOffCosts } from './oneOff';
import { formatPounds } from '../model/money';

/** "1.5 years", "1 year", or why there is none. */
export function paybackText(years: number | null): string {
  if (years === null) return 'none: the change saves nothing in a full year';
  return `${years.toFixed(1)} ${years === 1 ? 'year' : 'years'}`;
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
    `; payback period ${paybackText(o.paybackYears)}.` +
    (missing ? ` ${missing}` : '')
  );
}
