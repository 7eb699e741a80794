// Converting between what people type (percentages, pounds) and what the document keeps
// (basis points, pence).

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
