// The .establish file alone, copied while a window edits it or after the app is killed, holds every
// edit acknowledged more than a second before the copy: nothing is left only in the log beside it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempDir';
import { call, testSession } from '../helpers/session';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());
const root = path.resolve(__dirname, '..', '..');

interface Copy {
  file: string;
  at: number;
}

/** Reads which paced edits a copy holds; the copy is opened where it lies, alone. */
function editsIn(copy: string): Set<number> {
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare("SELECT title FROM posts WHERE title LIKE 'Paced %'").all() as { title: string }[];
    return new Set(rows.map((r) => Number(r.title.slice('Paced '.length))));
  } finally {
    db.close();
  }
}

function copyAlone(file: string, n: number): Copy {
  const dir = path.join(tmp.dir, `copy-${n}`);
  fs.mkdirSync(dir);
  const dest = path.join(dir, 'copy.establish');
  const at = Date.now();
  fs.copyFileSync(file, dest);
  return { file: dest, at };
}

describe('a copy of the document file alone', () => {
  it('holds every edit acknowledged more than a second before it, while editing and after a kill', async () => {
    const file = path.join(tmp.dir, 'paced.establish');
    const s = testSession(tmp.dir);
    await call(s, 'newDocument', { path: file, sample: true });
    s.dispose();

    const acks = new Map<number, number>();
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'fixtures', 'editPaced.ts'), file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+) (\d+)$/.exec(line);
        if (m) acks.set(Number(m[1]), Number(m[2]));
      }
    });
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    while (acks.size === 0) {
      if (child.exitCode !== null) throw new Error(`the editing process ended: ${stderr}`);
      await sleep(20);
    }

    const copies: Copy[] = [];
    for (let n = 0; n < 8; n++) {
      await sleep(300);
      copies.push(copyAlone(file, n));
    }
    child.kill('SIGKILL');
    await closed;
    // After the kill the log beside the file is never read: only the file is copied.
    copies.push(copyAlone(file, 99));

    expect(acks.size).toBeGreaterThan(30);
    let checked = 0;
    for (const copy of copies) {
      const held = editsIn(copy.file);
      const due = [...acks].filter(([, at]) => at < copy.at - 1000).map(([i]) => i);
      const missing = due.filter((i) => !held.has(i));
      expect({ copy: path.basename(path.dirname(copy.file)), missing }).toEqual({ copy: path.basename(path.dirname(copy.file)), missing: [] });
      checked += due.length;
    }
    // The copies after the first second had edits due in them.
    expect(checked).toBeGreaterThan(0);
  });
});
