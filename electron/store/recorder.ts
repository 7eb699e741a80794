// Row-level writes that remember what they replaced. Every edit goes through a Recorder, so the
// list of row changes it leaves is both the undo step (applied backwards) and the redo step.
import type { Database, Statement } from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';

export type SqlValue = string | number | bigint | null;
export type Row = Record<string, SqlValue>;

export interface RowChange {
  /** Table name. */
  t: string;
  id: string;
  /** The row before the change; null when it was inserted. */
  b: Row | null;
  /** The row after the change; null when it was deleted. */
  a: Row | null;
}

/** Tables an edit may write, each keyed by a text `id`. */
export const RECORDED_TABLES = new Set([
  'settings',
  'organisations',
  'grades',
  'pay_points',
  'funding_sources',
  'structures',
  'posts',
  'dotted_lines',
  'post_funding',
  'postholders',
  'import_mappings',
  'post_replaces',
  'post_organisation_shares',
  'match_decisions',
]);

export function assertTable(table: string): void {
  if (!RECORDED_TABLES.has(table)) throw new Error(`Unknown table ${table}`);
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class Statements {
  private readonly cache = new Map<string, Statement>();
  /** Statements read row by row as arrays: a wide table's many rows read several times faster so. */
  private readonly rawCache = new Map<string, Statement>();
  private readonly columnsOf = new Map<string, Set<string>>();
  /** Insert statements by table and columns, so a run of inserts skips building their SQL. */
  private readonly inserts = new Map<string, Statement>();
  /** The columns and statement of the last insert into each table. */
  private readonly lastInsert = new Map<string, { cols: readonly string[]; s: Statement }>();
  constructor(private readonly db: Database) {}

  /** The columns a table has in this document. */
  columns(table: string): Set<string> {
    assertTable(table);
    let cols = this.columnsOf.get(table);
    if (!cols) {
      cols = new Set((this.db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name));
      this.columnsOf.set(table, cols);
    }
    return cols;
  }

  /** A statement that gives each row as an array of values, in the order of `columns()`. */
  raw(sql: string): Statement {
    let s = this.rawCache.get(sql);
    if (!s) {
      s = this.db.prepare(sql).raw(true);
      this.rawCache.set(sql, s);
    }
    return s;
  }

  get(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  select(table: string, id: string): Row | undefined {
    assertTable(table);
    return this.get(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  }

  insert(table: string, row: Row): void {
    assertTable(table);
    const cols = Object.keys(row);
    // Values bound by position: many rows (an import) go in noticeably faster than bound by name.
    const values = new Array<unknown>(cols.length);
    for (let i = 0; i < cols.length; i++) values[i] = row[cols[i]!];
    // A run of rows of one table has the same columns: the last statement of the table is tried first.
    const last = this.lastInsert.get(table);
    let s: Statement;
    if (last && sameColumns(last.cols, cols)) s = last.s;
    else {
      const key = `${table} ${cols.join(', ')}`;
      let found = this.inserts.get(key);
      if (!found) this.inserts.set(key, (found = this.get(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)));
      this.lastInsert.set(table, { cols, s: found });
      s = found;
    }
    s.run(...values);
  }

  replace(table: string, row: Row): void {
    assertTable(table);
    const cols = Object.keys(row).filter((c) => c !== 'id');
    if (cols.length === 0) return;
    this.get(`UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(row);
  }

  delete(table: string, id: string): void {
    assertTable(table);
    this.get(`DELETE FROM ${table} WHERE id = ?`).run(id);
  }
}

export class Recorder {
  readonly changes: RowChange[] = [];
  constructor(readonly sql: Statements) {}

  /** Inserts a row and keeps that row object as the change (not a copy): callers pass rows made for the insert. */
  insert(table: string, row: Row & { id: string }): void {
    this.sql.insert(table, row);
    this.changes.push({ t: table, id: row.id, b: null, a: row });
  }

  /** Changes some columns of a row; does nothing (and records nothing) when they already hold those values. */
  update(table: string, id: string, patch: Row): void {
    const before = this.sql.select(table, id);
    if (!before) throw new Error(`No row ${id} in ${table}`);
    const changed = Object.keys(patch).filter((k) => k !== 'id' && before[k] !== patch[k]);
    if (changed.length === 0) return;
    const after: Row = { ...before };
    for (const k of changed) after[k] = patch[k] ?? null;
    this.sql.replace(table, after);
    this.changes.push({ t: table, id, b: before, a: after });
  }

  delete(table: string, id: string): void {
    const before = this.sql.select(table, id);
    if (!before) return;
    this.sql.delete(table, id);
    this.changes.push({ t: table, id, b: before, a: null });
  }
}

/**
 * Applies recorded changes forwards (redo) or backwards (undo). Foreign keys are deferred, so the
 * order within one step does not matter until the transaction commits.
 */
export function applyChanges(sql: Statements, changes: readonly RowChange[], direction: 'forward' | 'backward'): RowChange[] {
  // The steps come from the file: every table and column they name is checked before any SQL is made of it.
  for (const c of changes) assertChange(sql, c);
  const list = direction === 'forward' ? changes : [...changes].reverse();
  const applied: RowChange[] = [];
  for (const c of list) {
    const from = direction === 'forward' ? c.b : c.a;
    const to = direction === 'forward' ? c.a : c.b;
    if (to === null) sql.delete(c.t, c.id);
    else if (from === null) sql.insert(c.t, to);
    else sql.replace(c.t, to);
    applied.push({ t: c.t, id: c.id, b: from, a: to });
  }
  return applied;
}

export function badStep(what: string): ApiError {
  return new ApiError('file-corrupt', `This step of the undo history cannot be replayed: ${what}. The document was not changed.`);
}

const isValue = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint';

function assertChange(sql: Statements, c: RowChange): void {
  if (typeof c !== 'object' || c === null || typeof c.t !== 'string' || typeof c.id !== 'string') throw badStep('a change is malformed');
  if (!RECORDED_TABLES.has(c.t)) throw badStep(`it names a table "${c.t}" that Establish does not record`);
  const cols = sql.columns(c.t);
  for (const row of [c.b, c.a]) {
    if (row === null) continue;
    if (typeof row !== 'object') throw badStep(`a row of "${c.t}" is malformed`);
    for (const [k, v] of Object.entries(row)) {
      if (!cols.has(k)) throw badStep(`it names a column "${k}" that the "${c.t}" table does not have`);
      if (!isValue(v)) throw badStep(`the column "${k}" of "${c.t}" holds something other than a value`);
    }
  }
}
