// Showing money and FTE. Values stay integer pence; rounding happens only here, for display.

// The number formats are made the first time each is used: making one loads the locale's data, which
// is a large part of a short command's run (`establish info` shows only whole pounds, made below without one).
function lazyFormat(options: Intl.NumberFormatOptions): () => Intl.NumberFormat {
  let fmt: Intl.NumberFormat | null = null;
  return () => (fmt ??= new Intl.NumberFormat('en-GB', options));
}

const poundsFmt = lazyFormat({ style: 'currency', currency: 'GBP', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const penceFmt = lazyFormat({ style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plainFmt = lazyFormat({ maximumFractionDigits: 0 });
const editFmt = lazyFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "1,234,567" from a whole number of 0 or more. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Pence rounded half away from zero to whole pounds. */
export function roundToPounds(pence: number): number {
  const sign = pence < 0 ? -1 : 1;
  return (sign * Math.floor((Math.abs(pence) + 50) / 100)) || 0;
}

/** "£68,371" */
export function formatPounds(pence: number): string {
  const pounds = roundToPounds(pence);
  // As en-GB formats it ("-£1,234" when negative); anything but a whole number within range goes to the format itself.
  if (!Number.isSafeInteger(pounds)) return poundsFmt().format(pounds);
  return `${pounds < 0 ? '-' : ''}£${grouped(Math.abs(pounds))}`;
}

/** "£68,370.67" */
export function formatPoundsPence(pence: number): string {
  return penceFmt().format(Math.round(pence) / 100);
}

/** "68,370.67": pence as pounds for a field the user edits (parsePounds reads it back). */
export function poundsForEditing(pence: number): string {
  return editFmt().format(pence / 100);
}

/** "68,371" (no symbol), as in a schedule column headed "(£)". */
export function formatPoundsPlain(pence: number): string {
  return plainFmt().format(roundToPounds(pence));
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
