// Edits to document settings and reference data: organisations, grades with pay points, funding sources.
import { ApiError } from '../../../shared/api/errors';
import type { SettingsPatch } from '../../../shared/api/schemas';
import type { Id } from '../../../shared/model/types';
import type { EditContext } from '../document';
import { newId } from '../postRows';

function countPosts(ctx: EditContext, where: string, id: Id): number {
  return (ctx.sql.get(`SELECT COUNT(*) AS n FROM ${where}`).get(id) as { n: number }).n;
}

function inUse(what: string, name: string, n: number): ApiError {
  return new ApiError(
    'conflict',
    `${what} "${name}" is used by ${n} post${n === 1 ? '' : 's'}, so it cannot be deleted. Change those posts first.`,
    { posts: n },
  );
}

export function writeSetting(ctx: EditContext, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  if (ctx.sql.select('settings', key)) ctx.rec.update('settings', key, { value: json });
  else ctx.rec.insert('settings', { id: key, value: json });
}

export function updateSettings(ctx: EditContext, args: { patch: SettingsPatch }): string {
  const { patch } = args;
  if (patch.defaultOrganisationId && !ctx.ref.organisations.some((o) => o.id === patch.defaultOrganisationId))
    throw new ApiError('invalid-argument', 'That organisation is not in the document.');
  if (patch.defaultFundingSourceId && !ctx.ref.fundingSources.some((f) => f.id === patch.defaultFundingSourceId))
    throw new ApiError('invalid-argument', 'That funding source is not in the document.');
  if (patch.designRules) {
    const gradeIds = new Set(ctx.ref.grades.map((g) => g.id));
    const named = [
      ...patch.designRules.ratios.flatMap((r) => [r.posts, r.of]).flatMap((m) => ('grade' in m ? [m.grade] : [])),
      ...patch.designRules.reportsUp.flatMap((r) => (r.atLeast === null ? [r.grade] : [r.grade, r.atLeast])),
    ];
    if (named.some((id) => !gradeIds.has(id))) throw new ApiError('invalid-argument', 'A design rule names a grade that is not in the grade table.');
  }
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) writeSetting(ctx, key, value);
  return 'Change document settings';
}

function nextOrder(ctx: EditContext, table: string): number {
  return ((ctx.sql.get(`SELECT MAX(sort_order) AS m FROM ${table}`).get() as { m: number | null }).m ?? -1) + 1;
}

export function saveOrganisation(ctx: EditContext, args: { id?: Id | undefined; name: string; pensionRateBp: number }): string {
  if (args.id) {
    const org = ctx.ref.organisations.find((o) => o.id === args.id);
    if (!org) throw new ApiError('not-found', 'That organisation is no longer in the document.');
    ctx.rec.update('organisations', args.id, { name: args.name.trim(), pension_rate_bp: args.pensionRateBp });
    return `Change organisation "${args.name.trim()}"`;
  }
  const id = newId();
  ctx.rec.insert('organisations', { id, name: args.name.trim(), pension_rate_bp: args.pensionRateBp, sort_order: nextOrder(ctx, 'organisations') });
  ctx.created.push(id);
  return `Add organisation "${args.name.trim()}"`;
}

export function deleteOrganisation(ctx: EditContext, args: { id: Id }): string {
  const org = ctx.ref.organisations.find((o) => o.id === args.id);
  if (!org) throw new ApiError('not-found', 'That organisation is no longer in the document.');
  const n = countPosts(ctx, 'posts WHERE organisation_id = ?', org.id);
  if (n > 0) throw inUse('Organisation', org.name, n);
  const sharing = countPosts(ctx, '(SELECT DISTINCT post_id FROM post_organisation_shares WHERE organisation_id = ?)', org.id);
  if (sharing > 0)
    throw new ApiError(
      'conflict',
      `Organisation "${org.name}" shares the cost of ${sharing} post${sharing === 1 ? '' : 's'}, so it cannot be deleted. Change how those posts are shared first.`,
      { posts: sharing },
    );
  if (ctx.ref.settings.defaultOrganisationId === org.id) writeSetting(ctx, 'defaultOrganisationId', null);
  ctx.rec.delete('organisations', org.id);
  return `Delete organisation "${org.name}"`;
}

export function saveGrade(
  ctx: EditContext,
  args: { id?: Id | undefined; code: string; name: string; points: { id?: Id | undefined; code: string; salaryPence: number }[] },
): string {
  const code = args.code.trim();
  const clash = ctx.ref.grades.find((g) => g.id !== args.id && g.code.toLowerCase() === code.toLowerCase());
  if (clash) throw new ApiError('conflict', `There is already a grade "${clash.code}".`);
  let gradeId = args.id;
  if (gradeId) {
    const grade = ctx.ref.grades.find((g) => g.id === gradeId);
    if (!grade) throw new ApiError('not-found', 'That grade is no longer in the document.');
    ctx.rec.update('grades', gradeId, { code, name: args.name });
    const keep = new Set(args.points.map((p) => p.id).filter(Boolean));
    for (const p of grade.points) {
      if (keep.has(p.id)) continue;
      const n = countPosts(ctx, 'posts WHERE pay_point_id = ?', p.id);
      if (n > 0) throw new ApiError('conflict', `Pay point ${p.code} of ${grade.code} is used by ${n} post${n === 1 ? '' : 's'}, so it cannot be removed.`);
      ctx.rec.delete('pay_points', p.id);
    }
  } else {
    gradeId = newId();
    ctx.rec.insert('grades', { id: gradeId, code, name: args.name, sort_order: nextOrder(ctx, 'grades') });
    ctx.created.push(gradeId);
  }
  args.points.forEach((p, i) => {
    const existing = p.id ? ctx.sql.select('pay_points', p.id) : undefined;
    if (p.id && existing && existing.grade_id !== gradeId)
      throw new ApiError('invalid-argument', `Pay point ${p.code} belongs to another grade.`);
    if (existing) ctx.rec.update('pay_points', p.id!, { code: p.code.trim(), salary_pence: p.salaryPence, sort_order: i });
    else ctx.rec.insert('pay_points', { id: p.id ?? newId(), grade_id: gradeId!, code: p.code.trim(), salary_pence: p.salaryPence, sort_order: i });
  });
  return args.id ? `Change grade ${code}` : `Add grade ${code}`;
}

export function deleteGrade(ctx: EditContext, args: { id: Id }): string {
  const grade = ctx.ref.grades.find((g) => g.id === args.id);
  if (!grade) throw new ApiError('not-found', 'That grade is no longer in the document.');
  const n = countPosts(ctx, 'posts WHERE grade_id = ?', grade.id);
  if (n > 0) throw inUse('Grade', grade.code, n);
  for (const p of grade.points) ctx.rec.delete('pay_points', p.id);
  ctx.rec.delete('grades', grade.id);
  return `Delete grade ${grade.code}`;
}

export function saveFundingSource(ctx: EditContext, args: { id?: Id | undefined; name: string; endDate: string | null }): string {
  const name = args.name.trim();
  if (args.id) {
    if (!ctx.ref.fundingSources.some((f) => f.id === args.id)) throw new ApiError('not-found', 'That funding source is no longer in the document.');
    ctx.rec.update('funding_sources', args.id, { name, end_date: args.endDate });
    return `Change funding source "${name}"`;
  }
  const id = newId();
  ctx.rec.insert('funding_sources', { id, name, end_date: args.endDate, sort_order: nextOrder(ctx, 'funding_sources') });
  ctx.created.push(id);
  return `Add funding source "${name}"`;
}

export function deleteFundingSource(ctx: EditContext, args: { id: Id }): string {
  const source = ctx.ref.fundingSources.find((f) => f.id === args.id);
  if (!source) throw new ApiError('not-found', 'That funding source is no longer in the document.');
  const n = countPosts(ctx, 'post_funding WHERE source_id = ?', source.id);
  if (n > 0) throw inUse('Funding source', source.name, n);
  if (ctx.ref.settings.defaultFundingSourceId === source.id) writeSetting(ctx, 'defaultFundingSourceId', null);
  ctx.rec.delete('funding_sources', source.id);
  return `Delete funding source "${source.name}"`;
}

/** Raises every pay point by a percentage, as a national or local pay award does. */
export function applyPayAward(ctx: EditContext, args: { upliftBp: number; rounding: 'pound' | 'penny'; payYear?: string | undefined }): string {
  const unit = args.rounding === 'pound' ? 100 : 1;
  for (const grade of ctx.ref.grades) {
    for (const p of grade.points) {
      // Integer arithmetic: pence x (10000 + bp) / 10000, rounded half up to the unit.
      const raised = (p.salaryPence * (10_000 + args.upliftBp)) / 10_000;
      const rounded = Math.round(raised / unit) * unit;
      ctx.rec.update('pay_points', p.id, { salary_pence: rounded });
    }
  }
  if (args.payYear) writeSetting(ctx, 'payYear', args.payYear);
  return `Apply a ${args.upliftBp / 100}% pay award`;
}
