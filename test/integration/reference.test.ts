// Settings and reference data: rates, organisations, funding sources, grades and pay awards.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCostContext, costPost } from '../../shared/costing/postCost';
import { NJC_SPINE_2024_25, NJC_SPINE_2025_26 } from '../../shared/pay/njc';
import type { Session } from '../../electron/api/session';
import { dispatch } from '../../electron/api/handlers';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let s: Session;
beforeAll(async () => {
  s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: path.join(tmp.dir, 'ref.establish'), sample: true });
});
afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

describe('pay awards', () => {
  it('turns the 2024/25 NJC spine into the published 2025/26 one with a 3.2% award rounded to pounds', async () => {
    const spine = Object.entries(NJC_SPINE_2024_25).map(([scp, pounds]) => ({ code: `SCP ${scp}`, salaryPence: pounds * 100 }));
    await call(s, 'saveGrade', { code: 'Spine', name: 'NJC spine 2024/25', points: spine });
    const r = await call(s, 'applyPayAward', { upliftBp: 320, rounding: 'pound', payYear: '2025/26' });
    const grade = r.changes.document!.grades.find((g) => g.code === 'Spine')!;
    for (const p of grade.points) {
      expect(p.salaryPence).toBe(NJC_SPINE_2025_26[Number(p.code.slice(4))]! * 100);
    }
    expect(r.changes.document!.settings.payYear).toBe('2025/26');
    // One award is one step to undo.
    const back = await call(s, 'undo');
    expect(back!.changes.document!.grades.find((g) => g.code === 'Spine')!.points[0]!.salaryPence).toBe(2_365_600);
  });
});

describe('rates are document data', () => {
  it('costs change when an organisation\'s pension rate changes', async () => {
    const info = (await call(s, 'getDocument'))!;
    const current = info.structures[0]!;
    const head = (await call(s, 'getStructure', { structureId: current.id })).posts.find((p) => p.ref === 'BS1001')!;
    const before = costPost(head, buildCostContext(info));
    const org = info.organisations[0]!;
    const r = await call(s, 'saveOrganisation', { id: org.id, name: org.name, pensionRateBp: 2500 });
    const after = costPost(head, buildCostContext(r.changes.document!));
    expect(after.pensionPence).toBeGreaterThan(before.pensionPence);
    expect(after.pensionPence).toBe(Math.round(head.fte * before.salaryPence * 0.25));
    await call(s, 'undo');
  });

  it('refuses to delete what posts still use, naming how many', async () => {
    const info = (await call(s, 'getDocument'))!;
    // Every post of every structure counts: the sample's 60 current posts and its proposal's 55.
    let posts = 0;
    for (const st of info.structures) posts += (await call(s, 'getStructure', { structureId: st.id })).posts.length;
    expect(posts).toBe(115);
    const env = await dispatch(s, 'deleteOrganisation', { id: info.organisations[0]!.id });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toMatch(/used by 115 posts/);
    const grade = info.grades.find((g) => g.code === 'H3')!;
    const g = await dispatch(s, 'deleteGrade', { id: grade.id });
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.error.code).toBe('conflict');
    const point = await dispatch(s, 'saveGrade', { id: grade.id, code: grade.code, name: '', points: [] });
    expect(point.ok).toBe(false);
    if (!point.ok) expect(point.error.message).toMatch(/is used by/);
  });

  it('adds a funding source with an end date and makes it the default', async () => {
    const r = await call(s, 'saveFundingSource', { name: 'Household Support Fund', endDate: '2026-03-31' });
    const id = r.createdIds[0]!;
    const d = await call(s, 'updateSettings', { patch: { defaultFundingSourceId: id } });
    expect(d.changes.document!.settings.defaultFundingSourceId).toBe(id);
    expect(d.changes.document!.fundingSources.find((f) => f.id === id)!.endDate).toBe('2026-03-31');
    expect(fs.existsSync(path.join(tmp.dir, 'ref.establish'))).toBe(true);
  });
});
