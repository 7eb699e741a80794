// Writing posts and their child rows (dotted lines, funding shares, postholders) through a Recorder.
import type { PostInput } from '../../shared/edits/posts';
import type { FundingShare, Id, OrganisationShare, Post } from '../../shared/model/types';
import { fieldsToColumns } from '../../shared/model/postColumns';
import { detailsToColumns, equalityToColumn, fteToE4 } from './read';
import type { Recorder, Row } from './recorder';
import { newId } from './ids';

export { newId };
export type { PostInput };

/** Child tables of posts, each row pointing at its post by post_id. */
export const POST_CHILD_TABLES = ['dotted_lines', 'post_funding', 'postholders', 'post_replaces', 'post_organisation_shares'] as const;

function postRow(post: Omit<Post, 'dottedManagerIds' | 'funding' | 'postholders'>): Row & { id: string } {
  return {
    id: post.id,
    structure_id: post.structureId,
    lineage_id: post.lineageId,
    ...fieldsToColumns(post),
    manager_id: post.managerId,
    sort_order: post.sortOrder,
    holding: post.holding ? 1 : 0,
    // Only a grouped post counts its people.
    headcount: post.grouped ? post.headcount : null,
  };
}

function writeDotted(rec: Recorder, postId: Id, managerIds: readonly Id[]): void {
  managerIds.forEach((m, i) => rec.insert('dotted_lines', { id: newId(), post_id: postId, manager_id: m, sort_order: i }));
}
function writeFunding(rec: Recorder, postId: Id, shares: readonly FundingShare[]): void {
  shares.forEach((f, i) =>
    rec.insert('post_funding', { id: newId(), post_id: postId, source_id: f.sourceId, share_bp: f.shareBp, sort_order: i }),
  );
}
function writeReplaces(rec: Recorder, postId: Id, lineageIds: readonly Id[]): void {
  lineageIds.forEach((l, i) => rec.insert('post_replaces', { id: newId(), post_id: postId, lineage_id: l, sort_order: i }));
}
function writeOrganisationShares(rec: Recorder, postId: Id, shares: readonly OrganisationShare[]): void {
  shares.forEach((o, i) =>
    rec.insert('post_organisation_shares', { id: newId(), post_id: postId, organisation_id: o.organisationId, share_bp: o.shareBp, sort_order: i }),
  );
}
function writeHolders(rec: Recorder, postId: Id, holders: PostInput['postholders']): void {
  holders.forEach((h, i) =>
    rec.insert('postholders', {
      id: h.id ?? newId(),
      post_id: postId,
      name: h.name,
      fte_e4: h.fte === null ? null : fteToE4(h.fte),
      ...detailsToColumns(h.details),
      equality: equalityToColumn(h.equality),
      sort_order: i,
    }),
  );
}

export function insertPost(rec: Recorder, post: PostInput): void {
  rec.insert('posts', postRow(post));
  writeDotted(rec, post.id, post.dottedManagerIds);
  writeFunding(rec, post.id, post.funding);
  writeHolders(rec, post.id, post.postholders);
  writeReplaces(rec, post.id, post.replacesLineageIds);
  writeOrganisationShares(rec, post.id, post.organisationShares);
}

function childIds(rec: Recorder, table: string, postId: Id): string[] {
  return (rec.sql.get(`SELECT id FROM ${table} WHERE post_id = ?`).all(postId) as { id: string }[]).map((r) => r.id);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies `next` over `current`, writing only what differs. */
export function rewritePost(rec: Recorder, current: Post, next: PostInput): void {
  rec.update('posts', current.id, postRow(next));
  if (!sameJson(current.dottedManagerIds, next.dottedManagerIds)) {
    for (const id of childIds(rec, 'dotted_lines', current.id)) rec.delete('dotted_lines', id);
    writeDotted(rec, current.id, next.dottedManagerIds);
  }
  if (!sameJson(current.funding, next.funding)) {
    for (const id of childIds(rec, 'post_funding', current.id)) rec.delete('post_funding', id);
    writeFunding(rec, current.id, next.funding);
  }
  if (!sameJson(current.replacesLineageIds, next.replacesLineageIds)) {
    for (const id of childIds(rec, 'post_replaces', current.id)) rec.delete('post_replaces', id);
    writeReplaces(rec, current.id, next.replacesLineageIds);
  }
  if (!sameJson(current.organisationShares, next.organisationShares)) {
    for (const id of childIds(rec, 'post_organisation_shares', current.id)) rec.delete('post_organisation_shares', id);
    writeOrganisationShares(rec, current.id, next.organisationShares);
  }
  const holdersNow = current.postholders.map((h) => ({ id: h.id, name: h.name, fte: h.fte, d: detailsToColumns(h.details), e: equalityToColumn(h.equality) }));
  const holdersNext = next.postholders.map((h) => ({ id: h.id, name: h.name, fte: h.fte, d: detailsToColumns(h.details), e: equalityToColumn(h.equality) }));
  if (!sameJson(holdersNow, holdersNext)) {
    for (const id of childIds(rec, 'postholders', current.id)) rec.delete('postholders', id);
    writeHolders(rec, current.id, next.postholders);
  }
}

/** Deletes a post with its child rows, and every dotted line pointing at it. */
export function removePost(rec: Recorder, postId: Id): void {
  for (const table of POST_CHILD_TABLES) {
    for (const id of childIds(rec, table, postId)) rec.delete(table, id);
  }
  const pointing = rec.sql.get('SELECT id FROM dotted_lines WHERE manager_id = ?').all(postId) as { id: string }[];
  for (const r of pointing) rec.delete('dotted_lines', r.id);
  rec.delete('posts', postId);
}
