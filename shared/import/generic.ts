// An HR or payroll export: one row per post, or one row per person. Rows of people with the same
// post reference and the same post details become one post with several postholders (a job share).
import type { GradeBook } from './grades';
import { describePost, type Link } from './place';
import type { RowRecord } from './records';
import type { FieldKey, PlannedPost, ReportItem } from './types';
import { formatE4, many, norm, parseAmount, parseFte, readName, readVacancy, rowList } from './values';

export interface BuildResult {
  posts: PlannedPost[];
  links: Map<number, Link>;
  report: ReportItem[];
  /** Rows that did not become posts, each reported. */
  notImported: number;
  removed: Map<string, { managerRef: string; row: number }>;
}

type Mapped = ReadonlySet<FieldKey>;

interface Person {
  row: number;
  name: string | null;
  vacant: boolean;
  fteE4: number | null;
  holderFteE4: number | null;
}

const SAME_POST_FIELDS: FieldKey[] = ['title', 'grade', 'managerRef', 'managerTitle'];

/** FTE from a cell, or the reason it could not be read (the post then gets 1 FTE). */
export function readFteCell(text: string | undefined, row: number, what: string, report: ReportItem[], role: 'main' | 'junior'): number | null {
  if (text === undefined) return null;
  const v = parseFte(text);
  if (v.kind === 'fte' && v.e4 > 0 && v.e4 <= 10_000_000) return v.e4;
  const [code, severity, problem]: [ReportItem['code'], ReportItem['severity'], string] =
    v.kind === 'blank'
      ? ['fte-blank', 'warning', `${what} is blank`]
      : v.kind === 'invalid'
        ? ['fte-not-number', 'error', `${what} "${v.text}" is not a number`]
        : v.e4 === 0
          ? ['fte-zero', 'error', `${what} is 0`]
          : ['fte-out-of-range', 'error', `${what} ${formatE4(v.e4)} is more than 1000`];
  report.push({ severity, code, role, rows: [row], message: `Row ${row}: ${problem}, so it was imported as 1 FTE.` });
  return null;
}

function cap(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

export function buildGeneric(records: readonly RowRecord[], mapped: Mapped, grades: GradeBook): BuildResult {
  const report: ReportItem[] = [];
  const posts: PlannedPost[] = [];
  const links = new Map<number, Link>();
  const people = new Map<number, Person[]>();
  const firstValues = new Map<number, Partial<Record<FieldKey, string>>>();
  const byRef = new Map<string, number[]>();
  const removed = new Map<string, { managerRef: string; row: number }>();
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
    const person: Person = {
      row,
      name: holder?.kind === 'name' ? holder.name : null,
      vacant,
      fteE4: mapped.has('fte') ? readFteCell(v.fte, row, 'FTE', report, role) : null,
      holderFteE4: mapped.has('holderFte') ? readFteCell(v.holderFte, row, 'Postholder FTE', report, role) : null,
    };

    // The same reference and the same post details: another person in the same post.
    const sameRef = ref ? (byRef.get(ref) ?? []) : [];
    const sharer = sameRef.find((k) => SAME_POST_FIELDS.every((f) => norm(firstValues.get(k)![f] ?? '') === norm(v[f] ?? '')));
    if (sharer !== undefined && ref !== '0') {
      people.get(sharer)!.push(person);
      continue;
    }
    if (sameRef.length > 0 && ref !== '0') {
      const other = posts[sameRef[0]!]!;
      report.push({
        severity: 'error',
        code: 'duplicate-ref',
        role,
        rows: [row, other.rows[0]!],
        message:
          `Row ${row}: reference ${ref} is also on row ${other.rows[0]} for a different post (${describePost({ ref: '', title: v.title || 'no title' })} rather than ${describePost({ ref: '', title: other.title })}). ` +
          `It was imported as a separate post with the same reference; posts that report to ${ref} report to row ${other.rows[0]}.`,
      });
    }
    const key = posts.length;
    let title = (v.title ?? '').trim();
    if (!title) {
      title = 'Untitled post';
      report.push({ severity: 'error', code: 'missing-title', role, rows: [row], message: `Row ${row} has no job title, so it was imported as "${title}".` });
    }
    posts.push({
      key,
      ref,
      title,
      grade: null,
      payPoint: null,
      salaryOverridePence: null,
      fteE4: 10_000,
      vacant: false,
      team: v.team ?? '',
      notes: v.notes ?? '',
      postholders: [],
      manager: null,
      kind: 'post',
      rows: [row],
      role,
      matchKey: null,
    });
    readPay(posts[key]!, v, mapped, grades, report);
    people.set(key, [person]);
    firstValues.set(key, v);
    if (ref) {
      if (sameRef.length === 0) byRef.set(ref, [key]);
      else sameRef.push(key);
    }
    links.set(key, { managerRef: v.managerRef ?? '', managerTitle: v.managerTitle ?? '', top: false, required: false });
  }

  for (const p of posts) {
    const ps = people.get(p.key)!;
    const filled = ps.filter((x) => !x.vacant);
    p.vacant = filled.length === 0 && ps.some((x) => x.vacant);
    if (p.vacant) vacantRows.push(p.rows[0]!);
    if (ps.length > 1) p.rows = ps.map((x) => x.row);
    // With one FTE column, each person's row holds their own FTE and the post's is the total.
    const personFte = (x: Person) => (mapped.has('holderFte') ? x.holderFteE4 : x.fteE4);
    if (mapped.has('holderFte') && mapped.has('fte')) p.fteE4 = ps[0]!.fteE4 ?? 10_000;
    else if (ps.length > 1) p.fteE4 = Math.min(10_000_000, ps.reduce((t, x) => t + (personFte(x) ?? 10_000), 0));
    else p.fteE4 = personFte(ps[0]!) ?? ps[0]!.fteE4 ?? 10_000;
    p.postholders = filled.filter((x) => x.name !== null).map((x) => ({ name: x.name!, fteE4: ps.length > 1 ? personFte(x) : null }));
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
  return { posts, links, report, notImported, removed };
}

/** Grade, pay point and salary of a post. A salary equal to one of the grade's points becomes that point. */
function readPay(p: PlannedPost, v: Partial<Record<FieldKey, string>>, mapped: Mapped, grades: GradeBook, report: ReportItem[]): void {
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
  const salary = amount('salary', 'the salary');
  if (v.grade) {
    p.grade = grades.resolve(v.grade, row, 'main');
    grades.noteScale(p.grade, min, max, row, true);
    if (v.payPoint) {
      p.payPoint = grades.findPoint(p.grade, v.payPoint);
      if (p.payPoint === null)
        report.push({
          severity: 'warning',
          code: 'unknown-pay-point',
          role: 'main',
          rows: [row],
          message: `Row ${row}: pay point "${v.payPoint}" is not a point of grade ${grades.grades[p.grade]!.code}, so the post is costed from its grade${salary !== null ? ' and salary' : ''}.`,
        });
    }
  }
  if (salary !== null && salary > 0) {
    const point = p.grade === null ? null : grades.pointForSalary(p.grade, salary);
    if (point !== null && (p.payPoint === null || p.payPoint === point)) p.payPoint = point;
    else p.salaryOverridePence = salary;
  }
}
