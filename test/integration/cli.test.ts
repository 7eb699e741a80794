// The `establish` command line, run as a user runs it: the built bundle in a child process.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('establish new, info and check', () => {
  it('creates the sample and reports each structure as JSON, cost in pence', () => {
    expect(establish('new', 'sample.establish', '--sample').code).toBe(0);
    const r = establish('info', 'sample.establish', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { structures: { name: string; status: string; posts: number; fte: number; cost: number }[] };
    expect(json.structures.map((s) => s.name)).toEqual(['Current', 'Option A: hub model']);
    const [current, proposal] = json.structures;
    expect(Object.keys(current!).sort()).toEqual(['cost', 'fte', 'name', 'posts', 'status']);
    expect(current).toMatchObject({ name: 'Current', status: 'draft', posts: 60, cost: 226_594_820 });
    expect(current!.fte).toBeCloseTo(57.81, 4);
    expect(proposal).toMatchObject({ status: 'consultation', posts: 55 });
    expect(Number.isInteger(proposal!.cost)).toBe(true);
    expect(proposal!.cost).toBeLessThan(current!.cost);
    expect(proposal!.fte).toBeCloseTo(52.91, 4);
  });

  it('prints a readable table without --json', () => {
    const r = establish('info', 'sample.establish');
    expect(r.out).toMatch(/Current\s+current\s+60\s+57\.81\s+£2,265,948/);
    expect(r.out).toMatch(/Option A: hub model\s+for consultation\s+55\s+52\.91\s+£[\d,]+/);
  });

  it('check exits 0 on a clean file', () => {
    const r = establish('check', 'sample.establish');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No problems found.');
  });

  it('check exits 1 and names the problem when a reporting line loops', () => {
    const file = path.join(tmp.dir, 'loop.establish');
    expect(establish('new', 'loop.establish', '--sample').code).toBe(0);
    const db = new Database(file);
    const [a, b] = db
      .prepare("SELECT p.id FROM posts p JOIN structures s ON s.id = p.structure_id WHERE s.kind = 'current' AND p.ref IN ('BS1004', 'BS1005') ORDER BY p.ref")
      .all() as { id: string }[];
    db.prepare('UPDATE posts SET manager_id = ? WHERE id = ?').run(b!.id, a!.id);
    db.prepare('UPDATE posts SET manager_id = ? WHERE id = ?').run(a!.id, b!.id);
    db.close();
    const r = establish('check', 'loop.establish');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error: "Senior Executive Support Officer" in Current is in a loop of reporting lines/);
    const json = JSON.parse(establish('check', 'loop.establish', '--json').out) as { clean: boolean; issues: { code: string }[] };
    expect(json.clean).toBe(false);
    expect(json.issues.filter((i) => i.code === 'cycle')).toHaveLength(2);
  });

  it('refuses to overwrite without --force, and explains bad files', () => {
    const again = establish('new', 'sample.establish');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
    fs.writeFileSync(path.join(tmp.dir, 'text.establish'), 'hello'.repeat(200));
    const bad = establish('info', 'text.establish');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not an Establish document/);
  });

  it('answers a mistyped command with usage and exit code 2', () => {
    expect(establish('info').code).toBe(2);
    expect(establish('info', 'x.establish', '--colour').code).toBe(2);
    const unknown = establish('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Usage:');
    expect(establish('--help').code).toBe(0);
  });
});
