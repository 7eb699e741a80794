// The undo history, kept in the document itself so it survives closing and reopening. Each step is
// the list of row changes one edit made; undo applies it backwards, redo forwards.
import type { Database } from 'better-sqlite3';
import type { HistoryState } from '../../shared/model/types';
import { applyChanges, badStep, RECORDED_TABLES, type Row, type RowChange, type Statements } from './recorder';

/** Steps kept; the brief asks for at least 200. Older steps are dropped as new ones arrive. */
export const HISTORY_LIMIT = 500;

/** Edits of the same field of the same posts this close together are one undo step. */
export const MERGE_WITHIN_MS = 2000;

/**
 * A step as stored: the list of row changes, or for a step that inserts many rows (an import), the
 * other changes plus only the ids of the rows it inserted (by table, in the order inserted).
 */
type StoredStep = RowChange[] | { changes: RowChange[]; inserted: Record<string, string[]> };

/** Inserted rows from which a step is stored by id rather than in full. */
export const BULK_INSERTS = 500;

/**
 * Stores a step. Rows the step inserted and did not touch again are kept by id when there are many:
 * the step's undo deletes them, so their contents are only needed for redo, and undo reads them.
 */
export function encodeStep(changes: readonly RowChange[], compact = true): string {
  // Rows a change other than an insert touches, by table. An inserted row is touched by no other
  // change of the step unless it is here: a row is inserted again (its id being a primary key) only
  // after a recorded delete of it.
  const touchedAgain = new Map<string, Set<string>>();
  for (const c of changes) {
    if (c.b === null && c.a !== null) continue;
    let ids = touchedAgain.get(c.t);
    if (!ids) touchedAgain.set(c.t, (ids = new Set()));
    ids.add(c.id);
  }
  const isBulk = new Uint8Array(changes.length);
  let count = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.b === null && c.a !== null && !touchedAgain.get(c.t)?.has(c.id)) {
      isBulk[i] = 1;
      count++;
    }
  }
  if (!compact || count < BULK_INSERTS) return JSON.stringify(changes);
  const rest: RowChange[] = [];
  const inserted: Record<string, string[]> = {};
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (isBulk[i]) (inserted[c.t] ??= []).push(c.id);
    else rest.push(c);
  }
  return JSON.stringify({ changes: rest, inserted });
}

/**
 * The inserted rows of a bulk step, as changes, in the order inserted. Replayed after the step's
 * other changes (and undone before them), which leaves the same rows: those changes were made
 * without these rows present or kept clear of them.
 */
function readInserted(sql: Statements, inserted: Record<string, string[]>): RowChange[] {
  const out: RowChange[] = [];
  if (typeof inserted !== 'object' || inserted === null) throw badStep('its list of inserted rows is malformed');
  for (const [t, ids] of Object.entries(inserted)) {
    if (!RECORDED_TABLES.has(t)) throw badStep(`it names a table "${t}" that Establish does not record`);
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw badStep(`its inserted rows of "${t}" are malformed`);
    const rows = sql.get(`SELECT * FROM ${t} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as (Row & { id: string })[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids) {
      const r = byId.get(id);
      if (!r) throw badStep(`the row ${id} it inserted into "${t}" is missing`);
      out.push({ t, id, b: null, a: r });
    }
  }
  return out;
}

interface StepRow {
  seq: number;
  label: string;
  changes: string;
}

export class History {
  /** The step last pushed, while it may still take in the next edit of the same thing. */
  private open: { seq: number; mergeKey: string; at: number } | null = null;
  /** The clock merging reads; replaceable so that a test can hold time still. */
  now: () => number = Date.now;

  constructor(private readonly db: Database) {}

  /**
   * Records one edit as an undo step. With a `mergeKey` (the same field of the same posts), an edit
   * following the last one within MERGE_WITHIN_MS joins its step instead, under the new label.
   */
  push(label: string, changes: readonly RowChange[], mergeKey: string | null = null): void {
    const at = this.now();
    const open = this.open;
    if (mergeKey !== null && open && open.mergeKey === mergeKey && at - open.at <= MERGE_WITHIN_MS && this.isLatest(open.seq)) {
      const row = this.db.prepare('SELECT changes FROM history WHERE seq = ?').get(open.seq) as { changes: string };
      const merged = [...(JSON.parse(row.changes) as RowChange[]), ...changes];
      this.db.prepare('UPDATE history SET label = ?, changes = ? WHERE seq = ?').run(label, JSON.stringify(merged), open.seq);
      this.open = { ...open, at };
      return;
    }
    // A new edit ends any redo chain.
    this.db.prepare('DELETE FROM history WHERE undone = 1').run();
    this.db
      .prepare('INSERT INTO history (label, changes, undone, created_at) VALUES (?, ?, 0, ?)')
      // A step that may take in later edits is kept in full, so that they can be added to it.
      .run(label, encodeStep(changes, mergeKey === null), new Date().toISOString());
    this.db
      .prepare('DELETE FROM history WHERE seq <= (SELECT MAX(seq) FROM history) - ?')
      .run(HISTORY_LIMIT);
    const seq = (this.db.prepare('SELECT MAX(seq) AS s FROM history').get() as { s: number }).s;
    this.open = mergeKey === null ? null : { seq, mergeKey, at };
  }

  /** True when `seq` is the newest step and nothing has been undone since. */
  private isLatest(seq: number): boolean {
    const r = this.db.prepare('SELECT MAX(seq) AS s, SUM(undone) AS u FROM history').get() as { s: number | null; u: number | null };
    return r.s === seq && (r.u ?? 0) === 0;
  }

  takeUndo(sql: Statements): { label: string; applied: RowChange[] } | null {
    const row = this.db.prepare('SELECT seq, label, changes FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
      | StepRow
      | undefined;
    if (!row) return null;
    this.open = null;
    const step = JSON.parse(row.changes) as StoredStep;
    let changes: RowChange[];
    if (Array.isArray(step)) changes = step;
    else if (typeof step !== 'object' || step === null || !Array.isArray(step.changes)) throw badStep('it is malformed');
    else {
      // The rows a bulk step inserted are as it left them (every later step is undone), so they are
      // read now and kept with the step in full, for redo.
      changes = [...step.changes, ...readInserted(sql, step.inserted)];
      this.db.prepare('UPDATE history SET changes = ? WHERE seq = ?').run(JSON.stringify(changes), row.seq);
    }
    const applied = applyChanges(sql, changes, 'backward');
    this.db.prepare('UPDATE history SET undone = 1 WHERE seq = ?').run(row.seq);
    return { label: row.label, applied };
  }

  takeRedo(sql: Statements): { label: string; applied: RowChange[] } | null {
    const row = this.db.prepare('SELECT seq, label, changes FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as
      | StepRow
      | undefined;
    if (!row) return null;
    this.open = null;
    const applied = applyChanges(sql, JSON.parse(row.changes) as RowChange[], 'forward');
    this.db.prepare('UPDATE history SET undone = 0 WHERE seq = ?').run(row.seq);
    return { label: row.label, applied };
  }

  state(): HistoryState {
    const undo = this.db.prepare('SELECT seq, label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
      | { seq: number; label: string }
      | undefined;
    const redo = this.db.prepare('SELECT label FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as
      | { label: string }
      | undefined;
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
      undoStep: undo?.seq ?? null,
    };
  }

  /** Changes whenever an edit, undo or redo changes the document: a cheap "has anything changed since" token. */
  version(): string {
    const r = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS s, COALESCE(SUM(undone), 0) AS u FROM history').get() as { s: number; u: number };
    return `${r.s}:${r.u}`;
  }

  depth(): { undo: number; redo: number } {
    const r = this.db.prepare('SELECT SUM(undone = 0) AS u, SUM(undone = 1) AS r FROM history').get() as {
      u: number | null;
      r: number | null;
    };
    return { undo: r.u ?? 0, redo: r.r ?? 0 };
  }
}
