// The undo history, kept in the document itself so it survives closing and reopening. Each step is
// the list of row changes one edit made; undo applies it backwards, redo forwards.
import type { Database } from 'better-sqlite3';
import type { HistoryState } from '../../shared/model/types';
import { applyChanges, type RowChange, type Statements } from './recorder';

/** Steps kept; the brief asks for at least 200. Older steps are dropped as new ones arrive. */
export const HISTORY_LIMIT = 500;

interface StepRow {
  seq: number;
  label: string;
  changes: string;
}

export class History {
  constructor(private readonly db: Database) {}

  push(label: string, changes: readonly RowChange[]): void {
    // A new edit ends any redo chain.
    this.db.prepare('DELETE FROM history WHERE undone = 1').run();
    this.db
      .prepare('INSERT INTO history (label, changes, undone, created_at) VALUES (?, ?, 0, ?)')
      .run(label, JSON.stringify(changes), new Date().toISOString());
    this.db
      .prepare('DELETE FROM history WHERE seq <= (SELECT MAX(seq) FROM history) - ?')
      .run(HISTORY_LIMIT);
  }

  takeUndo(sql: Statements): { label: string; applied: RowChange[] } | null {
    const row = this.db.prepare('SELECT seq, label, changes FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
      | StepRow
      | undefined;
    if (!row) return null;
    const applied = applyChanges(sql, JSON.parse(row.changes) as RowChange[], 'backward');
    this.db.prepare('UPDATE history SET undone = 1 WHERE seq = ?').run(row.seq);
    return { label: row.label, applied };
  }

  takeRedo(sql: Statements): { label: string; applied: RowChange[] } | null {
    const row = this.db.prepare('SELECT seq, label, changes FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as
      | StepRow
      | undefined;
    if (!row) return null;
    const applied = applyChanges(sql, JSON.parse(row.changes) as RowChange[], 'forward');
    this.db.prepare('UPDATE history SET undone = 0 WHERE seq = ?').run(row.seq);
    return { label: row.label, applied };
  }

  state(): HistoryState {
    const undo = this.db.prepare('SELECT label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as
      | { label: string }
      | undefined;
    const redo = this.db.prepare('SELECT label FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1').get() as
      | { label: string }
      | undefined;
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
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
