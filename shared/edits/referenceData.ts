// Edits to the document's settings and reference data: organisations, grades with their pay points,
// funding sources, and pay awards. Pure: the store counts the posts these need and writes what they return.
import type { SettingsPatch } from '../api/schemas';
import type { FundingSource, Grade, Id, Organisation, PayPoint } from '../model/types';
import { gradeOfPayPoint } from './payPoint';
import type { ReferenceModel } from './references';
import { accepted, refuse, refused, type Checked, type Refusal } from './refusal';

/** The reference data these rules read. */
export type ReferenceDataModel = Pick<ReferenceModel, 'settings' | 'organisations' | 'grades' | 'fundingSources'>;

function posts(n: number): string {
  return `${n} post${n === 1 ? '' : 's'}`;
}

/** The refusal to delete something posts still use. */
export function usedBy(what: string, name: string, n: number): Refusal {
  return refuse('conflict', `${what} "${name}" is used by ${posts(n)}, so it cannot be deleted. Change those posts first.`, { posts: n });
}

// Settings

/** The grades a set of design rules names. */
function gradesNamed(rules: NonNullable<SettingsPatch['designRules']>): Id[] {
  return [
    ...rules.ratios.flatMap((r) => [r.posts, r.of]).flatMap((m) => ('grade' in m ? [m.grade] : [])),
    ...rules.reportsUp.flatMap((r) => (r.atLeast === null ? [r.grade] : [r.grade, r.atLeast])),
  ];
}

/**
 * A change to the settings may only name an organisation, funding source or grade that is in the
 * document. Accepted, it is the settings to write, key by key (those the patch leaves out are kept).
 */
export function settingsToWrite(ref: ReferenceDataModel, patch: SettingsPatch): Checked<[string, unknown][]> {
  if (patch.defaultOrganisationId && !ref.organisations.some((o) => o.id === patch.defaultOrganisationId))
    return refused(refuse('invalid-argument', 'That organisation is not in the document.'));
  if (patch.defaultFundingSourceId && !ref.fundingSources.some((f) => f.id === patch.defaultFundingSourceId))
    return refused(refuse('invalid-argument', 'That funding source is not in the document.'));
  if (patch.designRules) {
    const gradeIds = new Set(ref.grades.map((g) => g.id));
    if (gradesNamed(patch.designRules).some((id) => !gradeIds.has(id)))
      return refused(refuse('invalid-argument', 'A design rule names a grade that is not in the grade table.'));
  }
  return accepted(Object.entries(patch).filter(([, value]) => value !== undefined));
}

// Organisations

export function findOrganisation(ref: ReferenceDataModel, id: Id): Checked<Organisation> {
  const org = ref.organisations.find((o) => o.id === id);
  return org ? accepted(org) : refused(refuse('not-found', 'That organisation is no longer in the document.'));
}

export interface OrganisationInput {
  id?: Id | undefined;
  name: string;
  pensionRateBp: number;
}

/** An organisation as saved: the one it changes must still be there; the name is trimmed. */
export function organisationToWrite(ref: ReferenceDataModel, input: OrganisationInput): Checked<{ name: string; pensionRateBp: number }> {
  if (input.id) {
    const found = findOrganisation(ref, input.id);
    if (!found.ok) return found;
  }
  return accepted({ name: input.name.trim(), pensionRateBp: input.pensionRateBp });
}

/** How many posts an organisation is still part of. */
export interface OrganisationUse {
  /** Posts it employs. */
  employs: number;
  /** Posts whose cost it shares. */
  shares: number;
}

/**
 * An organisation can be deleted only when no post is employed by it or shares its cost with it.
 * Accepted, it says whether the document's default organisation must be cleared too.
 */
export function organisationDeletion(ref: ReferenceDataModel, id: Id, use: OrganisationUse): Checked<{ organisation: Organisation; clearDefault: boolean }> {
  const found = findOrganisation(ref, id);
  if (!found.ok) return found;
  const org = found.value;
  if (use.employs > 0) return refused(usedBy('Organisation', org.name, use.employs));
  if (use.shares > 0)
    return refused(
      refuse('conflict', `Organisation "${org.name}" shares the cost of ${posts(use.shares)}, so it cannot be deleted. Change how those posts are shared first.`, {
        posts: use.shares,
      }),
    );
  return accepted({ organisation: org, clearDefault: ref.settings.defaultOrganisationId === org.id });
}

// Grades and pay points

export function findGrade(ref: ReferenceDataModel, id: Id): Checked<Grade> {
  const grade = ref.grades.find((g) => g.id === id);
  return grade ? accepted(grade) : refused(refuse('not-found', 'That grade is no longer in the document.'));
}

export interface GradeInput {
  id?: Id | undefined;
  code: string;
  name: string;
  points: { id?: Id | undefined; code: string; salaryPence: number }[];
}

export interface GradePlan {
  /** The grade's code, trimmed. */
  code: string;
  /** The grade as it stands, when the edit changes one; null for a new grade. */
  grade: Grade | null;
  /** Its pay points the edit leaves out, to delete. */
  removedPoints: PayPoint[];
}

/** The pay points of a grade that a saved list of points leaves out. */
export function payPointsLeftOut(grade: Grade, points: GradeInput['points']): PayPoint[] {
  const keep = new Set(points.map((p) => p.id).filter(Boolean));
  return grade.points.filter((p) => !keep.has(p.id));
}

/**
 * A grade as saved. Its code must differ from every other grade's (ignoring case); the grade it
 * changes must still be there; a pay point it drops must not be used by any post (`postsOnPoint`
 * counts the posts on each of the grade's points, across every structure); and a pay point it lists
 * must not belong to another grade.
 */
export function gradePlan(ref: ReferenceDataModel, input: GradeInput, postsOnPoint: ReadonlyMap<Id, number>): Checked<GradePlan> {
  const code = input.code.trim();
  const clash = ref.grades.find((g) => g.id !== input.id && g.code.toLowerCase() === code.toLowerCase());
  if (clash) return refused(refuse('conflict', `There is already a grade "${clash.code}".`));
  let grade: Grade | null = null;
  let removedPoints: PayPoint[] = [];
  if (input.id) {
    const found = findGrade(ref, input.id);
    if (!found.ok) return found;
    grade = found.value;
    removedPoints = payPointsLeftOut(grade, input.points);
    for (const p of removedPoints) {
      const n = postsOnPoint.get(p.id) ?? 0;
      if (n > 0) return refused(refuse('conflict', `Pay point ${p.code} of ${grade.code} is used by ${posts(n)}, so it cannot be removed.`));
    }
  }
  for (const p of input.points) {
    const owner = p.id ? gradeOfPayPoint(ref.grades, p.id) : undefined;
    if (owner && owner.id !== input.id) return refused(refuse('invalid-argument', `Pay point ${p.code} belongs to another grade.`));
  }
  return accepted({ code, grade, removedPoints });
}

/** A grade can be deleted, with its pay points, only when no post is on it. */
export function gradeDeletion(ref: ReferenceDataModel, id: Id, postsOnGrade: number): Checked<Grade> {
  const found = findGrade(ref, id);
  if (!found.ok) return found;
  if (postsOnGrade > 0) return refused(usedBy('Grade', found.value.code, postsOnGrade));
  return found;
}

// Funding sources

export function findFundingSource(ref: ReferenceDataModel, id: Id): Checked<FundingSource> {
  const source = ref.fundingSources.find((f) => f.id === id);
  return source ? accepted(source) : refused(refuse('not-found', 'That funding source is no longer in the document.'));
}

export interface FundingSourceInput {
  id?: Id | undefined;
  name: string;
  endDate: string | null;
}

/** A funding source as saved: the one it changes must still be there; the name is trimmed. */
export function fundingSourceToWrite(ref: ReferenceDataModel, input: FundingSourceInput): Checked<{ name: string; endDate: string | null }> {
  if (input.id) {
    const found = findFundingSource(ref, input.id);
    if (!found.ok) return found;
  }
  return accepted({ name: input.name.trim(), endDate: input.endDate });
}

/**
 * A funding source can be deleted only when it funds no post. Accepted, it says whether the
 * document's default funding source must be cleared too.
 */
export function fundingSourceDeletion(ref: ReferenceDataModel, id: Id, postsFunded: number): Checked<{ source: FundingSource; clearDefault: boolean }> {
  const found = findFundingSource(ref, id);
  if (!found.ok) return found;
  const source = found.value;
  if (postsFunded > 0) return refused(usedBy('Funding source', source.name, postsFunded));
  return accepted({ source, clearDefault: ref.settings.defaultFundingSourceId === source.id });
}

// Pay awards

export type PayAwardRounding = 'pound' | 'penny';

/** A salary raised by an award of `upliftBp` basis points: pence x (10000 + bp) / 10000, rounded half up to the pound or the penny. */
export function awardedSalary(salaryPence: number, upliftBp: number, rounding: PayAwardRounding): number {
  const unit = rounding === 'pound' ? 100 : 1;
  const raised = (salaryPence * (10_000 + upliftBp)) / 10_000;
  return Math.round(raised / unit) * unit;
}

/** Every pay point of every grade with its salary after the award. */
export function payAwardChanges(grades: readonly Grade[], upliftBp: number, rounding: PayAwardRounding): { id: Id; salaryPence: number }[] {
  return grades.flatMap((g) => g.points.map((p) => ({ id: p.id, salaryPence: awardedSalary(p.salaryPence, upliftBp, rounding) })));
}

export function payAwardLabel(upliftBp: number): string {
  return `Apply a ${upliftBp / 100}% pay award`;
}
