// `establish diff` on real files: the JSON the task names, the text report, and clear refusals.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { buildExecutiveSupport } from '../fixtures/executiveSupport';
import { buildReframe, REFRAME_PROPOSAL } from '../fixtures/reframe';
import { testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const es = path.join(tmp.dir, 'Executive Support.establish');
const reframe = path.join(tmp.dir, 'REFRAME.establish');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, tmp.dir);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const s = testSession(tmp.dir);
  await buildExecutiveSupport(s, es);
  await buildReframe(s, reframe);
  s.dispose();
});
afterAll(() => tmp.cleanup());

describe('establish diff', () => {
  it('prints the JSON summary: posts, FTE, cost in pence, counts, people at risk, years and changes', async () => {
    const r = await cli('diff', es, '--from', 'Current', '--to', 'Phase 2, vacancies held', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.posts).toEqual({ before: 38, after: 27 });
    expect(j.fte).toEqual({ before: 38, after: 27 });
    expect(j.cost.before - j.cost.after).toBe(j.cost.saving);
    expect(Math.round(j.cost.saving / 100_000)).toBe(553);
    expect(j.counts).toEqual({ unchanged: 14, moved: 13, redesignated: 0, regraded: 0, fteChanged: 0, deleted: 11, new: 0 });
    expect(j.atRisk).toBe(7);
    expect(j.people.vacanciesDeleted).toBe(4);
    expect(j.byFinancialYear.map((y: { year: string; saving: number }) => [y.year, y.saving])).toEqual([
      ['2021/22', j.cost.saving],
      ['2022/23', j.cost.saving],
      ['2023/24', j.cost.saving],
    ]);
    expect(j.changes).toHaveLength(38);
    expect(j.changes.filter((c: { kind: string }) => c.kind === 'deleted')).toHaveLength(11);
    expect(Object.keys(j.changes[0])).toEqual(expect.arrayContaining(['kind', 'regraded', 'fields', 'before', 'after', 'cost']));
  });

  it('takes Current when --from is left out, and names are not case-sensitive', async () => {
    const r = await cli('diff', reframe, '--to', REFRAME_PROPOSAL.toUpperCase(), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.from.name).toBe('Current');
    expect(Math.round(j.cost.after / 100)).toBe(1_074_870);
    expect(j.byFundingSource.map((s: { name: string; after: number }) => [s.name, Math.round(s.after / 100)])).toEqual([
      ['Council funded', 872_818],
      ['Opportunity Area grant', 95_176],
      ['Supporting Families grant', 106_876],
    ]);
    // 28 March 2022: four days of 2021/22.
    expect(j.byFinancialYear[0].year).toBe('2021/22');
    expect(j.byFinancialYear[0].saving).toBe(Math.round((-j.cost.after * 4) / 372));
  });

  it('prints a readable report with pounds in en-GB format', async () => {
    const r = await cli('diff', es, '--from', 'Current', '--to', 'Phase 2 as drawn');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Phase 2 as drawn compared with Current, taking effect on 1 April 2021.');
    expect(r.out).toMatch(/Full-year saving: £552,99\d/);
    expect(r.out).toContain('People at risk: 11');
    expect(r.out).toMatch(/Deleted\s+Executive Support Team Leader/);
    // No one's details are entered: the one-off costs are nil, the payback period is not known, and
    // the report says the costs are incomplete.
    expect(r.out).toContain(
      'One-off costs: redundancy £0, pension strain £0, total £0; payback period not known until the one-off costs are entered. 11 of the 11 people at risk have no redundancy figure',
    );
    const j = JSON.parse((await cli('diff', es, '--from', 'Current', '--to', 'Phase 2 as drawn', '--json')).out);
    expect([j.oneOff, j.paybackYears]).toEqual([{ redundancy: 0, pensionStrain: 0, total: 0 }, 0]);
  });

  it('gives the exports the same comparison: the changes schedule lists the 11 deleted posts and the same saving', async () => {
    const out = path.join(tmp.dir, 'changes.csv');
    const r = await cli('export', es, '--structure', 'Phase 2, vacancies held', '--format', 'csv', '--schedule', 'changes', '--compare', 'Current', '--out', out);
    expect(r.code).toBe(0);
    const rows = fs.readFileSync(out, 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
    expect(rows.filter((x) => x[0] === 'Deleted')).toHaveLength(11);
    const json = JSON.parse((await cli('diff', es, '--to', 'Phase 2, vacancies held', '--json')).out);
    expect(Math.round(Number(rows.at(-1)!.at(-1)) * 100)).toBe(-json.cost.saving);
  });

  it('says which structures there are when a name is wrong, and shows the usage when --to is missing', async () => {
    const wrong = await cli('diff', es, '--to', 'Option Z');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('There is no structure called "Option Z" (--to)');
    expect(wrong.err).toContain('"Phase 2 as drawn"');
    const missing = await cli('diff', es);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Usage: establish diff FILE [--from NAME] --to NAME [--json]');
    expect(missing.err).toContain('Run "establish help diff" for its options.');
  });
});
