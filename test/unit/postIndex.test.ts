// A structure's posts indexed for its chart, and indexed again from that index when a few posts
// change (a move, a renumbering of siblings, an edit): the index made from the last one lays out
// exactly as a fresh index of the new posts, on random structures with loops, self-managed posts,
// missing managers and ties in sort order, under random changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import { layoutChart } from '../../shared/layout/layoutChart';
import { indexPosts, reindexPosts } from '../../shared/layout/postIndex';
import type { LayoutOptions, LayoutPost, PostIndex } from '../../shared/layout/types';

const options = (index?: PostIndex): LayoutOptions => ({
  ...DEFAULT_LAYOUT_OPTIONS,
  collapsed: new Set(),
  expandedGroups: new Set(),
  groupIdentical: true,
  wrapWidth: 900,
  ...(index ? { index } : {}),
});

/** Each manager's reports and the top posts, by id, in the index's order. */
function byId(index: PostIndex): { roots: string[]; kids: Record<string, string[]> } {
  const id = (i: number) => index.posts[i]!.id;
  const kids: Record<string, string[]> = {};
  index.kids.forEach((l, i) => {
    if (l.length) kids[id(i)] = l.map(id);
  });
  return { roots: index.roots.map(id), kids };
}

const structure = fc
  .array(fc.record({ manager: fc.nat(), order: fc.integer({ min: 0, max: 4 }), title: fc.constantFrom('A', 'B', 'C'), odd: fc.nat({ max: 20 }) }), { minLength: 1, maxLength: 40 })
  .map((rows) =>
    rows.map((r, i): LayoutPost => {
      // Mostly a tree; now and then a loop, a post managing itself or a manager not in the structure.
      const managerId = i === 0 ? null : r.odd === 0 ? `p${i}` : r.odd === 1 ? 'gone' : r.odd === 2 ? `p${r.manager % rows.length}` : `p${r.manager % i}`;
      return { id: `p${i}`, managerId, sortOrder: r.order, title: r.title, gradeId: 'G', isAssistant: r.odd === 3, dottedManagerIds: [] };
    }),
  );
const change = fc.record({ post: fc.nat(), manager: fc.nat(), order: fc.integer({ min: 0, max: 4 }), kind: fc.constantFrom('move', 'order', 'title', 'top', 'self') });

describe("the chart's index of a structure's posts", () => {
  it('made again from the last one after a few posts change, lays out as a fresh index', () => {
    fc.assert(
      fc.property(structure, fc.array(change, { minLength: 1, maxLength: 6 }), (posts, changes) => {
        const prev = indexPosts(posts);
        const now = [...posts];
        const changed: LayoutPost[] = [];
        for (const c of changes) {
          const at = c.post % now.length;
          const p = now[at]!;
          const next =
            c.kind === 'move'
              ? { ...p, managerId: `p${c.manager % now.length}`, sortOrder: c.order }
              : c.kind === 'order'
                ? { ...p, sortOrder: c.order }
                : c.kind === 'title'
                  ? { ...p, title: `${p.title}!` }
                  : c.kind === 'top'
                    ? { ...p, managerId: null }
                    : { ...p, managerId: p.id };
          now[at] = next;
          changed.push(next);
        }
        const again = reindexPosts(prev, changed)!;
        expect(again).not.toBeNull();
        // The last index is left as it was: it still serves the posts before the change.
        expect(byId(prev)).toEqual(byId(indexPosts(posts)));
        expect(byId(again)).toEqual(byId(indexPosts(now)));
        const fresh = layoutChart(now, options());
        const reused = layoutChart(again.posts, options(again));
        expect([reused.cards, reused.edges]).toEqual([fresh.cards, fresh.edges]);
      }),
      { numRuns: 400 },
    );
  });

  it('is not made from the last one when a changed post is not among its posts', () => {
    const posts: LayoutPost[] = [{ id: 'a', managerId: null, sortOrder: 0, title: 'A', gradeId: null, isAssistant: false, dottedManagerIds: [] }];
    expect(reindexPosts(indexPosts(posts), [{ ...posts[0]!, id: 'b' }])).toBeNull();
  });
});
