// Files Establish must refuse, each with a clear message, leaving the file exactly as it was.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { APPLICATION_ID, createDocumentFile, openDocumentFile } from '../../electron/store/files';
import { LATEST_VERSION, migrate } from '../../electron/store/migrations/index';
import { seedDocument } from '../../electron/store/seed';
import * as structureEdits from '../../electron/store/edits/structures';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

function fingerprint(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function sample(name: string): string {
  const file = path.join(tmp.dir, name);
  createDocumentFile(file, { seed: (db) => seedDocument(db, { name, sample: true }) }).close();
  return file;
}

function refusal(file: string): ApiError {
  try {
    openDocumentFile(file).store.close();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error(`${file} was opened`);
}

/** Opens `file` and asserts it is refused with `code`, leaving its bytes unchanged. */
function expectRefused(file: string, code: string, words: RegExp): ApiError {
  const before = fingerprint(file);
  const err = refusal(file);
  expect(err.code).toBe(code);
  expect(err.message).toMatch(words);
  expect(fingerprint(file)).toBe(before);
  return err;
}

describe('opening bad files', () => {
  it('refuses a file from a newer version of Establish, naming both versions', () => {
    const file = sample('newer.establish');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const err = expectRefused(file, 'file-newer-version', /newer version of Establish/);
    expect(err.message).toContain(`file format ${LATEST_VERSION + 5}`);
    expect(err.message).toMatch(/not changed/);
  });

  it('refuses a file that is not a database at all', () => {
    const file = path.join(tmp.dir, 'notes.establish');
    fs.writeFileSync(file, 'Minutes of the restructure working group\n'.repeat(40));
    expectRefused(file, 'file-not-database', /not an Establish document/);
  });

  it('refuses an empty file', () => {
    const file = path.join(tmp.dir, 'empty.establish');
    fs.writeFileSync(file, '');
    expectRefused(file, 'file-not-database', /not a database/);
  });

  it('refuses a database that is not an Establish document', () => {
    const file = path.join(tmp.dir, 'other.establish');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expectRefused(file, 'file-not-establish', /not an Establish document/);
  });

  it.each([
    [
      'noise over pages in the middle',
      (bytes: Buffer) => {
        for (let i = 8192; i < Math.min(bytes.length, 8192 + 20_000); i++) bytes[i] = (i * 7919) % 251;
      },
    ],
    ['a damaged header page', (bytes: Buffer) => void bytes.fill(0xff, 100, 4096)],
  ])('refuses a file with %s whose structures cannot be read, offering a recovered copy, and never writes to it', (what, damage) => {
    const file = sample(`damaged-${what.length}.establish`);
    const bytes = fs.readFileSync(file);
    damage(bytes);
    fs.writeFileSync(file, bytes);
    const err = expectRefused(file, 'file-corrupt', /is damaged and parts of it cannot be read .*It was not changed\. Establish can save what can still be read of it as a recovered copy/);
    expect(err.details).toMatchObject({ recoverable: true });
  });

  it('opens a file whose damage spares its structures for reading only, naming the damage, and never writes to it', () => {
    const file = sample('torn-index.establish');
    // Break an index (the data behind it is intact): SQLite's check finds it, the posts still read.
    const db = new Database(file);
    const pages = db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts'").all() as { name: string; rootpage: number }[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = fs.readFileSync(file);
    const root = pages[0]!.rootpage;
    bytes.fill(0, (root - 1) * pageSize + 8, root * pageSize);
    fs.writeFileSync(file, bytes);
    const before = fingerprint(file);
    const { store } = openDocumentFile(file);
    try {
      expect(store.access.readOnly).toMatchObject({ reason: 'damaged', message: expect.stringMatching(/is damaged .*open for reading only and will not be changed/) });
      expect(() => store.undo()).toThrow(/damaged/);
      expect(store.check().ok).toBe(false);
    } finally {
      store.close();
    }
    expect(fingerprint(file)).toBe(before);
  });

  it('checks a large file\'s indexes before its first edit, and keeps it read-only when one is wrong', () => {
    const file = sample('stale-index.establish');
    // An index that no longer matches its table: the quick check cannot see it, the full one can.
    const db = new Database(file);
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX posts_lineage ON posts(title)' WHERE name = 'posts_lineage'").run();
    db.close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    expect(check.pragma('integrity_check', { simple: true })).not.toBe('ok');
    check.close();
    const before = fingerprint(file);

    // Opened as a file too large for the full check at once: editable until the first edit checks it.
    const { store } = openDocumentFile(file, { fullCheckMaxBytes: 0 });
    try {
      expect(store.access.readOnly).toBeNull();
      expect(() => store.undo()).toThrow(/is damaged .*open for reading only/);
      expect(store.access.readOnly).toMatchObject({ reason: 'damaged' });
    } finally {
      store.close();
    }
    expect(fingerprint(file)).toBe(before);
    // A file small enough is fully checked on opening.
    const small = openDocumentFile(file).store;
    expect(small.access.readOnly).toMatchObject({ reason: 'damaged' });
    small.close();
    expect(fingerprint(file)).toBe(before);
  });

  it('lets a sound large file be edited once its full check has passed', () => {
    const file = sample('large-sound.establish');
    const { store } = openDocumentFile(file, { fullCheckMaxBytes: 0 });
    try {
      const current = store.info().structures.find((x) => x.kind === 'current')!;
      store.edit((ctx) => structureEdits.updateStructure(ctx, { structureId: current.id, patch: { name: 'Current (checked)' } }));
      expect(store.access.readOnly).toBeNull();
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      store.close();
    }
    const { store: again } = openDocumentFile(file);
    expect(again.info().structures.map((x) => x.name)).toContain('Current (checked)');
    again.close();
  });

  it('refuses a read-only file', () => {
    const file = sample('readonly.establish');
    fs.chmodSync(file, 0o444);
    // root can write to anything, so read-only is simulated through the access check there.
    const isRoot = process.getuid?.() === 0;
    if (isRoot) {
      const original = fs.accessSync;
      fs.accessSync = ((p: fs.PathLike, mode?: number) => {
        if (String(p) === file && mode === fs.constants.W_OK) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return original(p, mode);
      }) as typeof fs.accessSync;
      try {
        expectRefused(file, 'file-read-only', /read-only/);
      } finally {
        fs.accessSync = original;
      }
    } else {
      expectRefused(file, 'file-read-only', /read-only/);
    }
    fs.chmodSync(file, 0o644);
  });

  it('refuses a file already open in another window of this app', () => {
    const file = sample('twice.establish');
    const { store } = openDocumentFile(file);
    try {
      const err = refusal(file);
      expect(err.code).toBe('file-in-use');
      expect(err.message).toMatch(/already open/);
    } finally {
      store.close();
    }
    openDocumentFile(file).store.close();
  });

  it('refuses a file open in another program (another process holding it)', async () => {
    const file = sample('elsewhere.establish');
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
         const db = new D(${JSON.stringify(file)});
         db.pragma('locking_mode = EXCLUSIVE'); db.pragma('journal_mode = WAL'); db.exec('BEGIN IMMEDIATE; COMMIT;');
         process.stdout.write('held\\n'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      const err = refusal(file);
      expect(err.code).toBe('file-in-use');
      expect(err.message).toMatch(/open in another Establish window or program/);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('refuses a missing file and a folder', () => {
    expect(refusal(path.join(tmp.dir, 'nowhere.establish')).code).toBe('file-not-found');
    const dir = path.join(tmp.dir, 'folder.establish');
    fs.mkdirSync(dir);
    expect(refusal(dir).code).toBe('file-not-database');
  });
});

describe('upgrading an older file', () => {
  it('keeps a backup copy of the old version before migrating, and opens the upgraded file', () => {
    const file = path.join(tmp.dir, 'older.establish');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const older = LATEST_VERSION - 1;
    migrate(db, older);
    // Data as the first file format held it, written with that format's own columns.
    db.exec(`
      INSERT INTO structures (id, name, kind, status, sort_order) VALUES ('s1', 'Current', 'current', 'draft', 0);
      INSERT INTO posts (id, structure_id, lineage_id, ref, title, fte_e4, vacant, manager_id, sort_order)
        VALUES ('p1', 's1', 'p1', 'R1', 'Head of Service', 10000, 0, NULL, 0),
               ('p2', 's1', 'p2', 'R2', 'Team Leader', 5000, 1, 'p1', 1);
    `);
    db.close();
    const before = fingerprint(file);
    const { store, backup, upgradedFrom } = openDocumentFile(file);
    try {
      expect(upgradedFrom).toBe(older);
      expect(backup).not.toBeNull();
      expect(path.basename(backup!)).toBe(`older (format ${older}).backup.establish`);
      const copy = new Database(backup!, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(older);
      expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      copy.close();
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      const posts = store.structure('s1').posts;
      expect(posts.map((p) => [p.ref, p.title, p.fte, p.vacant, p.managerId])).toEqual([
        ['R1', 'Head of Service', 1, false, null],
        ['R2', 'Team Leader', 0.5, true, 'p1'],
      ]);
      expect(store.check().integrity).toEqual(['ok']);
    } finally {
      store.close();
    }
    expect(fingerprint(file)).not.toBe(before);
  });

  it('never overwrites an earlier backup', () => {
    const file = path.join(tmp.dir, 'twice-older.establish');
    for (let round = 0; round < 2; round++) {
      const db = new Database(file);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db, 1);
      db.close();
      openDocumentFile(file).store.close();
      fs.rmSync(file);
    }
    const backups = fs.readdirSync(tmp.dir).filter((f) => f.startsWith('twice-older (format'));
    expect(backups.sort()).toEqual(['twice-older (format 1).backup.establish', 'twice-older (format 1, 2).backup.establish']);
  });
});
