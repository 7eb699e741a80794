// Converting between what people type (percentages, multipliers) and what the document keeps
// (basis points), for the settings page and the command line alike.

/** "15", "19.8", "0.5%" -> basis points; null when it is not a percentage from 0 to 100 with at most two decimals. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(/%$/, '').trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const bp = Math.round(Number(t) * 100);
  return bp <= 10_000 ? bp : null;
}

export function percentText(bp: number): string {
  return String(bp / 100);
}

export const PERCENT_ERROR = 'Enter a percentage from 0 to 100, such as 15 or 19.8.';

/** "1", "1.5", "2x" -> basis points (10000 = 1x); null unless from 1 to 10 with at most four decimals. */
export function parseMultiplier(text: string): number | null {
  const t = text.trim().replace(/x$/i, '').trim();
  if (!/^\d+(\.\d{1,4})?$/.test(t)) return null;
  const bp = Math.round(Number(t) * 10_000);
  return bp >= 10_000 && bp <= 100_000 ? bp : null;
}

export const MULTIPLIER_ERROR = 'Enter a multiplier from 1 (statutory pay) to 10, such as 1.5.';
