// `establish settings` and `establish structure` on real files: what they print, what they change
// (read back from the file), and that a bad value is refused with a clear message and nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'sample.establish');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, tmp.dir);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function settings() {
  const r = await cli('settings', file, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

beforeAll(async () => {
  expect((await cli('new', file, '--sample')).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('establish settings', () => {
  it('prints the settings as a table and as JSON, money in pence and rates in basis points', async () => {
    const r = await cli('settings', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/niRate\s+Employer NI rate\s+15%/);
    expect(r.out).toMatch(/redundancyWeekCap\s+Week’s pay limit\s+£719\.00/);
    const j = await settings();
    expect(j).toMatchObject({ payYear: '2025/26', niRateBp: 1500, niThresholdPence: 500_000, niUpperThresholdPence: 5_027_000, redundancyMultiplierBp: 10_000, redundancyWeekCapPence: 71_900, redundancyWeekPay: 'capped' });
    expect(j.organisations.length).toBeGreaterThan(0);
  });

  it('changes several settings together and they are in the file', async () => {
    const before = await settings();
    const org = before.organisations[0].name as string;
    const r = await cli(
      'settings', file,
      '--set', 'niRate=13.8', '--set', 'niThreshold=9,100', '--set', 'payYear=2024/25', '--set', 'levy=on', '--set', 'levyRate=0.5',
      '--set', 'redundancyMultiplier=1.5', '--set', 'redundancyWeekCap=700', '--set', 'redundancyWeekPay=actual',
      '--set', 'organisation=Northshire County Council', '--set', `pension.${org}=21.5`, '--set', 'name=Business Support review',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Changed 11 settings of sample.establish.');
    const j = await settings();
    expect(j).toMatchObject({ name: 'Business Support review', payYear: '2024/25', niRateBp: 1380, niThresholdPence: 910_000, levyEnabled: true, levyRateBp: 50, redundancyMultiplierBp: 15_000, redundancyWeekCapPence: 70_000, redundancyWeekPay: 'actual', organisation: 'Northshire County Council' });
    expect(j.organisations.find((o: { name: string }) => o.name === 'Northshire County Council').pensionRateBp).toBe(2150);
    // The default organisation's rate by "pension" alone.
    expect((await cli('settings', file, '--set', 'pension=19.8')).code).toBe(0);
    expect((await settings()).organisations.find((o: { name: string }) => o.name === 'Northshire County Council').pensionRateBp).toBe(1980);
  });

  it('refuses a bad value, an unknown key or organisation with a clear message, writing nothing', async () => {
    const bytes = fs.readFileSync(file);
    const before = await settings();
    const cases: [string[], RegExp][] = [
      [['--set', 'niRate=12', '--set', 'niThreshold=lots'], /--set niThreshold=lots: Enter an amount in pounds/],
      [['--set', 'niRate=150'], /--set niRate=150: Enter a percentage from 0 to 100/],
      [['--set', 'redundancyMultiplier=0.5'], /Enter a multiplier from 1 \(statutory pay\) to 10/],
      [['--set', 'redundancyWeekPay=weekly'], /Choose capped or actual/],
      [['--set', 'payYear=2025'], /Write the pay year as 2025\/26/],
      [['--set', 'colour=blue'], /there is no setting "colour". The keys are name, payYear/],
      [['--set', 'pension.Nowhere Council=20'], /there is no organisation called "Nowhere Council"/],
      [['--set', 'niRate'], /write KEY=VALUE, such as niRate=15/],
      [['--set', 'levy=maybe'], /Write on or off/],
    ];
    for (const [args, message] of cases) {
      const r = await cli('settings', file, '--set', 'niRate=10', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toContain('Nothing was changed.');
    }
    expect(await settings()).toEqual(before);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('establish structure', () => {
  it('shows a structure, as text and JSON', async () => {
    const r = await cli('structure', file, 'current');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Current: the current structure, draft, no implementation date; 60 posts.');
    const j = JSON.parse((await cli('structure', file, 'Option A: hub model', '--json')).out);
    expect(j).toEqual({ name: 'Option A: hub model', kind: 'proposal', status: 'consultation', implementationDate: '2026-10-01', posts: 55 });
  });

  it('copies a structure with a status and date, then renames and restatuses the copy', async () => {
    const c = await cli('structure', file, 'Current', '--copy-to', 'Option B', '--status', 'draft', '--date', '2026-04-01');
    expect(c.code, c.err).toBe(0);
    expect(c.out).toContain('Copied "Current" to "Option B".');
    expect(c.out).toContain('Option B: a proposal, draft, taking effect on 1 April 2026; 60 posts.');
    const r = await cli('structure', file, 'option b', '--rename', 'Option B: flat model', '--status', 'implementation', '--date', '2026-07-01', '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ name: 'Option B: flat model', kind: 'proposal', status: 'implementation', implementationDate: '2026-07-01', posts: 60 });
    expect(JSON.parse((await cli('structure', file, 'Option B: flat model', '--date', 'none', '--json')).out).implementationDate).toBeNull();
    const info = JSON.parse((await cli('info', file, '--json')).out);
    expect(info.structures.map((s: { name: string }) => s.name)).toEqual(['Current', 'Option A: hub model', 'Option B: flat model']);
  });

  it('refuses bad values with a clear message, writing nothing', async () => {
    const bytes = fs.readFileSync(file);
    const cases: [string[], number, RegExp][] = [
      [['Current', '--status', 'final'], 2, /--status final: choose draft, consultation or implementation/],
      [['Current', '--date', '2026-02-30'], 2, /--date 2026-02-30: write a real date as YYYY-MM-DD/],
      [['Current', '--copy-to', 'X', '--rename', 'Y'], 2, /--rename cannot be used with --copy-to/],
      [['Current', '--rename', '  '], 2, /--rename needs a name/],
      [['Nowhere', '--status', 'draft'], 1, /There is no structure called "Nowhere" in sample.establish. Its structures are "Current"/],
      [['Current', '--copy-to', 'option a: HUB MODEL'], 1, /There is already a structure called "Option A: hub model"/],
      [['Current', '--rename', 'Option A: hub model', '--status', 'consultation'], 1, /There is already a structure called "Option A: hub model"/],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli('structure', file, ...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err).toMatch(message);
    }
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect((await cli('structure', file)).code).toBe(2);
  });
});
