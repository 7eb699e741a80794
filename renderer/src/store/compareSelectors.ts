// The comparison the compare views show, worked out once per change of either structure or of
// the document's rates, and shared by every component that reads it. Small structures are
// compared in place; large ones in a worker, while the views say the changes are being worked out
// (never showing the figures of an earlier version as current).
import { compareStructures, type ChangeSummary } from '../../../shared/compare/compare';
import type { Id, Structure } from '../../../shared/model/types';
import { compareWorker } from './compareWorker';
import { costContext, postList } from './selectors';
import type { AppState } from './types';

export interface Comparison {
  summary: ChangeSummary;
  from: Structure;
  to: Structure;
}

/**
 * Posts in both structures together from which a comparison is worked out in the worker. Compared
 * in place, 1,500 and 1,500 posts take 15 to 35 ms and 5,000 and 5,000 take 25 to 80 ms on a busy
 * two-core machine (10,000 and 9,800, 120 ms and more): below this, comparing in place holds the
 * window up less than sending the posts to the worker would delay the figures.
 */
export const WORKER_THRESHOLD = 3000;

/**
 * Comparisons kept per document: the one in Compare, those of the charts beside it, and one for
 * each structure of the options appraisal (each against Current, Current against itself too).
 */
const kept = (doc: { structures: readonly unknown[] }) => Math.max(4, doc.structures.length + 3);

interface Entry {
  key: readonly unknown[];
  /** Null while the worker works it out. */
  value: Comparison | null;
}

/** The last comparisons of each open document (each window's store has its own document object), most recent last. */
const cache = new WeakMap<object, Entry[]>();

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function remember(doc: { structures: readonly unknown[] }, entry: Entry): void {
  const list = cache.get(doc) ?? [];
  list.push(entry);
  while (list.length > kept(doc)) list.shift();
  cache.set(doc, list);
}

function forget(doc: object, entry: Entry): void {
  const list = cache.get(doc);
  const i = list ? list.indexOf(entry) : -1;
  if (i >= 0) list!.splice(i, 1);
}

/**
 * The comparison of two structures: the comparison, 'working' while the worker works it out,
 * or null while either structure is loading.
 */
export function comparisonOf(s: AppState, fromId: Id | null, toId: Id | null): Comparison | 'working' | null {
  const doc = s.doc;
  if (!doc || !fromId || !toId) return null;
  const from = doc.structures.find((x) => x.id === fromId);
  const to = doc.structures.find((x) => x.id === toId);
  const fromPosts = s.structures[fromId]?.posts;
  const toPosts = s.structures[toId]?.posts;
  if (!from || !to || !fromPosts || !toPosts) return null;
  const ctx = costContext(s)!;
  const key = [from, to, fromPosts, toPosts, ctx, doc.fundingSources, doc.organisations, doc.grades, doc.settings, doc.matchDecisions];
  const hit = cache.get(doc)?.find((e) => same(e.key, key));
  if (hit) return hit.value ?? 'working';
  const before = postList(fromPosts);
  const after = postList(toPosts);
  const worker = before.length + after.length >= WORKER_THRESHOLD ? compareWorker(s.api) : null;
  /** Works the comparison out on the window's own thread, marked in its timeline as such. */
  const inPlace = () => {
    const start = performance.now();
    const summary = compareStructures(doc, { structure: from, posts: before }, { structure: to, posts: after }, { costContext: ctx });
    performance.measure('establish:compare:in-place', { start, end: performance.now() });
    return summary;
  };
  if (!worker) {
    const summary = inPlace();
    const value = { summary, from, to };
    remember(doc, { key, value });
    return value;
  }
  const entry: Entry = { key, value: null };
  remember(doc, entry);
  const done = s.comparisonDone;
  worker.compare({ reference: doc, from, to, fromPosts: before, toPosts: after, costContext: ctx }).then(
    (outcome) => {
      if ('superseded' in outcome) forget(doc, entry);
      else entry.value = { summary: outcome.summary, from, to };
      done();
    },
    (err: unknown) => {
      // The worker failed: work it out here instead, as for small structures.
      console.warn('Comparing in the worker failed; comparing here instead.', err);
      entry.value = { summary: inPlace(), from, to };
      done();
    },
  );
  return 'working';
}

/** The comparison of the two chosen structures, or null while either is loading or it is being worked out. */
export function comparison(s: AppState): Comparison | null {
  const c = comparisonOf(s, s.compare.fromId, s.compare.toId);
  return c === 'working' ? null : c;
}

/** Whether the comparison of the two chosen structures is being worked out in the worker. */
export function comparisonWorking(s: AppState): boolean {
  return comparisonOf(s, s.compare.fromId, s.compare.toId) === 'working';
}
