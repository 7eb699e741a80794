// The grades an import uses: found in the document's grade table by code, or added, with a floor
// and a ceiling pay point taken from the pay scales or pay bands in the file.
import type { Grade } from '../model/types';
import type { PlannedGrade, ReportItem, SourceRole } from './types';
import { formatPoundsWhole, many, norm, rowList } from './values';

interface Scale {
  min: number | null;
  max: number | null;
  rows: number[];
  /** A pay scale the file states for the grade, rather than one drawn from posts' pay bands. */
  published: boolean;
}

export class GradeBook {
  private readonly existing = new Map<string, Grade>();
  private readonly byCode = new Map<string, PlannedGrade>();
  private readonly rows = new Map<number, { role: SourceRole; rows: number[]; unpaid: number[] }>();
  private readonly scales = new Map<number, Scale>();
  readonly grades: PlannedGrade[] = [];

  constructor(documentGrades: readonly Grade[]) {
    for (const g of documentGrades) if (!this.existing.has(norm(g.code))) this.existing.set(norm(g.code), g);
  }

  /** The plan's key of the grade with this code, adding it to the plan on first use. `paid`: the row gives the post's pay itself. */
  resolve(code: string, row: number, role: SourceRole, paid = false): number {
    const k = norm(code);
    let planned = this.byCode.get(k);
    if (!planned) {
      const g = this.existing.get(k);
      planned = {
        key: this.grades.length,
        code: g ? g.code : code.trim().replace(/\s+/g, ' '),
        existingId: g?.id ?? null,
        points: g ? g.points.map((p) => ({ code: p.code, salaryPence: p.salaryPence })) : [],
        existingPointIds: g ? g.points.map((p) => p.id) : [],
      };
      this.grades.push(planned);
      this.byCode.set(k, planned);
      this.rows.set(planned.key, { role, rows: [], unpaid: [] });
    }
    const used = this.rows.get(planned.key)!;
    used.rows.push(row);
    if (!paid) used.unpaid.push(row);
    return planned.key;
  }

  /** Records a grade's pay scale (`published`) or a post's pay band within the grade. */
  noteScale(key: number, min: number | null, max: number | null, row: number, published: boolean): void {
    if (min === null && max === null) return;
    const s = this.scales.get(key) ?? { min: null, max: null, rows: [], published };
    s.published ||= published;
    if (min !== null) s.min = s.min === null ? min : Math.min(s.min, min);
    if (max !== null) s.max = s.max === null ? max : Math.max(s.max, max);
    s.rows.push(row);
    this.scales.set(key, s);
  }

  /** A point of the grade named by `text` ("SCP 23", "23", "Floor"), as an index into its points. */
  findPoint(key: number, text: string): number | null {
    const g = this.grades[key]!;
    const t = norm(text);
    const digits = /^(?:scp\s*)?(\d+)$/.exec(t)?.[1];
    const i = g.points.findIndex((p) => {
      const c = norm(p.code);
      return c === t || (digits !== undefined && /^(?:scp\s*)?(\d+)$/.exec(c)?.[1] === digits);
    });
    return i >= 0 ? i : null;
  }

  /** The point of the grade paid exactly this salary, if there is one. */
  pointForSalary(key: number, pence: number): number | null {
    const i = this.grades[key]!.points.findIndex((p) => p.salaryPence === pence);
    return i >= 0 ? i : null;
  }

  /** Gives new grades their floor and ceiling, and reports every grade the document did not have. */
  finish(format: 'generic' | 'organogram'): ReportItem[] {
    // Organograms bring their own grades, so adding them is expected; in an HR export it is news.
    const report: ReportItem[] = [];
    for (const g of this.grades) {
      const scale = this.scales.get(g.key);
      const used = this.rows.get(g.key)!;
      if (g.existingId === null) {
        if (scale?.min != null) g.points.push({ code: 'Floor', salaryPence: scale.min });
        if (scale?.max != null && scale.max !== scale.min) g.points.push({ code: 'Ceiling', salaryPence: scale.max });
        // Only the posts that have no pay of their own are costed at £0, and only they are named.
        const unpaid = used.unpaid;
        const pay =
          g.points.length === 2
            ? ` with a floor of ${formatPoundsWhole(g.points[0]!.salaryPence)} and a ceiling of ${formatPoundsWhole(g.points[1]!.salaryPence)}`
            : g.points.length === 1
              ? ` with one pay point of ${formatPoundsWhole(g.points[0]!.salaryPence)}`
              : unpaid.length === 0
                ? ' without pay points (the file gives no pay scale for it); its posts are costed at the salaries the file gives them'
                : ` without pay points (the file gives no pay for it), so the ${many(unpaid.length, 'post', 'posts')} in it without a salary of ${many(unpaid.length, 'its', 'their')} own (${rowList(unpaid)}) ${many(unpaid.length, 'is', 'are')} costed at £0 until the grade has pay points`;
        report.push({
          severity: format === 'generic' ? 'warning' : 'info',
          code: 'unknown-grade',
          role: used.role,
          rows: [used.rows[0]!],
          message: `Grade "${g.code}" (first on row ${used.rows[0]}) is not in the document's grade table, so it was added${pay}.`,
        });
      } else if (scale && g.points.length > 0) {
        const floor = g.points[0]!.salaryPence;
        const ceiling = g.points[g.points.length - 1]!.salaryPence;
        const differs = (scale.min !== null && scale.min !== floor) || (scale.max !== null && scale.max !== ceiling);
        if (differs && scale.published)
          report.push({
            severity: 'warning',
            code: 'grade-scale-differs',
            role: used.role,
            rows: [scale.rows[0]!],
            message:
              `Grade "${g.code}" (row ${scale.rows[0]}) is already in the document, from ${formatPoundsWhole(floor)} to ${formatPoundsWhole(ceiling)}; ` +
              `this file gives ${scale.min === null ? '?' : formatPoundsWhole(scale.min)} to ${scale.max === null ? '?' : formatPoundsWhole(scale.max)}. ` +
              'The document\'s grade was kept: change it in the grade table if the file is right.',
          });
      }
    }
    return report;
  }
}
