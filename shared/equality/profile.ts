// The equality profile for an equality impact assessment: the characteristics the document records
// about people (its own categories, editable), and a table of the people at risk against the whole
// workforce per characteristic, any group of fewer than 5 people suppressed so no one can be
// identified. Personal data: never exported unless the user chooses to.
import { z } from 'zod';

export interface EqualityCharacteristic {
  /** Stable key the people's answers are stored under. */
  id: string;
  name: string;
  categories: string[];
}

/** A person's answers: characteristic id to category; a characteristic left out is not recorded. */
export type EqualityProfile = Record<string, string>;

export const NOT_RECORDED = 'Not recorded';
/** Groups smaller than this are shown as "fewer than 5", never as a number. */
export const SUPPRESS_BELOW = 5;

export const DEFAULT_EQUALITY: readonly EqualityCharacteristic[] = [
  { id: 'age', name: 'Age band', categories: ['16 to 24', '25 to 34', '35 to 44', '45 to 54', '55 to 64', '65 and over'] },
  { id: 'sex', name: 'Sex', categories: ['Female', 'Male'] },
  { id: 'ethnicity', name: 'Ethnicity', categories: ['Asian or Asian British', 'Black, Black British, Caribbean or African', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group', 'Prefer not to say'] },
  { id: 'disability', name: 'Disability', categories: ['Disabled', 'Not disabled', 'Prefer not to say'] },
  { id: 'pattern', name: 'Working pattern', categories: ['Full time', 'Part time'] },
];

const label = (what: string, max: number) => z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

export const equalityCharacteristicsSchema = z
  .array(
    z
      .object({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a characteristic id is lower-case letters, digits and dashes'),
        name: label('A characteristic', 60),
        categories: z
          .array(label('A category', 80))
          .min(1, 'a characteristic needs at least one category')
          .max(30, 'a characteristic has at most 30 categories')
          .refine((c) => new Set(c.map((x) => x.toLowerCase())).size === c.length, { message: 'a category appears twice' })
          .refine((c) => !c.some((x) => x.toLowerCase() === NOT_RECORDED.toLowerCase()), { message: `"${NOT_RECORDED}" is kept for people with no answer` }),
      })
      .strict(),
  )
  .max(20, 'at most 20 characteristics')
  .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, { message: 'a characteristic appears twice' })
  .refine((cs) => new Set(cs.map((c) => c.name.toLowerCase())).size === cs.length, { message: 'two characteristics have the same name' });

export const equalityProfileSchema = z.record(z.string().max(40), z.string().max(80)).refine((r) => Object.keys(r).length <= 20, { message: 'at most 20 answers' });

/** The document's characteristics; the defaults when none are stored or what is stored does not read. */
export function equalityOf(settings: { equality?: unknown }): EqualityCharacteristic[] {
  const r = equalityCharacteristicsSchema.safeParse(settings.equality);
  return r.success ? r.data : DEFAULT_EQUALITY.map((c) => ({ ...c, categories: [...c.categories] }));
}

/** A count as shown: the number, or null when it is a group of 1 to 4 people. */
export function suppressed(count: number): number | null {
  return count > 0 && count < SUPPRESS_BELOW ? null : count;
}
export interface EqualityCell {
  /** The count, or null when suppressed. */
  count: number | null;
  /** Share of the column's people, per cent to one decimal, or null when suppressed. */
  percent: number | null;
  /**
   * Why a count is not shown: 'fewer' (a group of 1 to 4 people, or every group of a column of
   * fewer than 5 people); 'withheld' (a larger group hidden too, as the one group of fewer than 5
   * could otherwise be worked out from the total).
   */
  hidden?: 'fewer' | 'withheld';
}

export interface EqualityRow {
  category: string;
  workforce: EqualityCell;
  atRisk: EqualityCell;
}

export interface EqualityTable {
  workforce: number;
  atRisk: number;
  characteristics: { id: string; name: string; rows: EqualityRow[] }[];
}

/**
 * One characteristic's column of counts as shown. A column of fewer than 5 people shows none of
 * its groups. Otherwise groups of 1 to 4 are hidden, and where exactly one is, the next smallest
 * group is withheld too, so the hidden one cannot be worked out from the total.
 */
function column(counts: readonly number[], total: number): EqualityCell[] {
  const hidden: (EqualityCell['hidden'] | undefined)[] = counts.map((n) => (total > 0 && total < SUPPRESS_BELOW ? 'fewer' : n > 0 && n < SUPPRESS_BELOW ? 'fewer' : undefined));
  if (hidden.filter(Boolean).length === 1 && !(total > 0 && total < SUPPRESS_BELOW)) {
    let next = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (next < 0 || n < counts[next]!)) next = i;
    });
    if (next >= 0) hidden[next] = 'withheld';
  }
  return counts.map((n, i) =>
    hidden[i] ? { count: null, percent: null, hidden: hidden[i] } : { count: n, percent: total === 0 ? null : Math.round((n * 1000) / total) / 10 },
  );
}

/**
 * People at risk against the whole workforce, per characteristic: each of the document's
 * categories, then "Not recorded" for people with no answer (or an answer no longer a category).
 * `undefined` stands for a person with no profile at all.
 */
export function equalityTable(characteristics: readonly EqualityCharacteristic[], workforce: readonly (EqualityProfile | undefined)[], atRisk: readonly (EqualityProfile | undefined)[]): EqualityTable {
  return {
    workforce: workforce.length,
    atRisk: atRisk.length,
    characteristics: characteristics.map((c) => {
      const of = (p: EqualityProfile | undefined) => {
        const v = p?.[c.id];
        return v !== undefined && c.categories.includes(v) ? v : NOT_RECORDED;
      };
      const groups = [...c.categories, NOT_RECORDED];
      const counts = (people: readonly (EqualityProfile | undefined)[]) => groups.map((g) => people.filter((p) => of(p) === g).length);
      const w = column(counts(workforce), workforce.length);
      const r = column(counts(atRisk), atRisk.length);
      return { id: c.id, name: c.name, rows: groups.map((category, i) => ({ category, workforce: w[i]!, atRisk: r[i]! })) };
    }),
  };
}

/** A total of people as shown: the number, or "fewer than 5". */
export function formatEqualityTotal(n: number): string {
  return n > 0 && n < SUPPRESS_BELOW ? `fewer than ${SUPPRESS_BELOW}` : String(n);
}

/** "12 (24.0%)", "fewer than 5", "withheld", "0". */
export function formatEqualityCell(c: EqualityCell): string {
  if (c.count === null) return c.hidden === 'withheld' ? 'withheld' : `fewer than ${SUPPRESS_BELOW}`;
  return c.percent === null || c.count === 0 ? String(c.count) : `${c.count} (${c.percent.toFixed(1)}%)`;
}
