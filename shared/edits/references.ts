// What a post's fields point at must exist: its grade and pay point, its organisations, its funding
// sources, its dotted-line managers (in its own structure) and the posts it replaces.
import type { DocumentInfo, Id, Post } from '../model/types';
import { gradeOfPayPoint } from './payPoint';
import { quote, refuse, type Refusal } from './refusal';

/** The document's reference data, as much of it as the rules read. */
export type ReferenceModel = Pick<DocumentInfo, 'settings' | 'organisations' | 'grades' | 'fundingSources' | 'structures'>;

/** A post's fields that refer to other things; any of them may be absent (a patch). */
export type ReferringFields = Partial<Pick<Post, 'gradeId' | 'payPointId' | 'organisationId' | 'funding' | 'organisationShares' | 'dottedManagerIds' | 'replacesLineageIds'>>;

export function checkStructureExists(ref: ReferenceModel, structureId: Id): Refusal | null {
  return ref.structures.some((s) => s.id === structureId) ? null : refuse('not-found', 'That structure is no longer in the document.', { structureId });
}

/** Every id asked for was found. */
export function checkAllFound(ids: readonly Id[], found: readonly Pick<Post, 'id'>[]): Refusal | null {
  const unique = [...new Set(ids)];
  if (found.length === unique.length) return null;
  const have = new Set(found.map((p) => p.id));
  return refuse('not-found', 'Some of those posts are no longer in the document.', { missing: unique.filter((id) => !have.has(id)).slice(0, 20) });
}

/** A post named in an edit (a manager, a dotted-line manager) exists and is in the structure being edited. */
export function checkPostInStructure(post: Pick<Post, 'structureId'> | undefined, id: Id, structureId: Id, role: string): Refusal | null {
  if (!post) return refuse('not-found', `The ${role} is no longer in the document.`, { postId: id });
  if (post.structureId !== structureId) return refuse('invalid-argument', `The ${role} is in a different structure.`, { postId: id });
  return null;
}

/** The grade, pay point, organisations and funding sources a post's fields name are in the document. */
export function checkReferenceData(ref: ReferenceModel, fields: ReferringFields): Refusal | null {
  if (fields.gradeId != null && !ref.grades.some((g) => g.id === fields.gradeId))
    return refuse('invalid-argument', 'That grade is not in the grade table.', { gradeId: fields.gradeId });
  if (fields.payPointId != null && !gradeOfPayPoint(ref.grades, fields.payPointId))
    return refuse('invalid-argument', 'That pay point is not in the grade table.', { payPointId: fields.payPointId });
  if (fields.organisationId != null && !ref.organisations.some((o) => o.id === fields.organisationId))
    return refuse('invalid-argument', 'That employing organisation is not in the document.', { organisationId: fields.organisationId });
  for (const f of fields.funding ?? [])
    if (!ref.fundingSources.some((s) => s.id === f.sourceId))
      return refuse('invalid-argument', 'That funding source is not in the document.', { sourceId: f.sourceId });
  for (const o of fields.organisationShares ?? [])
    if (!ref.organisations.some((x) => x.id === o.organisationId))
      return refuse('invalid-argument', 'An organisation sharing the cost is not in the document.', { organisationId: o.organisationId });
  return null;
}

/** Where the posts of one lineage are, across the document. */
export type LineagePost = Pick<Post, 'id' | 'title' | 'structureId'>;

/**
 * A post may replace posts that exist elsewhere in the document (normally the structure it was
 * copied from) but not posts still in its own structure, other than its own earlier self.
 */
export function checkReplaceable(lineageId: Id, ofLineage: readonly LineagePost[], structureId: Id, selfId: Id | null): Refusal | null {
  if (ofLineage.length === 0) return refuse('invalid-argument', 'A post it is meant to replace is no longer in the document.', { lineageId });
  const here = ofLineage.find((p) => p.structureId === structureId);
  if (here && here.id !== selfId)
    return refuse(
      'invalid-argument',
      `${quote(here.title)} is still in this structure, so nothing can replace it. Delete it from this structure first.`,
      { lineageId, postId: here.id },
    );
  return null;
}

/** What the reference checks need to look up beyond the reference data. */
export interface PostLookup {
  post(id: Id): Pick<Post, 'structureId'> | undefined;
  lineage(lineageId: Id): readonly LineagePost[];
}

/** Checks that everything a post's fields refer to exists, before anything is written. */
export function checkReferences(ref: ReferenceModel, look: PostLookup, fields: ReferringFields, structureId: Id, selfId: Id | null = null): Refusal | null {
  const r = checkReferenceData(ref, fields);
  if (r) return r;
  for (const d of fields.dottedManagerIds ?? []) {
    const bad = checkPostInStructure(look.post(d), d, structureId, 'dotted-line manager');
    if (bad) return bad;
  }
  for (const l of fields.replacesLineageIds ?? []) {
    const bad = checkReplaceable(l, look.lineage(l), structureId, selfId);
    if (bad) return bad;
  }
  return null;
}
