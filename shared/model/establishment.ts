// Which posts make up the establishment. A holding card ("Unplaced", from an import) gathers
// posts that could not be placed; it is not a post itself, so counts, FTE, costs and the diff
// leave it out.
import type { Post } from './types';

/** Posts of the establishment: holding cards are left out. */
export function establishmentPosts(posts: readonly Post[]): readonly Post[] {
  for (let i = 0; i < posts.length; i++) if (posts[i]!.holding) return posts.filter((p) => !p.holding);
  return posts;
}
