// Showing money and FTE. Values stay integer pence; rounding happens only here, for display.

const poundsFmt = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const penceFmt = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plainFmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Pence rounded half away from zero to whole pounds. */
export function roundToPounds(pence: number): number {
  const sign = pence < 0 ? -1 : 1;
  return (sign * Math.floor((Math.abs(pence) + 50) / 100)) || 0;
}

/** "£68,371" */
export function formatPounds(pence: number): string {
  return poundsFmt.format(roundToPounds(pence));
}

/** "£68,370.67" */
export function formatPoundsPence(pence: number): string {
  return penceFmt.format(Math.round(pence) / 100);
}

const editFmt = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "68,370.67": pence as pounds for a field the user edits (parsePounds reads it back). */
export function poundsForEditing(pence: number): string {
  return editFmt.format(pence / 100);
}

/** "68,371" (no symbol), as in a schedule column headed "(£)". */
export function formatPoundsPlain(pence: number): string {
  return plainFmt.format(roundToPounds(pence));
}

/** Parses "£68,370.67", "68370.67" or "68,371" into pence; null when it is not an amount. */
export function parsePounds(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, frac = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** "0.5", "1", "2.69": FTE with up to four decimals, no trailing zeros. */
export function formatFte(fte: number): string {
  return String(Math.round(fte * 10_000) / 10_000);
}

/** "15%" or "19.8%" from basis points. */
export function formatRate(bp: number): string {
  return `${bp / 100}%`;
}
