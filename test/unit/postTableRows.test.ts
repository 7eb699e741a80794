// The posts table's rows: reporting order, filtering on every word, sorting with blanks last and
// ties in reporting order, the click cycle of a column header, and which rows are drawn.
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../shared/model/types';
import { filterRows, nextSort, rowWindow, sortRows, tableRows } from '../../renderer/src/components/posts/tableRows';
import { post } from '../helpers/model';

const grades = new Map<string, Grade>([
  ['g1', { id: 'g1', code: 'H7' } as Grade],
  ['g2', { id: 'g2', code: 'H10' } as Grade],
]);

// Head (H10) manages Ann (H7, Finance) and Bob (no grade, vacant, Highways); Ann manages Cy (H7, Finance, 0.5 FTE).
const posts = [
  post({ id: 'head', ref: 'A3', title: 'Head of Service', gradeId: 'g2', team: 'Corporate', sortOrder: 0, postholders: [{ id: 'h1', name: 'Rhian Jones', fte: null }] }),
  post({ id: 'ann', ref: 'A10', title: 'Finance Officer', managerId: 'head', team: 'Finance', sortOrder: 1, postholders: [{ id: 'h2', name: 'Ann Lee', fte: null }] }),
  post({ id: 'bob', ref: '', title: 'Highways Officer', gradeId: null, managerId: 'head', team: 'Highways', vacant: true, sortOrder: 2 }),
  post({ id: 'cy', ref: 'A2', title: 'Finance Assistant', managerId: 'ann', team: 'Finance', fte: 0.5, sortOrder: 3, postholders: [{ id: 'h3', name: 'Cy Ode', fte: null }] }),
];
const cost = { head: 60_000_00, ann: 30_000_00, bob: 30_000_00, cy: 15_000_00 } as Record<string, number>;
const rows = tableRows(posts, grades, (p) => cost[p.id]!);
const ids = (list: { post: { id: string } }[]) => list.map((r) => r.post.id);

describe('posts table rows', () => {
  it('are in reporting order, each a level below its manager', () => {
    expect(ids(rows)).toEqual(['head', 'ann', 'cy', 'bob']);
    expect(rows.map((r) => r.level)).toEqual([0, 1, 2, 1]);
    expect(rows.map((r) => r.gradeCode)).toEqual(['H10', 'H7', 'H7', '']);
    expect(rows[3]!.holders).toBe('');
  });

  it('filter on every word, in any column and any case', () => {
    expect(ids(filterRows(rows, 'finance'))).toEqual(['ann', 'cy']);
    expect(ids(filterRows(rows, 'FINANCE  lee'))).toEqual(['ann']);
    expect(ids(filterRows(rows, 'h7 assistant'))).toEqual(['cy']);
    expect(ids(filterRows(rows, 'vacant'))).toEqual(['bob']);
    expect(ids(filterRows(rows, 'a10'))).toEqual(['ann']);
    expect(ids(filterRows(rows, 'finance highways'))).toEqual([]);
    expect(filterRows(rows, '   ')).toBe(rows);
  });

  it('sort on a column; numbers in text sort as numbers; blanks last either way; ties keep reporting order', () => {
    expect(ids(sortRows(rows, { column: 'ref', direction: 'ascending' }))).toEqual(['cy', 'head', 'ann', 'bob']);
    expect(ids(sortRows(rows, { column: 'ref', direction: 'descending' }))).toEqual(['ann', 'head', 'cy', 'bob']);
    expect(ids(sortRows(rows, { column: 'grade', direction: 'ascending' }))).toEqual(['ann', 'cy', 'head', 'bob']);
    expect(ids(sortRows(rows, { column: 'cost', direction: 'ascending' }))).toEqual(['cy', 'ann', 'bob', 'head']);
    expect(ids(sortRows(rows, { column: 'cost', direction: 'descending' }))).toEqual(['head', 'ann', 'bob', 'cy']);
    expect(ids(sortRows(rows, { column: 'fte', direction: 'ascending' }))).toEqual(['cy', 'head', 'ann', 'bob']);
    expect(ids(sortRows(rows, { column: 'title', direction: 'ascending' }))).toEqual(['cy', 'ann', 'head', 'bob']);
    expect(ids(sortRows(rows, { column: 'holders', direction: 'ascending' }))).toEqual(['ann', 'cy', 'head', 'bob']);
    expect(sortRows(rows, null)).toBe(rows);
  });

  it('a header click sorts ascending, then descending, then goes back to reporting order', () => {
    const a = nextSort(null, 'team');
    expect(a).toEqual({ column: 'team', direction: 'ascending' });
    const d = nextSort(a, 'team');
    expect(d).toEqual({ column: 'team', direction: 'descending' });
    expect(nextSort(d, 'team')).toBeNull();
    expect(nextSort(d, 'cost')).toEqual({ column: 'cost', direction: 'ascending' });
  });

  it('draws the rows in view and eight either side', () => {
    // 32 px rows, a 320 px view: rows 0 to 10 are (partly) in view at the top.
    expect(rowWindow(10_000, 0, 320, 32)).toEqual({ start: 0, end: 19 });
    // Scrolled to row 100 (3,200 px): rows 92 to 118.
    expect(rowWindow(10_000, 3_200, 320, 32)).toEqual({ start: 92, end: 119 });
    // At the very bottom the window stops at the last row.
    expect(rowWindow(10_000, 320_000 - 320, 320, 32)).toEqual({ start: 9_982, end: 10_000 });
    expect(rowWindow(0, 0, 320, 32)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(5, 0, 320, 32)).toEqual({ start: 0, end: 5 });
  });
});
