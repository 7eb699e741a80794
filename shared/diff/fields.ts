// Which fields of a post differ between its two versions, and what class of change that makes.
// Reporting lines are compared through the matching, since a post's copy in another structure
// has its own id and so does its manager's.
import type { FundingShare, Id, OrganisationShare, Post } from '../model/types';
import { fteUnits } from '../model/fte';
import type { ChangedField, ChangeKind } from './types';

export interface FieldContext {
  /** The id in the after structure of the post with this id in the before structure, if it is there. */
  afterIdOf(beforeId: Id): Id | undefined;
  defaultOrganisationId: Id | null;
}

function sameFunding(a: readonly FundingShare[], b: readonly FundingShare[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    let found = false;
    for (let j = 0; j < b.length; j++) {
      if (a[i]!.sourceId === b[j]!.sourceId) {
        found = a[i]!.shareBp === b[j]!.shareBp;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function sameOrganisationShares(x: readonly OrganisationShare[], y: readonly OrganisationShare[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    let found = false;
    for (let j = 0; j < y.length; j++) {
      if (x[i]!.organisationId === y[j]!.organisationId) {
        found = x[i]!.shareBp === y[j]!.shareBp;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function sameIdSet(a: readonly Id[], b: readonly Id[]): boolean {
  if (a.length !== b.length) return false;
  for (const x of a) if (!b.includes(x)) return false;
  return true;
}

function sameDotted(b: readonly Id[], a: readonly Id[], ctx: FieldContext): boolean {
  if (b.length !== a.length) return false;
  for (const d of b) {
    const mapped = ctx.afterIdOf(d);
    if (mapped === undefined || !a.includes(mapped)) return false;
  }
  return true;
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  return (a ?? '').trim() === (b ?? '').trim();
}

function add(out: ChangedField[] | null, f: ChangedField): ChangedField[] {
  if (out === null) return [f];
  out.push(f);
  return out;
}

/** Returned when nothing differs; frozen so that no caller can add to it by mistake. */
export const NO_FIELDS: ChangedField[] = Object.freeze([]) as unknown as ChangedField[];

export function changedFields(b: Post, a: Post, ctx: FieldContext): ChangedField[] {
  let out: ChangedField[] | null = null;
  if (!sameText(b.title, a.title)) out = add(out, 'title');
  if (b.gradeId !== a.gradeId) out = add(out, 'grade');
  if (b.payPointId !== a.payPointId) out = add(out, 'payPoint');
  if (b.salaryOverridePence !== a.salaryOverridePence || b.allInCostPence !== a.allInCostPence) out = add(out, 'salary');
  if (b.fte !== a.fte && fteUnits(b.fte) !== fteUnits(a.fte)) out = add(out, 'fte');
  const mappedManager = b.managerId === null ? null : (ctx.afterIdOf(b.managerId) ?? `gone:${b.managerId}`);
  if (mappedManager !== a.managerId) out = add(out, 'manager');
  if (!sameText(b.team, a.team)) out = add(out, 'team');
  if (!sameFunding(b.funding, a.funding)) out = add(out, 'funding');
  if ((b.organisationId ?? ctx.defaultOrganisationId) !== (a.organisationId ?? ctx.defaultOrganisationId)) out = add(out, 'organisation');
  if (!sameOrganisationShares(b.organisationShares, a.organisationShares)) out = add(out, 'organisationShares');
  if (b.vacant !== a.vacant) out = add(out, 'vacancy');
  if (b.notes !== a.notes) out = add(out, 'notes');
  if (b.isAssistant !== a.isAssistant) out = add(out, 'assistant');
  if (!sameText(b.duties, a.duties)) out = add(out, 'duties');
  if (!sameDotted(b.dottedManagerIds, a.dottedManagerIds, ctx)) out = add(out, 'dottedLines');
  if (!sameIdSet(b.replacesLineageIds, a.replacesLineageIds)) out = add(out, 'replaces');
  return out ?? NO_FIELDS;
}

export function classify(fields: readonly ChangedField[]): { kind: ChangeKind; regraded: boolean } {
  if (fields.length === 0) return UNCHANGED;
  const regraded = fields.includes('grade');
  if (regraded || fields.includes('title') || fields.includes('duties')) return { kind: 'redesignated', regraded };
  if (fields.includes('fte')) return { kind: 'fte-changed', regraded: false };
  if (fields.includes('manager') || fields.includes('team')) return { kind: 'moved', regraded: false };
  return UNCHANGED;
}

const UNCHANGED = Object.freeze({ kind: 'unchanged' as ChangeKind, regraded: false });
