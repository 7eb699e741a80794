// A large proposal reshaped from a big Current structure the way a real restructure does:
// deletions, redesignations, regradings, moves, FTE and funding changes, vacancies and new posts,
// some replacing deleted ones, in a handful of batched edits through the store.
import * as postEdits from '../../electron/store/edits/posts';
import * as refEdits from '../../electron/store/edits/reference';
import * as structureEdits from '../../electron/store/edits/structures';
import type { DocumentStore } from '../../electron/store/document';
import type { Post } from '../../shared/model/types';
import { seededRandom } from './bigStructure';

function depthOf(posts: readonly Post[]): Map<string, number> {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const get = (p: Post): number => {
    const known = depth.get(p.id);
    if (known !== undefined) return known;
    const m = p.managerId ? byId.get(p.managerId) : undefined;
    const d = m ? get(m) + 1 : 0;
    depth.set(p.id, d);
    return d;
  };
  posts.forEach(get);
  return depth;
}

/** Reshapes a copy of Current the way a large restructure does, in a handful of batched edits. */
export function reshape(store: DocumentStore, currentId: string): { proposalId: string; summary: string } {
  const rand = seededRandom(7);
  let proposalId = '';
  store.edit((ctx) => {
    const label = structureEdits.createStructure(ctx, { name: 'Option A', fromStructureId: currentId, implementationDate: '2026-10-01' });
    proposalId = ctx.created[0]!;
    return label;
  });
  const grantId = store.edit((ctx) => refEdits.saveFundingSource(ctx, { name: 'Transformation grant', endDate: '2027-03-31' })) && store.reference().fundingSources.at(-1)!.id;
  const posts = store.structure(proposalId).posts;
  const depth = depthOf(posts);
  const pick = (n: number, ok: (p: Post) => boolean, taken: Set<string>) => {
    const pool = posts.filter((p) => ok(p) && !taken.has(p.id));
    const out: Post[] = [];
    while (out.length < n && pool.length) {
      const p = pool.splice(Math.floor(rand() * pool.length), 1)[0]!;
      out.push(p);
      taken.add(p.id);
    }
    return out;
  };
  const taken = new Set<string>();
  const deep = (p: Post) => (depth.get(p.id) ?? 0) >= 4;
  const deleted = pick(400, deep, taken);
  const redesignated = pick(300, deep, taken);
  const regraded = pick(200, deep, taken);
  const fte = pick(200, deep, taken);
  const funding = pick(200, deep, taken);
  const moved = pick(300, deep, taken);
  const vacancies = pick(100, deep, taken);
  const directors = posts.filter((p) => depth.get(p.id) === 1);
  const grades = store.reference().grades;
  const ids = (list: Post[]) => list.map((p) => p.id);

  store.edit((ctx) => postEdits.deletePosts(ctx, { postIds: ids(deleted), reports: 'reassign' }));
  store.edit((ctx) => postEdits.updatePosts(ctx, { postIds: ids(redesignated), patch: { title: 'Business Partner', duties: 'JD BP-01' } }));
  store.edit((ctx) => postEdits.updatePosts(ctx, { postIds: ids(regraded), patch: { gradeId: grades.find((g) => g.code === 'M1')!.id } }));
  store.edit((ctx) => postEdits.updatePosts(ctx, { postIds: ids(fte), patch: { fte: 0.8 } }));
  store.edit((ctx) => postEdits.updatePosts(ctx, { postIds: ids(funding), patch: { funding: [{ sourceId: grantId, shareBp: 10_000 }] } }));
  store.edit((ctx) => postEdits.updatePosts(ctx, { postIds: ids(vacancies), patch: { vacant: true } }));
  for (let i = 0; i < directors.length && i < 10; i++) {
    const group = ids(moved.slice(i * 30, i * 30 + 30));
    if (group.length) store.edit((ctx) => postEdits.movePosts(ctx, { postIds: group, managerId: directors[i]!.id }));
  }
  // New posts: one in four names a deleted post it replaces.
  for (let i = 0; i < 200; i++) {
    const manager = directors[i % directors.length]!;
    const replaces = i % 4 === 0 ? [deleted[i]!.lineageId] : [];
    store.edit((ctx) => postEdits.addPost(ctx, { structureId: proposalId, managerId: manager.id, post: { title: 'Improvement Officer', replacesLineageIds: replaces } }));
  }
  return { proposalId, summary: '400 deleted, 300 redesignated, 200 regraded, 200 FTE, 200 funding, 300 moved, 100 vacated, 200 new' };
}
