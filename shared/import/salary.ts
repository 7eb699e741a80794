// Salaries from an HR export. Read as full-time salaries (or, when the user says so, as pay for
// the row's FTE, converted to full-time), then checked against the post's grade once its pay
// points are known: a salary below the grade's bottom that fits it at the row's FTE looks pro rata;
// any other salary outside the grade is reported. A salary equal to a point of the grade becomes
// that point; any other is kept as the post's salary.
import { roundDiv } from '../costing/apportion';
import type { PlannedGrade, PlannedPost, ReportItem, SalaryBasis, SourceRole } from './types';
import { formatE4, formatPoundsWhole, parseAmount, rowList } from './values';

export interface SalaryNote {
  /** The full-time salary the post is costed at. */
  pence: number;
  /** The amount in the file. */
  filePence: number;
  row: number;
  /** The FTE of the row the salary is for. */
  rowFteE4: number;
}

export function readSalaryCell(text: string | undefined, row: number, rowFteE4: number, basis: SalaryBasis, report: ReportItem[], role: SourceRole): SalaryNote | null {
  const a = parseAmount(text ?? '');
  if (a.kind === 'invalid') {
    report.push({ severity: 'error', code: 'pay-not-number', role, rows: [row], message: `Row ${row}: the salary "${a.text}" is not an amount of money, so it was left out.` });
    return null;
  }
  if (a.kind !== 'amount' || a.pence === 0) return null;
  const pence = basis === 'pro-rata' && rowFteE4 !== 10_000 ? roundDiv(a.pence * 10_000, rowFteE4) : a.pence;
  return { pence, filePence: a.pence, row, rowFteE4 };
}

/** Lines about many rows: the first few one by one, the rest in one line. */
const ONE_BY_ONE = 20;

/** `salaries`: the salary read for each post, by post key (none for a post without one). */
export function settleSalaries(posts: PlannedPost[], salaries: readonly (SalaryNote | undefined)[], grades: readonly PlannedGrade[], basis: SalaryBasis, report: ReportItem[]): void {
  const proRata: { note: SalaryNote; grade: PlannedGrade; min: number; fullTime: number }[] = [];
  const outside = new Map<PlannedGrade, SalaryNote[]>();
  const converted: SalaryNote[] = [];
  for (let key = 0; key < salaries.length; key++) {
    const note = salaries[key];
    if (note === undefined) continue;
    const p = posts[key]!;
    const g = p.grade === null ? null : grades[p.grade]!;
    if (basis === 'pro-rata' && note.pence !== note.filePence) converted.push(note);
    if (g && g.points.length > 0) {
      let min = Infinity;
      let max = -Infinity;
      for (const pt of g.points) {
        min = Math.min(min, pt.salaryPence);
        max = Math.max(max, pt.salaryPence);
      }
      const fullTime = note.rowFteE4 > 0 ? roundDiv(note.pence * 10_000, note.rowFteE4) : note.pence;
      if (basis === 'full-time' && note.pence < min && note.rowFteE4 < 10_000 && fullTime >= min && fullTime <= max + roundDiv(max, 50)) proRata.push({ note, grade: g, min, fullTime });
      else if (note.pence < min || note.pence > max) {
        const list = outside.get(g) ?? [];
        list.push(note);
        outside.set(g, list);
      }
      const point = g.points.findIndex((pt) => pt.salaryPence === note.pence);
      if (point >= 0 && (p.payPoint === null || p.payPoint === point)) {
        p.payPoint = point;
        continue;
      }
    }
    p.salaryOverridePence = note.pence;
  }
  proRata.slice(0, ONE_BY_ONE).forEach(({ note, grade, min, fullTime }) =>
    report.push({
      severity: 'warning',
      code: 'salary-pro-rata',
      role: 'main',
      rows: [note.row],
      message:
        `Row ${note.row}: the salary ${formatPoundsWhole(note.pence)} is below the bottom of grade ${grade.code} (${formatPoundsWhole(min)}) and the row is ${formatE4(note.rowFteE4)} FTE: ` +
        `it looks pro rata, for ${formatPoundsWhole(fullTime)} full-time. It was imported as a full-time salary of ${formatPoundsWhole(note.pence)}. ` +
        'If the file gives pay for each row\'s FTE, choose "pro rata" for salaries in the mapping step (or --salary pro-rata) to import it as ' +
        `${formatPoundsWhole(fullTime)}.`,
    }),
  );
  if (proRata.length > ONE_BY_ONE) {
    const rest = proRata.slice(ONE_BY_ONE).map((x) => x.note.row);
    report.push({
      severity: 'warning',
      code: 'salary-pro-rata',
      role: 'main',
      rows: rest,
      message: `The salaries on ${rowList(rest)} also look pro rata in the same way (below the bottom of their grade, within it at the row's FTE). They were imported as full-time salaries.`,
    });
  }
  for (const [g, notes] of outside) {
    const rows = notes.map((n) => n.row);
    const lo = g.points.reduce((m, p) => Math.min(m, p.salaryPence), Infinity);
    const hi = g.points.reduce((m, p) => Math.max(m, p.salaryPence), -Infinity);
    const detail = notes.length <= ONE_BY_ONE ? notes.map((n) => `${n.row} (${formatPoundsWhole(n.pence)})`).join(', ') : rowList(rows).replace(/^rows? /, '');
    report.push({
      severity: 'warning',
      code: 'salary-out-of-range',
      role: 'main',
      rows,
      message:
        `Grade ${g.code} runs from ${formatPoundsWhole(lo)} to ${formatPoundsWhole(hi)}; the full-time ${notes.length === 1 ? 'salary' : 'salaries'} on ${notes.length === 1 ? 'row' : 'rows'} ${detail} ` +
        `${notes.length === 1 ? 'is' : 'are'} outside it. ${notes.length === 1 ? 'It was' : 'They were'} imported as ${notes.length === 1 ? 'the post\'s salary' : 'the posts\' salaries'}, as the file gives ${notes.length === 1 ? 'it' : 'them'}: check the grade or the salary.`,
    });
  }
  if (converted.length > 0) {
    const eg = converted[0]!;
    report.push({
      severity: 'info',
      code: 'salary-pro-rata',
      role: 'main',
      rows: converted.map((n) => n.row),
      message:
        `As you chose, salaries were read as pay for each row's FTE and converted to full-time salaries (${converted.length} of them; row ${eg.row}: ` +
        `${formatPoundsWhole(eg.filePence)} at ${formatE4(eg.rowFteE4)} FTE is ${formatPoundsWhole(eg.pence)} full-time).`,
    });
  }
}
