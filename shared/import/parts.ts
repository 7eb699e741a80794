// Splits of a post's cost read from cells: funding sources (or organisations sharing the cost) with
// their shares, either all in one cell ("Council 80%; Supporting Families 20%") or one column per
// source holding an amount or a share. Shares become basis points adding up to exactly 100%.
import { splitByWeights } from '../costing/apportion';
import { decimalE4, norm } from './values';

export interface PartShare {
  name: string;
  shareBp: number;
}

export type SplitResult =
  | { kind: 'none' }
  | { kind: 'parts'; parts: PartShare[]; note: string | null }
  | { kind: 'unclear'; text: string; why: string };

type Unit = '%' | '£' | '';

interface Item {
  name: string;
  /** The number, in ten-thousandths, or null when the item has none. */
  e4: number | null;
  unit: Unit;
}

const NUMBER = String.raw`£?\s*\d[\d,]*(?:\.\d+)?|£?\s*\.\d+`;
const TRAILING = new RegExp(String.raw`^(.*?)[\s:=\-–(]*(${NUMBER})\s*(%)?\s*\)?$`);
const LEADING = new RegExp(String.raw`^(${NUMBER})\s*(%)?\s*(?:of\s+|from\s+|[:\-–]\s*)?(.+)$`, 'i');

function numberE4(text: string): { e4: number | null; pounds: boolean } {
  const pounds = text.includes('£');
  const digits = text.replace(/[£\s,]/g, '');
  return { e4: /^\d*\.?\d+$/.test(digits) ? decimalE4(digits) : null, pounds };
}

function readItem(text: string): Item {
  const t = text.trim();
  const trailing = TRAILING.exec(t);
  if (trailing && trailing[1]!.trim() !== '' && /\p{L}/u.test(trailing[1]!)) {
    const n = numberE4(trailing[2]!);
    if (n.e4 !== null) return { name: trailing[1]!.trim(), e4: n.e4, unit: trailing[3] ? '%' : n.pounds ? '£' : '' };
  }
  const leading = LEADING.exec(t);
  if (leading && /\p{L}/u.test(leading[3]!)) {
    const n = numberE4(leading[1]!);
    if (n.e4 !== null) return { name: leading[3]!.trim(), e4: n.e4, unit: leading[2] ? '%' : n.pounds ? '£' : '' };
  }
  return { name: t, e4: null, unit: '' };
}

/** Splits a cell into its items: on ";", "|", "+" or new lines, or on commas when nothing else separates them. */
function items(text: string): string[] {
  let parts = text.split(/[;|+\n]/);
  if (parts.length === 1 && /,\s*\D/.test(text)) parts = text.split(/,(?=\s*(?:\D|\d+(?:\.\d+)?\s*%))/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const near = (e4: number, target: number, slack: number) => Math.abs(e4 - target) <= slack;

/** Basis points from weights, adding up to 10,000; parts with no weight are dropped. */
function toShares(named: { name: string; weight: number }[]): PartShare[] {
  const kept = named.filter((n) => n.weight > 0);
  const bp = splitByWeights(10_000, kept.map((n) => n.weight));
  return kept.map((n, i) => ({ name: n.name, shareBp: bp[i]! })).filter((p) => p.shareBp > 0);
}

function merge(parts: PartShare[]): PartShare[] {
  const byName = new Map<string, PartShare>();
  for (const p of parts) {
    const k = norm(p.name);
    const had = byName.get(k);
    if (had) had.shareBp += p.shareBp;
    else byName.set(k, { ...p });
  }
  return [...byName.values()];
}

/** Reads "Council 80%; Supporting Families 20%", "Council", "CCC 50 / PCC 50"... */
export function parseSplitCell(text: string): SplitResult {
  const t = text.trim();
  if (t === '') return { kind: 'none' };
  const list = items(t).map(readItem);
  if (list.length === 0) return { kind: 'none' };
  if (list.length === 1) {
    const only = list[0]!;
    // One name, whatever number it carries ("Grant 2023", "Council 100%"), pays for all of it.
    const bare = only.unit === '' && only.e4 !== null && only.e4 !== 10_000 && only.e4 !== 1_000_000;
    const name = bare ? t : only.name;
    if (only.unit === '%' && only.e4 !== 1_000_000) return { kind: 'unclear', text: t, why: `one source is given ${only.e4! / 10_000}%, not 100%` };
    return { kind: 'parts', parts: [{ name, shareBp: 10_000 }], note: null };
  }
  const numbered = list.filter((i) => i.e4 !== null);
  if (numbered.length === 0) {
    const parts = toShares(list.map((i) => ({ name: i.name, weight: 1 })));
    return { kind: 'parts', parts: merge(parts), note: `no shares are given, so the ${list.length} were given equal shares` };
  }
  const sum = numbered.reduce((s, i) => s + i.e4!, 0);
  const pounds = numbered.some((i) => i.unit === '£');
  const percent = !pounds && (numbered.some((i) => i.unit === '%') || near(sum, 1_000_000, 50));
  if (numbered.length < list.length) {
    // One source without a share takes what the others leave.
    const rest = 1_000_000 - sum;
    if (percent && numbered.length === list.length - 1 && rest > 0)
      return { kind: 'parts', parts: merge(toShares(list.map((i) => ({ name: i.name, weight: i.e4 ?? rest })))), note: null };
    return { kind: 'unclear', text: t, why: 'some sources have a share and some do not' };
  }
  if (percent) {
    if (!near(sum, 1_000_000, 50)) return { kind: 'unclear', text: t, why: `the shares add up to ${sum / 10_000}%, not 100%` };
    return { kind: 'parts', parts: merge(toShares(list.map((i) => ({ name: i.name, weight: i.e4! })))), note: null };
  }
  if (!pounds && near(sum, 10_000, 5)) return { kind: 'parts', parts: merge(toShares(list.map((i) => ({ name: i.name, weight: i.e4! })))), note: null };
  // Amounts: each source's share is its part of the total.
  if (sum === 0) return { kind: 'unclear', text: t, why: 'every amount is 0' };
  return { kind: 'parts', parts: merge(toShares(list.map((i) => ({ name: i.name, weight: i.e4! })))), note: null };
}

/**
 * One value per source column on a row: amounts, percentages or fractions, any blank. A column
 * whose heading gives shares in per cent (`percent`) holds percentages even without a "%".
 */
export function parseSplitColumns(cells: readonly { name: string; text: string; percent?: boolean }[]): SplitResult {
  const read: { name: string; e4: number; unit: Unit }[] = [];
  for (const c of cells) {
    const t = c.text.trim();
    if (t === '' || t === '-' || t === '–') continue;
    const m = /^(£)?\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(%)?$/.exec(t);
    if (!m) return { kind: 'unclear', text: `${c.name}: ${t}`, why: `"${t}" is not an amount or a share` };
    const e4 = decimalE4(m[2]!.replace(/,/g, ''));
    if (e4 === null) return { kind: 'unclear', text: `${c.name}: ${t}`, why: `"${t}" is too large` };
    if (e4 > 0) read.push({ name: c.name, e4, unit: m[3] ? '%' : m[1] ? '£' : c.percent ? '%' : '' });
  }
  if (read.length === 0) return { kind: 'none' };
  const sum = read.reduce((s, r) => s + r.e4, 0);
  const percent = read.some((r) => r.unit === '%');
  if (percent && !near(sum, 1_000_000, 50))
    return { kind: 'unclear', text: read.map((r) => `${r.name} ${r.e4 / 10_000}%`).join('; '), why: `the shares add up to ${sum / 10_000}%, not 100%` };
  return { kind: 'parts', parts: toShares(read.map((r) => ({ name: r.name, weight: r.e4 }))), note: null };
}
