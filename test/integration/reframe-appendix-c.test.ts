// REFRAME's Appendix C, built as a document and costed by the app, gives every figure of the
// printed schedule to the pound: each row, each area's count, the total and the split between
// council, Opportunity Area and Supporting Families funding. Totals come from unrounded pence, so
// three Business Partners at "68,371" total 205,112, not 205,113.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffingSchedule, type StaffingSchedule } from '../../shared/costing/schedule';
import { compareStructures, type ChangeSummary } from '../../shared/compare/compare';
import { formatPoundsPlain } from '../../shared/model/money';
import type { DocumentInfo } from '../../shared/model/types';
import { AREAS, buildReframe, REFRAME_PROPOSAL, type ReframeDocument } from '../fixtures/reframe';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

/** Appendix C as printed: post, grade, "Salary p.a.", posts per area (CSC, EEY, ASC, Systems), total, cost, council, OA, SF. */
const PRINTED: [string, string, string, (number | null)[], number, string, string | null, string | null, string | null][] = [
  ['Head of Service', 'SM1', '89,995', [1, null, null, null], 1, '89,995', '89,995', null, null],
  ['Business Partner', 'SM3', '68,371', [1, 1, 1, null], 3, '205,112', '205,112', null, null],
  ['Business System Analyst', 'G8', '53,438', [null, null, null, 2], 2, '106,876', '106,876', null, null],
  ['Technical Data Analyst', 'G8', '53,438', [null, null, null, 2], 2, '106,876', '53,438', null, '53,438'],
  ['Senior Intelligence and Data Analyst', 'G8', '53,438', [3, 2, 2, null], 7, '374,065', '267,189', '53,438', '53,438'],
  ['Intelligence and Data Analyst', 'G6', '41,738', [1, null, 1, null], 2, '83,477', '41,738', '41,738', null],
  ['Data Coordinator', 'G3', '28,580', [null, 1, null, null], 1, '28,580', '28,580', null, null],
  ['Apprentice', '21 yo', '19,973', [1, null, 1, 2], 4, '79,890', '79,890', null, null],
];
const PRINTED_TOTAL = { areas: [7, 4, 5, 6], posts: 22, cost: '1,074,870', council: '872,818', oa: '95,176', sf: '106,876' };

const tmp = makeTempDir();
const file = path.join(tmp.dir, 'REFRAME.establish');
let built: ReframeDocument;
let doc: DocumentInfo;
let summary: ChangeSummary;
let schedule: StaffingSchedule;

beforeAll(async () => {
  const s = testSession(tmp.dir);
  built = await buildReframe(s, file);
  s.dispose();
  // Everything below is read back from the file, as the app would on opening it.
  const r = testSession(tmp.dir);
  doc = await call(r, 'openDocument', { path: file });
  const current = await call(r, 'getStructure', { structureId: built.currentId });
  const proposal = await call(r, 'getStructure', { structureId: built.proposalId });
  r.dispose();
  summary = compareStructures(doc, current, proposal);
  schedule = staffingSchedule(summary.after, doc.fundingSources.map((f) => f.id));
});

afterAll(() => tmp.cleanup());

const pounds = (pence: number | undefined) => (pence === undefined ? null : formatPoundsPlain(pence));

describe("REFRAME Appendix C (Staffing Costs Schedule)", () => {
  it('has the schedule’s 22 posts in its eight lines, in order', () => {
    expect(summary.to.name).toBe(REFRAME_PROPOSAL);
    expect(summary.after.totals.posts).toBe(22);
    expect(schedule.rows.map((r) => r.title).sort()).toEqual(PRINTED.map((p) => p[0]).sort());
    // Senior posts first, as printed.
    expect(schedule.rows.map((r) => r.title).slice(0, 2)).toEqual(['Head of Service', 'Business Partner']);
    expect(schedule.rows.map((r) => r.title).slice(-3)).toEqual(['Intelligence and Data Analyst', 'Data Coordinator', 'Apprentice']);
    expect(schedule.teams).toEqual([AREAS.csc, AREAS.eey, AREAS.asc, AREAS.sys]);
  });

  it('reproduces every line to the pound: cost per post, posts per area, total and funding', () => {
    const gradeCode = new Map(doc.grades.map((g) => [g.id, g.code]));
    const { council, oa, sf } = built.sources;
    PRINTED.forEach(([title, grade, each, areas, total, cost, c, o, f]) => {
      const row = schedule.rows.find((r) => r.title === title)!;
      expect(gradeCode.get(row.gradeId!)).toBe(grade);
      expect(formatPoundsPlain(row.unitCostPence!)).toBe(each);
      expect(schedule.teams.map((t) => row.postsByTeam.get(t) ?? null)).toEqual(areas);
      expect(row.posts).toBe(total);
      expect(formatPoundsPlain(row.costPence)).toBe(cost);
      expect([pounds(row.costBySource.get(council)), pounds(row.costBySource.get(oa)), pounds(row.costBySource.get(sf))]).toEqual([c, o, f]);
    });
  });

  it('totals from unrounded pence: 3 × "68,371" is 205,112, and the rows’ printed figures add to 1,074,871 while the total is 1,074,870', () => {
    const bp = schedule.rows.find((r) => r.title === 'Business Partner')!;
    expect(bp.unitCostPence).toBe(6_837_061);
    expect(bp.costPence).toBe(3 * 6_837_061);
    expect(3 * 68_371).toBe(205_113);
    const sumOfPrinted = PRINTED.reduce((s, p) => s + Number(p[5].replace(/,/g, '')), 0);
    expect(sumOfPrinted).toBe(1_074_871);
    expect(formatPoundsPlain(schedule.totals.costPence)).toBe(PRINTED_TOTAL.cost);
  });

  it('reproduces the totals row: posts per area, full cost and the split between council, Opportunity Area and Supporting Families funding', () => {
    const { council, oa, sf } = built.sources;
    const t = schedule.totals;
    expect(schedule.teams.map((team) => t.postsByTeam.get(team))).toEqual(PRINTED_TOTAL.areas);
    expect(t.posts).toBe(PRINTED_TOTAL.posts);
    expect(formatPoundsPlain(t.costPence)).toBe(PRINTED_TOTAL.cost);
    expect(pounds(t.costBySource.get(council))).toBe(PRINTED_TOTAL.council);
    expect(pounds(t.costBySource.get(oa))).toBe(PRINTED_TOTAL.oa);
    expect(pounds(t.costBySource.get(sf))).toBe(PRINTED_TOTAL.sf);
    // The funding columns add up to the total in pence, not just after rounding.
    expect([...t.costBySource.values()].reduce((s, v) => s + v, 0)).toBe(t.costPence);
  });

  it('gives the same figures in the compare summary: full cost, cost by funding source and by area', () => {
    expect(summary.cost.afterPence).toBe(schedule.totals.costPence);
    expect(summary.cost.beforePence).toBe(0);
    expect(summary.diff.counts.new).toBe(22);
    const bySource = Object.fromEntries(summary.breakdowns.source.map((r) => [r.label, formatPoundsPlain(r.after.costPence)]));
    expect(bySource).toEqual({ 'Council funded': '872,818', 'Opportunity Area grant': '95,176', 'Supporting Families grant': '106,876' });
    const byTeam = Object.fromEntries(summary.breakdowns.team.map((r) => [r.label, r.after.posts]));
    expect(byTeam).toEqual({ [AREAS.asc]: 5, [AREAS.csc]: 7, [AREAS.eey]: 4, [AREAS.sys]: 6 });
    // "The full cost of the proposal is £1,075k ... 2 through the Opportunity Area grant at a cost of £95k,
    // 2 through Supporting Families grant at a cost of £107k ... mainstream funding requirement to £873k."
    const k = (pence: number) => Math.round(pence / 100_000);
    expect(k(summary.cost.afterPence)).toBe(1075);
    expect(summary.breakdowns.source.map((r) => [r.after.posts, k(r.after.costPence)])).toEqual([
      [18, 873],
      [2, 95],
      [2, 107],
    ]);
  });

  it('costs each post from its pay point with employer NI per person above the threshold and the employer’s pension rate', () => {
    const bp = summary.after.lines.find((l) => l.post.title === 'Business Partner')!;
    // £53,988 salary; NI 13.8% of (£53,988 − £8,840); pension 15.1% of £53,988.
    expect(bp.cost.salaryPence).toBe(5_398_800);
    expect(bp.cost.niPence).toBe(Math.round((5_398_800 - 884_000) * 0.138));
    expect(bp.cost.pensionPence).toBe(Math.round(5_398_800 * 0.151));
    expect(bp.cost.totalPence).toBe(6_837_061);
  });
});
