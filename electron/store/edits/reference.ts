// Edits to document settings and reference data: organisations, grades with pay points, funding
// sources. The rules are in shared/edits/referenceData; this counts the posts they need, writes what
// they decide, and returns the label the undo step shows.
import { ApiError } from '../../../shared/api/errors';
import type { SettingsPatch } from '../../../shared/api/schemas';
import {
  fundingSourceDeletion,
  fundingSourceToWrite,
  gradeDeletion,
  gradePlan,
  organisationDeletion,
  organisationToWrite,
  payAwardChanges,
  payAwardLabel,
  settingsToWrite,
  type GradeInput,
  type PayAwardRounding,
} from '../../../shared/edits/referenceData';
import type { Checked } from '../../../shared/edits/refusal';
import type { Id } from '../../../shared/model/types';
import type { EditContext } from '../document';
import { newId } from '../postRows';

function valueOf<T>(c: Checked<T>): T {
  if (!c.ok) throw new ApiError(c.refusal.code, c.refusal.message, c.refusal.details);
  return c.value;
}

function countPosts(ctx: EditContext, where: string, id: Id): number {
  return (ctx.sql.get(`SELECT COUNT(*) AS n FROM ${where}`).get(id) as { n: number }).n;
}

/** How many posts are on each pay point of a grade, across every structure. */
function postsOnPayPoints(ctx: EditContext, gradeId: Id): Map<Id, number> {
  const rows = ctx.sql
    .get('SELECT pay_point_id AS id, COUNT(*) AS n FROM posts WHERE pay_point_id IN (SELECT id FROM pay_points WHERE grade_id = ?) GROUP BY pay_point_id')
    .all(gradeId) as { id: Id; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function writeSetting(ctx: EditContext, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  if (ctx.sql.select('settings', key)) ctx.rec.update('settings', key, { value: json });
  else ctx.rec.insert('settings', { id: key, value: json });
}

export function updateSettings(ctx: EditContext, args: { patch: SettingsPatch }): string {
  for (const [key, value] of valueOf(settingsToWrite(ctx.ref, args.patch))) writeSetting(ctx, key, value);
  return 'Change document settings';
}

function nextOrder(ctx: EditContext, table: string): number {
  return ((ctx.sql.get(`SELECT MAX(sort_order) AS m FROM ${table}`).get() as { m: number | null }).m ?? -1) + 1;
}

export function saveOrganisation(ctx: EditContext, args: { id?: Id | undefined; name: string; pensionRateBp: number }): string {
  const { name, pensionRateBp } = valueOf(organisationToWrite(ctx.ref, args));
  if (args.id) {
    ctx.rec.update('organisations', args.id, { name, pension_rate_bp: pensionRateBp });
    return `Change organisation "${name}"`;
  }
  const id = newId();
  ctx.rec.insert('organisations', { id, name, pension_rate_bp: pensionRateBp, sort_order: nextOrder(ctx, 'organisations') });
  ctx.created.push(id);
  return `Add organisation "${name}"`;
}

export function deleteOrganisation(ctx: EditContext, args: { id: Id }): string {
  const use = {
    employs: countPosts(ctx, 'posts WHERE organisation_id = ?', args.id),
    shares: countPosts(ctx, '(SELECT DISTINCT post_id FROM post_organisation_shares WHERE organisation_id = ?)', args.id),
  };
  const { organisation: org, clearDefault } = valueOf(organisationDeletion(ctx.ref, args.id, use));
  if (clearDefault) writeSetting(ctx, 'defaultOrganisationId', null);
  ctx.rec.delete('organisations', org.id);
  return `Delete organisation "${org.name}"`;
}

export function saveGrade(ctx: EditContext, args: GradeInput): string {
  const { code, grade, removedPoints } = valueOf(gradePlan(ctx.ref, args, args.id ? postsOnPayPoints(ctx, args.id) : new Map()));
  let gradeId: Id;
  if (grade) {
    gradeId = grade.id;
    ctx.rec.update('grades', gradeId, { code, name: args.name });
    for (const p of removedPoints) ctx.rec.delete('pay_points', p.id);
  } else {
    gradeId = newId();
    ctx.rec.insert('grades', { id: gradeId, code, name: args.name, sort_order: nextOrder(ctx, 'grades') });
    ctx.created.push(gradeId);
  }
  args.points.forEach((p, i) => {
    const existing = p.id ? ctx.sql.select('pay_points', p.id) : undefined;
    if (existing) ctx.rec.update('pay_points', p.id!, { code: p.code.trim(), salary_pence: p.salaryPence, sort_order: i });
    else ctx.rec.insert('pay_points', { id: p.id ?? newId(), grade_id: gradeId, code: p.code.trim(), salary_pence: p.salaryPence, sort_order: i });
  });
  return grade ? `Change grade ${code}` : `Add grade ${code}`;
}

export function deleteGrade(ctx: EditContext, args: { id: Id }): string {
  const grade = valueOf(gradeDeletion(ctx.ref, args.id, countPosts(ctx, 'posts WHERE grade_id = ?', args.id)));
  for (const p of grade.points) ctx.rec.delete('pay_points', p.id);
  ctx.rec.delete('grades', grade.id);
  return `Delete grade ${grade.code}`;
}

export function saveFundingSource(ctx: EditContext, args: { id?: Id | undefined; name: string; endDate: string | null }): string {
  const { name, endDate } = valueOf(fundingSourceToWrite(ctx.ref, args));
  if (args.id) {
    ctx.rec.update('funding_sources', args.id, { name, end_date: endDate });
    return `Change funding source "${name}"`;
  }
  const id = newId();
  ctx.rec.insert('funding_sources', { id, name, end_date: endDate, sort_order: nextOrder(ctx, 'funding_sources') });
  ctx.created.push(id);
  return `Add funding source "${name}"`;
}

export function deleteFundingSource(ctx: EditContext, args: { id: Id }): string {
  const { source, clearDefault } = valueOf(fundingSourceDeletion(ctx.ref, args.id, countPosts(ctx, 'post_funding WHERE source_id = ?', args.id)));
  if (clearDefault) writeSetting(ctx, 'defaultFundingSourceId', null);
  ctx.rec.delete('funding_sources', source.id);
  return `Delete funding source "${source.name}"`;
}

/** Raises every pay point by a percentage, as a national or local pay award does. */
export function applyPayAward(ctx: EditContext, args: { upliftBp: number; rounding: PayAwardRounding; payYear?: string | undefined }): string {
  for (const p of payAwardChanges(ctx.ref.grades, args.upliftBp, args.rounding)) ctx.rec.update('pay_points', p.id, { salary_pence: p.salaryPence });
  if (args.payYear) writeSetting(ctx, 'payYear', args.payYear);
  return payAwardLabel(args.upliftBp);
}
