// Writes an accepted import plan into the document, inside one edit: the target structure (a new
// proposal, or an existing structure whose posts are replaced), the grades it adds, every post
// with its lineage matched to the Current structure, and the column mapping to remember.
import { ApiError } from '../../shared/api/errors';
import { matchLineage } from '../../shared/import/lineage';
import type { ImportPlan, ImportTarget } from '../../shared/import/types';
import type { Id, Post, Structure } from '../../shared/model/types';
import { fteFromE4 } from '../store/read';
import type { EditContext } from '../store/document';
import { insertPost, newId, removePost } from '../store/postRows';

export interface WriteOutcome {
  structure: Structure | { id: Id; name: string };
  label: string;
}

export function currentStructure(ctx: Pick<EditContext, 'ref'>): Structure {
  const current = ctx.ref.structures.find((s) => s.kind === 'current');
  if (!current) throw new ApiError('conflict', 'The document has no Current structure to import into or compare with.');
  return current;
}

export function resolveTarget(ctx: Pick<EditContext, 'ref'>, target: ImportTarget): { structure: Structure | null; name: string } {
  if (target.kind === 'structure') {
    const s = ctx.ref.structures.find((x) => x.id === target.structureId);
    if (!s) throw new ApiError('not-found', 'The structure to import into is no longer in the document.', { structureId: target.structureId });
    return { structure: s, name: s.name };
  }
  const name = target.name.trim();
  const clash = ctx.ref.structures.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
  if (clash) throw new ApiError('conflict', `There is already a structure called "${clash.name}". Choose another name, or import into "${clash.name}" to replace its posts.`);
  return { structure: null, name };
}

/** Adds the funding sources and organisations the import names that the document does not have. */
function writeNamed(ctx: EditContext, plan: ImportPlan): { sourceIds: Id[]; organisationIds: Id[] } {
  const { ref } = ctx;
  const defaultOrg = ref.organisations.find((o) => o.id === ref.settings.defaultOrganisationId) ?? ref.organisations[0];
  let sourceOrder = Math.max(-1, ...ref.fundingSources.map((f) => f.sortOrder)) + 1;
  const sourceIds = plan.fundingSources.map((f) => {
    if (f.existingId !== null) {
      if (!ref.fundingSources.some((x) => x.id === f.existingId)) throw new ApiError('conflict', `Funding source ${f.name} was removed from the document after the preview. Import again.`);
      return f.existingId;
    }
    const id = newId();
    ctx.rec.insert('funding_sources', { id, name: f.name, end_date: null, sort_order: sourceOrder++ });
    return id;
  });
  let orgOrder = Math.max(-1, ...ref.organisations.map((o) => o.sortOrder)) + 1;
  const organisationIds = plan.organisations.map((o) => {
    if (o.existingId !== null) {
      if (!ref.organisations.some((x) => x.id === o.existingId)) throw new ApiError('conflict', `Organisation ${o.name} was removed from the document after the preview. Import again.`);
      return o.existingId;
    }
    const id = newId();
    ctx.rec.insert('organisations', { id, name: o.name, pension_rate_bp: defaultOrg?.pensionRateBp ?? 0, sort_order: orgOrder++ });
    return id;
  });
  return { sourceIds, organisationIds };
}

export function writeImport(ctx: EditContext, plan: ImportPlan, target: ImportTarget, fileName: string): WriteOutcome {
  if (plan.summary.posts === 0) throw new ApiError('invalid-argument', `Nothing in "${fileName}" could be imported, so the document was not changed.`);
  const current = currentStructure(ctx);
  const resolved = resolveTarget(ctx, target);
  // Lineage comes from the Current structure as it was before the import (which may replace it).
  const currentPosts: Post[] = ctx.structurePosts(current.id);
  let structureId: Id;
  if (resolved.structure) {
    structureId = resolved.structure.id;
    const old = structureId === current.id ? currentPosts : ctx.structurePosts(structureId);
    for (const p of old) removePost(ctx.rec, p.id);
  } else {
    structureId = newId();
    ctx.rec.insert('structures', {
      id: structureId,
      name: resolved.name,
      kind: 'proposal',
      status: 'draft',
      implementation_date: null,
      based_on_id: current.id,
      sort_order: Math.max(0, ...ctx.ref.structures.map((s) => s.sortOrder)) + 1,
    });
    ctx.created.push(structureId);
  }

  const gradeIds = new Map<number, Id>();
  const pointIds = new Map<number, Id[]>();
  let gradeOrder = Math.max(-1, ...ctx.ref.grades.map((g) => g.sortOrder)) + 1;
  for (const g of plan.grades) {
    if (g.existingId !== null) {
      if (!ctx.ref.grades.some((x) => x.id === g.existingId)) throw new ApiError('conflict', `Grade ${g.code} was removed from the document after the preview. Import again.`);
      gradeIds.set(g.key, g.existingId);
      pointIds.set(g.key, g.existingPointIds);
      continue;
    }
    const id = newId();
    ctx.rec.insert('grades', { id, code: g.code, name: '', sort_order: gradeOrder++ });
    const points = g.points.map((p, i) => {
      const pid = newId();
      ctx.rec.insert('pay_points', { id: pid, grade_id: id, code: p.code, salary_pence: p.salaryPence, sort_order: i });
      return pid;
    });
    gradeIds.set(g.key, id);
    pointIds.set(g.key, points);
  }

  const { sourceIds, organisationIds } = writeNamed(ctx, plan);
  const { lineage } = matchLineage(plan.posts, plan.grades, currentPosts, ctx.ref.grades);
  const ids = new Map(plan.posts.map((p) => [p.key, newId()]));
  const { defaultOrganisationId, defaultFundingSourceId } = ctx.ref.settings;
  const defaultFunding = defaultFundingSourceId && ctx.ref.fundingSources.some((f) => f.id === defaultFundingSourceId) ? [{ sourceId: defaultFundingSourceId, shareBp: 10_000 }] : [];
  const defaultOrganisation = defaultOrganisationId && ctx.ref.organisations.some((o) => o.id === defaultOrganisationId) ? defaultOrganisationId : null;
  plan.posts.forEach((p, i) => {
    const holding = p.kind === 'holding';
    const funding = holding ? [] : p.funding ? p.funding.map((f) => ({ sourceId: sourceIds[f.source]!, shareBp: f.shareBp })) : defaultFunding;
    const id = ids.get(p.key)!;
    insertPost(ctx.rec, {
      id,
      structureId,
      lineageId: lineage.get(p.key) ?? id,
      ref: p.ref,
      title: p.title,
      gradeId: p.grade === null ? null : gradeIds.get(p.grade)!,
      payPointId: p.grade === null || p.payPoint === null ? null : (pointIds.get(p.grade)![p.payPoint] ?? null),
      salaryOverridePence: p.salaryOverridePence,
      allInCostPence: p.allInCostPence,
      niCategory: p.niCategory,
      fte: fteFromE4(p.fteE4),
      vacant: p.vacant,
      organisationId: holding ? null : p.organisation !== null ? organisationIds[p.organisation]! : defaultOrganisation,
      team: p.team,
      notes: p.notes,
      duties: '',
      replacesLineageIds: [],
      isAssistant: false,
      managerId: p.manager === null ? null : ids.get(p.manager)!,
      dottedManagerIds: [],
      funding,
      organisationShares: p.organisationShares.map((o) => ({ organisationId: organisationIds[o.organisation]!, shareBp: o.shareBp })),
      postholders: p.vacant ? [] : p.postholders.map((h) => ({ name: h.name, fte: h.fteE4 === null ? null : fteFromE4(h.fteE4) })),
      sortOrder: i,
      holding,
      grouped: p.grouped,
      headcount: p.headcount,
    });
  });
  const label = `Import ${fileName} into "${resolved.name}"`;
  return { structure: resolved.structure ?? { id: structureId, name: resolved.name }, label };
}
