// Edits to posts: add, change, delete and move. Each returns the label its undo step shows.
import { ApiError } from '../../../shared/api/errors';
import { SINGLE_MAX_FTE, type NewPostInput, type PostPatch } from '../../../shared/api/schemas';
import { childrenMap, descendants, managerMap } from '../../../shared/model/tree';
import type { Id, Post } from '../../../shared/model/types';
import type { EditContext } from '../document';
import { insertPost, newId, removePost, rewritePost, type PostInput } from '../postRows';

function quote(title: string): string {
  return `"${title.length > 60 ? title.slice(0, 57) + '...' : title}"`;
}

function structureExists(ctx: EditContext, structureId: Id): void {
  if (!ctx.ref.structures.some((s) => s.id === structureId))
    throw new ApiError('not-found', 'That structure is no longer in the document.', { structureId });
}

function loadPosts(ctx: EditContext, ids: readonly Id[]): Post[] {
  const unique = [...new Set(ids)];
  const posts = ctx.posts(unique);
  if (posts.length !== unique.length) {
    const found = new Set(posts.map((p) => p.id));
    throw new ApiError('not-found', 'Some of those posts are no longer in the document.', {
      missing: unique.filter((id) => !found.has(id)).slice(0, 20),
    });
  }
  return posts;
}

function postInStructure(ctx: EditContext, id: Id, structureId: Id, role: string): Post {
  const [p] = ctx.posts([id]);
  if (!p) throw new ApiError('not-found', `The ${role} is no longer in the document.`, { postId: id });
  if (p.structureId !== structureId) throw new ApiError('invalid-argument', `The ${role} is in a different structure.`, { postId: id });
  return p;
}

/**
 * A post may replace posts that exist elsewhere in the document (normally the structure it was
 * copied from) but not posts still in its own structure, other than its own earlier self.
 */
function assertReplaceable(ctx: EditContext, lineageIds: readonly Id[], structureId: Id, selfId: Id | null): void {
  for (const lineageId of lineageIds) {
    const anywhere = ctx.sql.get('SELECT id, title, structure_id FROM posts WHERE lineage_id = ?').all(lineageId) as { id: string; title: string; structure_id: string }[];
    if (anywhere.length === 0)
      throw new ApiError('invalid-argument', 'A post it is meant to replace is no longer in the document.', { lineageId });
    const here = anywhere.find((p) => p.structure_id === structureId);
    if (here && here.id !== selfId)
      throw new ApiError(
        'invalid-argument',
        `${quote(here.title)} is still in this structure, so nothing can replace it. Delete it from this structure first.`,
        { lineageId, postId: here.id },
      );
  }
}

/** Checks that everything a post's fields refer to exists, before any SQL runs. */
function assertReferences(ctx: EditContext, fields: Partial<Omit<Post, 'postholders'>>, structureId: Id, selfId: Id | null = null): void {
  const { ref } = ctx;
  if (fields.gradeId != null && !ref.grades.some((g) => g.id === fields.gradeId))
    throw new ApiError('invalid-argument', 'That grade is not in the grade table.', { gradeId: fields.gradeId });
  if (fields.payPointId != null) {
    const grade = ref.grades.find((g) => g.points.some((p) => p.id === fields.payPointId));
    if (!grade) throw new ApiError('invalid-argument', 'That pay point is not in the grade table.', { payPointId: fields.payPointId });
  }
  if (fields.organisationId != null && !ref.organisations.some((o) => o.id === fields.organisationId))
    throw new ApiError('invalid-argument', 'That employing organisation is not in the document.', { organisationId: fields.organisationId });
  for (const f of fields.funding ?? [])
    if (!ref.fundingSources.some((s) => s.id === f.sourceId))
      throw new ApiError('invalid-argument', 'That funding source is not in the document.', { sourceId: f.sourceId });
  for (const o of fields.organisationShares ?? [])
    if (!ref.organisations.some((x) => x.id === o.organisationId))
      throw new ApiError('invalid-argument', 'An organisation sharing the cost is not in the document.', { organisationId: o.organisationId });
  for (const d of fields.dottedManagerIds ?? []) postInStructure(ctx, d, structureId, 'dotted-line manager');
  if (fields.replacesLineageIds) assertReplaceable(ctx, fields.replacesLineageIds, structureId, selfId);
}

function nextSortOrder(ctx: EditContext, structureId: Id, managerId: Id | null): number {
  const row = (
    managerId === null
      ? ctx.sql.get('SELECT MAX(sort_order) AS m FROM posts WHERE structure_id = ? AND manager_id IS NULL').get(structureId)
      : ctx.sql.get('SELECT MAX(sort_order) AS m FROM posts WHERE manager_id = ?').get(managerId)
  ) as { m: number | null };
  return (row.m ?? -1) + 1;
}

/** Keeps a post's pay point inside its grade when the grade changes. */
function fitPayPoint(ctx: EditContext, gradeId: Id | null, payPointId: Id | null): Id | null {
  if (payPointId === null || gradeId === null) return gradeId === null ? null : payPointId;
  const grade = ctx.ref.grades.find((g) => g.id === gradeId);
  return grade?.points.some((p) => p.id === payPointId) ? payPointId : null;
}

export function addPost(ctx: EditContext, args: { structureId: Id; managerId: Id | null; post: NewPostInput; copyOfPostId?: Id | undefined }): string {
  structureExists(ctx, args.structureId);
  const manager = args.managerId === null ? null : postInStructure(ctx, args.managerId, args.structureId, 'manager');
  const template = args.copyOfPostId ? loadPosts(ctx, [args.copyOfPostId])[0]! : null;
  const { settings } = ctx.ref;
  const id = newId();
  const base: PostInput = {
    id,
    structureId: args.structureId,
    lineageId: id,
    ref: '',
    title: args.post.title,
    gradeId: template?.gradeId ?? null,
    payPointId: template?.payPointId ?? null,
    salaryOverridePence: template?.salaryOverridePence ?? null,
    fte: template?.fte ?? 1,
    vacant: true,
    organisationId: template?.organisationId ?? settings.defaultOrganisationId,
    team: template?.team ?? manager?.team ?? '',
    notes: '',
    duties: template?.duties ?? '',
    replacesLineageIds: [],
    organisationShares: template?.organisationShares ?? [],
    isAssistant: template?.isAssistant ?? false,
    managerId: args.managerId,
    dottedManagerIds: [],
    funding: template?.funding ?? (settings.defaultFundingSourceId ? [{ sourceId: settings.defaultFundingSourceId, shareBp: 10_000 }] : []),
    postholders: [],
    sortOrder: nextSortOrder(ctx, args.structureId, args.managerId),
  };
  const post = { ...base, ...stripUndefined(args.post) };
  if (args.post.postholders && args.post.postholders.length > 0 && args.post.vacant === undefined) post.vacant = false;
  if (post.vacant) post.postholders = [];
  post.payPointId = fitPayPoint(ctx, post.gradeId, post.payPointId);
  assertReferences(ctx, post, args.structureId, id);
  assertFteFits(post);
  insertPost(ctx.rec, post);
  ctx.created.push(id);
  return `Add ${quote(post.title)}`;
}

/** A single post holds at most 1,000 FTE; only a grouped post (a number of posts counted in FTE) holds more. */
function assertFteFits(post: { title: string; fte: number; grouped?: boolean | undefined }): void {
  if (!post.grouped && post.fte > SINGLE_MAX_FTE)
    throw new ApiError('invalid-argument', `${quote(post.title)} cannot have ${post.fte.toLocaleString('en-GB')} FTE: a single post has at most ${SINGLE_MAX_FTE.toLocaleString('en-GB')}. Make it a grouped post to give it more.`);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function updatePosts(ctx: EditContext, args: { postIds: Id[]; patch: PostPatch }): string {
  const posts = loadPosts(ctx, args.postIds);
  const patch = stripUndefined(args.patch);
  for (const p of posts) {
    assertReferences(ctx, patch, p.structureId, p.id);
    if (patch.dottedManagerIds?.includes(p.id))
      throw new ApiError('cycle', `${quote(p.title)} cannot have a dotted line to itself.`, { postId: p.id });
  }
  for (const current of posts) {
    const next = { ...current, ...patch };
    if (patch.postholders && patch.postholders.length > 0 && patch.vacant === undefined) next.vacant = false;
    if (next.vacant && patch.postholders === undefined) next.postholders = [];
    next.payPointId = fitPayPoint(ctx, next.gradeId, 'payPointId' in patch ? next.payPointId : current.payPointId);
    assertFteFits(next);
    rewritePost(ctx.rec, current, next);
  }
  return posts.length === 1 ? `Edit ${quote(posts[0]!.title)}` : `Edit ${posts.length} posts`;
}

export function deletePosts(ctx: EditContext, args: { postIds: Id[]; reports: 'reassign' | 'delete-branch' }): string {
  const posts = loadPosts(ctx, args.postIds);
  const structureIds = new Set(posts.map((p) => p.structureId));
  if (structureIds.size > 1) throw new ApiError('invalid-argument', 'Posts from different structures cannot be deleted together.');
  const structureId = posts[0]!.structureId;
  const all = ctx.structureLinks(structureId);
  const children = childrenMap(all);
  const doomed = new Set(posts.map((p) => p.id));
  if (args.reports === 'delete-branch') {
    for (const p of posts) for (const d of descendants(children, p.id)) doomed.add(d);
  } else {
    // Reports of a deleted post move up to its nearest manager that survives.
    const managerOf = managerMap(all);
    const survivingManager = (id: Id): Id | null => {
      let m = managerOf.get(id) ?? null;
      const seen = new Set<Id>();
      while (m !== null && doomed.has(m) && !seen.has(m)) {
        seen.add(m);
        m = managerOf.get(m) ?? null;
      }
      return m !== null && doomed.has(m) ? null : m;
    };
    for (const p of all) {
      if (doomed.has(p.id) || p.managerId === null || !doomed.has(p.managerId)) continue;
      const to = survivingManager(p.id);
      ctx.rec.update('posts', p.id, { manager_id: to, sort_order: nextSortOrder(ctx, structureId, to) });
    }
  }
  for (const id of doomed) removePost(ctx.rec, id);
  const extra = doomed.size - posts.length;
  if (posts.length === 1)
    return extra > 0 ? `Delete ${quote(posts[0]!.title)} and ${extra} post${extra === 1 ? '' : 's'} below it` : `Delete ${quote(posts[0]!.title)}`;
  return `Delete ${doomed.size} posts`;
}

export function movePosts(ctx: EditContext, args: { postIds: Id[]; managerId: Id | null; beforeId?: Id | null | undefined }): string {
  // Posts read by id come back in the database's order; moved posts go in the order they were given.
  const given = new Map(args.postIds.map((id, i) => [id, i] as const));
  const posts = loadPosts(ctx, args.postIds).sort((a, b) => given.get(a.id)! - given.get(b.id)!);
  const structureId = posts[0]!.structureId;
  if (posts.some((p) => p.structureId !== structureId))
    throw new ApiError('invalid-argument', 'Posts from different structures cannot be moved together.');
  const manager = args.managerId === null ? null : postInStructure(ctx, args.managerId, structureId, 'new manager');
  const ids = posts.map((p) => p.id);
  // A loop would follow if a moved post is the new manager or above it. Only that line of managers
  // is read, so a move costs the same in a structure of ten posts or ten thousand.
  const above = manager ? new Set(ctx.managerChain(manager.id)) : new Set<Id>();
  if (manager && ids.some((id) => above.has(id))) {
    const moved = posts.find((p) => above.has(p.id))!;
    const message =
      moved.id === manager.id
        ? `${quote(moved.title)} cannot report to itself.`
        : `${quote(moved.title)} cannot report to ${quote(manager.title)}, because ${quote(manager.title)} already reports to it` +
          ` (directly or through other posts). Nothing was changed.`;
    throw new ApiError('cycle', message, { postId: moved.id, managerId: manager.id });
  }
  const movedSet = new Set(ids);
  const siblings = ctx.reportLinks(structureId, args.managerId).filter((p) => !movedSet.has(p.id));
  const at = args.beforeId ? siblings.findIndex((s) => s.id === args.beforeId) : -1;
  const ordered = at >= 0 ? [...siblings.slice(0, at), ...posts, ...siblings.slice(at)] : [...siblings, ...posts];
  ordered.forEach((p, i) => {
    const patch: Record<string, string | number | null> = { sort_order: i };
    if (movedSet.has(p.id)) patch.manager_id = args.managerId;
    ctx.rec.update('posts', p.id, patch);
  });
  const target = manager ? quote(manager.title) : 'the top of the structure';
  return posts.length === 1 ? `Move ${quote(posts[0]!.title)} to ${target}` : `Move ${posts.length} posts to ${target}`;
}
