// The `establish` command line, run as a user runs it: the built bundle in a child process.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from '../../electron/cli/main';
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
    expect(Object.keys(current!).sort()).toEqual(['cost', 'fte', 'name', 'posts', 'status', 'tops', 'unplaced']);
    expect(current).toMatchObject({ name: 'Current', status: 'draft', posts: 60, cost: 226_594_820, tops: 1, unplaced: 0 });
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

  it('compares the sample\'s proposal with Current: what it deletes, adds and saves, and who is at risk', () => {
    const r = establish('diff', 'sample.establish', '--to', 'Option A: hub model', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      from: { name: string };
      to: { implementationDate: string };
      counts: Record<string, number>;
      cost: { before: number; after: number; saving: number };
      people: { atRisk: number; vacanciesDeleted: number; slotIns: number; ringFenced: number };
      byFinancialYear: { year: string; saving: number }[];
    };
    expect(json.from.name).toBe('Current');
    expect(json.to.implementationDate).toBe('2026-10-01');
    expect(json.counts).toEqual({ unchanged: 44, moved: 4, redesignated: 3, regraded: 1, fteChanged: 1, deleted: 8, new: 3 });
    expect(json.cost).toEqual({ before: 226_594_820, after: 207_296_420, saving: 19_298_400 });
    expect(json.people).toMatchObject({ atRisk: 5, vacanciesDeleted: 4, slotIns: 2, ringFenced: 2 });
    expect(json.byFinancialYear.map((y) => [y.year, y.saving])).toEqual([
      ['2026/27', 9_649_200],
      ['2027/28', 19_298_400],
      ['2028/29', 19_298_400],
    ]);
    const text = establish('diff', 'sample.establish', '--to', 'Option A: hub model');
    expect(text.out).toContain('Full-year saving: £192,984');
    expect(text.out).toContain('Posts: 8 deleted, 3 new, 3 redesignated (1 regraded), 1 FTE changed, 4 moved, 44 unchanged.');
    expect(text.out).toMatch(/2026\/27 +£2,265,948 +£2,169,456 +£96,492/);
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
    const exportTwice = ['export', 'sample.establish', '--structure', 'Current', '--format', 'csv', '--out', 'twice.csv'];
    expect(establish(...exportTwice).code).toBe(0);
    const second = establish(...exportTwice);
    expect(second.code).toBe(1);
    expect(second.err).toBe(`establish export: "${path.join(tmp.dir, 'twice.csv')}" already exists. Choose another name, or add --force to replace it.\n`);
    expect(establish(...exportTwice, '--force').code).toBe(0);
    fs.writeFileSync(path.join(tmp.dir, 'text.establish'), 'hello'.repeat(200));
    const bad = establish('info', 'text.establish');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not an Establish document/);
  });

  it('answers a mistyped command with usage and exit code 2', () => {
    const missing = establish('info');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('Usage: establish info FILE [--json]\nRun "establish help info" for its options.\n');
    const colour = establish('info', 'x.establish', '--colour');
    expect(colour.code).toBe(2);
    expect(colour.err).toMatch(/^establish info: Unknown option '--colour'/);
    expect(colour.err).toContain('Usage: establish info FILE [--json]');
    const unknown = establish('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('establish: unknown command "frobnicate".');
    expect(unknown.err).toContain('Commands:');
    expect(establish('--help').code).toBe(0);
  });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, tmp.dir);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

describe('establish help', () => {
  it('lists every command as its usage with the summary indented beneath, within 80 columns', () => {
    const r = establish('help');
    expect(r.code).toBe(0);
    expect(widest(r.out)).toBeLessThanOrEqual(80);
    const lines = r.out.split('\n');
    for (const c of COMMANDS) {
      const first = lines.findIndex((l) => l.startsWith(`  establish ${c.name} `));
      expect(first, c.name).toBeGreaterThan(0);
      // Any further forms or wrapped usage (indented under the arguments), then the summary,
      // indented six spaces and wrapped.
      const summaryLine = (l: string | undefined) => l !== undefined && /^ {6}\S/.test(l);
      let i = first + 1;
      while (i < first + 6 && !summaryLine(lines[i])) i++;
      const summary: string[] = [];
      while (summaryLine(lines[i])) summary.push(lines[i++]!.trim());
      expect(summary.join(' '), c.name).toBe(c.summary);
    }
    expect(r.out).toContain('Run "establish help COMMAND" or "establish COMMAND --help"');
    expect(r.out).toContain('Exit codes: 0 success;');
    // Both forms of export, rather than one line of every option.
    expect(lines).toContain('  establish export FILE --structure NAME --format FORMAT --out PATH [OPTIONS]');
    expect(lines).toContain('  establish export FILE --pack --from NAME --to NAME --out PATH [OPTIONS]');
  });

  it('gives each command its usage, its arguments and every option on a line of its own', async () => {
    for (const c of COMMANDS) {
      const r = await cli('help', c.name);
      expect(r.code, c.name).toBe(0);
      expect((await cli(c.name, '--help')).out).toBe(r.out);
      expect((await cli(c.name, '-h')).out).toBe(r.out);
      expect(widest(r.out), c.name).toBeLessThanOrEqual(80);
      const lines = r.out.split('\n');
      expect(lines[0]!.startsWith('Usage:'), c.name).toBe(true);
      expect(r.out).toContain('Arguments:\n  FILE ');
      const options = lines.slice(lines.indexOf('Options:') + 1);
      for (const [name, config] of [...Object.entries(c.options), ['help', { type: 'boolean' }] as const]) {
        const at = options.findIndex((l) => new RegExp(`^  (-\\w, )?--${name}\\b`).test(l));
        expect(at, `${c.name} --${name}`).toBeGreaterThanOrEqual(0);
        const line = options[at]!;
        // An option taking a value names it; a switch does not.
        if (config.type === 'string') expect(line, `${c.name} --${name}`).toMatch(new RegExp(`--${name} [A-Z]`));
        else expect(line, `${c.name} --${name}`).toMatch(new RegExp(`--${name}(\\s{2,}|$)`));
        // Its help is beside it, or on the next line when the option is long.
        const text = line.replace(/^\s*\S+( [A-Z][^ ]*)?/, '').trim() || options[at + 1]!.trim();
        expect(text.length, `${c.name} --${name}`).toBeGreaterThan(5);
      }
      expect(c.optionHelp && Object.keys(c.optionHelp).sort(), `${c.name} documents exactly its options`).toEqual(Object.keys(c.options).sort());
    }
  });

  it('shows the real bundle\'s help for a command, and refuses a command that does not exist', () => {
    const r = establish('export', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toBe(establish('help', 'export').out);
    expect(r.out).toMatch(/^  --paper A4\|A3 +Paper size \(default A4\)\.$/m);
    expect(r.out).toMatch(/^  --names +Show postholder names, which are personal data\.$/m);
    const bad = establish('help', 'frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('there is no command "frobnicate". The commands are new, info, settings, structure, check, import, export, diff, options, spans.');
  });
});
