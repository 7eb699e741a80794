// An HR or payroll export: one row per post, or one row per person. Rows of people with the same
// post reference and the same post details (everything that is costed included) become one post
// with several postholders (a job share). A headcount row, or a row with more FTE than one post
// can hold, becomes one grouped post.
import type { Extras } from './extras';
import type { GradeBook } from './grades';
import { describePost, type Link } from './place';
import type { RowRecord } from './records';
import { readAllInCost, readNiCategory } from './costCells';
import { readSalaryCell, type SalaryNote } from './salary';
import type { FieldKey, PlannedPost, ReportItem, SalaryBasis } from './types';
import { formatE4, many, norm, parseAmount, readName, readVacancy, rowList } from './values';
import { GROUP_MAX_E4, readFteCell, readHeadcount, SINGLE_MAX_E4 } from './fte';

export interface BuildResult {
  posts: PlannedPost[];
  /** Each post's link to its manager, by post key. */
  links: Link[];
  report: ReportItem[];
  /** Rows that did not become posts, each reported. */
  notImported: number;
  removed: Map<string, { managerRef: string; row: number }>;
  /** Salaries read from the file, by post key, settled against the grades once those are known. */
  salaries: SalaryNote[];
}

export interface BuildContext {
  grades: GradeBook;
  extras: Extras;
  salary: SalaryBasis;
}

type Mapped = ReadonlySet<FieldKey>;

interface Person {
  row: number;
  name: string | null;
  vacant: boolean;
  fteE4: number | null;
  holderFteE4: number | null;
}

/** Rows with one reference are one post only when these agree... */
const SAME_POST_FIELDS: FieldKey[] = ['title', 'grade', 'managerRef', 'managerTitle'];
/** ...and so does everything that is costed; otherwise they are different posts. */
const COSTED_FIELDS: FieldKey[] = ['payPoint'];

/** Shared by every row whose reference no earlier row has; never added to. */
const NO_KEYS: readonly number[] = Object.freeze([]);
/** The empty list every new post starts with, replaced (never added to) when it has something. */
const NONE = Object.freeze([]) as never[];

function cap(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

function blankPost(key: number, ref: string, title: string, rec: RowRecord): PlannedPost {
  const v = rec.values;
  return {
    key,
    ref,
    title,
    grade: null,
    payPoint: null,
    salaryOverridePence: null,
    allInCostPence: null,
    niCategory: 'standard',
    fteE4: 10_000,
    vacant: false,
    team: v.team ?? '',
    notes: v.notes ?? '',
    // Set for every post once all its rows are read.
    postholders: NONE,
    manager: null,
    kind: 'post',
    rows: [rec.row],
    role: 'main',
    matchKey: null,
    grouped: false,
    headcount: null,
    funding: null,
    organisation: null,
    organisationShares: NONE,
  };
}

export function buildGeneric(records: readonly RowRecord[], mapped: Mapped, ctx: BuildContext): BuildResult {
  const { grades, extras } = ctx;
  const report: ReportItem[] = [];
  const posts: PlannedPost[] = [];
  // By post key, as the other lists by post below: a plan of tens of thousands of rows sets one of
  // each per row, which an array does several times faster than a Map.
  const links: Link[] = [];
  // By post key (its position in `posts`): the people in the post, the row that made it, and what
  // it is costed at (the key worked out only once another row with the same reference needs it).
  const people: Person[][] = [];
  const firstValues: RowRecord[] = [];
  const costed: (string | undefined)[] = [];
  const costParts: { salaryPence: number | null; allIn: number | null; niCategory: string }[] = [];
  const costKeyOf = (rec: RowRecord, parts: (typeof costParts)[number]) =>
    [...COSTED_FIELDS.map((f) => norm(rec.values[f] ?? '')), parts.salaryPence ?? '', parts.allIn ?? '', parts.niCategory, extras.signature(rec)].join('\u001f');
  const costedKey = (k: number) => (costed[k] ??= costKeyOf(firstValues[k]!, costParts[k]!));
  // The posts of each reference: one key (nearly every reference) or several.
  const byRef = new Map<string, number | number[]>();
  const keysOf = (ref: string): readonly number[] => {
    const k = byRef.get(ref);
    return k === undefined ? NO_KEYS : typeof k === 'number' ? [k] : k;
  };
  const removed = new Map<string, { managerRef: string; row: number }>();
  const salaries: SalaryNote[] = [];
  const vacantRows: number[] = [];
  let notImported = 0;
  const role = 'main';

  for (const rec of records) {
    const v = rec.values;
    const row = rec.row;
    const ref = v.ref ?? '';
    const holder = mapped.has('postholder') ? readName(v.postholder ?? '') : null;
    if (holder?.kind === 'eliminated') {
      notImported++;
      report.push({ severity: 'info', code: 'eliminated', role, rows: [row], message: `Row ${row}: ${describePost({ ref, title: v.title ?? '' })} is marked "Eliminated" (the post no longer exists), so it was not imported.` });
      if (ref) removed.set(ref, { managerRef: v.managerRef ?? '', row });
      continue;
    }
    let vacant = holder?.kind === 'vacant';
    if (mapped.has('vacancy')) {
      const flag = readVacancy(v.vacancy ?? '');
      if (flag === null)
        report.push({ severity: 'warning', code: 'unclear-vacancy', role, rows: [row], message: `Row ${row}: the vacancy column says "${v.vacancy}", which is neither vacant nor filled, so the post was taken to be filled.` });
      else vacant ||= flag;
    }
    const headcount = mapped.has('headcount') ? readHeadcount(v.headcount, row, report, role) : null;
    const grouped = headcount !== null && headcount > 1;
    const fteE4 = mapped.has('fte') ? readFteCell(v.fte, row, 'FTE', report, role, GROUP_MAX_E4) : null;
    const person: Person = {
      row,
      name: holder?.kind === 'name' ? holder.name : null,
      vacant,
      fteE4,
      holderFteE4: mapped.has('holderFte') ? readFteCell(v.holderFte, row, 'Postholder FTE', report, role, SINGLE_MAX_E4) : null,
    };
    const salary = mapped.has('salary') ? readSalaryCell(v.salary, row, person.holderFteE4 ?? fteE4 ?? (grouped ? headcount * 10_000 : 10_000), ctx.salary, report, role) : null;
    const allIn = mapped.has('cost') ? readAllInCost(v.cost, row, report, role) : null;
    const niCategory = mapped.has('niCategory') ? readNiCategory(v.niCategory, row, report, role) : 'standard';
    const parts = { salaryPence: salary?.pence ?? null, allIn, niCategory };

    // The same reference and the same post details: another person in the same post.
    const sameRef = ref && !grouped ? keysOf(ref) : NO_KEYS;
    const samePost = sameRef.length === 0 ? NO_KEYS : sameRef.filter((k) => SAME_POST_FIELDS.every((f) => norm(firstValues[k]!.values[f] ?? '') === norm(v[f] ?? '')));
    const costKey = samePost.length === 0 ? '' : costKeyOf(rec, parts);
    const sharer = samePost.find((k) => costedKey(k) === costKey && !posts[k]!.grouped);
    if (sharer !== undefined && ref !== '0') {
      people[sharer]!.push(person);
      continue;
    }
    if (sameRef.length > 0 && ref !== '0') {
      const other = posts[samePost[0] ?? sameRef[0]!]!;
      report.push(
        samePost.length > 0
          ? {
              severity: 'warning',
              code: 'job-share-differs',
              role,
              rows: [row, other.rows[0]!],
              message:
                `Row ${row}: reference ${ref} is also on row ${other.rows[0]} for ${describePost({ ref: '', title: other.title })}, but the two rows differ in pay, funding or employer, ` +
                'so they were imported as two posts with the same reference rather than one shared post.',
            }
          : {
              severity: 'error',
              code: 'duplicate-ref',
              role,
              rows: [row, other.rows[0]!],
              message:
                `Row ${row}: reference ${ref} is also on row ${other.rows[0]} for a different post (${describePost({ ref: '', title: v.title || 'no title' })} rather than ${describePost({ ref: '', title: other.title })}). ` +
                `It was imported as a separate post with the same reference; posts that report to ${ref} report to row ${other.rows[0]}.`,
            },
      );
    }
    const key = posts.length;
    let title = (v.title ?? '').trim();
    if (!title) {
      title = 'Untitled post';
      report.push({ severity: 'error', code: 'missing-title', role, rows: [row], message: `Row ${row} has no job title, so it was imported as "${title}".` });
    }
    const post = blankPost(key, ref, title, rec);
    if (grouped) {
      post.grouped = true;
      post.headcount = headcount;
    }
    post.allInCostPence = allIn;
    post.niCategory = niCategory;
    posts.push(post);
    readGrade(post, v, mapped, grades, report, salary !== null);
    if (salary) salaries[key] = salary;
    extras.read(post, rec);
    people[key] = [person];
    firstValues[key] = rec;
    costParts[key] = parts;
    if (ref) {
      if (sameRef.length === 0) byRef.set(ref, key);
      else byRef.set(ref, [...sameRef, key]);
    }
    links[key] = { managerRef: v.managerRef ?? '', managerTitle: v.managerTitle ?? '', top: false, required: false };
  }

  for (const p of posts) {
    const ps = people[p.key]!;
    const filled = ps.filter((x) => !x.vacant);
    p.vacant = filled.length === 0 && ps.some((x) => x.vacant);
    if (p.vacant) vacantRows.push(p.rows[0]!);
    if (ps.length > 1) p.rows = ps.map((x) => x.row);
    settleFte(p, ps, mapped, report);
    p.postholders = p.grouped ? [] : filled.filter((x) => x.name !== null).map((x) => ({ name: x.name!, fteE4: ps.length > 1 ? personFte(x, mapped) : null }));
    if (ps.length > 1)
      report.push({
        severity: 'info',
        code: 'job-share',
        role,
        rows: p.rows,
        message: `${cap(rowList(p.rows))}: ${describePost(p)} is one post held by ${ps.length} people (a job share), imported as one post of ${formatE4(p.fteE4)} FTE.`,
      });
  }
  if (vacantRows.length > 0)
    report.push({ severity: 'info', code: 'vacant', role, rows: vacantRows, message: `${vacantRows.length} ${many(vacantRows.length, 'post is', 'posts are')} vacant (${rowList(vacantRows)}), as the file says.` });
  return { posts, links, report, notImported, removed, salaries };
}

/** With one FTE column, each person's row holds their own FTE and the post's is the total. */
function personFte(x: Person, mapped: Mapped): number | null {
  return mapped.has('holderFte') ? x.holderFteE4 : x.fteE4;
}

function settleFte(p: PlannedPost, ps: Person[], mapped: Mapped, report: ReportItem[]): void {
  const first = ps[0]!;
  if (p.grouped) p.fteE4 = first.fteE4 ?? (p.headcount ?? 1) * 10_000;
  else if (mapped.has('holderFte') && mapped.has('fte')) p.fteE4 = first.fteE4 ?? 10_000;
  else if (ps.length > 1) p.fteE4 = ps.reduce((t, x) => t + (personFte(x, mapped) ?? 10_000), 0);
  else p.fteE4 = personFte(first, mapped) ?? first.fteE4 ?? 10_000;
  if (p.fteE4 > SINGLE_MAX_E4 && !p.grouped) {
    // More than one post can hold: the row stands for a group of posts.
    p.grouped = true;
    p.postholders = [];
    report.push({
      severity: 'info',
      code: 'large-group',
      role: p.role,
      rows: p.rows,
      message: `${cap(rowList(p.rows))}: ${describePost(p)} has ${formatE4(p.fteE4)} FTE, more than one post can have (${SINGLE_MAX_E4 / 10_000}), so it was imported as a grouped post of ${formatE4(p.fteE4)} FTE.`,
    });
  }
}

/** Grade and pay point of a post; the salary is settled once the grades' pay points are known. */
function readGrade(p: PlannedPost, v: Partial<Record<FieldKey, string>>, mapped: Mapped, grades: GradeBook, report: ReportItem[], hasSalary: boolean): void {
  const row = p.rows[0]!;
  const amount = (field: FieldKey, label: string): number | null => {
    if (!mapped.has(field)) return null;
    const a = parseAmount(v[field] ?? '');
    if (a.kind === 'amount') return a.pence;
    if (a.kind === 'invalid')
      report.push({ severity: 'error', code: 'pay-not-number', role: 'main', rows: [row], message: `Row ${row}: ${label} "${a.text}" is not an amount of money, so it was left out.` });
    return null;
  };
  const min = amount('payMin', 'the grade minimum');
  const max = amount('payMax', 'the grade maximum');
  if (!v.grade) return;
  p.grade = grades.resolve(v.grade, row, 'main', hasSalary);
  grades.noteScale(p.grade, min, max, row, true);
  if (v.payPoint) {
    p.payPoint = grades.findPoint(p.grade, v.payPoint);
    if (p.payPoint === null)
      report.push({
        severity: 'warning',
        code: 'unknown-pay-point',
        role: 'main',
        rows: [row],
        message: `Row ${row}: pay point "${v.payPoint}" is not a point of grade ${grades.grades[p.grade]!.code}, so the post is costed from its grade${hasSalary ? ' and salary' : ''}.`,
      });
  }
}
