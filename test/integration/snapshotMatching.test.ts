// Two snapshots of the same organisation imported separately (no lineage between them) and then
// compared: grouped junior posts pair by senior post and grade, so their changes show as FTE
// changes; a copy whose post references were renumbered gets suggested matches, with reasons and
// a confidence, which the user accepts or rejects and which the file keeps.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../electron/api/session';
import { runCli } from '../../electron/cli/main';
import { compareStructures } from '../../shared/compare/compare';
import type { Post } from '../../shared/model/types';
import { ORGANOGRAMS } from '../helpers/importer';
import { renumbered, twoImports } from '../helpers/snapshots';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function compare(s: Session, fromId: string, toId: string) {
  const info = (await call(s, 'getDocument'))!;
  return compareStructures(info, await call(s, 'getStructure', { structureId: fromId }), await call(s, 'getStructure', { structureId: toId }));
}

describe('snapshots imported separately', () => {
  it('pairs grouped junior posts by senior post and grade, so two Audit Commission snapshots show FTE changes rather than deletions', async () => {
    const { s, currentId, otherId } = await twoImports(tmp.dir, 'groups', `${ORGANOGRAMS}/audit_commission-2011-03-31-senior.csv`, `${ORGANOGRAMS}/audit_commission-2011-09-30-senior.csv`);
    const summary = await compare(s, currentId, otherId);
    const changes = summary.diff.changes;
    const groups = changes.filter((c) => (c.before ?? c.after)!.grouped);
    const by = (how: string) => groups.filter((c) => c.matchedBy === how);
    // 166 groups before, 114 after: 107 later groups find an earlier one under the same senior post and grade.
    expect(by('group')).toHaveLength(107);
    expect(groups.filter((c) => c.kind === 'new')).toHaveLength(7);
    expect(groups.filter((c) => c.kind === 'deleted')).toHaveLength(59);
    expect(by('group').filter((c) => c.kind === 'fte-changed').length).toBeGreaterThan(50);
    // The senior manager's policy group, 7.83 FTE, is 9.83 FTE six months later.
    const fl2 = by('group').find((c) => c.before!.title === 'Snr Mgr/Snr Functional Specialist' && c.before!.fte === 7.83)!;
    expect(fl2).toMatchObject({ kind: 'fte-changed', after: expect.objectContaining({ fte: 9.83 }) });
    // Senior posts still pair by reference; only four were deleted.
    expect(changes.filter((c) => c.before?.ref && c.kind === 'deleted').map((c) => c.before!.ref).sort()).toEqual(['30093', '32914', '53021', '58442']);
    // People at risk come only from the posts that went or were redesignated, not from every group: 376 of 1,395.
    expect(summary.diff.counts).toMatchObject({ fteChanged: 78, deleted: 63, new: 7 });
    expect([summary.people.atRisk, summary.people.headcountBefore]).toEqual([376, 1395]);
    expect(summary.people.atRiskPosts.every((r) => r.change.kind === 'deleted' || r.change.kind === 'redesignated')).toBe(true);
    s.dispose();
  });

  it('suggests nothing wrong above 0.9 between a snapshot and the next one renumbered, where posts really went and were retitled', async () => {
    const copy = renumbered(tmp.dir, 'audit_commission-2011-09-30');
    const original = new Map([...copy.map].map(([k, v]) => [v, k]));
    const { s, currentId, otherId } = await twoImports(tmp.dir, 'renumbered-next', `${ORGANOGRAMS}/audit_commission-2011-03-31-senior.csv`, copy.senior);
    const summary = await compare(s, currentId, otherId);
    const senior = summary.diff.suggestedMatches!.filter((m) => m.from.ref);
    // 21 senior posts are in both files (four retitled, three moved); the four that went must not be matched with certainty.
    const wrong = senior.filter((m) => original.get(m.to.ref) !== m.from.ref);
    expect(wrong.every((m) => m.confidence < 0.9)).toBe(true);
    expect(senior.filter((m) => m.confidence >= 0.9 && original.get(m.to.ref) === m.from.ref).length).toBeGreaterThanOrEqual(12);
    s.dispose();
  });

  for (const snapshot of ['audit_commission-2011-03-31', 'department_for_international_development-2011-03-31']) {
    it(`suggests matches for a renumbered copy of ${snapshot}: at least 80% of its posts, none wrong above 0.9, accepted and kept in the file`, async () => {
      const copy = renumbered(tmp.dir, snapshot);
      const { s, file, currentId, otherId } = await twoImports(tmp.dir, `renumbered-${snapshot}`, `${ORGANOGRAMS}/${snapshot}-senior.csv`, copy.senior);
      const before = (await call(s, 'getStructure', { structureId: currentId })).posts;
      const after = (await call(s, 'getStructure', { structureId: otherId })).posts;
      const summary = await compare(s, currentId, otherId);
      const suggestions = summary.diff.suggestedMatches!;
      const byId = new Map<string, Post>([...before, ...after].map((p) => [p.id, p]));
      const refOfManager = (p: Post) => (p.managerId ? (byId.get(p.managerId)?.ref ?? '') : '');
      const right = (bId: string, aId: string) => {
        const b = byId.get(bId)!;
        const a = byId.get(aId)!;
        if (b.ref) return copy.map.get(b.ref) === a.ref;
        return b.title === a.title && b.gradeId === a.gradeId && b.fte === a.fte && copy.map.get(refOfManager(b)) === refOfManager(a);
      };
      const posts = before.filter((p) => !p.holding).length;
      const sure = suggestions.filter((m) => m.confidence >= 0.9);
      expect(suggestions.length / posts).toBeGreaterThanOrEqual(0.8);
      expect(sure.filter((m) => !right(m.beforeId, m.afterId))).toEqual([]);
      expect(sure.length / posts).toBeGreaterThanOrEqual(0.5);
      const ceo = suggestions.find((m) => m.from.ref === before.find((p) => p.managerId === null && p.ref)!.ref)!;
      expect(ceo.reasons).toEqual(expect.arrayContaining(['same title', 'same grade']));

      // Through the command line: listed in --json, then accepted above 0.9 and kept in the file.
      s.dispose();
      const out: string[] = [];
      const run = async (args: string[]) => {
        out.length = 0;
        const code = await runCli(args, { out: (t) => out.push(t), err: (t) => out.push(t) }, tmp.dir);
        return { code, text: out.join('\n') };
      };
      const listed = JSON.parse((await run(['diff', file, '--to', 'Later', '--json'])).text) as { suggestedMatches: { from: { ref: string; title: string }; to: object; confidence: number; reasons: string[] }[]; counts: { deleted: number } };
      expect(listed.suggestedMatches).toHaveLength(suggestions.length);
      expect(Object.keys(listed.suggestedMatches[0]!).sort()).toEqual(['confidence', 'from', 'reasons', 'to']);
      const accepted = await run(['diff', file, '--to', 'Later', '--accept-suggested', '0.9']);
      expect(accepted.code).toBe(0);
      expect(accepted.text).toContain(`Accepted ${sure.length} suggested matches with a confidence of at least 0.9; they are kept in ${path.basename(file)}.`);
      const again = JSON.parse((await run(['diff', file, '--to', 'Later', '--json'])).text) as { counts: { deleted: number }; changes: { matchedBy: string }[] };
      expect(again.changes.filter((c) => c.matchedBy === 'decision').length).toBe(sure.length);
      expect(again.counts.deleted).toBeLessThan(listed.counts.deleted);
      const bad = await run(['diff', file, '--to', 'Later', '--accept-suggested', 'high']);
      expect(bad.code).not.toBe(0);
      expect(bad.text).toContain('--accept-suggested takes a confidence from 0 to 1, such as 0.9; "high" is not one.');
    });
  }
});
