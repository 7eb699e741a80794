// The undo history, kept in the document itself so it survives closing and reopening. Each step is
// the list of row changes one edit made; undo applies it backwards, redo forwards.
import type { Database } from 'better-sqlite3';
import type { HistoryState } from '../../shared/model/types';
import { applyChanges, type RowChange, type Statements } from './recorder';

/** Steps kept; the brief asks for at least 200. Older steps are dropped as new ones arrive. */
export const HISTORY_LIMIT = 500;

/** Edits of the same field of the same posts this close together are one undo step. */
export const MERGE_WITHIN_MS = 2000;

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
      .run(label, JSON.stringify(changes), new Date().toISOString());
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
    const applied = applyChanges(sql, JSON.parse(row.changes) as RowChange[], 'backward');
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
