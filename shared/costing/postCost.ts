// Full-year cost of one post in integer pence: salary pro rata to FTE, employer National Insurance
// per person above the threshold (for employees under 21 and apprentices under 25, only above the
// upper secondary threshold), employer pension at the employing organisation's rate and, when
// the document says so, the apprenticeship levy. Every rate comes from the document. A post
// carrying an all-in cost per post is costed at that, pro rata to FTE, with nothing added.
import { fteUnits } from '../model/fte';
import type { DocumentSettings, Grade, Id, Organisation, PayPoint, Post } from '../model/types';
import type { NiCategory } from '../model/valueSchemas';

export interface CostContext {
  settings: Pick<DocumentSettings, 'vacancyCosting' | 'niRateBp' | 'niThresholdPence' | 'niUpperThresholdPence' | 'levyEnabled' | 'levyRateBp' | 'defaultOrganisationId'>;
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
  /** The all-in cost of a post costed that way (on-costs included); 0 otherwise, when the parts above make the total. */
  allInPence: number;
  totalPence: number;
  /** Where the salary came from, so a figure can be explained. */
  salaryBasis: 'all-in' | 'override' | 'pay-point' | 'grade-bottom' | 'grade-middle' | 'grade-top' | 'none';
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

const sortedPoints = new WeakMap<Grade, PayPoint[]>();

function gradePoint(grade: Grade, where: 'bottom' | 'middle' | 'top'): PayPoint | undefined {
  let pts = sortedPoints.get(grade);
  if (!pts) {
    pts = [...grade.points].sort((a, b) => a.sortOrder - b.sortOrder || a.salaryPence - b.salaryPence);
    sortedPoints.set(grade, pts);
  }
  if (pts.length === 0) return undefined;
  if (where === 'bottom') return pts[0];
  if (where === 'top') return pts[pts.length - 1];
  return pts[Math.floor((pts.length - 1) / 2)];
}

export function fullTimeSalary(post: Post, ctx: CostContext): Pick<PostCost, 'fullTimeSalaryPence' | 'salaryBasis'> {
  const out = { fullTimeSalaryPence: 0, salaryBasis: 'none' as PostCost['salaryBasis'] };
  salaryInto(post, ctx, out);
  return out;
}

/** fullTimeSalary, written into `out` (costing a structure does this for every post). */
function salaryInto(post: Post, ctx: CostContext, out: Pick<PostCost, 'fullTimeSalaryPence' | 'salaryBasis'>): void {
  if (post.salaryOverridePence !== null) {
    out.fullTimeSalaryPence = post.salaryOverridePence;
    out.salaryBasis = 'override';
    return;
  }
  const point = post.payPointId ? ctx.payPoints.get(post.payPointId) : undefined;
  if (point) {
    out.fullTimeSalaryPence = point.salaryPence;
    out.salaryBasis = 'pay-point';
    return;
  }
  const grade = post.gradeId ? ctx.grades.get(post.gradeId) : undefined;
  if (grade) {
    // Vacancies follow the document's setting; a filled post with no known point is budgeted at the top.
    const where = post.vacant ? ctx.settings.vacancyCosting : 'top';
    const p = gradePoint(grade, where);
    if (p) {
      out.fullTimeSalaryPence = p.salaryPence;
      out.salaryBasis = GRADE_BASIS[where];
      return;
    }
  }
  out.fullTimeSalaryPence = 0;
  out.salaryBasis = 'none';
}

const GRADE_BASIS = { bottom: 'grade-bottom', middle: 'grade-middle', top: 'grade-top' } as const;

/**
 * FTE units (ten-thousandths) worked by each person in the post: none when it is vacant, one
 * person at the post's FTE when it is filled but nobody is named, otherwise each postholder at
 * their own FTE, those without one sharing what is left of the post's FTE equally.
 */
/**
 * A post with more than 1 FTE and no named postholders stands for a pool of people (an
 * organogram's "2.69 FTE of Executive Officers"): full-time people and one part-timer for the rest,
 * so the National Insurance threshold is allowed once per person.
 */
export function pooledUnits(units: number): number[] {
  if (units <= 10_000) return [units];
  const out: number[] = [];
  let rest = units;
  while (rest > 10_000) {
    out.push(10_000);
    rest -= 10_000;
  }
  if (rest > 0) out.push(rest);
  return out;
}

export function personUnits(post: Post): number[] {
  if (post.vacant) return [];
  const postUnits = fteUnits(post.fte);
  const holders = post.postholders;
  if (holders.length === 0) return pooledUnits(postUnits);
  let unassigned = 0;
  let assignedUnits = 0;
  for (const h of holders) {
    if (h.fte === null) unassigned++;
    else assignedUnits += fteUnits(h.fte);
  }
  const restUnits = Math.max(0, postUnits - assignedUnits);
  const out = new Array<number>(holders.length);
  for (let i = 0; i < holders.length; i++) {
    const h = holders[i]!;
    out[i] = h.fte === null ? restUnits / unassigned : fteUnits(h.fte);
  }
  return out;
}

/** People in the post: 0 when vacant, else its postholders (at least one person per full-time post in a pool). */
export function headcountOf(post: Post): number {
  if (post.vacant) return 0;
  // A grouped post that says how many people it holds counts them; otherwise one per whole FTE.
  if (post.grouped && post.headcount) return post.headcount;
  if (post.postholders.length > 0) return post.postholders.length;
  // As many people as pooledUnits makes: one per whole FTE and one for the rest, at least one.
  const units = fteUnits(post.fte);
  return units <= 10_000 ? 1 : Math.ceil(units / 10_000);
}

/** Earnings of each person in the post, in pence (fractional): one person when vacant. */
export function personEarnings(post: Post, fullTimeSalaryPence: number): number[] {
  const units = personUnits(post);
  // A vacancy is costed as the person (or pool of people) who would fill it.
  if (units.length === 0) return pooledUnits(fteUnits(post.fte)).map((u) => (fullTimeSalaryPence * u) / 10_000);
  for (let i = 0; i < units.length; i++) units[i] = (fullTimeSalaryPence * units[i]!) / 10_000;
  return units;
}

/** The organisation employing the postholder (the document default when the post names none). */
export function employerOf(post: Post, ctx: CostContext): Id | null {
  return post.organisationId ?? ctx.settings.defaultOrganisationId;
}

/** Earnings above which employer National Insurance is charged, for the category of the person. */
export function niThresholdFor(category: NiCategory, settings: CostContext['settings']): number {
  return category === 'standard' ? settings.niThresholdPence : Math.max(settings.niThresholdPence, settings.niUpperThresholdPence);
}

/**
 * Employer NI, unrounded, on the earnings of each person in the post in the order personEarnings
 * gives them, summed without building the lists: costing a structure does this for every post.
 */
/** Employer NI, unrounded, on one person's earnings: `units` of FTE at the full-time salary. */
function niOn(fullTimeSalaryPence: number, units: number, threshold: number, niRateBp: number): number {
  return (Math.max(0, (fullTimeSalaryPence * units) / 10_000 - threshold) * niRateBp) / 10_000;
}

function niOfPeople(post: Post, fullTimeSalaryPence: number, threshold: number, niRateBp: number): number {
  let ni = 0;
  const holders = post.postholders;
  if (post.vacant || holders.length === 0) {
    // As pooledUnits: full-time people, then one part-timer for the rest.
    let rest = fteUnits(post.fte);
    if (rest <= 10_000) return ni + niOn(fullTimeSalaryPence, rest, threshold, niRateBp);
    while (rest > 10_000) {
      ni += niOn(fullTimeSalaryPence, 10_000, threshold, niRateBp);
      rest -= 10_000;
    }
    if (rest > 0) ni += niOn(fullTimeSalaryPence, rest, threshold, niRateBp);
    return ni;
  }
  let unassigned = 0;
  let assignedUnits = 0;
  for (const h of holders) {
    if (h.fte === null) unassigned++;
    else assignedUnits += fteUnits(h.fte);
  }
  const restUnits = Math.max(0, fteUnits(post.fte) - assignedUnits);
  for (const h of holders) ni += niOn(fullTimeSalaryPence, h.fte === null ? restUnits / unassigned : fteUnits(h.fte), threshold, niRateBp);
  return ni;
}

/** A cost of nothing, for costInto to fill. */
export function blankPostCost(): PostCost {
  return { fullTimeSalaryPence: 0, salaryPence: 0, niPence: 0, pensionPence: 0, levyPence: 0, allInPence: 0, totalPence: 0, salaryBasis: 'none' };
}

export function costPost(post: Post, ctx: CostContext): PostCost {
  const out = blankPostCost();
  costInto(post, ctx, out);
  return out;
}

/**
 * costPost, written into `out`, every field set: costing a structure reuses one object for every
 * post rather than making one each.
 */
export function costInto(post: Post, ctx: CostContext, out: PostCost): void {
  if (post.allInCostPence !== null) {
    const allInPence = Math.round((post.allInCostPence * fteUnits(post.fte)) / 10_000);
    out.fullTimeSalaryPence = 0;
    out.salaryPence = 0;
    out.niPence = 0;
    out.pensionPence = 0;
    out.levyPence = 0;
    out.allInPence = allInPence;
    out.totalPence = allInPence;
    out.salaryBasis = 'all-in';
    return;
  }
  salaryInto(post, ctx, out);
  const fullTimeSalaryPence = out.fullTimeSalaryPence;
  const exactSalary = (fullTimeSalaryPence * fteUnits(post.fte)) / 10_000;
  const { niRateBp, levyEnabled, levyRateBp } = ctx.settings;
  const threshold = niThresholdFor(post.niCategory, ctx.settings);
  const exactNi = niOfPeople(post, fullTimeSalaryPence, threshold, niRateBp);
  const orgId = employerOf(post, ctx);
  const org = orgId ? ctx.organisations.get(orgId) : undefined;
  const exactPension = (exactSalary * (org?.pensionRateBp ?? 0)) / 10_000;
  const exactLevy = levyEnabled ? (exactSalary * levyRateBp) / 10_000 : 0;
  out.salaryPence = Math.round(exactSalary);
  out.niPence = Math.round(exactNi);
  out.pensionPence = Math.round(exactPension);
  out.levyPence = Math.round(exactLevy);
  out.allInPence = 0;
  out.totalPence = out.salaryPence + out.niPence + out.pensionPence + out.levyPence;
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
  const scratch = blankPostCost();
  for (const p of posts) {
    if (p.holding) continue;
    count++;
    units += fteUnits(p.fte);
    costInto(p, ctx, scratch);
    cost += scratch.totalPence;
  }
  return { posts: count, fte: units / 10_000, costPence: cost };
}
