// The Executive Support Phase 2 savings proposal as current and proposed structures: 11 FTE
// deleted (1 team leader, 5 ESOs, 5 SMSOs), a £553k saving on a £1,957k budget from 1 April 2021,
// and what holding the 4 vacant ESO posts does to the number of people at risk.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStructures, type ChangeSummary } from '../../shared/compare/compare';
import { traceFigure } from '../../shared/compare/trace';
import type { DocumentInfo } from '../../shared/model/types';
import { buildExecutiveSupport } from '../fixtures/executiveSupport';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let doc: DocumentInfo;
let asDrawn: ChangeSummary;
let held: ChangeSummary;

beforeAll(async () => {
  const s = testSession(tmp.dir);
  const file = path.join(tmp.dir, 'Executive Support.establish');
  const built = await buildExecutiveSupport(s, file);
  doc = (await call(s, 'getDocument'))!;
  const current = await call(s, 'getStructure', { structureId: built.currentId });
  asDrawn = compareStructures(doc, current, await call(s, 'getStructure', { structureId: built.asDrawnId }));
  held = compareStructures(doc, current, await call(s, 'getStructure', { structureId: built.vacanciesHeldId }));
  s.dispose();
});

afterAll(() => tmp.cleanup());

const thousands = (pence: number) => Math.round(pence / 100_000);

function deletedByTitle(s: ChangeSummary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of s.diff.changes) if (c.kind === 'deleted') out[c.before!.title] = (out[c.before!.title] ?? 0) + c.before!.fte;
  return out;
}

describe('Executive Support Phase 2', () => {
  it('costs the current service at the £1,957k budget, the three flexible officers at circa £135k', () => {
    expect(asDrawn.after.totals.posts + asDrawn.people.postsDeleted).toBe(38);
    expect(thousands(asDrawn.cost.beforePence)).toBe(1957);
    const flexible = asDrawn.before.lines.filter((l) => l.post.title === 'Executive Support Officer (Flexible)');
    expect(thousands(flexible.reduce((t, l) => t + l.cost.totalPence, 0))).toBe(135);
  });

  it('deletes 11 FTE: 1 Executive Support Team Leader, 5 Executive Support Officers and 5 Senior Management Support Officers', () => {
    for (const s of [asDrawn, held]) {
      expect(s.diff.counts.deleted).toBe(11);
      expect(s.people.fteUnitsDeleted).toBe(11 * 10_000);
      const d = deletedByTitle(s);
      expect(d['Executive Support Team Leader']).toBe(1);
      expect((d['Executive Support Officer'] ?? 0) + (d['Executive Support Officer (Flexible)'] ?? 0)).toBe(5);
      expect(d['Senior Management Support Officer']).toBe(5);
      expect(s.diff.counts.new).toBe(0);
      expect(s.people.fteUnitsBefore - s.people.fteUnitsAfter).toBe(11 * 10_000);
    }
  });

  it('saves £553k in a full year, all of it in 2021/22 from 1 April 2021, either way', () => {
    for (const s of [asDrawn, held]) {
      expect(thousands(s.cost.savingPence)).toBe(553);
      const [y1, y2] = s.byFinancialYear;
      expect(y1!.year.label).toBe('2021/22');
      expect(y1!.savingPence).toBe(s.cost.savingPence);
      expect(y1!.incrementalSavingPence).toBe(s.cost.savingPence);
      expect(y2!.incrementalSavingPence).toBe(0);
    }
    expect(held.cost.savingPence).toBe(asDrawn.cost.savingPence);
  });

  it('holding the 4 vacant ESO posts takes 4 people off the number at risk: 11 becomes 7', () => {
    expect(asDrawn.people.vacanciesDeleted).toBe(0);
    expect(asDrawn.people.atRisk).toBe(11);
    expect(held.people.vacanciesDeleted).toBe(4);
    expect(held.people.atRisk).toBe(7);
    expect(held.people.headcountBefore - held.people.headcountAfter).toBe(7);
    // Below 20 at risk: no collective consultation duty.
    expect(asDrawn.people.consultation).toBeNull();
  });

  it('traces the saving to the eleven deleted posts, adding up to the figure to the penny', () => {
    const t = traceFigure(asDrawn, { scope: 'total', side: 'saving', measure: 'cost' });
    expect(t.total).toBe(asDrawn.cost.savingPence);
    expect(t.lines.filter((l) => l.change.kind === 'deleted')).toHaveLength(11);
    expect(t.lines.every((l) => l.change.kind === 'deleted')).toBe(true);
  });

  it('reports the SMSOs left without their team leader as moved, and the flexible officers kept for directors as moved', () => {
    expect(asDrawn.diff.counts.moved).toBe(11);
    expect(held.diff.counts.moved).toBe(13);
    expect(held.diff.counts.redesignated).toBe(0);
  });
});
