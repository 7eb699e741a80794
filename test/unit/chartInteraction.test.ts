// What the chart's gestures mean: arrow keys along the tree, drops onto cards, search, and keeping
// the touched card still on screen through a re-layout.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import { layoutChart } from '../../shared/layout/layoutChart';
import type { Grade, Post } from '../../shared/model/types';
import { viewportKeeping, cardNearestCentre } from '../../renderer/src/chart/core/anchor';
import { planMove, zoneAt } from '../../renderer/src/chart/core/dropPlan';
import { branchBounds, cardAt, moveInTree } from '../../renderer/src/chart/core/navigation';
import { searchPosts } from '../../renderer/src/chart/search';

function post(id: string, managerId: string | null, title: string, sortOrder: number, extra: Partial<Post> = {}): Post {
  return {
    id,
    structureId: 's',
    lineageId: id,
    ref: id.toUpperCase(),
    title,
    gradeId: 'g5',
    payPointId: null,
    salaryOverridePence: null, allInCostPence: null, niCategory: 'standard',
    fte: 1,
    vacant: false,
    organisationId: null,
    team: 'Business Support',
    notes: '',
    duties: '',
    replacesLineageIds: [],
    organisationShares: [],
    isAssistant: false,
    managerId,
    dottedManagerIds: [],
    funding: [],
    postholders: [],
    sortOrder,
    holding: false,
    grouped: false,
    headcount: null,
    ...extra,
  };
}

//        head
//    a          b
//  a1 a2      b1
const list = [
  post('head', null, 'Head of Service', 0),
  post('a', 'head', 'Team Leader A', 1),
  post('b', 'head', 'Team Leader B', 2),
  post('a1', 'a', 'Payments Officer', 3, { postholders: [{ id: 'h1', name: 'Priya Nair', fte: null }] }),
  post('a2', 'a', 'Purchasing Officer', 4),
  post('b1', 'b', 'Data Officer', 5, { team: 'Systems' }),
];
const posts = Object.fromEntries(list.map((p) => [p.id, p]));
const layout = layoutChart(list, { ...DEFAULT_LAYOUT_OPTIONS, stackThreshold: 9 });
const card = (id: string) => layout.cards.find((c) => c.postIds.includes(id))!;

describe('arrow keys along the tree', () => {
  it('go up to the manager, down to the first report, and along the tier across branches', () => {
    expect(moveInTree(layout, 'a1', 'up')!.id).toBe('a');
    expect(moveInTree(layout, 'head', 'down')!.id).toBe('a');
    expect(moveInTree(layout, 'a1', 'right')!.id).toBe('a2');
    expect(moveInTree(layout, 'a2', 'right')!.id).toBe('b1');
    expect(moveInTree(layout, 'b1', 'right')).toBeNull();
    expect(moveInTree(layout, 'a', 'left')).toBeNull();
    expect(moveInTree(layout, 'b1', 'home')!.id).toBe('head');
    expect(moveInTree(layout, 'head', 'up')).toBeNull();
    expect(moveInTree(layout, null, 'down')!.id).toBe('head');
  });

  it('pass over ghost cards of deleted posts, which are not counted as reports either', () => {
    //              head
    //   a      b (deleted)      c
    //   a1     b1 (moved here,  c1 (deleted)
    //          still under b's card)
    const ghosted = layoutChart(
      [
        post('head', null, 'Head of Service', 0),
        post('a', 'head', 'Team Leader A', 1),
        { ...post('b', 'head', 'Team Leader B', 2), ghost: true },
        post('c', 'head', 'Team Leader C', 3),
        post('a1', 'a', 'Payments Officer', 4),
        post('b1', 'b', 'Data Officer', 5),
        { ...post('c1', 'c', 'Clerk', 6), ghost: true },
      ],
      { ...DEFAULT_LAYOUT_OPTIONS, stackThreshold: 9 },
    );
    const ids = (cards: { id: string }[]) => cards.map((c) => c.id);
    expect(ids(ghosted.cards)).toEqual(['head', 'a', 'a1', 'b', 'b1', 'c', 'c1']);
    expect(moveInTree(ghosted, 'a', 'right')!.id).toBe('c');
    expect(moveInTree(ghosted, 'c', 'left')!.id).toBe('a');
    expect(moveInTree(ghosted, 'a1', 'right')!.id).toBe('b1');
    // b1's manager is gone: Up goes past its ghost card to the head.
    expect(moveInTree(ghosted, 'b1', 'up')!.id).toBe('head');
    // c's only report was deleted: there is nothing below it to go down to.
    expect(moveInTree(ghosted, 'c', 'down')).toBeNull();
    expect(moveInTree(ghosted, 'head', 'end')!.id).toBe('c');
    // From a ghost card that was clicked, keys lead off it to live cards.
    expect(moveInTree(ghosted, 'b', 'right')!.id).toBe('c');
    expect(moveInTree(ghosted, 'b', 'left')!.id).toBe('a');
    // The head has three report cards, one a ghost: it has two reports. c has none.
    const at = (id: string) => ghosted.cards.find((x) => x.id === id)!;
    expect([at('head').childCount, at('head').reportCount]).toEqual([3, 2]);
    expect([at('c').childCount, at('c').reportCount]).toEqual([1, 0]);
    expect([at('b').childCount, at('b').reportCount]).toEqual([1, 1]);
  });

  it('zoom to a branch frames the card and everything below it', () => {
    const box = branchBounds(layout, 'a')!;
    for (const id of ['a', 'a1', 'a2']) {
      const c = card(id);
      expect(c.x).toBeGreaterThanOrEqual(box.x);
      expect(c.x + c.width).toBeLessThanOrEqual(box.x + box.width);
    }
    expect(card('b1').x).toBeGreaterThanOrEqual(box.x + box.width);
  });
});

describe('dropping cards onto a card', () => {
  it('the middle makes it the manager; the edges place beside it', () => {
    const c = card('b');
    expect(zoneAt(c, c.x + c.width / 2, true)).toBe('under');
    expect(zoneAt(c, c.x + 5, true)).toBe('before');
    expect(zoneAt(c, c.x + c.width - 5, true)).toBe('after');
    expect(zoneAt(c, c.x + 5, false)).toBe('under');
    expect(cardAt(layout, c.x + 3, c.y + 3)!.id).toBe('b');
    expect(cardAt(layout, c.x + 3, c.y + 3, new Set(['b']))).toBeNull();
  });

  it('under a card: a move to that manager', () => {
    expect(planMove(posts, ['a1'], card('b'), 'under')).toMatchObject({ managerId: 'b', beforeId: null, anchorPostId: 'b', refusal: null, cycle: false });
  });

  it('beside a card: among its manager’s reports, before or after it', () => {
    expect(planMove(posts, ['b1'], card('a1'), 'before')).toMatchObject({ managerId: 'a', beforeId: 'a1', anchorPostId: 'a' });
    expect(planMove(posts, ['b1'], card('a1'), 'after')).toMatchObject({ managerId: 'a', beforeId: 'a2' });
    expect(planMove(posts, ['b1'], card('a2'), 'after')).toMatchObject({ managerId: 'a', beforeId: null });
  });

  it('a move into one’s own branch is marked as a loop, for the document to refuse', () => {
    const plan = planMove(posts, ['a'], card('a1'), 'under')!;
    expect(plan.cycle).toBe(true);
    expect(plan.refusal).toContain('Team Leader A');
  });

  it('a move that changes nothing is no move', () => {
    expect(planMove(posts, ['a1'], card('a'), 'under')).toBeNull();
    expect(planMove(posts, ['a1'], card('a1'), 'under')).toBeNull();
  });

  it('a card standing for several posts cannot become a manager', () => {
    const group = layoutChart(
      [...list, post('x1', 'b', 'Clerk', 6), post('x2', 'b', 'Clerk', 7)],
      DEFAULT_LAYOUT_OPTIONS,
    ).cards.find((c) => c.kind === 'group')!;
    const plan = planMove({ ...posts, x1: post('x1', 'b', 'Clerk', 6), x2: post('x2', 'b', 'Clerk', 7) }, ['a1'], group, 'under')!;
    expect(plan.refusal).toContain('2 posts');
    expect(plan.cycle).toBe(false);
  });
});

describe('search', () => {
  const grades: Grade[] = [{ id: 'g5', code: 'H5', name: 'Grade 5', sortOrder: 0, points: [] }];

  it('finds by title, grade, team, reference or name, every word, and lights the way to the top', () => {
    expect(searchPosts(posts, grades, 'officer').matches).toEqual(['a1', 'a2', 'b1']);
    expect(searchPosts(posts, grades, 'priya').matches).toEqual(['a1']);
    expect(searchPosts(posts, grades, 'systems').matches).toEqual(['b1']);
    expect(searchPosts(posts, grades, 'h5 purchasing').matches).toEqual(['a2']);
    expect(searchPosts(posts, grades, 'A2').matches).toEqual(['a2']);
    const r = searchPosts(posts, grades, 'data');
    expect([...r.pathSet].sort()).toEqual(['b', 'b1', 'head']);
    expect(searchPosts(posts, grades, 'nothing like this').matches).toEqual([]);
  });
});

describe('the touched card stays where the eye is', () => {
  it('shifts the view by exactly as much as the card moved', () => {
    const moved = list.map((p) => (p.id === 'b1' ? { ...p, managerId: 'a', sortOrder: 9 } : p));
    const after = layoutChart(moved, { ...DEFAULT_LAYOUT_OPTIONS, stackThreshold: 9 });
    const v = { x: 100, y: 50, zoom: 0.5 };
    const next = viewportKeeping(layout, after, 'a', Object.fromEntries(moved.map((p) => [p.id, p])), v)!;
    const was = card('a');
    const now = after.cards.find((c) => c.id === 'a')!;
    expect(was.x * v.zoom + v.x).toBeCloseTo(now.x * next.zoom + next.x);
    expect(was.y * v.zoom + v.y).toBeCloseTo(now.y * next.zoom + next.y);
  });

  it('follows a post hidden by folding to the card that now stands for it', () => {
    const folded = layoutChart(list, { ...DEFAULT_LAYOUT_OPTIONS, stackThreshold: 9, collapsed: new Set(['a']) });
    const next = viewportKeeping(layout, folded, 'a1', posts, { x: 0, y: 0, zoom: 1 });
    const was = card('a1');
    const now = folded.cards.find((c) => c.id === 'a')!;
    expect(next).not.toBeNull();
    expect(now.x + next!.x).toBeCloseTo(was.x);
  });

  it('without a touched card, keeps the card nearest the middle of the view', () => {
    const c = card('a2');
    const v = { x: -c.x + 500, y: -c.y + 300, zoom: 1 };
    expect(cardNearestCentre(layout, v, 1000, 600)!.id).toBe('a2');
  });
});
