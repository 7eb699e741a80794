// The posts of each loaded structure as the chart lays them out, indexed once per version of the
// posts. A version made from the one before by putting a few posts in place of theirs (a move shown
// ahead, an edit's answer, an undo) is indexed from the one before's index, so a drop or an edit on
// a large structure does not sort and index every post again.
import { indexPosts, reindexPosts, type PostIndex } from '../../../shared/layout/postIndex';
import type { Id, Post } from '../../../shared/model/types';
import { postList } from './selectors';

interface Derivation {
  /** The index of the version this one was made from. */
  prev: PostIndex;
  changed: readonly Post[];
}

const derivations = new WeakMap<Record<Id, Post>, Derivation>();
const indexes = new WeakMap<Record<Id, Post>, PostIndex>();

/**
 * Notes that `next` holds `from`'s posts with `changed` put in place of the posts of the same ids,
 * where `from` has been indexed. Only that index is kept for it (never `from` itself), and only
 * until `next` is indexed, so no chain of old versions is kept alive.
 */
export function derivedPosts(next: Record<Id, Post>, from: Record<Id, Post>, changed: readonly Post[]): void {
  const prev = indexes.get(from);
  if (prev) derivations.set(next, { prev, changed });
}

/** The chart's index of a version of a structure's posts (its `posts` list is the order they are laid out in). */
export function chartIndex(posts: Record<Id, Post>): PostIndex {
  let index = indexes.get(posts);
  if (index) return index;
  const d = derivations.get(posts);
  derivations.delete(posts);
  index = (d && reindexPosts(d.prev, d.changed)) || indexPosts(postList(posts));
  indexes.set(posts, index);
  return index;
}

/**
 * A manager's reports in their stored order (sort order, then id), from the chart's index of the
 * posts where it has been made already; undefined where it has not.
 */
export function indexedReports(posts: Record<Id, Post>, managerId: Id): Post[] | undefined {
  const index = indexes.get(posts);
  const at = index?.at.get(managerId);
  if (!index || at === undefined) return undefined;
  return index.kids[at]!.map((i) => index.posts[i] as Post);
}
