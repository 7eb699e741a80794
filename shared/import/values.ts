// Reading the values of cells: amounts, FTE, names that are not names, vacancy flags, references.

export type Amount =
  | { kind: 'amount'; pence: number }
  | { kind: 'blank' }
  | { kind: 'not-disclosed'; text: string }
  | { kind: 'invalid'; text: string };

const NOT_DISCLOSED = new Set(['n/d', 'nd', 'n/a', 'na', 'not disclosed', 'undisclosed', 'withheld', '-', '—', '–']);

/** Strips the quotes a cell sometimes carries around its text ('Eliminated'). */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"')))) return t.slice(1, -1).trim();
  return t;
}

/** "£23,456.78", "23456", "23,456" or "£25,000.5" as pence. Refuses negative and non-numeric text. */
export function parseAmount(text: string): Amount {
  const t = text.trim();
  if (t === '') return { kind: 'blank' };
  if (NOT_DISCLOSED.has(t.toLowerCase())) return { kind: 'not-disclosed', text: t };
  const cleaned = t.replace(/^£\s*/, '').replace(/,/g, '').replace(/\s+/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return { kind: 'invalid', text: t };
  const [whole, frac = ''] = cleaned.split('.') as [string, string?];
  const pence = Number(whole) * 100 + Math.round(Number(`0.${frac || '0'}`) * 100);
  if (!Number.isSafeInteger(pence) || pence > 100_000_000_000) return { kind: 'invalid', text: t };
  return { kind: 'amount', pence };
}

export type FteValue = { kind: 'fte'; e4: number } | { kind: 'negative'; e4: number; text: string } | { kind: 'blank' } | { kind: 'invalid'; text: string };

/** FTE as ten-thousandths: "1", "0.5", "2.69", "0,5" (a decimal comma), "50%", "2,508" (thousands). */
export function parseFte(text: string): FteValue {
  const t = text.trim();
  if (t === '') return { kind: 'blank' };
  let s = t.replace(/\s+/g, '');
  const negative = /^[-\u2212]/.test(s) || /^\(.*\)$/.test(s);
  if (negative) s = s.replace(/^[-\u2212]/, '').replace(/^\((.*)\)$/, '$1');
  // Commas before groups of three digits separate thousands ("2,508"); "0,5" is a decimal comma.
  if (/^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  let scale = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1);
    scale = 0.01;
  }
  if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^\d*\.?\d+$/.test(s)) return { kind: 'invalid', text: t };
  const e4 = decimalE4(s, scale === 1 ? 0 : 2);
  if (e4 === null) return { kind: 'invalid', text: t };
  return negative ? { kind: 'negative', e4, text: t } : { kind: 'fte', e4 };
}

/**
 * A decimal string as an exact count of ten-thousandths, rounded half up at the fifth decimal,
 * without going through a binary fraction ("2508.37" is 25083700, not 25083699.99...). `shift`
 * moves the decimal point left first (2 for a percentage).
 */
export function decimalE4(s: string, shift = 0): number | null {
  const [whole = '', frac = ''] = s.split('.');
  let digits = (whole || '0') + frac;
  let point = (whole || '0').length - shift;
  while (point <= 0) {
    digits = '0' + digits;
    point++;
  }
  const intPart = digits.slice(0, point);
  const fracPart = (digits.slice(point) + '00000').slice(0, 5);
  const n = Number(intPart) * 10_000 + Number(fracPart.slice(0, 4)) + (Number(fracPart[4]) >= 5 ? 1 : 0);
  return Number.isSafeInteger(n) ? n : null;
}

/** Excel's error values, which a cell shows when its formula failed. */
const ERROR_CELL = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

export function isErrorCell(text: string): boolean {
  return text.length >= 4 && text.length <= 14 && text[0] === '#' && ERROR_CELL.test(text);
}

export type NameValue = { kind: 'name'; name: string } | { kind: 'none' } | { kind: 'not-disclosed' } | { kind: 'vacant' } | { kind: 'eliminated' };

/** What a name cell says: a person, nobody recorded, a vacancy, or a post that no longer exists. */
export function readName(text: string): NameValue {
  const t = unquote(text);
  const lower = t.toLowerCase().replace(/\.$/, '');
  if (lower === '') return { kind: 'none' };
  if (lower === 'vacant' || lower === 'vacancy' || lower === 'vacant post') return { kind: 'vacant' };
  if (lower === 'eliminated') return { kind: 'eliminated' };
  if (NOT_DISCLOSED.has(lower)) return { kind: 'not-disclosed' };
  return { kind: 'name', name: t };
}

const VACANT_WORDS = new Set(['vacant', 'vacancy', 'yes', 'y', 'true', '1', 'v', 'x', 'unfilled']);
const FILLED_WORDS = new Set(['filled', 'occupied', 'no', 'n', 'false', '0', 'f', 'in post', '']);

/** A vacancy column: true, false, or null when the cell says neither. */
export function readVacancy(text: string): boolean | null {
  const t = unquote(text).toLowerCase();
  if (VACANT_WORDS.has(t)) return true;
  if (FILLED_WORDS.has(t)) return false;
  return null;
}

/** Text made comparable: trimmed, single spaces, lower case. */
export function norm(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A reference without its leading zeros, for matching references a spreadsheet turned into numbers. */
export function refWithoutZeros(ref: string): string | null {
  return /^0+\d/.test(ref) ? ref.replace(/^0+(?=\d)/, '') : /^\d+$/.test(ref) ? ref : null;
}

export function formatPoundsWhole(pence: number): string {
  const pounds = pence / 100;
  return `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: pence % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/** "row 4", "rows 4 and 9", "rows 4, 9 and 12"; a long list names its first 20 and counts the rest. */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  if (rows.length > 25) return `rows ${rows.slice(0, 20).join(', ')} and ${(rows.length - 20).toLocaleString('en-GB')} more`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}

/** Picks the singular or plural words by count. */
export function many(n: number, one: string, more: string): string {
  return n === 1 ? one : more;
}

export function formatE4(e4: number): string {
  return String(e4 / 10_000);
}
