// The post types a new post can be copied from: every distinct title and grade in the document's
// loaded structures, with how many posts there are of each.
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

export function postTypes(structures: readonly Record<Id, Post>[], grades: readonly Grade[]): PostType[] {
  const code = new Map(grades.map((g) => [g.id, g.code]));
  const byKey = new Map<string, PostType>();
  for (const posts of structures) {
    for (const p of Object.values(posts)) {
      const key = `${p.title}\u0001${p.gradeId ?? ''}`;
      const t = byKey.get(key);
      if (t) t.count++;
      else byKey.set(key, { key, title: p.title, gradeCode: p.gradeId ? (code.get(p.gradeId) ?? '') : '', count: 1, examplePostId: p.id });
    }
  }
  return [...byKey.values()].sort((a, b) => a.title.localeCompare(b.title, 'en-GB') || a.gradeCode.localeCompare(b.gradeCode, 'en-GB'));
}
