// A compact form for many records of one shape (a structure's posts) on their way to the window:
// one array per field instead of one object per record, and every string kept once in a shared
// list that the columns point into. Ten thousand posts come to about a fifth of their JSON, and
// are read back faster than the JSON of the records would be parsed.

/** Records packed by `packRecords`; `unpackRecords` gives them back as they were. */
export interface PackedRecords {
  packed: 1;
  /** Every string the records hold, once. */
  strings: string[];
  table: PackedTable;
}

interface PackedTable {
  count: number;
  keys: string[];
  columns: PackedColumn[];
}

type Scalar = string | number | boolean | null;

type PackedColumn =
  /** One value, the same in every record that has the field; `missing` lists the records that do not. */
  | { c: Scalar; missing?: number[] }
  /** Strings or null in every record: their places in `strings`, -1 for null. */
  | { s: number[] }
  /** True or false in every record: 1 or 0. */
  | { b: number[] }
  /** Lists of strings: each record's list length, then the places of all their strings. */
  | { ls: number[]; s: number[] }
  /** Lists of records: each record's list length, then all their records as one table. */
  | { lr: number[]; table: PackedTable }
  /** Anything else, as it is; `missing` lists the records that do not have the field. */
  | { v: unknown[]; missing?: number[] };

type Rec = Readonly<Record<string, unknown>>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class StringList {
  readonly strings: string[] = [];
  private readonly places = new Map<string, number>();
  place(s: string): number {
    let i = this.places.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.places.set(s, i);
    }
    return i;
  }
}

function keysOf(records: readonly Rec[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k in r) if (r[k] !== undefined) keys.add(k);
  return [...keys];
}

const isScalar = (v: unknown): v is Scalar => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The value every record that has the field holds, with the records that lack it; null when they differ. */
function constant(values: readonly unknown[]): { c: Scalar; missing?: number[] } | null {
  let c: Scalar | undefined;
  const missing: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) missing.push(i);
    else if (!isScalar(v) || (c !== undefined && v !== c)) return null;
    else c = v;
  }
  if (c === undefined) return null;
  return missing.length ? { c, missing } : { c };
}

function packColumn(values: readonly unknown[], strings: StringList): PackedColumn {
  const same = constant(values);
  if (same) return same;
  if (values.every((v) => typeof v === 'string' || v === null)) return { s: values.map((v) => (v === null ? -1 : strings.place(v as string))) };
  if (values.every((v) => typeof v === 'boolean')) return { b: values.map((v) => (v ? 1 : 0)) };
  if (values.every((v) => Array.isArray(v))) {
    const lists = values as unknown[][];
    const lengths = lists.map((l) => l.length);
    const items = lists.flat();
    if (items.every((v) => typeof v === 'string')) return { ls: lengths, s: items.map((v) => strings.place(v as string)) };
    if (items.every(isRecord)) return { lr: lengths, table: packTable(items, strings) };
  }
  const missing: number[] = [];
  const v = values.map((x, i) => {
    if (x === undefined) missing.push(i);
    return x === undefined ? null : x;
  });
  return missing.length ? { v, missing } : { v };
}

function packTable(records: readonly Rec[], strings: StringList): PackedTable {
  const keys = keysOf(records);
  return { count: records.length, keys, columns: keys.map((k) => packColumn(records.map((r) => r[k]), strings)) };
}

export function packRecords(records: readonly Rec[]): PackedRecords {
  const strings = new StringList();
  const table = packTable(records, strings);
  return { packed: 1, strings: strings.strings, table };
}

/**
 * Records given as columns (each field's values, record by record, undefined where a record lacks
 * it), packed exactly as packRecords packs the records they make: for a source that holds its data
 * in columns already, with no record made on the way. A field no record has is left out.
 */
export function packColumns(count: number, columns: readonly (readonly [string, readonly unknown[]])[]): PackedRecords {
  const strings = new StringList();
  const present = columns.filter(([, values]) => values.some((v) => v !== undefined));
  return { packed: 1, strings: strings.strings, table: { count, keys: present.map(([k]) => k), columns: present.map(([, values]) => packColumn(values, strings)) } };
}

export function isPackedRecords(v: unknown): v is PackedRecords {
  return isRecord(v) && v.packed === 1 && Array.isArray(v.strings) && isRecord(v.table);
}

/** One column's values, record by record (undefined where a record lacks the field). */
function unpackColumn(col: PackedColumn, count: number, strings: readonly string[]): unknown[] {
  if ('lr' in col) {
    const items = unpackTable(col.table, strings);
    let at = 0;
    return col.lr.map((n) => items.slice(at, (at += n)));
  }
  if ('ls' in col) {
    let at = 0;
    return col.ls.map((n) => {
      const list = new Array<string>(n);
      for (let j = 0; j < n; j++) list[j] = strings[col.s[at++]!]!;
      return list;
    });
  }
  if ('c' in col) {
    const out = new Array<unknown>(count).fill(col.c);
    for (const i of col.missing ?? []) out[i] = undefined;
    return out;
  }
  if ('s' in col) return col.s.map((i) => (i < 0 ? null : strings[i]!));
  if ('b' in col) return col.b.map((v) => v === 1);
  const out = col.v.slice(0, count);
  for (const i of col.missing ?? []) out[i] = undefined;
  return out;
}

function unpackTable(table: PackedTable, strings: readonly string[]): Record<string, unknown>[] {
  const columns = table.columns.map((c) => unpackColumn(c, table.count, strings));
  const out = new Array<Record<string, unknown>>(table.count);
  for (let i = 0; i < table.count; i++) {
    const r: Record<string, unknown> = {};
    for (let k = 0; k < table.keys.length; k++) {
      const v = columns[k]![i];
      if (v !== undefined) r[table.keys[k]!] = v;
    }
    out[i] = r;
  }
  return out;
}

/** Each field's values, record by record (undefined where a record lacks the field), by field. */
export function unpackColumns(packed: PackedRecords): Map<string, unknown[]> {
  const t = packed.table;
  return new Map(t.keys.map((k, i) => [k, unpackColumn(t.columns[i]!, t.count, packed.strings)]));
}

/** Whether every record has every field of the table. */
export function noneMissing(packed: PackedRecords): boolean {
  return packed.table.columns.every((c) => !('missing' in c) || !c.missing?.length);
}

export function unpackRecords<T>(packed: PackedRecords): T[] {
  return unpackTable(packed.table, packed.strings) as T[];
}
