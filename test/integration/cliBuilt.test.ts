// The command line as it ships: built into ES module chunks (with parts of its libraries it never
// calls left out), run as a whole process. Its commands answer, and its checks of what it is
// given still explain themselves.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempDir';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli', 'establish.mjs');
const tmp = makeTempDir('establish-built-cli-');

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: tmp.dir, encoding: 'utf8' });

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--node-only'], { cwd: root, env: { ...process.env, ESTABLISH_QUIET_BUILD: '1' }, stdio: 'inherit' });
}, 120_000);
afterAll(() => tmp.cleanup());

describe('the built command line', () => {
  it('makes a document and lists its structures', () => {
    expect(run('new', 'built.establish', '--sample').status).toBe(0);
    const info = run('info', 'built.establish', '--json');
    expect(info.status).toBe(0);
    const parsed = JSON.parse(info.stdout) as { structures: { name: string; posts: number }[] };
    expect(parsed.structures.map((s) => s.name)).toContain('Current');
    expect(parsed.structures.every((s) => s.posts > 0)).toBe(true);
  });

  it('explains what it cannot accept, and changes nothing', () => {
    const status = run('structure', 'built.establish', 'Current', '--status', 'bogus');
    expect(status.status).toBe(2);
    expect(status.stderr).toContain('choose draft, consultation or implementation');
    const year = run('settings', 'built.establish', '--set', 'payYear=2027');
    expect(year.status).toBe(2);
    expect(year.stderr).toContain('Write the pay year as 2025/26');
    expect(year.stderr).not.toContain('left out');
  });
});
