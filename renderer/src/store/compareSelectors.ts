// The comparison the compare views show, worked out once per change of either structure or of
// the document's rates, and shared by every component that reads it.
import { compareStructures, type ChangeSummary } from '../../../shared/compare/compare';
import type { Structure } from '../../../shared/model/types';
import { costContext, postList } from './selectors';
import type { AppState } from './types';

export interface Comparison {
  summary: ChangeSummary;
  from: Structure;
  to: Structure;
}

/** The last comparison of each open document (each window's store has its own document object). */
const cache = new WeakMap<object, { key: readonly unknown[]; value: Comparison }>();

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The comparison of the two chosen structures, or null while either is loading. */
export function comparison(s: AppState): Comparison | null {
  const doc = s.doc;
  const { fromId, toId } = s.compare;
  if (!doc || !fromId || !toId) return null;
  const from = doc.structures.find((x) => x.id === fromId);
  const to = doc.structures.find((x) => x.id === toId);
  const fromPosts = s.structures[fromId]?.posts;
  const toPosts = s.structures[toId]?.posts;
  if (!from || !to || !fromPosts || !toPosts) return null;
  const ctx = costContext(s)!;
  const key = [from, to, fromPosts, toPosts, ctx, doc.fundingSources, doc.organisations, doc.grades, doc.settings, doc.matchDecisions];
  const last = cache.get(doc);
  if (last && same(last.key, key)) return last.value;
  const summary = compareStructures(doc, { structure: from, posts: postList(fromPosts) }, { structure: to, posts: postList(toPosts) }, { costContext: ctx });
  const value = { summary, from, to };
  cache.set(doc, { key, value });
  return value;
}
