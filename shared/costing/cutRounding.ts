// Rounding the shares of every shared post at once, so that each cut (by funding source, by cost
// share between organisations) is fair over the whole structure, not post by post. Each post's
// parts still add up to the post, and each row of the cut is its exact total rounded by the
// largest-remainder method: within a penny of its exact share, the rows adding up to the total.
// A part is its exact share rounded down or up; which parts take the odd pennies is found as a
// flow from posts to rows (a transportation problem whose rounded solution always exists).
import { apportionCut, SHARE_DEN } from './apportion';

export interface SharedTotal {
  /** Whole pence (or FTE units) of the post, not negative. */
  total: number;
  /** The rows the post is split between, with its share of each in basis points (adding up to 10000). */
  shares: readonly { key: string; bp: number }[];
}

/** Each post's parts, in the order of its shares. */
export function roundOverCut(posts: readonly SharedTotal[]): number[][] {
  const parts: number[][] = [];
  const rems: number[][] = [];
  const exact = new Map<string, number>();
  const floors = new Map<string, number>();
  const need: number[] = [];
  for (const p of posts) {
    const q: number[] = [];
    const r: number[] = [];
    let sum = 0;
    for (const s of p.shares) {
      const n = p.total * s.bp;
      const f = Math.floor(n / SHARE_DEN);
      q.push(f);
      r.push(n - f * SHARE_DEN);
      sum += f;
      exact.set(s.key, (exact.get(s.key) ?? 0) + n);
      floors.set(s.key, (floors.get(s.key) ?? 0) + f);
    }
    parts.push(q);
    rems.push(r);
    need.push(p.total - sum);
  }
  const target = apportionCut(exact);
  // Pennies each row can still take.
  const room = new Map<string, number>();
  for (const [k, t] of target) room.set(k, t - floors.get(k)!);
  const up = posts.map((p) => p.shares.map(() => false));
  const holders = new Map<string, Set<number>>();
  const order = rems.map((r) => r.map((_, j) => j).sort((a, b) => r[b]! - r[a]! || a - b));

  const give = (i: number, j: number) => {
    up[i]![j] = true;
    const k = posts[i]!.shares[j]!.key;
    let h = holders.get(k);
    if (!h) holders.set(k, (h = new Set()));
    h.add(i);
  };
  const take = (i: number, j: number) => {
    up[i]![j] = false;
    holders.get(posts[i]!.shares[j]!.key)!.delete(i);
  };
  // Finds a row for one more penny of post i, moving other posts' pennies along if need be.
  const place = (i: number, seenKeys: Set<string>, seenPosts: Set<number>): boolean => {
    seenPosts.add(i);
    const shares = posts[i]!.shares;
    for (const j of order[i]!) {
      if (up[i]![j] || rems[i]![j] === 0) continue;
      const k = shares[j]!.key;
      if (seenKeys.has(k)) continue;
      seenKeys.add(k);
      if (room.get(k)! > 0) {
        room.set(k, room.get(k)! - 1);
        give(i, j);
        return true;
      }
      for (const other of [...(holders.get(k) ?? [])]) {
        if (seenPosts.has(other)) continue;
        const oj = posts[other]!.shares.findIndex((s) => s.key === k);
        if (place(other, seenKeys, seenPosts)) {
          take(other, oj);
          give(i, j);
          return true;
        }
      }
    }
    return false;
  };
  for (let i = 0; i < posts.length; i++) {
    for (let n = 0; n < need[i]!; n++) {
      if (place(i, new Set(), new Set())) continue;
      // Not reached when the shares add up to 10000; kept so a post always adds up.
      const j = order[i]!.find((x) => !up[i]![x]) ?? 0;
      give(i, j);
    }
  }
  for (let i = 0; i < posts.length; i++) for (let j = 0; j < up[i]!.length; j++) if (up[i]![j]) parts[i]![j]! += 1;
  return parts;
}
