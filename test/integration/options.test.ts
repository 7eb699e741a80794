// The options appraisal on the sample with two more proposals made through the API, each figure
// worked out by hand from the 2025/26 NJC spine: employer NI 15% above £5,000, pension 19.8%.
//
// Option B (from 1 April 2026) deletes the two vacant Executive Support Officers, costed at the
// top of H6 (SCP 19, £32,061): 3,206,100 + NI 405,915 + pension 634,808 (634,807.8) = 4,246,823p
// each, 8,493,646p for both, saved in full in every year.
// Option C (from 1 October 2026) deletes both Business Support Managers (H9), their teams
// reporting to the Head instead: SCP 31 £41,771: 4,177,100 + 551,565 + 827,066 = 5,555,731p;
// SCP 30 £40,777: 4,077,700 + 536,655 + 807,385 = 5,421,740p; together 10,977,471p, of which
// six months of twelve fall in 2026/27: 5,488,736p (5,488,735.5).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStructures } from '../../shared/compare/compare';
import { optionsAppraisal, savingInYear, type OptionsAppraisal } from '../../shared/compare/options';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const s = testSession(tmp.dir);
let info: DocumentInfo;
let sides: StructureData[];
let a: OptionsAppraisal;

async function proposal(name: string, date: string, titles: string[], pick: (title: string, vacant: boolean) => boolean): Promise<void> {
  const current = info.structures.find((x) => x.kind === 'current')!;
  const r = await call(s, 'createStructure', { name, fromStructureId: current.id, status: 'draft', implementationDate: date });
  const id = r.createdIds[0]!;
  const posts = (await call(s, 'getStructure', { structureId: id })).posts;
  const gone = posts.filter((p) => titles.includes(p.title) && pick(p.title, p.vacant)).map((p) => p.id);
  await call(s, 'deletePosts', { postIds: gone, reports: 'reassign' });
}

beforeAll(async () => {
  info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'Options.establish'), sample: true });
  await proposal('Option B: hold vacancies', '2026-04-01', ['Executive Support Officer'], (_t, vacant) => vacant);
  await proposal('Option C: one layer fewer', '2026-10-01', ['Business Support Manager (Adults and Health)', "Business Support Manager (Children's Services)"], () => true);
  await call(s, 'updateSettings', { patch: { designRules: { spanMin: 3, spanMax: 12, maxLayers: 2, ratios: [], reportsUp: [], maxCostPence: null, maxFte: null } } });
  info = (await call(s, 'getDocument'))!;
  sides = [];
  for (const x of info.structures) sides.push(await call(s, 'getStructure', { structureId: x.id }));
  a = optionsAppraisal(info, sides[0]!, sides.slice(1));
});

afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

const col = (name: string) => a.options.find((o) => o.structure.name === name)!;

describe('the options appraisal', () => {
  it('sets Current first, then each proposal, and lists every financial year any has an effect in', () => {
    expect(a.baseline.name).toBe('Current');
    expect(a.options.map((o) => [o.structure.name, o.baseline])).toEqual([
      ['Current', true],
      ['Option A: hub model', false],
      ['Option B: hold vacancies', false],
      ['Option C: one layer fewer', false],
    ]);
    expect(a.years).toEqual(['2026/27', '2027/28', '2028/29']);
  });

  it('Current: 60 posts, 57.81 FTE, 53 people (52 filled posts, one a job share), nothing saved', () => {
    const c = col('Current');
    expect([c.posts, c.fteUnits, c.headcount, c.costPence, c.savingPence, c.atRisk, c.vacanciesDeleted]).toEqual([60, 578_100, 53, 226_594_820, 0, 0, 0]);
    expect(c.byFinancialYear).toEqual([]);
    // Head 6; ESTL 9; BSMs 2 and 2; TLs 8, 4, 13, 6; Systems 4; Finance 5 -> 2,2,4,4,5,6,6,8,9,13.
    expect([c.layers, c.managers, c.span]).toEqual([3, 10, { median: 5.5, min: 2, max: 13 }]);
    // Two BSMs under 3, the Children's Social Care team leader over 12, and three layers (at most two).
    expect(c.breaches.map((b) => b.rule)).toEqual(['span', 'span', 'span', 'layers']);
  });

  it('Option B: two vacancies deleted, 8,493,646p saved in a full year and in each year, no one at risk', () => {
    const b = col('Option B: hold vacancies');
    expect([b.posts, b.fteUnits, b.headcount, b.costPence, b.savingPence, b.atRisk, b.vacanciesDeleted]).toEqual([58, 558_100, 53, 218_101_174, 8_493_646, 0, 2]);
    expect(a.years.map((y) => savingInYear(b, y))).toEqual([8_493_646, 8_493_646, 8_493_646]);
    // The Executive Support Team Leader's span falls from 9 to 7.
    expect([b.layers, b.managers, b.span]).toEqual([3, 10, { median: 5.5, min: 2, max: 13 }]);
    expect(b.breaches).toHaveLength(4);
  });

  it('Option C: two managers at risk, 10,977,471p a year, 5,488,736p of it in 2026/27, one layer fewer', () => {
    const c = col('Option C: one layer fewer');
    expect([c.posts, c.fteUnits, c.headcount, c.costPence, c.savingPence, c.atRisk, c.vacanciesDeleted]).toEqual([58, 558_100, 51, 215_617_349, 10_977_471, 2, 0]);
    expect(a.years.map((y) => savingInYear(c, y))).toEqual([5_488_736, 10_977_471, 10_977_471]);
    // Head: PA, ESTL, Systems, Finance and the four team leaders = 8 -> 4,4,5,6,8,8,9,13.
    expect([c.layers, c.managers, c.span]).toEqual([2, 8, { median: 7, min: 4, max: 13 }]);
    expect(c.breaches.map((x) => [x.rule, x.message])).toEqual([['span', '"Business Support Team Leader (Children\'s Social Care)" manages 13 posts, more than 12.']]);
  });

  it('Option A: its money is the comparison the compare view shows', () => {
    const o = col('Option A: hub model');
    const summary = compareStructures(info, sides[0]!, sides[1]!);
    expect([o.posts, o.fteUnits, o.costPence, o.savingPence, o.atRisk, o.vacanciesDeleted]).toEqual([
      55,
      529_100,
      summary.cost.afterPence,
      summary.cost.savingPence,
      summary.people.atRisk,
      summary.people.vacanciesDeleted,
    ]);
    expect(o.byFinancialYear).toEqual(summary.byFinancialYear);
  });

  it('takes comparisons worked out elsewhere (the window has large ones worked out in a worker) and gives the same appraisal', () => {
    const asked: string[] = [];
    const given = optionsAppraisal(info, sides[0]!, sides.slice(1), undefined, (side) => {
      asked.push(side.structure.name);
      return compareStructures(info, sides[0]!, side);
    });
    expect(asked).toEqual(['Current', 'Option A: hub model', 'Option B: hold vacancies', 'Option C: one layer fewer']);
    expect(given).toEqual(a);
    // And it does use them: a comparison that says otherwise shows in the appraisal.
    const other = optionsAppraisal(info, sides[0]!, sides.slice(1), undefined, (side) => ({ ...compareStructures(info, sides[0]!, side), cost: { ...compareStructures(info, sides[0]!, side).cost, savingPence: 1 } }));
    expect(other.options.map((o) => o.savingPence)).toEqual([1, 1, 1, 1]);
  });

  it('File > Check reports each breach as a warning naming the structure', async () => {
    const report = await call(s, 'checkDocument');
    const rules = report.issues.filter((i) => i.code.startsWith('design-rule-'));
    expect(rules).toHaveLength(4 + 4 + 1 + col('Option A: hub model').breaches.length);
    expect(rules.every((i) => i.severity === 'warning')).toBe(true);
    expect(rules.some((i) => i.message.startsWith('Option C: one layer fewer: "Business Support Team Leader'))).toBe(true);
  });

  it('refuses a rule naming a grade the document does not have', async () => {
    await expect(
      call(s, 'updateSettings', { patch: { designRules: { spanMin: null, spanMax: null, maxLayers: null, ratios: [], reportsUp: [{ grade: 'nope', atLeast: null }], maxCostPence: null, maxFte: null } } }),
    ).rejects.toThrow(/grade that is not in the grade table/);
    await expect(call(s, 'updateSettings', { patch: { designRules: { spanMin: 9, spanMax: 3 } as never } })).rejects.toThrow();
  });
});
