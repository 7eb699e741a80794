// The shape of a structure's tree: how many posts sit at the top side by side, and how many an
// import could not place (those under an "Unplaced" holding card).
import type { Post } from './types';

export interface StructureShape {
  /** Posts with no manager (a holding card is not a post). */
  tops: number;
  /** Posts directly under a holding card. */
  unplaced: number;
}

export function structureShape(posts: readonly Pick<Post, 'id' | 'managerId' | 'holding'>[]): StructureShape {
  const holding = new Set(posts.filter((p) => p.holding).map((p) => p.id));
  let tops = 0;
  let unplaced = 0;
  for (const p of posts) {
    if (p.holding) continue;
    if (p.managerId === null) tops++;
    else if (holding.has(p.managerId)) unplaced++;
  }
  return { tops, unplaced };
}
