// Importing how posts are costed beyond their pay: a "niCategory" column ("apprentice under 25",
// "under 21") sets each post's employer National Insurance category, and a "cost" column gives an
// all-in cost per post that no on-costs are added to. Unreadable cells are reported, posts kept.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCostContext, costPost } from '../../shared/costing/postCost';
import { runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

describe('importing NI categories and all-in costs', () => {
  it('reads "niCategory" and "cost", costs apprentices without NI below the upper threshold and all-in posts as given', async () => {
    const rows = [
      ['Post ref', 'Job title', 'Grade', 'FTE', 'Salary', 'Manager ref', 'niCategory', 'cost'],
      ['P1', 'Head of Service', 'SM1', '1', '', '', '', '89,995'],
      ['P2', 'Apprentice', 'A1', '1', '14566', 'P1', 'apprentice under 25', ''],
      ['P3', 'Trainee', 'A1', '1', '14566', 'P1', 'Under 21', ''],
      ['P4', 'Officer', 'G5', '1', '14566', 'P1', '', ''],
      ['P5', 'Clerk', 'G5', '1', '14566', 'P1', 'veteran', 'lots'],
    ];
    const file = path.join(tmp.dir, 'costs.csv');
    fs.writeFileSync(file, rows.map((r) => r.join(',').replace('89,995', '"89,995"')).join('\r\n') + '\r\n');
    const s = testSession(tmp.dir);
    const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'costs.establish') });
    const { inspection, result } = await runImport(s, { source: { path: file }, target: { kind: 'structure', structureId: info.structures[0]!.id } });
    expect(inspection.main.mapping.niCategory).toBe(6);
    expect(inspection.main.mapping.cost).toBe(7);
    const { posts } = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
    const doc = (await call(s, 'getDocument'))!;
    s.dispose();
    const ctx = buildCostContext(doc);
    const byRef = (ref: string) => posts.find((p) => p.ref === ref)!;
    expect(['P1', 'P2', 'P3', 'P4', 'P5'].map((r) => byRef(r).niCategory)).toEqual(['standard', 'apprenticeUnder25', 'under21', 'standard', 'standard']);
    expect(byRef('P1').allInCostPence).toBe(8_999_500);
    expect(costPost(byRef('P1'), ctx)).toMatchObject({ totalPence: 8_999_500, niPence: 0, pensionPence: 0 });
    expect(costPost(byRef('P2'), ctx).niPence).toBe(0);
    expect(costPost(byRef('P3'), ctx).niPence).toBe(0);
    expect(costPost(byRef('P4'), ctx).niPence).toBe(143_490);
    const report = result!.report;
    expect(report.find((r) => r.code === 'unclear-ni-category')!.rows).toEqual([6]);
    expect(report.some((r) => r.rows.includes(6) && r.message.includes('cost per post "lots"'))).toBe(true);
    expect(byRef('P5').allInCostPence).toBeNull();
  });
});
