// A process killed in the middle of a burst of edits loses nothing it had acknowledged.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDocumentFile } from '../../electron/store/files';
import { makeTempDir } from '../helpers/tempDir';
import { call, testSession } from '../helpers/session';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());
const root = path.resolve(__dirname, '..', '..');

/** Starts the burst and kills it with SIGKILL after `killAfter` acknowledgements. */
function burstAndKill(file: string, killAfter: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    // tsx as a loader inside this one process (its CLI would run the burst in a grandchild the kill misses).
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'fixtures', 'editBurst.ts'), file, '1000'], {
      cwd: root,
      // No transform cache in the system's temporary folder: the test leaves nothing behind.
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) acked.push(Number(m[1]));
        if (acked.length === killAfter) child.kill('SIGKILL');
      }
    });
    // 'close' comes after the pipe is drained, so every acknowledgement written before the kill is counted.
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`the burst ended by itself (code ${code}) before it was killed: ${stderr}`));
    });
  });
}

describe('killing the process mid-burst', () => {
  it('leaves a file that opens, passes integrity_check, and holds every acknowledged edit', async () => {
    const file = path.join(tmp.dir, 'burst.establish');
    const s = testSession(tmp.dir);
    await call(s, 'newDocument', { path: file, sample: true });
    s.dispose();

    // Killed at a random point; if the machine was so slow to read that the burst finished first,
    // try again earlier in the burst.
    let acked: number[] = [];
    for (let killAfter = 200 + Math.floor(Math.random() * 300); ; killAfter = Math.floor(killAfter / 3)) {
      acked = await burstAndKill(file, killAfter);
      if (acked.length < 1000 || killAfter < 5) break;
    }
    expect(acked.length).toBeLessThan(1000);

    // The file as the crash left it: check integrity before Establish touches it.
    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const { store } = openDocumentFile(file);
    try {
      expect(store.check().integrity).toEqual(['ok']);
      const current = store.info().structures.find((x) => x.kind === 'current')!;
      const posts = store.structure(current.id).posts;
      const titles = new Set(posts.map((p) => p.title));
      const top = posts.find((p) => p.managerId === null)!;
      const lastAcked = acked[acked.length - 1]!;
      for (const i of acked) if (i % 2 === 0) expect(titles.has(`Burst ${i}`)).toBe(true);
      // The last note written is the last acknowledged one, or the one after it (stored, not yet acknowledged).
      const lastNote = Number(top.notes.replace('Burst ', ''));
      const lastOdd = lastAcked % 2 === 1 ? lastAcked : lastAcked - 1;
      expect([lastOdd, lastOdd + 2]).toContain(lastNote);
      // Nothing beyond one unacknowledged edit.
      const burstPosts = posts.filter((p) => p.title.startsWith('Burst ')).length;
      expect(burstPosts - Math.ceil((lastAcked + 1) / 2)).toBeLessThanOrEqual(1);
      // And the undo history survived with it.
      expect(store.historyState().canUndo).toBe(true);
    } finally {
      store.close();
    }
  });

  it('lets a new document replace one a killed process left with its log beside it, and refuses one open elsewhere', async () => {
    const file = path.join(tmp.dir, 'replaced.establish');
    const s = testSession(tmp.dir);
    await call(s, 'newDocument', { path: file, sample: true });
    s.dispose();
    await burstAndKill(file, 20);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);

    const s2 = testSession(tmp.dir);
    try {
      const doc = await call(s2, 'newDocument', { path: file, sample: false, overwrite: true });
      const posts = (await call(s2, 'getStructure', { structureId: doc.structures[0]!.id })).posts;
      expect(posts.some((p) => p.title.startsWith('Burst '))).toBe(false);
      expect(s2.requireDocument().check().integrity).toEqual(['ok']);
    } finally {
      s2.dispose();
    }

    // Held by another program (a connection that has written in exclusive mode): not replaced.
    const other = new Database(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.pragma('journal_mode = WAL');
    other.exec("UPDATE settings SET value = value WHERE id = 'name'");
    const before = fs.readFileSync(file);
    const s3 = testSession(tmp.dir);
    try {
      await expect(call(s3, 'newDocument', { path: file, sample: true, overwrite: true })).rejects.toMatchObject({ code: 'file-in-use' });
    } finally {
      s3.dispose();
      other.close();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
