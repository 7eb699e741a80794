// The post types a new post can be copied from: every distinct title and grade in the document's
// loaded structures, with how many posts of each the structure being edited has.
import type { Grade, Id, Post } from '../../../shared/model/types';

export interface PostType {
  key: string;
  title: string;
  gradeCode: string;
  count: number;
  /** A post of this type to copy, or null for a blank post. */
  examplePostId: Id | null;
}

export const BLANK_POST: PostType = { key: 'blank', title: 'Blank post', gradeCode: '', count: 0, examplePostId: null };

/** Drag data type of a palette item. */
export const PALETTE_MIME = 'application/x-establish-post-type';

interface TypeCount {
  title: string;
  gradeId: Id | null;
  count: number;
  examplePostId: Id;
}

const perStructure = new WeakMap<Record<Id, Post>, Map<string, TypeCount>>();

/** The post types of one structure, counted once per version of its posts. */
function typesIn(posts: Record<Id, Post>): Map<string, TypeCount> {
  let types = perStructure.get(posts);
  if (types) return types;
  types = new Map();
  for (const p of Object.values(posts)) {
    const key = `${p.title}\u0001${p.gradeId ?? ''}`;
    const t = types.get(key);
    if (t) t.count++;
    else types.set(key, { title: p.title, gradeId: p.gradeId, count: 1, examplePostId: p.id });
  }
  perStructure.set(posts, types);
  return types;
}

/**
 * Every post type in `structures`, counted in `countIn` (the structure being edited): a post and
 * its copies in other structures are one post, so counting across structures would count it
 * twice. Example posts come from `countIn` where it has the type.
 */
export function postTypes(structures: readonly Record<Id, Post>[], grades: readonly Grade[], countIn: Record<Id, Post> | null = null): PostType[] {
  const code = new Map(grades.map((g) => [g.id, g.code]));
  const byKey = new Map<string, PostType>();
  const here = countIn ? typesIn(countIn) : null;
  for (const posts of countIn ? [countIn, ...structures.filter((p) => p !== countIn)] : structures) {
    for (const [key, t] of typesIn(posts)) {
      const known = byKey.get(key);
      if (known) {
        if (!here) known.count += t.count;
      } else {
        const count = here ? (here.get(key)?.count ?? 0) : t.count;
        byKey.set(key, { key, title: t.title, gradeCode: t.gradeId ? (code.get(t.gradeId) ?? '') : '', count, examplePostId: t.examplePostId });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.title.localeCompare(b.title, 'en-GB') || a.gradeCode.localeCompare(b.gradeCode, 'en-GB'));
}
