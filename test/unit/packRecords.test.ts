// The compact form a structure's posts take between the host and the window gives back exactly
// the records that went in, for any posts and for records of any JSON shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPackedRecords, packRecords, unpackRecords } from '../../shared/api/packRecords';
import { fromWire, toWire } from '../../shared/api/wire';
import { isPostTable, unpackPosts } from '../../shared/api/unpackPosts';
import { structureArb } from '../helpers/arbitraries';
import { post } from '../helpers/model';

/** What the records look like after a trip as JSON: the form the window would otherwise get. */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;
const trip = (records: Record<string, unknown>[]) => unpackRecords(asJson(packRecords(records)) as ReturnType<typeof packRecords>);

describe('packed records', () => {
  it('give back any structure of posts as they were', () => {
    fc.assert(
      fc.property(structureArb(40), (posts) => {
        expect(trip(posts as unknown as Record<string, unknown>[])).toEqual(asJson(posts));
      }),
      { numRuns: 200 },
    );
  });

  it('read posts back by the quick way', () => {
    fc.assert(
      fc.property(structureArb(40).filter((ps) => ps.length > 0), (posts) => {
        const packed = asJson(packRecords(posts as unknown as Record<string, unknown>[])) as ReturnType<typeof packRecords>;
        expect(isPostTable(packed)).toBe(true);
        expect(unpackPosts(packed)).toEqual(asJson(posts));
      }),
      { numRuns: 200 },
    );
    // Records that are not posts (a field fewer) are read the general way.
    const notPosts = packRecords([{ id: 'a', title: 'x' }]);
    expect(isPostTable(notPosts)).toBe(false);
    expect(unpackPosts(notPosts)).toEqual([{ id: 'a', title: 'x' }]);
  });

  it('give back records of any JSON shape, fields missing, lists of strings, records and mixtures', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'list', 'kids', 'n');
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const value = fc.oneof(leaf, fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.dictionary(key, leaf, { maxKeys: 3 }), { maxLength: 3 }), fc.array(leaf, { maxLength: 3 }), fc.dictionary(key, leaf));
    const records = fc.array(fc.dictionary(key, fc.option(value, { nil: undefined }), { maxKeys: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(records, (rs) => {
        expect(trip(rs)).toEqual(asJson(rs));
      }),
      { numRuns: 500 },
    );
  });

  it('keep each string once and send far fewer bytes than the records', () => {
    const posts = Array.from({ length: 500 }, (_, i) => post({ id: `post-${i}`, managerId: i ? `post-${Math.floor(i / 5)}` : null, title: i % 2 ? 'Social Worker' : 'Team Manager' }));
    const packed = packRecords(posts as unknown as Record<string, unknown>[]);
    expect(packed.strings.filter((s) => s === 'Social Worker')).toHaveLength(1);
    // A manager's id is sent once, however many report to it, and though the top post has none.
    const json = JSON.stringify(packed);
    expect(json.split('"post-7"').length - 1).toBe(1);
    // A field every post has the same (its structure, a flag) is sent once, not once per post.
    expect(json.length).toBeLessThan(JSON.stringify(posts).length / 8);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(posts).length / 2);
  });

  it('are used on the wire for a structure only, and read back there', () => {
    const posts = [post({ id: 'p1', title: 'Head of Service' }), post({ id: 'p2', managerId: 'p1', title: 'Team Manager' })];
    const value = { structure: { id: 's1', name: 'Current' }, posts };
    const sent = toWire('getStructure', { ok: true, value });
    expect(sent.ok && isPackedRecords((sent.value as { posts: unknown }).posts)).toBe(true);
    expect(fromWire('getStructure', asJson(sent.ok ? sent.value : null))).toEqual(asJson(value));
    expect(toWire('getDocument', { ok: true, value })).toEqual({ ok: true, value });
    const failed = { ok: false as const, error: { code: 'not-found' as const, message: 'Gone.' } };
    expect(toWire('getStructure', failed)).toBe(failed);
  });
});
