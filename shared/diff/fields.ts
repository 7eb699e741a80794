// Which fields of a post differ between its two versions, and what class of change that makes.
// Reporting lines are compared through the matching, since a post's copy in another structure
// has its own id and so does its manager's.
import type { Id, Post } from '../model/types';
import { fteUnits } from '../costing/postCost';
import type { ChangedField, ChangeKind } from './types';

export interface FieldContext {
  /** before post id -> after post id */
  afterOf: ReadonlyMap<Id, Id>;
  defaultOrganisationId: Id | null;
}

function sameShares<T extends { shareBp: number }>(a: readonly T[], b: readonly T[], key: (x: T) => Id): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.length === 1) return key(a[0]!) === key(b[0]!) && a[0]!.shareBp === b[0]!.shareBp;
  const m = new Map(a.map((x) => [key(x), x.shareBp]));
  return b.every((x) => m.get(key(x)) === x.shareBp);
}

function sameSet(a: readonly Id[], b: readonly Id[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

const trimmed = (s: string | undefined) => (s ?? '').trim();

export function changedFields(b: Post, a: Post, ctx: FieldContext): ChangedField[] {
  const out: ChangedField[] = [];
  if (trimmed(b.title) !== trimmed(a.title)) out.push('title');
  if (b.gradeId !== a.gradeId) out.push('grade');
  if (b.payPointId !== a.payPointId) out.push('payPoint');
  if (b.salaryOverridePence !== a.salaryOverridePence) out.push('salary');
  if (fteUnits(b.fte) !== fteUnits(a.fte)) out.push('fte');
  const mappedManager = b.managerId === null ? null : (ctx.afterOf.get(b.managerId) ?? `gone:${b.managerId}`);
  if (mappedManager !== a.managerId) out.push('manager');
  if (trimmed(b.team) !== trimmed(a.team)) out.push('team');
  if (!sameShares(b.funding, a.funding, (f) => f.sourceId)) out.push('funding');
  if ((b.organisationId ?? ctx.defaultOrganisationId) !== (a.organisationId ?? ctx.defaultOrganisationId)) out.push('organisation');
  if (!sameShares(b.organisationShares ?? [], a.organisationShares ?? [], (o) => o.organisationId)) out.push('organisationShares');
  if (b.vacant !== a.vacant) out.push('vacancy');
  if (b.notes !== a.notes) out.push('notes');
  if (b.isAssistant !== a.isAssistant) out.push('assistant');
  if (trimmed(b.duties) !== trimmed(a.duties)) out.push('duties');
  const dottedB = b.dottedManagerIds.map((d) => ctx.afterOf.get(d) ?? `gone:${d}`);
  if (!sameSet(dottedB, a.dottedManagerIds)) out.push('dottedLines');
  if (!sameSet(b.replacesLineageIds ?? [], a.replacesLineageIds ?? [])) out.push('replaces');
  return out;
}

export function classify(fields: readonly ChangedField[]): { kind: ChangeKind; regraded: boolean } {
  const has = (f: ChangedField) => fields.includes(f);
  const regraded = has('grade');
  if (has('title') || regraded || has('duties')) return { kind: 'redesignated', regraded };
  if (has('fte')) return { kind: 'fte-changed', regraded: false };
  if (has('manager') || has('team')) return { kind: 'moved', regraded: false };
  return { kind: 'unchanged', regraded: false };
}
