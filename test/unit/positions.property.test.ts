// The diff finds posts by id and by lineage through an index split over several maps. Whatever the
// ids (repeated, empty, one character, alike but for one character), it finds what one Map would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostPositions } from '../../shared/diff/positions';
import type { Post } from '../../shared/model/types';
import { post } from '../helpers/model';

/** Ids that stress the split: short, empty, sharing a stem, and repeated. */
const idArb = fc.oneof(
  fc.string({ maxLength: 2 }),
  fc.uuid(),
  fc.integer({ min: 0, max: 400 }).map((n) => `post-${n}`),
  fc.constantFrom('', 'a', 'P1', 'P01', '1P'),
);

/** Half the lists are of posts each its own lineage, as in the structure others are copied from. */
const listArb = fc.tuple(fc.boolean(), fc.array(fc.record({ id: idArb, lineageId: idArb }), { maxLength: 120 }));

function posts([own, list]: [boolean, { id: string; lineageId: string }[]]): Post[] {
  return list.map(({ id, lineageId }) => post({ id, lineageId: own ? id : lineageId }));
}

describe('positions of posts by id and lineage', () => {
  it('finds each id at its last position and each lineage at its first, and nothing else', () => {
    fc.assert(
      fc.property(listArb, fc.array(idArb, { maxLength: 30 }), (list, others) => {
        const before = posts(list);
        const at = new PostPositions(before, []);
        const lastById = new Map<string, number>();
        const firstByLineage = new Map<string, number>();
        before.forEach((p, i) => {
          lastById.set(p.id, i);
          if (!firstByLineage.has(p.lineageId)) firstByLineage.set(p.lineageId, i);
        });
        for (const id of [...before.map((p) => p.id), ...before.map((p) => p.lineageId), ...others]) {
          expect(at.beforeAt().get(id)).toBe(lastById.get(id));
          expect(at.beforeByLineage().get(id)).toBe(firstByLineage.get(id));
        }
        expect(at.beforeAt().size).toBe(lastById.size);
        expect(at.beforeByLineage().size).toBe(firstByLineage.size);
        expect(at.beforeLineagesUnique()).toBe(firstByLineage.size === before.length);
      }),
      { numRuns: 400 },
    );
  });

  it('finds every one of ten thousand ids made as the app makes them', () => {
    const before = Array.from({ length: 10_000 }, () => post({ id: crypto.randomUUID() }));
    const at = new PostPositions(before, before);
    expect(at.beforeAt().size).toBe(10_000);
    before.forEach((p, i) => expect(at.beforeAt().get(p.id)).toBe(i));
    expect(at.afterAt().get('not an id')).toBeUndefined();
  });
});
