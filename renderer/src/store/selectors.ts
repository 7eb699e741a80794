// Derived views of the store, memoised on the structure's version so large structures stay fast.
import { buildCostContext, costPost, type CostContext, type PostCost } from '../../../shared/costing/postCost';
import type { Id, Post, Structure } from '../../../shared/model/types';
import { postGroupKey } from '../../../shared/chart/grouping';
import type { PostMark } from '../../../shared/chart/status';
import type { AppState } from './types';

export function activeStructure(s: AppState): Structure | null {
  return s.doc?.structures.find((x) => x.id === s.activeStructureId) ?? null;
}

const postListCache = new WeakMap<Record<Id, Post>, Post[]>();

/** Posts of a loaded structure in their stored order. */
export function postList(posts: Record<Id, Post> | undefined): Post[] {
  if (!posts) return [];
  let list = postListCache.get(posts);
  if (!list) {
    list = Object.values(posts).sort((a, b) => a.sortOrder - b.sortOrder);
    postListCache.set(posts, list);
  }
  return list;
}

export function activePosts(s: AppState): Record<Id, Post> | undefined {
  return s.activeStructureId ? s.structures[s.activeStructureId]?.posts : undefined;
}

const costContextCache = new WeakMap<object, CostContext>();

export function costContext(s: AppState): CostContext | null {
  if (!s.doc) return null;
  let ctx = costContextCache.get(s.doc.grades);
  // Rates live in settings and organisations too; rebuild when any of them is a new object.
  if (!ctx || ctx.settings !== s.doc.settings || ![...ctx.organisations.values()].every((o, i) => o === s.doc!.organisations[i])) {
    ctx = buildCostContext(s.doc);
    costContextCache.set(s.doc.grades, ctx);
  }
  return ctx;
}

const costCache = new WeakMap<Post, { ctx: CostContext; cost: PostCost }>();
const groupKeyCache = new WeakMap<Post, { ctx: CostContext | null; mark: PostMark | null | undefined; key: string }>();

/** What a post must share with its siblings to be drawn in one group card (postGroupKey), kept with the post. */
export function postGroupKeyOf(post: Post, mark: PostMark | null | undefined, ctx: CostContext | null): string {
  const hit = groupKeyCache.get(post);
  if (hit && hit.ctx === ctx && hit.mark === mark) return hit.key;
  const key = postGroupKey(post, mark, ctx);
  groupKeyCache.set(post, { ctx, mark, key });
  return key;
}

export function postCost(post: Post, ctx: CostContext): PostCost {
  const hit = costCache.get(post);
  if (hit && hit.ctx === ctx) return hit.cost;
  const cost = costPost(post, ctx);
  costCache.set(post, { ctx, cost });
  return cost;
}
