// Properties of reading real-world cells and files, over random input: FTE read exactly to the
// ten-thousandth at any size a group may have, funding splits that always add up to 100%, every
// column of a file accounted for, every row placed somewhere it can be found, and suggested
// matches that pair each post at most once and never a post already matched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPosts } from '../../shared/diff/match';
import { suggestMatches } from '../../shared/diff/suggest';
import { unimportedColumns } from '../../shared/import/columns';
import { autoMap } from '../../shared/import/fields';
import { planImport, readAll } from '../../shared/import/plan';
import { parseSplitCell } from '../../shared/import/parts';
import type { Grid } from '../../shared/import/types';
import { parseFte } from '../../shared/import/values';
import { post } from '../helpers/model';

/** e4 as a person would type it: "2,508.3700", "2508.37", "12". */
function typed(e4: number, commas: boolean, trim: boolean): string {
  const whole = Math.floor(e4 / 10_000);
  let frac = String(e4 % 10_000).padStart(4, '0');
  if (trim) frac = frac.replace(/0+$/, '');
  const w = commas ? whole.toLocaleString('en-GB') : String(whole);
  return frac ? `${w}.${frac}` : w;
}

describe('cells read exactly', () => {
  it('reads any FTE up to 1,000,000 to the exact ten-thousandth, with or without thousands commas, and a minus sign as negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.boolean(), fc.boolean(), (e4, commas, trim) => {
        expect(parseFte(typed(e4, commas, trim))).toEqual({ kind: 'fte', e4 });
        expect(parseFte(`-${typed(e4, commas, trim)}`)).toMatchObject({ kind: 'negative', e4 });
      }),
    );
  });

  it('splits funding in one cell into shares that add up to exactly 100%, each within a hundredth of a percent of the cell', () => {
    const names = ['Council', 'Supporting Families', 'Public Health Grant', 'NHS', 'Household Support Fund'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('; ', ' | ', '\n'), (weights, sep) => {
        const total = weights.reduce((a, b) => a + b, 0);
        // Percentages with two decimals, the last taking the rest so the cell adds up to 100.
        const bp = weights.map((w) => Math.floor((w * 10_000) / total));
        bp[bp.length - 1]! += 10_000 - bp.reduce((a, b) => a + b, 0);
        const cell = bp.map((b, i) => `${names[i]} ${(b / 100).toFixed(2)}%`).join(sep);
        const r = parseSplitCell(cell);
        expect(r.kind).toBe('parts');
        const parts = r.kind === 'parts' ? r.parts : [];
        expect(parts.map((p) => p.name)).toEqual(names.slice(0, bp.length));
        expect(parts.reduce((t, p) => t + p.shareBp, 0)).toBe(10_000);
        for (const p of parts) expect(Math.abs(p.shareBp - bp[names.indexOf(p.name)]!)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

const HEADINGS = ['Post ref', 'Job title', 'Grade', 'FTE', 'Salary', 'Manager ref', 'Team', 'Postholder', 'Phone', 'Cost centre', 'Funding', 'Council funding %', '', 'Notes'];

describe('files read whole', () => {
  it('accounts for every column with something in it: imported, or named in the report with how to import it', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(HEADINGS, { minLength: 1 }), fc.func(fc.boolean()), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (headers, drop, empty) => {
        const auto = autoMap(headers, 'generic', 'main');
        const mapping = Object.fromEntries(Object.entries(auto).filter(([k]) => !drop(k)));
        const filled = headers.map((_, i) => (empty[i] ? 0 : 3));
        const report = unimportedColumns({ format: 'generic', role: 'main', fileName: 'f.csv', headers, mapping, filled, headerRow: 1 });
        const used = new Set(Object.values(mapping));
        headers.forEach((h, i) => {
          const lines = report.filter((r) => r.message.startsWith(`Column ${String.fromCharCode(65 + i)} `));
          if (used.has(i)) expect(lines).toEqual([]);
          else if (filled[i] === 0 && h === '') expect(lines).toEqual([]);
          else {
            expect(lines).toHaveLength(1);
            if (filled[i]! > 0) expect(lines[0]!.message).toMatch(/mapping step|--map/);
          }
        });
      }),
    );
  });

  it('places every row: at the top, under its manager, or under "Unplaced" only when its manager is not in the file', () => {
    const row = fc.record({ manager: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), fte: fc.integer({ min: 1, max: 30_000 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const grid: Grid = {
          rows: [['Post ref', 'Job title', 'FTE', 'Manager ref'], ...rows.map((r, i) => [`P${i}`, `Post ${i}`, typed(r.fte * 10, false, true), r.manager === null ? '' : `P${r.manager}`])],
          rowNumbers: rows.map((_, i) => i + 1).concat(rows.length + 1),
        };
        const mapping = autoMap(grid.rows[0]!, 'generic', 'main');
        const plan = planImport('generic', { info: { role: 'main', fileName: 'f.csv', encoding: 'UTF-8', sheet: null, dataRows: rows.length }, mapping, read: readAll(grid, mapping, 'main', 0), notes: [], headers: grid.rows[0]!, headerRow: 1 }, null, { grades: [], fundingSources: [], organisations: [] });
        const real = plan.posts.filter((p) => p.kind !== 'holding');
        expect(real).toHaveLength(rows.length);
        expect(plan.summary.fteE4).toBe(rows.reduce((t, r) => t + r.fte * 10, 0));
        const byKey = new Map(plan.posts.map((p) => [p.key, p]));
        const holding = plan.posts.find((p) => p.kind === 'holding');
        for (const [i, p] of real.entries()) {
          const wanted = rows[i]!.manager;
          // Following managers always ends at the top, without a loop.
          let cur: number | null = p.key;
          for (let steps = 0; cur !== null; steps++) {
            expect(steps).toBeLessThanOrEqual(plan.posts.length);
            cur = byKey.get(cur)!.manager;
          }
          if (holding && p.manager === holding.key) expect(wanted === null || wanted >= rows.length).toBe(true);
          if (wanted !== null && wanted >= rows.length) expect(p.manager).toBe(holding!.key);
        }
        expect(plan.summary.unplaced).toBe(rows.filter((r) => r.manager !== null && r.manager >= rows.length).length);
        expect(plan.summary.tops).toBe(real.filter((p) => p.manager === null).length);
      }),
    );
  });
});

describe('suggested matches', () => {
  it('pair each post at most once, only posts left unmatched, and never one the user rejected', () => {
    const spec = fc.record({ title: fc.constantFrom('Officer', 'Manager', 'Assistant', 'Head of Service'), grade: fc.constantFrom('g1', 'g2', null), manager: fc.nat(5), ref: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 25 }), fc.array(spec, { maxLength: 25 }), fc.nat(), (a, b, seed) => {
        const make = (side: string, list: typeof a) =>
          list.map((s, i) => post({ id: `${side}${i}`, lineageId: `${side}L${i}`, structureId: side, ref: `R${s.ref}`, title: s.title, gradeId: s.grade, managerId: i > 0 ? `${side}${s.manager % i}` : null }));
        const before = make('b', a);
        const after = make('a', b);
        const m = matchPosts(before, after);
        const first = suggestMatches(before, after, m);
        const rejected = new Set(first.filter((_, i) => (i + seed) % 3 === 0).map((x) => `${x.beforeLineageId}|${x.afterLineageId}`));
        const list = suggestMatches(before, after, m, rejected);
        expect(new Set(list.map((x) => x.beforeId)).size).toBe(list.length);
        expect(new Set(list.map((x) => x.afterId)).size).toBe(list.length);
        for (const x of list) {
          expect(m.afterOfBefore[before.findIndex((p) => p.id === x.beforeId)]).toBe(-1);
          expect(m.beforeOfAfter[after.findIndex((p) => p.id === x.afterId)]).toBe(-1);
          expect(rejected.has(`${x.beforeLineageId}|${x.afterLineageId}`)).toBe(false);
          expect(x.confidence).toBeGreaterThan(0);
          expect(x.confidence).toBeLessThanOrEqual(1);
          expect(x.reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
