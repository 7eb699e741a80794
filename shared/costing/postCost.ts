// Full-year cost of one post in integer pence: salary pro rata to FTE, employer National Insurance
// per person above the threshold, employer pension at the employing organisation's rate and, when
// the document says so, the apprenticeship levy. Every rate comes from the document.
import type { DocumentSettings, Grade, Id, Organisation, PayPoint, Post } from '../model/types';

export interface CostContext {
  settings: Pick<DocumentSettings, 'vacancyCosting' | 'niRateBp' | 'niThresholdPence' | 'levyEnabled' | 'levyRateBp' | 'defaultOrganisationId'>;
  organisations: ReadonlyMap<Id, Organisation>;
  grades: ReadonlyMap<Id, Grade>;
  payPoints: ReadonlyMap<Id, PayPoint>;
}

export interface PostCost {
  /** Full-time salary the post is costed at, before FTE. */
  fullTimeSalaryPence: number;
  salaryPence: number;
  niPence: number;
  pensionPence: number;
  levyPence: number;
  totalPence: number;
  /** Where the salary came from, so a figure can be explained. */
  salaryBasis: 'override' | 'pay-point' | 'grade-bottom' | 'grade-middle' | 'grade-top' | 'none';
}

export function buildCostContext(doc: {
  settings: CostContext['settings'];
  organisations: readonly Organisation[];
  grades: readonly Grade[];
}): CostContext {
  const payPoints = new Map<Id, PayPoint>();
  for (const g of doc.grades) for (const p of g.points) payPoints.set(p.id, p);
  return {
    settings: doc.settings,
    organisations: new Map(doc.organisations.map((o) => [o.id, o])),
    grades: new Map(doc.grades.map((g) => [g.id, g])),
    payPoints,
  };
}

/** FTE as an exact integer count of ten-thousandths. */
export function fteUnits(fte: number): number {
  return Math.round(fte * 10_000);
}

function gradePoint(grade: Grade, where: 'bottom' | 'middle' | 'top'): PayPoint | undefined {
  const pts = [...grade.points].sort((a, b) => a.sortOrder - b.sortOrder || a.salaryPence - b.salaryPence);
  if (pts.length === 0) return undefined;
  if (where === 'bottom') return pts[0];
  if (where === 'top') return pts[pts.length - 1];
  return pts[Math.floor((pts.length - 1) / 2)];
}

export function fullTimeSalary(post: Post, ctx: CostContext): Pick<PostCost, 'fullTimeSalaryPence' | 'salaryBasis'> {
  if (post.salaryOverridePence !== null) return { fullTimeSalaryPence: post.salaryOverridePence, salaryBasis: 'override' };
  const point = post.payPointId ? ctx.payPoints.get(post.payPointId) : undefined;
  if (point) return { fullTimeSalaryPence: point.salaryPence, salaryBasis: 'pay-point' };
  const grade = post.gradeId ? ctx.grades.get(post.gradeId) : undefined;
  if (grade) {
    // Vacancies follow the document's setting; a filled post with no known point is budgeted at the top.
    const where = post.vacant ? ctx.settings.vacancyCosting : 'top';
    const p = gradePoint(grade, where);
    if (p) return { fullTimeSalaryPence: p.salaryPence, salaryBasis: `grade-${where}` };
  }
  return { fullTimeSalaryPence: 0, salaryBasis: 'none' };
}

/** Earnings of each person in the post, in pence (fractional): one person when vacant. */
export function personEarnings(post: Post, fullTimeSalaryPence: number): number[] {
  const postUnits = fteUnits(post.fte);
  const holders = post.vacant ? [] : post.postholders;
  if (holders.length === 0) return [(fullTimeSalaryPence * postUnits) / 10_000];
  const unassigned = holders.filter((h) => h.fte === null).length;
  const assignedUnits = holders.reduce((s, h) => s + (h.fte === null ? 0 : fteUnits(h.fte)), 0);
  const restUnits = Math.max(0, postUnits - assignedUnits);
  return holders.map((h) => {
    const units = h.fte === null ? restUnits / unassigned : fteUnits(h.fte);
    return (fullTimeSalaryPence * units) / 10_000;
  });
}

export function costPost(post: Post, ctx: CostContext): PostCost {
  const { fullTimeSalaryPence, salaryBasis } = fullTimeSalary(post, ctx);
  const exactSalary = (fullTimeSalaryPence * fteUnits(post.fte)) / 10_000;
  const { niRateBp, niThresholdPence, levyEnabled, levyRateBp } = ctx.settings;
  const exactNi = personEarnings(post, fullTimeSalaryPence).reduce(
    (s, e) => s + (Math.max(0, e - niThresholdPence) * niRateBp) / 10_000,
    0,
  );
  const orgId = post.organisationId ?? ctx.settings.defaultOrganisationId;
  const org = orgId ? ctx.organisations.get(orgId) : undefined;
  const exactPension = (exactSalary * (org?.pensionRateBp ?? 0)) / 10_000;
  const exactLevy = levyEnabled ? (exactSalary * levyRateBp) / 10_000 : 0;
  const salaryPence = Math.round(exactSalary);
  const niPence = Math.round(exactNi);
  const pensionPence = Math.round(exactPension);
  const levyPence = Math.round(exactLevy);
  return {
    fullTimeSalaryPence,
    salaryPence,
    niPence,
    pensionPence,
    levyPence,
    totalPence: salaryPence + niPence + pensionPence + levyPence,
    salaryBasis,
  };
}

export interface StructureTotals {
  posts: number;
  fte: number;
  costPence: number;
}

/** Totals of a structure's posts; holding cards are not posts of the establishment and are left out. */
export function structureTotals(posts: readonly Post[], ctx: CostContext): StructureTotals {
  let units = 0;
  let cost = 0;
  let count = 0;
  for (const p of posts) {
    if (p.holding) continue;
    count++;
    units += fteUnits(p.fte);
    cost += costPost(p, ctx).totalPence;
  }
  return { posts: count, fte: units / 10_000, costPence: cost };
}
