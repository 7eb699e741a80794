// Showing dates the British way: "1 April 2021".
const longFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2021-04-01" -> "1 April 2021"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : longFmt.format(d);
}

/** A date written YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a date written YYYY-MM-DD is a day of the calendar. */
export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Whether `s` is a real date written YYYY-MM-DD, as the API's date schema takes it. */
export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && isRealDate(s);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoIfReal(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/**
 * Reads a date typed the British way ("1/10/2026", "01-10-2026", "1 October 2026", "1 Oct 2026")
 * or as ISO ("2026-10-01"); null when it is not a real date. Day comes before month.
 */
export function parseUkDate(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return isoIfReal(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.findIndex((name) => m![2]!.length >= 3 && name.startsWith(m![2]!));
    return month < 0 ? null : isoIfReal(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}

/** "2026-04-01" -> "01/04/2026", for a field the user edits. */
export function ukShortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
