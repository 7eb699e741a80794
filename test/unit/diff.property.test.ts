// Properties of the diff and costing engines over random structures and random edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../shared/costing/dimensions';
import { headcountOf } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import { compareStructures, type ChangeSummary } from '../../shared/compare/compare';
import { traceFigure, type Measure } from '../../shared/compare/trace';
import { costedDiff } from '../../shared/compare/compare';
import { fteUnits } from '../../shared/model/fte';
import type { Post } from '../../shared/model/types';
import { applyEdits, editArb, structureArb } from '../helpers/arbitraries';
import { copyOf, reference, structure } from '../helpers/model';

const { ctx, ...ref } = reference();
const DATES = fc.constantFrom(null, '2025-04-01', '2025-10-01', '2026-01-17', '2026-03-31');

function compare(before: readonly Post[], after: readonly Post[], date: string | null = null): ChangeSummary {
  return compareStructures(ref, { structure: structure('before', { kind: 'current' }), posts: before }, { structure: structure('after', { implementationDate: date }), posts: after }, { costContext: ctx });
}

describe('diff properties', () => {
  it('the diff of a structure with itself, or with its copy, is empty', () => {
    fc.assert(
      fc.property(structureArb(), (posts) => {
        for (const other of [posts, copyOf(posts, 'after')]) {
          const d = costedDiff({ structure: { id: 'a' }, posts }, { structure: { id: 'b' }, posts: other }, ctx);
          expect(d.counts.unchanged).toBe(posts.length);
          expect(d.changes.every((c) => c.kind === 'unchanged' && c.fields.length === 0 && c.costChangePence === 0)).toBe(true);
          expect(d.replacementGroups).toEqual([]);
        }
      }),
    );
  });

  it('puts every post of either side in exactly one class', () => {
    fc.assert(
      fc.property(structureArb(), fc.array(editArb, { maxLength: 25 }), (before, edits) => {
        const after = applyEdits(before, edits);
        const d = costedDiff({ structure: { id: 'a' }, posts: before }, { structure: { id: 'b' }, posts: after }, ctx);
        const beforeIds = d.changes.flatMap((c) => (c.before ? [c.before.id] : []));
        const afterIds = d.changes.flatMap((c) => (c.after ? [c.after.id] : []));
        expect(beforeIds.sort()).toEqual(before.map((p) => p.id).sort());
        expect(afterIds.sort()).toEqual(after.map((p) => p.id).sort());
        for (const c of d.changes) {
          expect(c.before === null).toBe(c.kind === 'new');
          expect(c.after === null).toBe(c.kind === 'deleted');
          expect(c.regraded).toBe(c.kind === 'redesignated' && c.fields.includes('grade'));
        }
        const n = d.counts;
        expect(n.unchanged + n.moved + n.redesignated + n.fteChanged + n.deleted + n.new).toBe(d.changes.length);
        // Lineage keeps a post itself through every edit but deletion.
        const kept = new Set(after.map((p) => p.lineageId));
        expect(n.deleted).toBe(before.filter((p) => !kept.has(p.lineageId)).length);
        expect(n.new).toBe(after.filter((p) => !before.some((b) => b.lineageId === p.lineageId)).length);
      }),
    );
  });

  it('every total equals the sum of its lines, however it is cut and traced', () => {
    const measures: Measure[] = ['cost', 'fte', 'posts', 'headcount'];
    fc.assert(
      fc.property(structureArb(20), fc.array(editArb, { maxLength: 15 }), DATES, (before, edits, date) => {
        const s = compare(before, applyEdits(before, edits), date);
        const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
        expect(s.cost.beforePence).toBe(sum(s.before.lines.map((l) => l.cost.totalPence)));
        expect(s.cost.afterPence).toBe(sum(s.after.lines.map((l) => l.cost.totalPence)));
        expect(s.cost.savingPence).toBe(sum(s.diff.changes.map((c) => c.costBeforePence - c.costAfterPence)));
        for (const side of [s.before, s.after]) {
          for (const l of side.lines) {
            expect(l.cost.totalPence).toBe(l.cost.salaryPence + l.cost.niPence + l.cost.pensionPence + l.cost.levyPence);
            expect(sum(l.funding.map((f) => f.pence))).toBe(l.cost.totalPence);
            expect(sum(l.organisations.map((f) => f.pence))).toBe(l.cost.totalPence);
            expect(sum(l.funding.map((f) => f.fteUnits))).toBe(l.fteUnits);
          }
        }
        for (const d of DIMENSIONS) {
          const rows = s.breakdowns[d];
          expect(sum(rows.map((r) => r.before.costPence))).toBe(s.cost.beforePence);
          expect(sum(rows.map((r) => r.after.costPence))).toBe(s.cost.afterPence);
          expect(sum(rows.map((r) => r.after.fteUnits))).toBe(s.after.totals.fteUnits);
          for (const r of rows) {
            for (const side of ['before', 'after'] as const) {
              expect(traceFigure(s, { scope: 'row', dimension: d, key: r.key, side, measure: 'cost' }).total).toBe(r[side].costPence);
              expect(traceFigure(s, { scope: 'row', dimension: d, key: r.key, side, measure: 'posts' }).total).toBe(r[side].posts);
            }
            expect(traceFigure(s, { scope: 'row', dimension: d, key: r.key, side: 'saving', measure: 'cost' }).total).toBe(r.savingPence);
          }
        }
        for (const m of measures) {
          const b = traceFigure(s, { scope: 'total', side: 'before', measure: m }).total;
          const a = traceFigure(s, { scope: 'total', side: 'after', measure: m }).total;
          expect(traceFigure(s, { scope: 'total', side: 'saving', measure: m }).total).toBe(b - a);
        }
        expect(traceFigure(s, { scope: 'total', side: 'after', measure: 'fte' }).total).toBe(s.people.fteUnitsAfter);
        expect(traceFigure(s, { scope: 'total', side: 'before', measure: 'headcount' }).total).toBe(s.people.headcountBefore);
        for (const y of s.byFinancialYear) {
          expect(traceFigure(s, { scope: 'year', startYear: y.year.startYear, side: 'saving' }).total).toBe(y.savingPence);
          expect(traceFigure(s, { scope: 'year', startYear: y.year.startYear, side: 'after' }).total).toBe(y.afterPence);
          expect(y.beforePence - y.afterPence).toBe(y.savingPence);
        }
        expect(sum(s.byFinancialYear.map((y) => y.incrementalSavingPence))).toBe(s.byFinancialYear.length ? s.byFinancialYear.at(-1)!.savingPence : 0);
        const p = s.people;
        // Each side's posts, FTE, headcount and vacancies, post by post through the changes.
        const befores = s.diff.changes.flatMap((c) => (c.before ? [c.before] : []));
        const afters = s.diff.changes.flatMap((c) => (c.after ? [c.after] : []));
        expect([p.postsBefore, p.postsAfter]).toEqual([befores.length, afters.length]);
        expect(p.fteUnitsBefore).toBe(sum(befores.map((b) => fteUnits(b.fte))));
        expect(p.fteUnitsAfter).toBe(sum(afters.map((a) => fteUnits(a.fte))));
        expect(p.headcountBefore).toBe(sum(befores.map(headcountOf)));
        expect(p.headcountAfter - sum(Object.values(p.slotInPeople))).toBe(sum(afters.map(headcountOf)));
        expect(p.vacanciesBefore).toBe(befores.filter((b) => b.vacant).length);
        expect(p.vacanciesAfter).toBeLessThanOrEqual(afters.filter((a) => a.vacant).length);
        expect(p.postsBefore - p.postsDeleted).toBe(p.postsAfter - p.postsNew);
        expect(p.atRisk).toBe(p.affected - p.slotIns);
        expect(sum(p.atRiskPosts.map((r) => r.people))).toBe(p.affected);
      }),
      { numRuns: 60 },
    );
  });

  it('costing a structure after a no-op edit gives the same pence', () => {
    fc.assert(
      fc.property(structureArb(), fc.nat(), (posts, seed) => {
        const first = costStructure(posts, ctx);
        // Re-created objects, fields set to the values they had, in another order.
        const copy = copyOf(posts, 'same').map((p, i) => (i === seed % posts.length ? { ...p, title: `${p.title}`, fte: Number(String(p.fte)), funding: [...p.funding] } : p));
        const shuffled = copy.map((p, i) => ({ p, k: (i * 7919 + seed) % copy.length })).sort((x, y) => x.k - y.k).map((x) => x.p);
        const again = costStructure(shuffled, ctx);
        expect(again.totals).toEqual(first.totals);
        const byLineage = new Map(again.lines.map((l) => [l.post.lineageId, l.cost.totalPence]));
        for (const l of first.lines) expect(byLineage.get(l.post.lineageId)).toBe(l.cost.totalPence);
      }),
    );
  });
});
