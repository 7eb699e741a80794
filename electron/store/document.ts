// One open .establish file. Every edit runs in one SQLite transaction that also records its undo
// step, so there is never unsaved work: when an edit returns, it is on disk.
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import type { LineagePost } from '../../shared/edits/references';
import { validateDocument, type CheckReport } from '../../shared/model/validate';
import type { DocumentChanges, DocumentInfo, EditResult, HistoryState, Id, Post, StructureData } from '../../shared/model/types';
import { History } from './history';
import { readLineagePosts, readManagerChain, readNextSortOrder, readPostsByIds, readReferenceData, readReportLinks, readStructureLinks, readStructurePosts, type PostLink, type ReferenceData } from './read';
import { POST_CHILD_TABLES as CHILD_TABLES } from './postRows';
import { Recorder, Statements, type RowChange } from './recorder';

export interface EditContext {
  rec: Recorder;
  sql: Statements;
  db: Database;
  /** The document's reference data as it was when the edit began. */
  ref: ReferenceData;
  /** Reads posts as they stand now, inside the edit. */
  posts(ids: readonly Id[]): Post[];
  structurePosts(structureId: Id): Post[];
  /** Only the reporting lines of a structure: far quicker than its posts in a large structure. */
  structureLinks(structureId: Id): PostLink[];
  /** The reports of one manager (null: the top posts), in their order. */
  reportLinks(structureId: Id, managerId: Id | null): PostLink[];
  /** A post and the managers above it, nearest first. */
  managerChain(postId: Id): Id[];
  /** The place after a manager's last report (null: after the structure's last top post). */
  nextSortOrder(structureId: Id, managerId: Id | null): number;
  /** Every post of a lineage, in whichever structure it is. */
  lineagePosts(lineageId: Id): LineagePost[];
  created: Id[];
  /** Set by an edit that may join the previous undo step when it edits the same thing soon after. */
  mergeKey: string | null;
}

export type EditFn = (ctx: EditContext) => string;

/** The context an edit function runs in, reading the document as it stands now. */
export function editContext(db: Database, sql: Statements, rec: Recorder): EditContext {
  return {
    rec,
    sql,
    db,
    ref: readReferenceData(db),
    posts: (ids) => readPostsByIds(sql, ids),
    structurePosts: (id) => readStructurePosts(sql, id),
    structureLinks: (id) => readStructureLinks(sql, id),
    reportLinks: (id, managerId) => readReportLinks(sql, id, managerId),
    managerChain: (id) => readManagerChain(sql, id),
    nextSortOrder: (id, managerId) => readNextSortOrder(sql, id, managerId),
    lineagePosts: (lineageId) => readLineagePosts(sql, lineageId),
    created: [],
    mergeKey: null,
  };
}

const DOCUMENT_TABLES = new Set(['settings', 'organisations', 'grades', 'pay_points', 'funding_sources', 'structures', 'match_decisions']);
const POST_CHILD_TABLES = new Set<string>(CHILD_TABLES);

export class DocumentStore {
  readonly sql: Statements;
  readonly history: History;
  private closed = false;

  constructor(
    readonly db: Database,
    readonly filePath: string,
    private readonly onClose: () => void = () => {},
  ) {
    this.sql = new Statements(db);
    this.history = new History(db);
  }

  get fileName(): string {
    return path.basename(this.filePath);
  }

  info(): DocumentInfo {
    return { path: this.filePath, fileName: this.fileName, ...readReferenceData(this.db), history: this.history.state() };
  }

  reference(): ReferenceData {
    return readReferenceData(this.db);
  }

  structure(structureId: Id): StructureData {
    const structure = this.reference().structures.find((s) => s.id === structureId);
    if (!structure) throw new ApiError('not-found', 'That structure is no longer in the document.', { structureId });
    return { structure, posts: readStructurePosts(this.sql, structureId) };
  }

  /** Runs `fn` as one undoable edit in one transaction. */
  edit(fn: EditFn): EditResult {
    this.assertOpen();
    const rec = new Recorder(this.sql);
    const ctx = editContext(this.db, this.sql, rec);
    const created = ctx.created;
    let label = '';
    let changes: DocumentChanges | null = null;
    this.db.transaction(() => {
      label = fn(ctx);
      if (rec.changes.length > 0) this.history.push(label, rec.changes, ctx.mergeKey);
      changes = this.describe(rec.changes);
    })();
    return { label, changes: changes!, history: this.history.state(), createdIds: created };
  }

  undo(): EditResult | null {
    this.assertOpen();
    return this.replay('backward');
  }

  redo(): EditResult | null {
    this.assertOpen();
    return this.replay('forward');
  }

  private replay(direction: 'forward' | 'backward'): EditResult | null {
    return this.db.transaction((): EditResult | null => {
      const step = direction === 'backward' ? this.history.takeUndo(this.sql) : this.history.takeRedo(this.sql);
      if (!step) return null;
      return { label: step.label, changes: this.describe(step.applied), history: this.history.state(), createdIds: [] };
    })();
  }

  /** Turns row changes into the domain changes a renderer applies. */
  describe(changes: readonly RowChange[]): DocumentChanges {
    const postIds = new Set<Id>();
    let documentChanged = false;
    for (const c of changes) {
      if (c.t === 'posts') postIds.add(c.id);
      else if (POST_CHILD_TABLES.has(c.t)) {
        const pid = (c.a?.post_id ?? c.b?.post_id) as string | undefined;
        if (pid) postIds.add(pid);
      } else if (DOCUMENT_TABLES.has(c.t)) documentChanged = true;
    }
    const ids = [...postIds];
    const posts = readPostsByIds(this.sql, ids);
    const found = new Set(posts.map((p) => p.id));
    const touched = new Set<Id>(posts.map((p) => p.structureId));
    for (const c of changes) {
      if (c.t !== 'posts') continue;
      for (const row of [c.b, c.a]) if (row?.structure_id) touched.add(row.structure_id as string);
    }
    const ref = documentChanged ? this.reference() : null;
    return {
      posts,
      deletedPostIds: ids.filter((id) => !found.has(id)),
      touchedStructureIds: [...touched],
      document: ref,
    };
  }

  check(): CheckReport {
    this.assertOpen();
    const integrity = (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const fk = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    const integrityProblems = integrity.filter((m) => m !== 'ok');
    for (const f of fk) integrityProblems.push(`row ${f.rowid} of ${f.table} points at a missing row of ${f.parent}`);
    const ref = this.reference();
    const byStructure = new Map(ref.structures.map((s) => [s.id, readStructurePosts(this.sql, s.id)]));
    const issues = validateDocument(ref, byStructure);
    return {
      ok: integrityProblems.length === 0 && !issues.some((i) => i.severity === 'error'),
      integrity: integrityProblems.length ? integrityProblems : ['ok'],
      issues,
    };
  }

  /** A consistent copy of the document, including edits still in the write-ahead log. */
  saveCopy(dest: string): void {
    this.assertOpen();
    this.db.prepare('VACUUM INTO ?').run(dest);
  }

  historyState(): HistoryState {
    return this.history.state();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      // Leaving write-ahead-log mode folds every edit into the one file, so a closed document is a
      // single self-contained file that can be copied or mailed.
      this.db.pragma('journal_mode = DELETE');
    } finally {
      this.db.close();
      this.onClose();
    }
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  private assertOpen(): void {
    if (this.closed) throw new ApiError('no-document', 'The document has been closed.');
  }
}
