// How `npm start` decides between Electron and the browser, and where SQLite comes from in each.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteBindingPath } from '../../electron/store/native';
import { makeTempDir } from '../helpers/tempDir';
// @ts-expect-error: a plain ES module without type declarations
import { ensureElectronSqlite, findElectron, samplePath } from '../../scripts/launch.mjs';

describe('choosing the SQLite binary', () => {
  it('uses npm\'s Node build outside Electron, whatever the environment says', () => {
    expect(sqliteBindingPath({ ESTABLISH_SQLITE_BINDING: '/x.node' }, { node: '20' } as NodeJS.ProcessVersions)).toBeUndefined();
  });
  it('uses the Electron build `npm start` made, inside Electron', () => {
    expect(sqliteBindingPath({ ESTABLISH_SQLITE_BINDING: '/x.node' }, { electron: '45.4.1' } as NodeJS.ProcessVersions)).toBe('/x.node');
  });
  it('falls back to the packaged module in Electron when no override is given', () => {
    expect(sqliteBindingPath({}, { electron: '45.4.1' } as NodeJS.ProcessVersions)).toBeUndefined();
  });
});

describe('npm start', () => {
  it('reports why Electron is unavailable when its download fails', () => {
    const run = () => ({ status: 1, stdout: '', stderr: 'Downloading Electron binary...\nTypeError: fetch failed\n    at x' });
    expect(findElectron('/repo', run)).toEqual({ path: null, reason: 'TypeError: fetch failed' });
  });

  it('uses Electron when the package gives an executable that exists', () => {
    const run = () => ({ status: 0, stdout: process.execPath, stderr: '' });
    expect(findElectron('/repo', run)).toEqual({ path: process.execPath, reason: null });
  });

  it('builds better-sqlite3 for Electron once, into its own folder, leaving the Node build alone', async () => {
    const t = makeTempDir();
    try {
      const mod = path.join(t.dir, 'node_modules', 'better-sqlite3');
      fs.mkdirSync(path.join(mod, 'src'), { recursive: true });
      fs.writeFileSync(path.join(mod, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.9.0' }));
      fs.writeFileSync(path.join(mod, 'binding.gyp'), '{}');
      const calls: { buildPath: string; electronVersion: string; onlyModules: string[] }[] = [];
      const rebuild = async (opts: { buildPath: string; electronVersion: string; onlyModules: string[] }) => {
        calls.push(opts);
        const out = path.join(opts.buildPath, 'node_modules', 'better-sqlite3', 'build', 'Release');
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, 'better_sqlite3.node'), 'binary');
      };
      const first = (await ensureElectronSqlite(t.dir, '45.4.1', rebuild)) as string;
      const second = (await ensureElectronSqlite(t.dir, '45.4.1', rebuild)) as string;
      expect(first).toBe(second);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.electronVersion).toBe('45.4.1');
      expect(calls[0]!.onlyModules).toEqual(['better-sqlite3']);
      expect(first.startsWith(path.join(t.dir, '.cache', 'electron-native'))).toBe(true);
      expect(fs.existsSync(path.join(mod, 'build'))).toBe(false);
    } finally {
      t.cleanup();
    }
  });

  it('puts the sample in Documents/Establish when there is a Documents folder', () => {
    const t = makeTempDir();
    try {
      expect(samplePath(t.dir)).toBe(path.join(t.dir, '.establish', 'Business Support Service review.establish'));
      fs.mkdirSync(path.join(t.dir, 'Documents'));
      expect(samplePath(t.dir)).toBe(path.join(t.dir, 'Documents', 'Establish', 'Business Support Service review.establish'));
    } finally {
      t.cleanup();
    }
  });
});
