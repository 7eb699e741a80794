// Writes an accepted import plan into the document, inside one edit: the target structure (a new
// proposal, or an existing structure whose posts are replaced), the grades it adds, every post
// with its lineage matched to the Current structure, and the column mapping to remember.
import { ApiError } from '../../shared/api/errors';
import { matchLineage } from '../../shared/import/lineage';
import type { ImportPlan, ImportTarget } from '../../shared/import/types';
import { ImportedPostsCheck } from '../../shared/edits/importPosts';
import type { PostInput } from '../../shared/edits/posts';
import type { ReferenceModel } from '../../shared/edits/references';
import { WHOLE_BP } from '../../shared/edits/shares';
import { structureNamed } from '../../shared/edits/structures';
import type { Grade, Id, Post, Structure } from '../../shared/model/types';
import { fteFromE4 } from '../store/read';
import type { EditContext } from '../store/document';
import { insertPost, newId, removePost } from '../store/postRows';

/** The empty list of every post that has none of something: read, never added to. */
const NONE = Object.freeze([]) as never[];

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
  const clash = structureNamed(ctx.ref.structures, name);
  if (clash) throw new ApiError('conflict', `There is already a structure called "${clash.name}". Choose another name, or import into "${clash.name}" to replace its posts.`);
  return { structure: null, name };
}

/** Adds the funding sources and organisations the import names that the document does not have. */
function writeNamed(ctx: EditContext, plan: ImportPlan): { sourceIds: Id[]; organisationIds: Id[]; added: Pick<ReferenceModel, 'fundingSources' | 'organisations'> } {
  const { ref } = ctx;
  const added: Pick<ReferenceModel, 'fundingSources' | 'organisations'> = { fundingSources: [], organisations: [] };
  const defaultOrg = ref.organisations.find((o) => o.id === ref.settings.defaultOrganisationId) ?? ref.organisations[0];
  let sourceOrder = Math.max(-1, ...ref.fundingSources.map((f) => f.sortOrder)) + 1;
  const sourceIds = plan.fundingSources.map((f) => {
    if (f.existingId !== null) {
      if (!ref.fundingSources.some((x) => x.id === f.existingId)) throw new ApiError('conflict', `Funding source ${f.name} was removed from the document after the preview. Import again.`);
      return f.existingId;
    }
    const source = { id: newId(), name: f.name, endDate: null, sortOrder: sourceOrder++ };
    ctx.rec.insert('funding_sources', { id: source.id, name: source.name, end_date: source.endDate, sort_order: source.sortOrder });
    added.fundingSources.push(source);
    return source.id;
  });
  let orgOrder = Math.max(-1, ...ref.organisations.map((o) => o.sortOrder)) + 1;
  const organisationIds = plan.organisations.map((o) => {
    if (o.existingId !== null) {
      if (!ref.organisations.some((x) => x.id === o.existingId)) throw new ApiError('conflict', `Organisation ${o.name} was removed from the document after the preview. Import again.`);
      return o.existingId;
    }
    const org = { id: newId(), name: o.name, pensionRateBp: defaultOrg?.pensionRateBp ?? 0, sortOrder: orgOrder++ };
    ctx.rec.insert('organisations', { id: org.id, name: org.name, pension_rate_bp: org.pensionRateBp, sort_order: org.sortOrder });
    added.organisations.push(org);
    return org.id;
  });
  return { sourceIds, organisationIds, added };
}

/** Adds the grades the import names that the document does not have; each grade's pay point ids by the plan's keys. */
function writeGrades(ctx: EditContext, plan: ImportPlan): { gradeIds: Map<number, Id>; pointIds: Map<number, Id[]>; added: Grade[] } {
  const gradeIds = new Map<number, Id>();
  const pointIds = new Map<number, Id[]>();
  const added: Grade[] = [];
  let gradeOrder = Math.max(-1, ...ctx.ref.grades.map((g) => g.sortOrder)) + 1;
  for (const g of plan.grades) {
    if (g.existingId !== null) {
      if (!ctx.ref.grades.some((x) => x.id === g.existingId)) throw new ApiError('conflict', `Grade ${g.code} was removed from the document after the preview. Import again.`);
      gradeIds.set(g.key, g.existingId);
      pointIds.set(g.key, g.existingPointIds);
      continue;
    }
    const id = newId();
    const grade: Grade = { id, code: g.code, name: '', sortOrder: gradeOrder++, points: [] };
    ctx.rec.insert('grades', { id, code: grade.code, name: grade.name, sort_order: grade.sortOrder });
    for (const [i, p] of g.points.entries()) {
      const point = { id: newId(), gradeId: id, code: p.code, salaryPence: p.salaryPence, sortOrder: i };
      ctx.rec.insert('pay_points', { id: point.id, grade_id: id, code: point.code, salary_pence: point.salaryPence, sort_order: i });
      grade.points.push(point);
    }
    gradeIds.set(g.key, id);
    pointIds.set(g.key, grade.points.map((p) => p.id));
    added.push(grade);
  }
  return { gradeIds, pointIds, added };
}

/** The structure the posts go into: a new proposal, or one whose posts are removed first. */
function writeTarget(ctx: EditContext, current: Structure, currentPosts: readonly Post[], resolved: { structure: Structure | null; name: string }): Id {
  if (resolved.structure) {
    const old = resolved.structure.id === current.id ? currentPosts : ctx.structurePosts(resolved.structure.id);
    for (const p of old) removePost(ctx.rec, p.id);
    return resolved.structure.id;
  }
  const structureId = newId();
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
  return structureId;
}

export function writeImport(ctx: EditContext, plan: ImportPlan, target: ImportTarget, fileName: string): WriteOutcome {
  if (plan.summary.posts === 0) throw new ApiError('invalid-argument', `Nothing in "${fileName}" could be imported, so the document was not changed.`);
  const current = currentStructure(ctx);
  const resolved = resolveTarget(ctx, target);
  // Lineage comes from the Current structure as it was before the import (which may replace it).
  const currentPosts: Post[] = ctx.structurePosts(current.id);
  const structureId = writeTarget(ctx, current, currentPosts, resolved);
  const grades = writeGrades(ctx, plan);
  const { gradeIds, pointIds } = grades;
  const named = writeNamed(ctx, plan);
  const { sourceIds, organisationIds } = named;
  const { lineage } = matchLineage(plan.posts, plan.grades, currentPosts, ctx.ref.grades);
  // Each post's new id, by its key in the plan.
  const ids: Id[] = [];
  for (const p of plan.posts) ids[p.key] = newId();
  const { defaultOrganisationId, defaultFundingSourceId } = ctx.ref.settings;
  const defaultFunding = defaultFundingSourceId && ctx.ref.fundingSources.some((f) => f.id === defaultFundingSourceId) ? [{ sourceId: defaultFundingSourceId, shareBp: WHOLE_BP }] : [];
  const defaultOrganisation = defaultOrganisationId && ctx.ref.organisations.some((o) => o.id === defaultOrganisationId) ? defaultOrganisationId : null;
  const postInput = (p: ImportPlan['posts'][number], i: number): PostInput => {
    const holding = p.kind === 'holding';
    const funding = holding ? NONE : p.funding ? p.funding.map((f) => ({ sourceId: sourceIds[f.source]!, shareBp: f.shareBp })) : defaultFunding;
    const id = ids[p.key]!;
    return {
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
      replacesLineageIds: NONE,
      isAssistant: false,
      managerId: p.manager === null ? null : ids[p.manager]!,
      dottedManagerIds: NONE,
      funding,
      organisationShares: p.organisationShares.length === 0 ? NONE : p.organisationShares.map((o) => ({ organisationId: organisationIds[o.organisation]!, shareBp: o.shareBp })),
      postholders: p.vacant || p.postholders.length === 0 ? NONE : p.postholders.map((h) => ({ name: h.name, fte: h.fteE4 === null ? null : fteFromE4(h.fteE4) })),
      sortOrder: i,
      holding,
      grouped: p.grouped,
      headcount: p.headcount,
    };
  };
  // The posts keep the rules every edit keeps, against the reference data as the import leaves it.
  const ref: ReferenceModel = {
    ...ctx.ref,
    grades: [...ctx.ref.grades, ...grades.added],
    organisations: [...ctx.ref.organisations, ...named.added.organisations],
    fundingSources: [...ctx.ref.fundingSources, ...named.added.fundingSources],
  };
  // Each post is checked and written as it is built, so the posts of a large file are never all held
  // at once. A refusal, of a post or (once all are in) of the reporting lines, throws: the edit's
  // transaction is rolled back and nothing of the import is written.
  const check = new ImportedPostsCheck(ref);
  plan.posts.forEach((p, i) => {
    const post = postInput(p, i);
    const checked = check.add(post);
    if (!checked.ok) throw new ApiError(checked.refusal.code, checked.refusal.message, checked.refusal.details);
    insertPost(ctx.rec, checked.value);
  });
  const loop = check.finish();
  if (loop) throw new ApiError(loop.code, loop.message, loop.details);
  const label = `Import ${fileName} into "${resolved.name}"`;
  return { structure: resolved.structure ?? { id: structureId, name: resolved.name }, label };
}
