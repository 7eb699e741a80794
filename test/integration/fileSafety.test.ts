// Reading never writes; damage is found before anything is written; only Establish's own files are
// opened or upgraded; undo replays only what the schema has; the command line stops quietly when
// its reader does. Run as a user runs it where it matters: the built command line in a child process.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from '../../electron/cli/main';
import { updatePosts } from '../../electron/store/edits/posts';
import { APPLICATION_ID, createDocumentFile, openDocumentFile } from '../../electron/store/files';
import { LATEST_VERSION, migrate } from '../../electron/store/migrations/index';
import { seedDocument } from '../../electron/store/seed';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'establish.mjs');
const tmp = makeTempDir();

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--node-only'], { env: { ...process.env, ESTABLISH_QUIET_BUILD: '1' } });
});
afterAll(() => tmp.cleanup());

function establish(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp.dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The file's bytes and modification time. */
function state(file: string): { sha256: string; mtimeMs: number } {
  return { sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), mtimeMs: fs.statSync(file).mtimeMs };
}

function sample(name: string): string {
  const file = path.join(tmp.dir, name);
  createDocumentFile(file, { seed: (db) => seedDocument(db, { name: 'Business Support', sample: true }) }).close();
  return file;
}

/** Folder contents beside the file, to see nothing (a backup, a log) was added. */
const siblings = (file: string) => fs.readdirSync(path.dirname(file)).sort();

describe('reading a document never writes to it', () => {
  it('leaves the bytes and modification time of a document unchanged through info, check, diff and export', () => {
    const dir = path.join(tmp.dir, 'reading');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'review.establish');
    createDocumentFile(file, { seed: (db) => seedDocument(db, { name: 'Review', sample: true }) }).close();
    const before = state(file);
    const files = siblings(file);
    expect(establish('info', file).code).toBe(0);
    expect(establish('check', file).code).toBe(0);
    expect(establish('diff', file, '--to', 'Option A: hub model').code).toBe(0);
    const out = path.join(tmp.dir, 'reading-chart.pdf');
    const ex = establish('export', file, '--structure', 'Current', '--format', 'pdf', '--out', out);
    expect(ex.err).toBe('');
    expect(fs.existsSync(out)).toBe(true);
    expect(state(file)).toEqual(before);
    expect(siblings(file)).toEqual(files);
  });

  it('reads an older document without upgrading it or leaving a backup', () => {
    const dir = path.join(tmp.dir, 'older');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'older.establish');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 1);
    db.exec(`INSERT INTO structures (id, name, kind, status, sort_order) VALUES ('s1', 'Current', 'current', 'draft', 0);
      INSERT INTO posts (id, structure_id, lineage_id, ref, title, fte_e4, vacant, manager_id, sort_order) VALUES ('p1', 's1', 'p1', 'R1', 'Head of Service', 10000, 0, NULL, 0);`);
    db.close();
    const before = state(file);
    const r = establish('info', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).structures[0]).toMatchObject({ name: 'Current', posts: 1 });
    expect(establish('check', file).err).toBe('');
    expect(state(file)).toEqual(before);
    expect(siblings(file)).toEqual(['older.establish']);
    const read = new Database(file, { readonly: true });
    expect(read.pragma('user_version', { simple: true })).toBe(1);
    read.close();
  });
});

describe('a damaged file', () => {
  it.each([1, 100])('cut short by %i bytes is opened for reading only, says why, and is never written', async (cut) => {
    const file = sample(`cut-${cut}.establish`);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - cut));
    const before = state(file);

    const s = testSession(tmp.dir);
    const info = await call(s, 'openDocument', { path: file });
    expect(info.access!.readOnly).toMatchObject({ reason: 'damaged', message: expect.stringMatching(/is damaged \(the file's length is wrong: .*cut short.*open for reading only/) });
    const current = info.structures.find((x) => x.kind === 'current')!;
    await expect(call(s, 'updateStructure', { structureId: current.id, patch: { name: 'Renamed' } })).rejects.toThrow(/damaged/);
    await expect(call(s, 'undo')).rejects.toThrow(/damaged/);
    const report = await call(s, 'checkDocument');
    expect(report.ok).toBe(false);
    expect(report.integrity[0]).toMatch(/length is wrong/);
    s.dispose();
    expect(state(file)).toEqual(before);

    // The command line says the same, and import refuses to write into it.
    const check = establish('check', file);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/length is wrong/);
    const csv = path.join(tmp.dir, 'one.csv');
    fs.writeFileSync(csv, 'Job title\nOfficer\n');
    const imp = establish('import', file, '--structure', 'Current', '--from', csv);
    expect(imp.code).toBe(1);
    expect(imp.err.trim().split('\n')).toHaveLength(1);
    expect(imp.err).toMatch(/damaged/);
    expect(state(file)).toEqual(before);
  });

  it.each([4096, 5000])('cut short by %i bytes, losing posts, is refused unchanged, and what can be read is saved as a recovered copy', async (cut) => {
    const file = sample(`lost-${cut}.establish`);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - cut));
    const before = state(file);
    const s = testSession(tmp.dir);
    const err = (await call(s, 'openDocument', { path: file }).then(
      () => null,
      (e: unknown) => e,
    )) as { code: string; message: string; details: Record<string, unknown> };
    expect(err).toMatchObject({ code: 'file-corrupt', details: { recoverable: true } });
    expect(err.message).toMatch(/is damaged and parts of it cannot be read .*It was not changed\. Establish can save what can still be read/);
    const check = establish('check', file);
    expect(check.code).toBe(1);
    expect(check.err.trim().split('\n')).toHaveLength(1);
    expect(state(file)).toEqual(before);

    const copy = await call(s, 'saveRecoveredCopy', { path: file });
    s.dispose();
    expect(state(file)).toEqual(before);
    const { store } = openDocumentFile(copy.path);
    try {
      expect(store.check().integrity).toEqual(['ok']);
      const current = store.info().structures.find((x) => x.kind === 'current')!;
      expect(store.structure(current.id).posts.length).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it('refuses to "recover" a sound file', async () => {
    const file = sample('sound.establish');
    const s = testSession(tmp.dir);
    await expect(call(s, 'saveRecoveredCopy', { path: file })).rejects.toThrow(/is not damaged/);
    s.dispose();
  });

  it('can be saved as a recovered copy beside it that opens for editing, the original untouched', async () => {
    const file = sample('torn.establish');
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - 100));
    const before = state(file);
    const s = testSession(tmp.dir);
    await call(s, 'openDocument', { path: file });
    const copy = await call(s, 'saveRecoveredCopy');
    expect(path.basename(copy.path)).toBe('torn (recovered).establish');
    expect(path.dirname(copy.path)).toBe(path.dirname(fs.realpathSync(file)));
    expect(copy.rows).toBeGreaterThan(100);
    s.dispose();
    expect(state(file)).toEqual(before);

    const { store } = openDocumentFile(copy.path);
    try {
      expect(store.access.readOnly).toBeNull();
      expect(store.check().integrity).toEqual(['ok']);
      const current = store.info().structures.find((x) => x.kind === 'current')!;
      expect(store.structure(current.id).posts.length).toBeGreaterThan(40);
      store.edit((ctx) => updatePosts(ctx, { postIds: [store.structure(current.id).posts[0]!.id], patch: { notes: 'editable' } }));
    } finally {
      store.close();
    }
  });
});

describe('only Establish documents are opened', () => {
  it.each([
    ['another schema behind Establish\'s mark', LATEST_VERSION, /not an Establish document \(it has Establish's mark but no "settings" table\)/],
    ['Establish\'s mark and no file format', 0, /not an Establish document \(it has no Establish file format\)/],
  ])('refuses %s, leaving it unchanged', (_what, version, words) => {
    const file = path.join(tmp.dir, `fake-${version}.establish`);
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${version}`);
    db.exec('CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO ledger (amount) VALUES (12.5);');
    db.close();
    const before = state(file);
    let message = '';
    try {
      openDocumentFile(file).store.close();
    } catch (err) {
      message = (err as Error).message;
      expect((err as { code?: string }).code).toBe('file-not-establish');
    }
    expect(message).toMatch(words);
    expect(message).toMatch(/It was not changed\./);
    const r = establish('info', file);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(words);
    expect(state(file)).toEqual(before);
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'ledger' }]);
    after.close();
  });
});

describe('undo', () => {
  it('refuses a step of the history that names a column the table does not have, changing nothing', () => {
    const file = sample('history.establish');
    const { store } = openDocumentFile(file);
    try {
      const current = store.info().structures.find((x) => x.kind === 'current')!;
      const post = store.structure(current.id).posts[0]!;
      store.edit((ctx) => updatePosts(ctx, { postIds: [post.id], patch: { notes: 'first' } }));
      // A history step edited to name a column that does not exist (it would become SQL).
      const row = store.db.prepare('SELECT seq, changes FROM history ORDER BY seq DESC LIMIT 1').get() as { seq: number; changes: string };
      const changes = JSON.parse(row.changes) as { b: Record<string, unknown> }[];
      changes[0]!.b['notes = notes; DROP TABLE posts; --'] = 'x';
      store.db.prepare('UPDATE history SET changes = ? WHERE seq = ?').run(JSON.stringify(changes), row.seq);
      expect(() => store.undo()).toThrow(/names a column "notes = notes; DROP TABLE posts; --" that the "posts" table does not have/);
      expect(store.structure(current.id).posts.find((p) => p.id === post.id)!.notes).toBe('first');
      expect(store.history.state().canUndo).toBe(true);
    } finally {
      store.close();
    }
  });
});

describe('the command line', () => {
  it.each([
    ['reads one line', 'head -1'],
    ['reads nothing at all', 'true'],
  ])('stops quietly, exit code 0, when the reader of its output %s', (_what, reader) => {
    const file = sample(`piped-${reader.length}.establish`);
    const r = spawnSync('/bin/bash', ['-c', `"${process.execPath}" "${bin}" diff "${file}" --to "Option A: hub model" | ${reader}; echo "exit \${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('exit 0');
  });

  it('prints an unexpected error as one line, and its stack only with --debug', async () => {
    // A command that fails in a way nobody foresaw.
    COMMANDS.push({
      name: 'explode',
      usage: 'establish explode',
      summary: 'Fails.',
      options: {},
      run: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      },
    });
    try {
      const run = async (...args: string[]) => {
        const err: string[] = [];
        const code = await runCli(args, { out: () => undefined, err: (t) => err.push(t) }, tmp.dir);
        return { code, err: err.join('\n') };
      };
      const plain = await run('explode');
      expect(plain.code).toBe(1);
      expect(plain.err).toBe("establish explode: Cannot read properties of undefined (reading 'id') (run again with --debug for the details)");
      const debug = await run('explode', '--debug');
      expect(debug.code).toBe(1);
      expect(debug.err).toMatch(/^establish explode: TypeError: Cannot read properties.*\n\s+at /s);
    } finally {
      COMMANDS.pop();
    }
    // A file error is one line either way.
    const file = path.join(tmp.dir, 'odd.establish');
    fs.writeFileSync(file, '');
    const r = establish('info', file);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
