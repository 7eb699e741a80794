// One open .establish file. Every edit runs in one SQLite transaction that also records its undo
// step, so there is never unsaved work: when an edit returns, it is on disk (in the write-ahead
// log beside the file). The log is copied into the file itself shortly after each edit, and at once
// when the window is left, so the .establish file alone, copied or mailed, holds every edit.
import { designRuleIssues } from '../../shared/shape/ruleIssues';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import type { LineagePost } from '../../shared/edits/references';
import { validateDocument, type CheckReport } from '../../shared/model/validate';
import type { DocumentAccess, DocumentChanges, DocumentInfo, EditResult, HistoryState, Id, Post, Structure, StructureData } from '../../shared/model/types';
import type { PackedStructure } from '../../shared/api/wire';
import { readStructurePacked } from './structureWire';
import { damagedMessage, integrityProblems } from './fileChecks';
import { postsCreatedBy } from './changedPosts';
import { History } from './history';
import { readLineagePosts, readManagerChain, readNextSortOrder, readPostsByIds, readStructuresOfPosts, readReferenceData, readReportLinks, readStructureLinks, readStructurePosts, type PostLink, type ReferenceData } from './read';
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

/**
 * How soon after an edit it is copied from the log into the file itself. Checkpointing on every
 * edit would cost several milliseconds each; one checkpoint for the edits of half a second does not.
 */
export const CHECKPOINT_AFTER_MS = 500;

const DOCUMENT_TABLES = new Set(['settings', 'organisations', 'grades', 'pay_points', 'funding_sources', 'structures', 'match_decisions']);
const POST_CHILD_TABLES = new Set<string>(CHILD_TABLES);
/** Above this many posts touched, an edit's changes name the structures to read again instead of listing posts. */
export const LIST_POSTS_UP_TO = 2_000;

export interface StoreOptions {
  onClose?: () => void;
  access?: DocumentAccess;
  /** The format of the file on disk (a document read in memory may be newer). */
  fileVersion?: number;
  /** Only the quick check was run on opening (a large file): the full one runs before the first edit. */
  fullCheckPending?: boolean;
}

export class DocumentStore {
  readonly sql: Statements;
  readonly history: History;
  access: DocumentAccess;
  readonly fileVersion: number;
  private fullCheckPending: boolean;
  private readonly onClose: () => void;
  private closed = false;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;
  /** A structure read before it was asked for, with the connection's count of changed rows then. */
  private ahead: { data: PackedStructure; changes: number } | null = null;

  constructor(
    readonly db: Database,
    readonly filePath: string,
    options: StoreOptions = {},
  ) {
    this.sql = new Statements(db);
    this.history = new History(db);
    this.onClose = options.onClose ?? (() => {});
    this.access = options.access ?? { readOnly: null, upgraded: null };
    this.fileVersion = options.fileVersion ?? 0;
    this.fullCheckPending = options.fullCheckPending ?? false;
  }

  get readOnly(): boolean {
    return this.access.readOnly !== null;
  }

  get fileName(): string {
    return path.basename(this.filePath);
  }

  info(): DocumentInfo {
    return { path: this.filePath, fileName: this.fileName, ...readReferenceData(this.db), history: this.history.state(), access: this.access };
  }

  reference(): ReferenceData {
    return readReferenceData(this.db);
  }

  /**
   * Reads a structure before anyone asks for it (while a window loads): the first request for it
   * is then answered at once, provided nothing has been written since.
   */
  readAhead(structureId: Id): void {
    this.ahead = { data: this.packedStructure(structureId), changes: this.rowsChanged() };
  }

  structure(structureId: Id): StructureData {
    return { structure: this.structureNamed(structureId), posts: readStructurePosts(this.sql, structureId) };
  }

  /** The same, its posts packed as they travel to a window (shared/api/wire.ts), without a record per post on the way. */
  packedStructure(structureId: Id): PackedStructure {
    const ahead = this.ahead;
    this.ahead = null;
    if (ahead && ahead.data.structure.id === structureId && ahead.changes === this.rowsChanged()) return ahead.data;
    return { structure: this.structureNamed(structureId), posts: readStructurePacked(this.sql, structureId) };
  }

  private structureNamed(structureId: Id): Structure {
    const structure = this.reference().structures.find((s) => s.id === structureId);
    if (!structure) throw new ApiError('not-found', 'That structure is no longer in the document.', { structureId });
    return structure;
  }

  /** Rows inserted, changed or deleted through this connection since it opened, by any statement. */
  private rowsChanged(): number {
    return this.sql.get('SELECT total_changes()').pluck().get() as number;
  }

  /** Runs `fn` as one undoable edit in one transaction. */
  edit(fn: EditFn): EditResult {
    this.assertWritable();
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
    if (rec.changes.length > 0) this.written();
    return { label, changes: changes!, history: this.history.state(), createdIds: created };
  }

  undo(): EditResult | null {
    this.assertWritable();
    return this.replay('backward');
  }

  redo(): EditResult | null {
    this.assertWritable();
    return this.replay('forward');
  }

  private replay(direction: 'forward' | 'backward'): EditResult | null {
    const result = this.db.transaction((): EditResult | null => {
      const step = direction === 'backward' ? this.history.takeUndo(this.sql) : this.history.takeRedo(this.sql);
      if (!step) return null;
      return { label: step.label, changes: this.describe(step.applied), history: this.history.state(), createdIds: [] };
    })();
    if (result) this.written();
    return result;
  }

  /** Something was committed: it reaches the file itself within CHECKPOINT_AFTER_MS. */
  private written(): void {
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      this.flush();
    }, CHECKPOINT_AFTER_MS);
    this.checkpointTimer.unref?.();
  }

  /** Copies every committed edit from the write-ahead log into the .establish file itself. */
  flush(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    if (this.closed || this.readOnly) return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // The edits stay safe in the log; the next edit or leaving the window tries again.
    }
  }

  /**
   * Turns row changes into the domain changes a renderer applies. An edit that touches more than
   * LIST_POSTS_UP_TO posts (an import, or undoing one) names the structures to read again instead
   * of listing every post: the window would read the structure again anyway, and building and
   * sending tens of thousands of posts costs more than the edit.
   */
  describe(changes: readonly RowChange[]): DocumentChanges {
    return this.describeMany(changes) ?? this.describeFew(changes);
  }

  /**
   * The answer for an edit that writes the rows of more than LIST_POSTS_UP_TO posts (an import), as
   * describeFew gives it, without first listing every post the edit touches; null for other edits.
   */
  private describeMany(changes: readonly RowChange[]): DocumentChanges | null {
    // The posts whose rows the edit wrote, up to one more than LIST_POSTS_UP_TO: enough to tell.
    const some = new Set<Id>();
    const touched = new Set<Id>();
    for (const c of changes) {
      if (c.t !== 'posts') continue;
      if (some.size <= LIST_POSTS_UP_TO) some.add(c.id);
      if (c.b?.structure_id) touched.add(c.b.structure_id as string);
      if (c.a?.structure_id) touched.add(c.a.structure_id as string);
    }
    if (some.size <= LIST_POSTS_UP_TO) return null;
    // All of them, gathered only if a child row does not follow its post's row.
    let postRows: Set<Id> | null = null;
    const written = (id: Id) => (postRows ??= new Set(changes.filter((c) => c.t === 'posts').map((c) => c.id))).has(id);
    let documentChanged = false;
    // Posts whose own rows the edit did not write (only their funding, say) are looked up.
    const others = new Set<Id>();
    // The post whose row was written last: the rows of its funding and postholders follow it.
    let lastPost: Id | null = null;
    for (const c of changes) {
      if (c.t === 'posts') lastPost = c.id;
      else if (POST_CHILD_TABLES.has(c.t)) {
        const pid = (c.a?.post_id ?? c.b?.post_id) as string | undefined;
        if (pid && pid !== lastPost && !written(pid)) others.add(pid);
      } else if (DOCUMENT_TABLES.has(c.t)) documentChanged = true;
    }
    const ref = documentChanged ? this.reference() : null;
    for (const sid of readStructuresOfPosts(this.sql, [...others])) touched.add(sid);
    return { posts: [], deletedPostIds: [], touchedStructureIds: [...touched], document: ref, reloadStructureIds: [...touched] };
  }

  private describeFew(changes: readonly RowChange[]): DocumentChanges {
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
    const touched = new Set<Id>();
    const postRows = new Set<Id>();
    for (const c of changes) {
      if (c.t !== 'posts') continue;
      postRows.add(c.id);
      for (const row of [c.b, c.a]) if (row?.structure_id) touched.add(row.structure_id as string);
    }
    const ref = documentChanged ? this.reference() : null;
    if (ids.length > LIST_POSTS_UP_TO) {
      // Posts whose own rows the edit did not write (only their funding, say) are looked up.
      for (const sid of readStructuresOfPosts(this.sql, ids.filter((id) => !postRows.has(id)))) touched.add(sid);
      return { posts: [], deletedPostIds: [], touchedStructureIds: [...touched], document: ref, reloadStructureIds: [...touched] };
    }
    // Posts the edit created come from the rows it wrote; only the others are read back.
    const created = postsCreatedBy(changes);
    const posts = [...created.values(), ...readPostsByIds(this.sql, ids.filter((id) => !created.has(id)))];
    const found = new Set(posts.map((p) => p.id));
    for (const p of posts) touched.add(p.structureId);
    return {
      posts,
      deletedPostIds: ids.filter((id) => !found.has(id)),
      touchedStructureIds: [...touched],
      document: ref,
    };
  }

  check(): CheckReport {
    this.assertOpen();
    // What opening found wrong with a damaged file comes first (a file cut short may pass SQLite's own check).
    const integrityProblems = this.access.readOnly?.reason === 'damaged' ? [...this.access.readOnly.problems] : [];
    try {
      const integrity = (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      const fk = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
      for (const m of integrity) if (m !== 'ok' && !integrityProblems.includes(m)) integrityProblems.push(m);
      for (const f of fk) integrityProblems.push(`row ${f.rowid} of ${f.table} points at a missing row of ${f.parent}`);
      const ref = this.reference();
      const byStructure = new Map(ref.structures.map((s) => [s.id, readStructurePosts(this.sql, s.id)]));
      const issues = [...validateDocument(ref, byStructure), ...designRuleIssues(ref, byStructure)];
      return {
        ok: integrityProblems.length === 0 && !issues.some((i) => i.severity === 'error'),
        integrity: integrityProblems.length ? integrityProblems : ['ok'],
        issues,
      };
    } catch (err) {
      // Too damaged to read through: the damage is the report.
      return { ok: false, integrity: [...integrityProblems, (err as Error).message], issues: [] };
    }
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
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    this.closed = true;
    try {
      // A document open for reading is never written, not even to change its journal.
      if (this.readOnly) return;
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

  private assertWritable(): void {
    this.assertOpen();
    if (this.fullCheckPending) {
      // Nothing is written to a large file before its indexes are checked against its tables too.
      this.fullCheckPending = false;
      const problems = integrityProblems(this.db, true);
      if (problems.length) this.access = { ...this.access, readOnly: { reason: 'damaged', message: damagedMessage(this.filePath, problems), problems: problems.slice(0, 10) } };
      // Sound: edits go through the write-ahead log from now on (see files.ts).
      else this.db.pragma('journal_mode = WAL');
    }
    const ro = this.access.readOnly;
    if (ro) throw new ApiError('file-read-only', ro.reason === 'damaged' ? ro.message : `${ro.message} Nothing was changed.`, { path: this.filePath });
  }
}
