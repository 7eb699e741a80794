// An older document is upgraded only after the user agrees: opening it for editing without saying so
// is answered with what upgrading would do and the copy it would keep, and nothing is written; the
// user can instead read it as it is. The command line, which cannot ask, says what it did.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { runCli } from '../../electron/cli/main';
import { LATEST_VERSION } from '../../electron/store/migrations/index';
import { makeOlderDocument } from '../helpers/olderDocument';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-upgrade-');
afterAll(() => tmp.cleanup());

const state = (file: string) => ({ sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), mtimeMs: fs.statSync(file).mtimeMs });
const siblings = (file: string) => fs.readdirSync(path.dirname(file)).sort();
const versionOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

function older(name: string): string {
  const dir = path.join(tmp.dir, name);
  fs.mkdirSync(dir);
  const file = path.join(dir, `${name}.establish`);
  makeOlderDocument(file, 1);
  return file;
}

describe('opening an older document in a window', () => {
  it('asks first: the answer names the copy upgrading would keep, and nothing is written', async () => {
    const file = older('asked');
    const before = state(file);
    const s = testSession(tmp.dir);
    try {
      const err = await call(s, 'openDocument', { path: file }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ApiError);
      const e = err as ApiError;
      expect(e.code).toBe('file-older-version');
      expect(e.details).toMatchObject({ fromVersion: 1, toVersion: LATEST_VERSION, backup: path.join(path.dirname(file), 'asked (format 1).backup.establish') });
      expect(e.message).toMatch(/^"asked\.establish" was saved by an earlier version of Establish \(file format 1\)\. .*"asked \(format 1\)\.backup\.establish".* Nothing was changed\.$/);
      expect(await call(s, 'getDocument')).toBeNull();
    } finally {
      s.dispose();
    }
    expect(state(file)).toEqual(before);
    expect(siblings(file)).toEqual(['asked.establish']);
  });

  it('opens it for reading only as it is, changing nothing', async () => {
    const file = older('reading');
    const before = state(file);
    const s = testSession(tmp.dir);
    try {
      const info = await call(s, 'openDocument', { path: file, readOnly: true });
      expect(info.access?.readOnly).toMatchObject({
        reason: 'older-format',
        message: '"reading.establish" is open for reading only, as it is: it was saved by an earlier version of Establish. To edit it, upgrade it to this version\'s file format.',
      });
      const current = info.structures.find((x) => x.kind === 'current')!;
      expect((await call(s, 'getStructure', { structureId: current.id })).posts.map((p) => p.title)).toEqual(['Head of Service', 'Team Leader']);
      await expect(call(s, 'updateStructure', { structureId: current.id, patch: { name: 'Renamed' } })).rejects.toThrow();
    } finally {
      s.dispose();
    }
    expect(state(file)).toEqual(before);
    expect(siblings(file)).toEqual(['reading.establish']);
  });

  it('upgrades it when the user agrees, keeping the copy it named', async () => {
    const file = older('agreed');
    const s = testSession(tmp.dir);
    try {
      const named = await call(s, 'openDocument', { path: file }).then(
        () => {
          throw new Error('opened for editing without asking');
        },
        (e: ApiError) => e.details!.backup as string,
      );
      const info = await call(s, 'openDocument', { path: file, upgrade: true });
      expect(info.access?.upgraded).toEqual({ fromVersion: 1, backup: named });
      expect(info.access?.readOnly).toBeNull();
      // The copy holds the document as it was, in its own format.
      const copy = new Database(named, { readonly: true });
      expect(copy.prepare('SELECT title FROM posts ORDER BY sort_order').pluck().all()).toEqual(['Head of Service', 'Team Leader']);
      copy.close();
    } finally {
      s.dispose();
    }
    expect(versionOf(file)).toBe(LATEST_VERSION);
    expect(versionOf(path.join(path.dirname(file), 'agreed (format 1).backup.establish'))).toBe(1);
  });

  it('opens a document already in this version’s format without asking', async () => {
    const dir = path.join(tmp.dir, 'current');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'new.establish');
    const s = testSession(tmp.dir);
    try {
      await call(s, 'newDocument', { path: file, sample: true });
      await call(s, 'closeDocument');
      const info = await call(s, 'openDocument', { path: file });
      expect(info.access?.upgraded ?? null).toBeNull();
    } finally {
      s.dispose();
    }
  });
});

describe('the command line writing to an older document', () => {
  it('upgrades it, as it has no one to ask, and says so on stderr naming the copy', async () => {
    const file = older('cli');
    const csv = path.join(tmp.dir, 'one.csv');
    fs.writeFileSync(csv, 'Job title,Reports to\nDirector,\nOfficer,Director\n');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['import', file, '--structure', 'Imported', '--create', '--from', csv], { out: (t) => out.push(t), err: (t) => err.push(t) }, tmp.dir);
    expect(err.join('\n')).toContain('cli.establish was upgraded to this version\'s file format; the file as it was is kept beside it as "cli (format 1).backup.establish".');
    expect(code).toBe(0);
    expect(versionOf(file)).toBe(LATEST_VERSION);
    expect(siblings(file)).toEqual(['cli (format 1).backup.establish', 'cli.establish']);
  });
});
