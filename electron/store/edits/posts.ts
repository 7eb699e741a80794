// Edits to posts: add, change, delete and move. The rules are in shared/edits; this reads what they
// need, writes what they decide, and returns the label the undo step shows.
import { ApiError } from '../../../shared/api/errors';
import type { NewPostInput, PostPatch } from '../../../shared/api/schemas';
import { addLabel, editLabel, newPost, patchPosts } from '../../../shared/edits/posts';
import { checkAllFound, checkPostInStructure, checkStructureExists, type PostLookup } from '../../../shared/edits/references';
import { checkNoLoop, checkOneStructure, deleteLabel, moveLabel, placeMoved, planDelete } from '../../../shared/edits/reportingLines';
import type { Checked, Refusal } from '../../../shared/edits/refusal';
import type { Id, Post } from '../../../shared/model/types';
import type { EditContext } from '../document';
import { insertPost, newId, removePost, rewritePost } from '../postRows';

function enforce(refusal: Refusal | null): void {
  if (refusal) throw new ApiError(refusal.code, refusal.message, refusal.details);
}

function valueOf<T>(c: Checked<T>): T {
  if (!c.ok) throw new ApiError(c.refusal.code, c.refusal.message, c.refusal.details);
  return c.value;
}

function loadPosts(ctx: EditContext, ids: readonly Id[]): Post[] {
  const posts = ctx.posts([...new Set(ids)]);
  enforce(checkAllFound(ids, posts));
  return posts;
}

function postInStructure(ctx: EditContext, id: Id, structureId: Id, role: string): Post {
  const [p] = ctx.posts([id]);
  enforce(checkPostInStructure(p, id, structureId, role));
  return p!;
}

function lookup(ctx: EditContext): PostLookup {
  return {
    post: (id) => ctx.posts([id])[0],
    lineage: (lineageId) => ctx.lineagePosts(lineageId),
  };
}

export function addPost(ctx: EditContext, args: { structureId: Id; managerId: Id | null; post: NewPostInput; copyOfPostId?: Id | undefined }): string {
  enforce(checkStructureExists(ctx.ref, args.structureId));
  const manager = args.managerId === null ? undefined : postInStructure(ctx, args.managerId, args.structureId, 'manager');
  const template = args.copyOfPostId ? loadPosts(ctx, [args.copyOfPostId])[0]! : null;
  const id = newId();
  const sortOrder = ctx.nextSortOrder(args.structureId, args.managerId);
  const post = valueOf(newPost({ ref: ctx.ref, look: lookup(ctx), id, structureId: args.structureId, managerId: args.managerId, manager, template, sortOrder }, args.post));
  insertPost(ctx.rec, post);
  ctx.created.push(id);
  return addLabel(post);
}

/** Quick successive changes of one field of the same posts (stepping an FTE, retyping a title) are one undo step. */
function sameFieldKey(posts: readonly Post[], patch: PostPatch): string | null {
  const fields = Object.keys(patch).filter((k) => patch[k as keyof PostPatch] !== undefined);
  return fields.length === 1 ? `update:${fields[0]}:${posts.map((p) => p.id).sort().join(',')}` : null;
}

export function updatePosts(ctx: EditContext, args: { postIds: Id[]; patch: PostPatch }): string {
  const posts = loadPosts(ctx, args.postIds);
  for (const { before, after } of valueOf(patchPosts(ctx.ref, lookup(ctx), posts, args.patch))) rewritePost(ctx.rec, before, after);
  ctx.mergeKey = sameFieldKey(posts, args.patch);
  return editLabel(posts);
}

export function deletePosts(ctx: EditContext, args: { postIds: Id[]; reports: 'reassign' | 'delete-branch' }): string {
  const posts = loadPosts(ctx, args.postIds);
  enforce(checkOneStructure(posts, 'deleted'));
  const plan = valueOf(planDelete(ctx.structureLinks(posts[0]!.structureId), posts, args.reports));
  for (const m of plan.moved) ctx.rec.update('posts', m.id, { manager_id: m.managerId, sort_order: m.sortOrder });
  for (const id of plan.removed) removePost(ctx.rec, id);
  return deleteLabel(posts, plan.removed.length);
}

export function movePosts(ctx: EditContext, args: { postIds: Id[]; managerId: Id | null; beforeId?: Id | null | undefined }): string {
  // Posts read by id come back in the database's order; moved posts go in the order they were given.
  const given = new Map(args.postIds.map((id, i) => [id, i] as const));
  const posts = loadPosts(ctx, args.postIds).sort((a, b) => given.get(a.id)! - given.get(b.id)!);
  enforce(checkOneStructure(posts, 'moved'));
  const structureId = posts[0]!.structureId;
  const manager = args.managerId === null ? null : postInStructure(ctx, args.managerId, structureId, 'new manager');
  // Only the new manager's line of managers is read, so a move costs the same in a structure of ten posts or ten thousand.
  enforce(checkNoLoop(posts, manager, manager ? ctx.managerChain(manager.id) : []));
  for (const p of placeMoved(ctx.reportLinks(structureId, args.managerId), posts, args.managerId, args.beforeId))
    ctx.rec.update('posts', p.id, p.moved ? { sort_order: p.sortOrder, manager_id: p.managerId } : { sort_order: p.sortOrder });
  return moveLabel(posts, manager);
}
