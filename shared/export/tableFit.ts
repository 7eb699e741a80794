// Fits a table to its paper: the largest type (8.5 pt down to 6 pt) at which every column gets at
// least its unbreakable content (figures whole, words whole, headings broken only between
// words); turned landscape when even 6 pt will not fit the width; and, failing that, split into
// parts by columns, each repeating the identifying columns (post, grade...).
import { pageSize, type Orientation, type PaperSize } from '../chart/scene';
import { MARGIN } from './frame';
import { measureTable, type ColumnNeed, type GroupNeed } from './tableMeasure';
import type { Table } from './table';

/** The indexes of the columns repeated on every part of a table split by columns. */
export function keyColumns(table: Table): number[] {
  const marked = table.columns.flatMap((c, i) => (c.key ? [i] : []));
  if (marked.length) return marked;
  const lead: number[] = [];
  for (let i = 0; i < table.columns.length && i < 3 && table.columns[i]!.kind === 'text'; i++) lead.push(i);
  return lead.length ? lead : table.columns.length ? [0] : [];
}

export const MAX_TYPE = 8.5;
export const MIN_TYPE = 6;
const STEP = 0.25;
/** A column given room to spare grows to at most this multiple of its natural width; the rest stays white. */
const GROW_LIMIT = 1.6;
/** Rounding in the measuring must never make a word or figure one hair too wide for its cell. */
const EPS = 0.01;
/**
 * A text column is not squeezed below this many ems (about twenty characters a line) unless its
 * longest entry is shorter: past that a post title stacks into a tower of one-word lines, and
 * turning the page is the better choice.
 */
const TEXT_FLOOR = 10;
/** Type this much smaller is worth it to keep every cell on one line. */
const ONE_LINE_TRADE = 1;

export function cellPad(size: number): number {
  return size * 0.4;
}

export interface BandFit {
  /** Indexes into the table's columns, in table order: the key columns first, then this part's own. */
  columns: number[];
  /** Width of each of `columns`, in points, padding included. */
  widths: number[];
  /** What this part shows, for its pages' titles; empty when the table is not split. */
  label: string;
}

export interface TableFit {
  orientation: Orientation;
  width: number;
  height: number;
  fontSize: number;
  pad: number;
  bands: BandFit[];
}

type Level = 'min' | 'comfortable' | 'natural' | 'roomy';

class Sizer {
  constructor(
    private readonly table: Table,
    private readonly needs: ColumnNeed[],
    private readonly groups: Map<string, GroupNeed>,
  ) {}

  private one(n: ColumnNeed, level: Level): number {
    if (level === 'min') return n.text ? Math.max(n.fixed, Math.min(n.natural, TEXT_FLOOR)) : n.fixed;
    if (level === 'comfortable') return n.text ? Math.max(n.fixed, n.head3, Math.min(n.natural, n.hint)) : Math.max(n.fixed, n.head3);
    if (level === 'natural') return Math.max(n.fixed, n.head3, n.natural);
    return Math.max(n.fixed, n.head2, n.natural);
  }

  /** Widths of `cols` at `size`, each group heading given room over its columns. */
  widths(cols: readonly number[], size: number, level: Level): number[] {
    const pad = cellPad(size);
    const w = cols.map((c) => this.one(this.needs[c]!, level) * size + pad * 2 + EPS);
    for (let i = 0; i < cols.length; ) {
      const g = this.table.columns[cols[i]!]!.group;
      let j = i + 1;
      while (g && j < cols.length && this.table.columns[cols[j]!]!.group === g) j++;
      const need = g ? this.groups.get(g) : undefined;
      if (need) {
        const want = (level === 'min' ? need.fixed : level === 'roomy' ? need.head1 : need.head2) * size + pad * 2 + EPS;
        const have = w.slice(i, j).reduce((a, b) => a + b, 0);
        if (have < want) for (let k = i; k < j; k++) w[k]! += (want - have) / (j - i);
      }
      i = j;
    }
    return w;
  }

  total(cols: readonly number[], size: number, level: Level): number {
    return this.widths(cols, size, level).reduce((a, b) => a + b, 0);
  }

  /**
   * Shares `avail` points among `cols`: from the minimum towards the comfortable widths, then
   * towards the natural ones (every cell on one line), then room for headings in two lines rather
   * than three and group headings in one, then a little beyond. Columns in `pinned` keep their width.
   */
  fill(cols: readonly number[], size: number, avail: number, pinned: ReadonlyMap<number, number> = new Map()): number[] {
    const free = cols.map((c) => !pinned.has(c));
    const room = avail - cols.reduce((a, c) => a + (pinned.get(c) ?? 0), 0);
    const levels = (['min', 'comfortable', 'natural', 'roomy'] as const).map((l) => this.widths(cols, size, l).map((w, i) => (free[i] ? w : 0)));
    const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
    const pick = (ws: number[]) => ws.map((w, i) => (free[i] ? w : pinned.get(cols[i]!)!));
    const [min, comfortable, natural, roomy] = levels as [number[], number[], number[], number[]];
    if (sum(min) >= room) {
      // Too narrow even at the minimum: only happens on absurd input (a heading of one enormous word).
      const k = room / Math.max(sum(min), 1);
      return pick(min.map((w) => w * k));
    }
    for (const [lo, hi] of [
      [min, comfortable],
      [comfortable, natural],
      [natural, roomy],
    ] as const) {
      if (sum(hi) < room) continue;
      const gap = sum(hi) - sum(lo);
      const share = gap > 0 ? (room - sum(lo)) / gap : 0;
      return pick(lo.map((w, i) => w + (hi[i]! - w) * share));
    }
    const spare = room - sum(roomy);
    const grow = roomy.reduce((a, w) => a + w * (GROW_LIMIT - 1), 0);
    const share = grow > 0 ? Math.min(1, spare / grow) : 0;
    return pick(roomy.map((w) => w + w * (GROW_LIMIT - 1) * share));
  }
}

/** Splits the non-key columns into the fewest parts that fit, preferring splits between groups and parts of even width. */
function partition(sizer: Sizer, table: Table, keys: number[], rest: number[], size: number, level: Level, avail: number): number[][] | null {
  const n = rest.length;
  const fits: boolean[][] = [];
  const slack: number[][] = [];
  for (let i = 0; i < n; i++) {
    fits.push([]);
    slack.push([]);
    for (let j = i + 1; j <= n; j++) {
      const cols = [...keys, ...rest.slice(i, j)].sort((a, b) => a - b);
      const w = sizer.total(cols, size, level);
      fits[i]![j] = w <= avail;
      slack[i]![j] = avail - w;
      if (!fits[i]![j]) break;
    }
  }
  // best[j]: the best split of the first j columns, as [parts, splits inside a group, unevenness].
  type Cost = [number, number, number];
  const better = (a: Cost, b: Cost) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const best: (Cost | null)[] = [[0, 0, 0]];
  const from: number[] = [0];
  for (let j = 1; j <= n; j++) {
    best[j] = null;
    for (let i = 0; i < j; i++) {
      const prev = best[i];
      if (!prev || !fits[i]![j]) continue;
      const g = i > 0 ? table.columns[rest[i - 1]!]!.group : undefined;
      const inside = g !== undefined && table.columns[rest[i]!]!.group === g ? 1 : 0;
      const c: Cost = [prev[0] + 1, prev[1] + inside, prev[2] + slack[i]![j]! ** 2];
      if (!best[j] || better(c, best[j]!) < 0) {
        best[j] = c;
        from[j] = i;
      }
    }
  }
  if (!best[n]) return null;
  const parts: number[][] = [];
  for (let j = n; j > 0; j = from[j]!) parts.unshift(rest.slice(from[j]!, j));
  return parts;
}

function bandLabel(table: Table, own: number[], index: number, count: number): string {
  const segs: string[] = [];
  for (let i = 0; i < own.length; ) {
    const g = table.columns[own[i]!]!.group;
    let j = i + 1;
    while (g && j < own.length && table.columns[own[j]!]!.group === g) j++;
    if (!g) segs.push(table.columns[own[i]!]!.header);
    else {
      const all = table.columns.filter((c) => c.group === g).length;
      const first = table.columns[own[i]!]!.header;
      const last = table.columns[own[j - 1]!]!.header;
      segs.push(j - i === all ? g : j - i === 1 ? `${g}: ${first}` : `${g}: ${first} to ${last}`);
    }
    i = j;
  }
  return `Part ${index + 1} of ${count}: ${segs.join('; ')}`;
}

const SIZES = Array.from({ length: Math.round((MAX_TYPE - MIN_TYPE) / STEP) + 1 }, (_, i) => MAX_TYPE - i * STEP);

export function fitTable(table: Table, paper: PaperSize, orientation: Orientation): TableFit {
  const { columns: needs, groups } = measureTable(table);
  const sizer = new Sizer(table, needs, groups);
  const all = table.columns.map((_c, i) => i);
  const result = (o: Orientation, size: number, bands: BandFit[]): TableFit => ({ orientation: o, ...pageSize(paper, o), fontSize: size, pad: cellPad(size), bands });

  // The whole table on one width: in the orientation asked for if the columns are comfortable
  // there, else on landscape pages, comfortable or at least fitting.
  const tries: [Orientation, Level][] = orientation === 'portrait' ? [['portrait', 'comfortable'], ['landscape', 'comfortable'], ['landscape', 'min']] : [['landscape', 'comfortable'], ['landscape', 'min']];
  for (const [o, level] of tries) {
    const avail = pageSize(paper, o).width - MARGIN * 2;
    const largest = (l: Level) => SIZES.find((s) => sizer.total(all, s, l) <= avail);
    let size = largest(level);
    if (size === undefined) continue;
    const natural = largest('natural');
    if (natural !== undefined && natural >= size - ONE_LINE_TRADE) size = natural;
    return result(o, size, [{ columns: all, widths: sizer.fill(all, size, avail), label: '' }]);
  }

  // Split by columns on landscape pages: the fewest parts first, then the largest type.
  const avail = pageSize(paper, 'landscape').width - MARGIN * 2;
  const keys = keyColumns(table);
  const rest = all.filter((c) => !keys.includes(c));
  // Nothing to split off (every column identifies the row): squeezed onto one width.
  if (!rest.length) return result('landscape', MIN_TYPE, [{ columns: all, widths: sizer.fill(all, MIN_TYPE, avail), label: '' }]);
  let chosen: { size: number; parts: number[][] } | null = null;
  for (const level of ['comfortable', 'min'] as const) {
    for (const s of SIZES) {
      const parts = partition(sizer, table, keys, rest, s, level, avail);
      if (parts && (!chosen || parts.length < chosen.parts.length)) chosen = { size: s, parts };
    }
  }
  if (!chosen) {
    // Not even one column beside the keys fits: each part takes a single column, squeezed.
    chosen = { size: MIN_TYPE, parts: rest.map((c) => [c]) };
  }
  const { size, parts } = chosen;
  const bandCols = parts.map((p) => [...keys, ...p].sort((a, b) => a - b));
  // The key columns keep one width on every part: the narrowest any part would give them alone,
  // so every part keeps at least the room its own columns had.
  const own = bandCols.map((cols) => sizer.fill(cols, size, avail));
  const pinned = new Map(keys.map((k) => [k, Math.min(...bandCols.map((cols, b) => own[b]![cols.indexOf(k)]!))]));
  const bands = bandCols.map((cols, i) => ({ columns: cols, widths: sizer.fill(cols, size, avail, pinned), label: bandLabel(table, parts[i]!, i, parts.length) }));
  return result('landscape', size, bands);
}
