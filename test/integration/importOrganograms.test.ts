// Every published organogram in the shared data imported through the real handlers into a real
// file: post counts, FTE totals and the validation report line by line; the broken DFID tree; and
// two Audit Commission snapshots imported as Current and as a proposal, compared post by post.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../electron/api/session';
import type { ReportItem } from '../../shared/import/types';
import type { Post } from '../../shared/model/types';
import { ORGANOGRAMS, runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function freshDocument(name: string): Promise<{ s: Session; currentId: string }> {
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: path.join(tmp.dir, `${name}.establish`) });
  return { s, currentId: info.structures.find((x) => x.kind === 'current')!.id };
}

async function importInto(s: Session, currentId: string, snapshot: string) {
  const r = await runImport(s, { source: { path: `${ORGANOGRAMS}/${snapshot}-senior.csv` }, target: { kind: 'structure', structureId: currentId } });
  expect(r.status.state).toBe('ready');
  return r;
}

/** The report without the lines about grades being added and columns left out, as [severity, code, role, rows]. */
function lines(report: ReportItem[]): [string, string, string, number[]][] {
  return report.filter((r) => r.code !== 'unknown-grade' && r.code !== 'column-not-imported').map((r) => [r.severity, r.code, r.role, r.rows]);
}

const fte = (posts: Post[]) => posts.filter((p) => !p.holding).reduce((t, p) => t + Math.round(p.fte * 10_000), 0) / 10_000;

describe('importing every published organogram', () => {
  const expected: Record<string, { posts: number; groups: number; fte: number; report: [string, string, string, number[]][]; grades: number }> = {
    'audit_commission-2011-03-31': {
      posts: 191,
      groups: 166,
      fte: 1367.51,
      grades: 24,
      report: [
        ['warning', 'fte-blank', 'main', [25]],
        ['info', 'pay-not-disclosed', 'main', [25]],
      ],
    },
    'audit_commission-2011-09-30': {
      posts: 135,
      groups: 114,
      fte: 1138.16,
      grades: 22,
      report: [
        ['info', 'eliminated', 'main', [2]],
        ['info', 'eliminated', 'main', [12]],
      ],
    },
    'audit_commission-2012-03-31': {
      posts: 131,
      groups: 112,
      fte: 1014.47,
      grades: 19,
      report: [
        ['info', 'eliminated', 'main', [7]],
        ['info', 'eliminated', 'main', [11]],
      ],
    },
    'department_for_international_development-2011-03-31': {
      posts: 348,
      groups: 268,
      fte: 1210.28,
      grades: 12,
      report: [
        ['warning', 'replacement-character', 'main', [3]],
        ['info', 'several-tops', 'main', [10, 30, 67]],
        ['info', 'pay-zero', 'main', [12, 53, 55]],
        ['error', 'self-report', 'main', [30]],
        ['warning', 'replacement-character', 'main', [30]],
      ],
    },
    'department_for_international_development-2011-09-30': {
      posts: 337,
      groups: 259,
      fte: 1191.32,
      grades: 12,
      report: [
        ['info', 'pay-zero', 'main', [35, 64]],
        ['error', 'self-report', 'main', [37]],
        ['info', 'several-tops', 'main', [37, 43, 56]],
      ],
    },
  };

  for (const [snapshot, want] of Object.entries(expected)) {
    it(`${snapshot}: ${want.posts} posts, ${want.fte} FTE, and the report says what was done with every odd row`, async () => {
      const { s, currentId } = await freshDocument(snapshot);
      const { status, result, inspection } = await importInto(s, currentId, snapshot);
      expect(inspection.format).toBe('organogram');
      expect(inspection.junior?.fileName).toBe(`${snapshot}-junior.csv`);
      // Names are personal data: not imported unless the user chooses the column.
      expect(inspection.main.mapping.postholder).toBeUndefined();
      const preview = status.preview!;
      expect(preview.summary.posts).toBe(want.posts);
      expect(preview.summary.groupedPosts).toBe(want.groups);
      expect(preview.summary.fteE4 / 10_000).toBeCloseTo(want.fte, 6);
      expect(lines(preview.report)).toEqual(want.report);
      expect(preview.report.filter((r) => r.code === 'unknown-grade')).toHaveLength(want.grades);
      expect(result!.label).toBe(`Import ${snapshot}-senior.csv into "Current"`);

      const { posts } = await call(s, 'getStructure', { structureId: currentId });
      expect(posts.filter((p) => !p.holding)).toHaveLength(want.posts);
      expect(fte(posts)).toBeCloseTo(want.fte, 6);
      expect(posts.every((p) => p.postholders.length === 0)).toBe(true);
      const info = await call(s, 'getDocument');
      expect(info!.history.undoLabel).toBe(`Import ${snapshot}-senior.csv into "Current"`);
      s.dispose();
    });
  }

  it('places the broken DFID tree: the two "XX" heads and the self-reporting director sit side by side at the top, nothing under "Unplaced"', async () => {
    const { s, currentId } = await freshDocument('dfid-tree');
    const { status } = await importInto(s, currentId, 'department_for_international_development-2011-03-31');
    const message = (code: string) => status.preview!.report.find((r) => r.code === code)!.message;
    expect(message('self-report')).toBe(
      'Row 30: A6 "Director of West & Southern Africa" reports to itself (Reports to Senior Post is its own reference). It was placed at the top of the structure, with the 20 posts below it.',
    );
    expect(message('several-tops')).toMatch(/^3 posts are at the top of the structure and sit side by side on the chart: row 10 A1 "Acting Permanent Secretary" \(\d+ posts below it\); row 30 A6/);
    expect(status.preview!.summary).toMatchObject({ tops: 3, unplaced: 0 });
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    const byRef = new Map(posts.filter((p) => p.ref).map((p) => [p.ref, p]));
    expect(posts.filter((p) => p.holding)).toEqual([]);
    expect(['A1', 'A6', 'A11'].map((r) => byRef.get(r)!.managerId)).toEqual([null, null, null]);
    // A6's own reports stay with it.
    expect(byRef.get('B73')!.managerId).toBe(byRef.get('A6')!.id);
    expect(posts.filter((p) => p.managerId === byRef.get('A6')!.id && p.ref)).toHaveLength(11);
    const report = await call(s, 'checkDocument');
    expect(report.issues.filter((i) => i.code === 'unplaced-posts')).toEqual([]);
    expect(report.issues.filter((i) => i.code === 'cycle' || i.code === 'self-report')).toEqual([]);
    s.dispose();
  });

  it('turns pay bands into grade floors and ceilings, and costs each senior post at its band\'s midpoint', async () => {
    const { s, currentId } = await freshDocument('pay');
    await importInto(s, currentId, 'audit_commission-2011-03-31');
    const info = (await call(s, 'getDocument'))!;
    const grade = (code: string) => info.grades.find((g) => g.code === code)!;
    expect(grade('SCS2').points.map((p) => [p.code, p.salaryPence])).toEqual([
      ['Floor', 9_500_000],
      ['Ceiling', 14_999_900],
    ]);
    expect(grade('Functional Level 1').points.map((p) => p.salaryPence)).toEqual([7_107_200, 10_650_100]);
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    const ce = posts.find((p) => p.ref === '54084')!;
    expect(ce.gradeId).toBe(grade('SCS4').id);
    expect(ce.salaryOverridePence).toBe(17_750_000);
    expect(ce.notes).toContain('Published pay band: £175,000 to £179,999; costed at its midpoint, £177,500.');
    const groups = posts.filter((p) => p.managerId === posts.find((x) => x.ref === '93110')!.id && !p.ref);
    const head = groups.find((p) => p.title === 'Head of Function')!;
    expect(head.fte).toBe(2.69);
    expect(head.gradeId).toBe(grade('Functional Level 1').id);
    expect(head.team).toBe('Audit Policy & Practice');
    s.dispose();
  });
});

describe('two Audit Commission snapshots as before and after', () => {
  it('matches posts by reference and shows the changes a reader of the two files would list', async () => {
    const { s, currentId } = await freshDocument('before-after');
    await importInto(s, currentId, 'audit_commission-2011-03-31');
    const r = await runImport(s, {
      source: { path: `${ORGANOGRAMS}/audit_commission-2011-09-30-senior.csv` },
      target: { kind: 'new-proposal', name: 'September 2011' },
    });
    expect(r.status.preview!.matched).toEqual({ byRef: 21, byGroup: 106, currentPosts: 191 });
    const proposalId = r.result!.structureId;
    const info = (await call(s, 'getDocument'))!;
    expect(info.structures.find((x) => x.id === proposalId)).toMatchObject({ name: 'September 2011', kind: 'proposal', basedOnId: currentId });

    const before = (await call(s, 'getStructure', { structureId: currentId })).posts;
    const after = (await call(s, 'getStructure', { structureId: proposalId })).posts;
    const afterByLineage = new Map(after.map((p) => [p.lineageId, p]));
    const beforeLineages = new Set(before.map((p) => p.lineageId));
    const refOf = (posts: Post[], id: string | null) => posts.find((p) => p.id === id)?.ref ?? null;
    const senior = before.filter((p) => p.ref);

    const deleted = senior.filter((p) => !afterByLineage.has(p.lineageId)).map((p) => p.ref).sort();
    expect(deleted).toEqual(['30093', '32914', '53021', '58442']);
    expect(after.filter((p) => p.ref && !beforeLineages.has(p.lineageId))).toEqual([]);

    const changed = (field: (p: Post, list: Post[]) => unknown) =>
      senior
        .filter((p) => afterByLineage.has(p.lineageId) && field(p, before) !== field(afterByLineage.get(p.lineageId)!, after))
        .map((p) => p.ref)
        .sort();
    expect(changed((p, list) => refOf(list, p.managerId))).toEqual(['42711', '74970', '88837']);
    expect(changed((p) => p.title)).toEqual(['42711', '71273', '74970', '88837']);
    expect(changed((p) => p.fte)).toEqual(['21737', '54294']);
    expect(changed((p) => p.salaryOverridePence)).toEqual(['21737', '54294']);
    const director = afterByLineage.get(senior.find((p) => p.ref === '42711')!.lineageId)!;
    expect(director.title).toBe('Director of Analysis');
    expect(refOf(after, director.managerId)).toBe('71273');

    // Junior staff: groups matched by senior post, grade and title; the rest are new or gone.
    const groupsBefore = before.filter((p) => !p.ref && !p.holding);
    const groupsAfter = after.filter((p) => !p.ref && !p.holding);
    const matchedGroups = groupsAfter.filter((p) => beforeLineages.has(p.lineageId));
    expect(matchedGroups).toHaveLength(106);
    expect(groupsAfter.length - matchedGroups.length).toBe(8);
    expect(groupsBefore.filter((p) => !afterByLineage.has(p.lineageId))).toHaveLength(60);
    const fteChanged = matchedGroups.filter((p) => before.find((b) => b.lineageId === p.lineageId)!.fte !== p.fte);
    expect(fteChanged).toHaveLength(76);
    const seniorManagers = new Map(before.filter((p) => p.ref).map((p) => [p.id, p.ref]));
    const fl2 = groupsBefore.find((p) => seniorManagers.get(p.managerId!) === '93110' && p.title === 'Snr Mgr/Snr Functional Specialist')!;
    expect(fl2.fte).toBe(7.83);
    expect(afterByLineage.get(fl2.lineageId)!.fte).toBe(9.83);
    s.dispose();
  });

  it('is one undo step, and undoing it leaves the document as it was', async () => {
    const { s, currentId } = await freshDocument('undo');
    await importInto(s, currentId, 'audit_commission-2011-03-31');
    const gradesBefore = (await call(s, 'getDocument'))!.grades.length;
    const r = await runImport(s, { source: { path: `${ORGANOGRAMS}/audit_commission-2012-03-31-senior.csv` }, target: { kind: 'structure', structureId: currentId } });
    expect(r.status.preview!.replaces).toBe(191);
    expect((await call(s, 'getStructure', { structureId: currentId })).posts.filter((p) => !p.holding)).toHaveLength(131);
    const undo = await call(s, 'undo');
    expect(undo!.label).toBe('Import audit_commission-2012-03-31-senior.csv into "Current"');
    expect((await call(s, 'getStructure', { structureId: currentId })).posts).toHaveLength(191);
    expect((await call(s, 'getDocument'))!.grades).toHaveLength(gradesBefore);
    s.dispose();
  });
});
