// Edits to structures: create a proposal (empty, or a copy keeping lineage), rename, restatus, delete.
import { ApiError } from '../../../shared/api/errors';
import { structureNamed } from '../../../shared/edits/structures';
import type { Id, Structure, StructureStatus } from '../../../shared/model/types';
import type { EditContext } from '../document';
import { insertPost, newId, removePost } from '../postRows';

function findStructure(ctx: EditContext, id: Id): Structure {
  const s = ctx.ref.structures.find((x) => x.id === id);
  if (!s) throw new ApiError('not-found', 'That structure is no longer in the document.', { structureId: id });
  return s;
}

function assertFreeName(ctx: EditContext, name: string, exceptId?: Id): void {
  const clash = structureNamed(ctx.ref.structures, name, exceptId);
  if (clash) throw new ApiError('conflict', `There is already a structure called "${clash.name}". Choose another name.`, { structureId: clash.id });
}

/**
 * Copies every post of `fromId` into `toId`, keeping each post's lineage. What a post replaces is
 * kept as it is (it names lineages, which the copy shares), as are duties and how a shared post's
 * cost is split.
 */
export function copyPosts(ctx: EditContext, fromId: Id, toId: Id): void {
  const source = ctx.structurePosts(fromId);
  const idMap = new Map(source.map((p) => [p.id, newId()]));
  for (const p of source) {
    insertPost(ctx.rec, {
      ...p,
      id: idMap.get(p.id)!,
      structureId: toId,
      managerId: p.managerId === null ? null : (idMap.get(p.managerId) ?? null),
      dottedManagerIds: p.dottedManagerIds.map((d) => idMap.get(d)).filter((d): d is Id => d !== undefined),
      postholders: p.postholders.map((h) => ({ name: h.name, fte: h.fte, ...(h.details ? { details: { ...h.details } } : {}), ...(h.equality ? { equality: { ...h.equality } } : {}) })),
      duties: p.duties,
      replacesLineageIds: [...p.replacesLineageIds],
      organisationShares: p.organisationShares.map((o) => ({ ...o })),
    });
  }
}

export function createStructure(
  ctx: EditContext,
  args: { name: string; fromStructureId: Id | null; status?: StructureStatus | undefined; implementationDate?: string | null | undefined },
): string {
  const name = args.name.trim();
  assertFreeName(ctx, name);
  const from = args.fromStructureId === null ? null : findStructure(ctx, args.fromStructureId);
  const id = newId();
  const sortOrder = Math.max(0, ...ctx.ref.structures.map((s) => s.sortOrder)) + 1;
  ctx.rec.insert('structures', {
    id,
    name,
    kind: 'proposal',
    status: args.status ?? 'draft',
    implementation_date: args.implementationDate ?? from?.implementationDate ?? null,
    based_on_id: from?.id ?? null,
    sort_order: sortOrder,
  });
  if (from) copyPosts(ctx, from.id, id);
  ctx.created.push(id);
  return from ? `Create "${name}" from "${from.name}"` : `Create "${name}"`;
}

export function updateStructure(
  ctx: EditContext,
  args: { structureId: Id; patch: { name?: string | undefined; status?: StructureStatus | undefined; implementationDate?: string | null | undefined } },
): string {
  const s = findStructure(ctx, args.structureId);
  const row: Record<string, string | null> = {};
  if (args.patch.name !== undefined) {
    assertFreeName(ctx, args.patch.name, s.id);
    row.name = args.patch.name.trim();
  }
  if (args.patch.status !== undefined) row.status = args.patch.status;
  if (args.patch.implementationDate !== undefined) row.implementation_date = args.patch.implementationDate;
  ctx.rec.update('structures', s.id, row);
  if (row.name !== undefined && row.name !== s.name) return `Rename "${s.name}" to "${row.name}"`;
  return `Change "${s.name}"`;
}

export function deleteStructure(ctx: EditContext, args: { structureId: Id }): string {
  const s = findStructure(ctx, args.structureId);
  if (s.kind === 'current')
    throw new ApiError('conflict', 'The Current structure is the baseline every proposal is compared with, so it cannot be deleted.');
  // Foreign keys are checked at commit, so posts can go in any order.
  for (const p of ctx.structurePosts(s.id)) removePost(ctx.rec, p.id);
  for (const other of ctx.ref.structures)
    if (other.basedOnId === s.id) ctx.rec.update('structures', other.id, { based_on_id: null });
  ctx.rec.delete('structures', s.id);
  return `Delete "${s.name}"`;
}
