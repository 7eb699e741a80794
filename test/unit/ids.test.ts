// New ids: UUIDs of version 7 that sort in the order they were made, each different.
import { describe, expect, it } from 'vitest';
import { newId } from '../../electron/store/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('new ids', () => {
  it('are version 7 UUIDs carrying the time they were made, each after the one before, none twice', () => {
    const before = Date.now();
    // More than the 4,096 one millisecond can number, so some borrow the next millisecond.
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(UUID_V7);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const ms = (id: string) => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms(ids[0]!)).toBeGreaterThanOrEqual(before);
    // A millisecond holds at most 4,096 ids: the count after the version digit runs 000 to fff.
    const perMs = new Map<number, number>();
    for (const id of ids) perMs.set(ms(id), (perMs.get(ms(id)) ?? 0) + 1);
    expect(Math.max(...perMs.values())).toBeLessThanOrEqual(4_096);
  });

  it('differ in their random part from one id to the next', () => {
    const tails = new Set(Array.from({ length: 5_000 }, () => newId().slice(19)));
    expect(tails.size).toBe(5_000);
  });
});
