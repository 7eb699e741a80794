// Which posts make up the establishment. A holding card ("Unplaced", from an import) gathers
// posts that could not be placed; it is not a post itself, so counts, FTE, costs and the diff
// leave it out.
import type { Post } from './types';

/** Posts of the establishment: holding cards are left out. */
export function establishmentPosts(posts: readonly Post[]): readonly Post[] {
  return posts.some((p) => p.holding) ? posts.filter((p) => !p.holding) : posts;
}
