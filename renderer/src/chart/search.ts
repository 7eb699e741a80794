// Finding posts: by title, grade, team, reference or postholder name. Every word typed must match
// somewhere in the post. Matches come in chart order (top down, left to right), and each brings
// its line of managers up to the top, which the chart highlights.
import { childrenMap } from '../../../shared/model/tree';
import type { Grade, Id, Post } from '../../../shared/model/types';
import type { AppState } from '../store/types';
import { postList } from '../store/selectors';

export interface SearchResult {
  query: string;
  /** Matching posts in chart order. */
  matches: Id[];
  matchSet: ReadonlySet<Id>;
  /** Matches and every manager above them. */
  pathSet: ReadonlySet<Id>;
}

function haystack(p: Post, grades: ReadonlyMap<Id, Grade>): string {
  const g = p.gradeId ? grades.get(p.gradeId) : undefined;
  return [p.title, p.ref, p.team, g?.code ?? '', g?.name ?? '', ...p.postholders.map((h) => h.name)].join('\n').toLowerCase();
}

function chartOrder(posts: Post[]): Id[] {
  const kids = childrenMap(posts);
  const out: Id[] = [];
  const seen = new Set<Id>();
  const visit = (start: Id) => {
    const stack = [start];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      const c = kids.get(id) ?? [];
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
    }
  };
  for (const top of kids.get(null) ?? []) visit(top);
  for (const p of posts) if (!seen.has(p.id)) visit(p.id);
  return out;
}

export function searchPosts(posts: Record<Id, Post>, grades: readonly Grade[], query: string): SearchResult {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const gradeById = new Map(grades.map((g) => [g.id, g]));
  const list = postList(posts);
  const matchSet = new Set<Id>();
  if (words.length) for (const p of list) if (words.every((w) => haystack(p, gradeById).includes(w))) matchSet.add(p.id);
  const matches = chartOrder(list).filter((id) => matchSet.has(id));
  const pathSet = new Set<Id>();
  for (const id of matches) {
    let cur: Id | null = id;
    while (cur !== null && !pathSet.has(cur)) {
      pathSet.add(cur);
      cur = posts[cur]?.managerId ?? null;
    }
  }
  return { query, matches, matchSet, pathSet };
}

/** The last search over each structure's posts, kept with those posts (so each window and each side has its own). */
const cached = new WeakMap<Record<Id, Post>, { grades: readonly Grade[]; query: string; result: SearchResult }>();

/** The search over the active structure, or null when nothing is searched for. */
export function selectSearch(s: AppState, structureId: Id): SearchResult | null {
  const query = s.search.query.trim();
  if (!query || s.activeStructureId !== structureId || !s.doc) return null;
  const posts = s.structures[structureId]?.posts;
  if (!posts) return null;
  const last = cached.get(posts);
  if (last && last.grades === s.doc.grades && last.query === query) return last.result;
  const result = searchPosts(posts, s.doc.grades, query);
  cached.set(posts, { grades: s.doc.grades, query, result });
  return result;
}
