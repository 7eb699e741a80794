// The equality profile for an equality impact assessment: the characteristics the document records
// about people (its own categories, editable), and a table of the people at risk against the whole
// workforce per characteristic, any group of fewer than 5 people suppressed so no one can be
// identified. Personal data: never exported unless the user chooses to. The zod schemas the API
// checks a change against are in ./profileSchema; stored values are read back here without zod.

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

/** The document's characteristics; the defaults when none are stored or what is stored does not read. */
export function equalityOf(settings: { equality?: unknown }): EqualityCharacteristic[] {
  return readEqualityCharacteristics(settings.equality) ?? DEFAULT_EQUALITY.map((c) => ({ ...c, categories: [...c.categories] }));
}

// The rules of ./profileSchema, as plain checks (a test holds the two to the same answers).
const ID = /^[a-z0-9-]{1,40}$/;
const CHARACTERISTIC_KEYS = ['id', 'name', 'categories'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const label = (v: unknown, max: number): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : undefined;
};

function readCharacteristic(v: unknown): EqualityCharacteristic | undefined {
  if (!isObject(v)) return undefined;
  for (const key in v) if (!CHARACTERISTIC_KEYS.includes(key)) return undefined;
  if (typeof v.id !== 'string' || !ID.test(v.id)) return undefined;
  const name = label(v.name, 60);
  if (name === undefined || !Array.isArray(v.categories) || v.categories.length < 1 || v.categories.length > 30) return undefined;
  const categories: string[] = [];
  for (let i = 0; i < v.categories.length; i++) {
    const c = label(v.categories[i], 80);
    if (c === undefined) return undefined;
    categories.push(c);
  }
  const lower = categories.map((x) => x.toLowerCase());
  if (new Set(lower).size !== lower.length || lower.includes(NOT_RECORDED.toLowerCase())) return undefined;
  return { id: v.id, name, categories };
}

/** Stored characteristics as equalityCharacteristicsSchema would parse them, or null when it would refuse them. */
export function readEqualityCharacteristics(v: unknown): EqualityCharacteristic[] | null {
  if (!Array.isArray(v) || v.length > 20) return null;
  const out: EqualityCharacteristic[] = [];
  for (let i = 0; i < v.length; i++) {
    const c = readCharacteristic(v[i]);
    if (!c) return null;
    out.push(c);
  }
  if (new Set(out.map((c) => c.id)).size !== out.length || new Set(out.map((c) => c.name.toLowerCase())).size !== out.length) return null;
  return out;
}

/** A person's stored answers as equalityProfileSchema would parse them, or null when it would refuse them. */
export function readEqualityProfile(v: unknown): EqualityProfile | null {
  if (!isObject(v)) return null;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return null;
  const out: EqualityProfile = {};
  for (const key of Object.keys(v)) {
    if (key === '__proto__') continue;
    const answer = v[key];
    if (key.length > 40 || typeof answer !== 'string' || answer.length > 80) return null;
    out[key] = answer;
  }
  return Object.keys(out).length <= 20 ? out : null;
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
