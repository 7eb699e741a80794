// The plan of an import: every post to create with its manager, grade and pay, the grades to add,
// and the validation report. Pure: the store writes the plan in one edit once the user accepts it.
import type { Grade } from '../model/types';
import { unimportedColumns } from './columns';
import { Extras } from './extras';
import { fieldLabel, isPartKey } from './fields';
import { buildGeneric, type BuildContext, type BuildResult } from './generic';
import { GradeBook } from './grades';
import { applyTextLimits } from './limits';
import { NameBook } from './named';
import { buildJunior, buildSenior } from './organogram';
import { placePosts, type Link } from './place';
import { findHeaderRow, readRecords, type ErrorCell, type ReadRecords } from './records';
import { settleSalaries } from './salary';
import type { ColumnMapping, FieldKey, Grid, ImportFormat, ImportOptions, ImportPlan, ReportItem, SourceInfo, SourceRole } from './types';
import { many, rowList } from './values';

/** One file of an import, read into rows, with the mapping chosen for it. */
export interface PlanSource {
  info: SourceInfo;
  mapping: ColumnMapping;
  read: ReadRecords;
  /** Lines about the file as a whole (its encoding, lines above the headings). */
  notes: ReportItem[];
  /** The column headings, and the row they are on. */
  headers: string[];
  headerRow: number;
}

/** What the import needs of the document: what it already has, to match names and codes with. */
export interface PlanReference {
  grades: readonly Grade[];
  fundingSources: readonly { id: string; name: string }[];
  organisations: readonly { id: string; name: string }[];
}

export const DEFAULT_OPTIONS: ImportOptions = { salary: 'full-time' };

function mappedFields(mapping: ColumnMapping): Set<FieldKey> {
  return new Set(Object.entries(mapping).filter(([, v]) => typeof v === 'number').map(([k]) => k as FieldKey));
}

/** Lines the report gives about a file before any of its rows. */
export function fileNotes(role: SourceRole, info: { fileName: string; encoding: string; converted?: number }, headerRow: number, grid: Grid, unterminatedAt: number | null): ReportItem[] {
  const notes: ReportItem[] = [];
  if (info.encoding === 'Windows-1252')
    notes.push({
      severity: 'warning',
      code: 'encoding',
      role,
      rows: [],
      message:
        `${info.fileName} is not UTF-8: it was read as Windows-1252 (the encoding Excel uses for CSV files on Windows)` +
        (info.converted ? ` and ${info.converted} character${info.converted === 1 ? ' such as "£" was' : 's such as "£" were'} converted.` : '.'),
    });
  if (headerRow > 0) {
    const rows = grid.rowNumbers.slice(0, headerRow);
    notes.push({
      severity: 'info',
      code: 'skipped-lines',
      role,
      rows,
      message: `The column headings are on row ${grid.rowNumbers[headerRow]}; the ${rows.length} row${rows.length === 1 ? '' : 's'} above them (titles or notes) were not imported.`,
    });
  }
  if (unterminatedAt !== null)
    notes.push({
      severity: 'error',
      code: 'ragged-row',
      role,
      rows: [unterminatedAt],
      message: `Row ${unterminatedAt} opens a quoted cell that is never closed, so everything after it was read into that one cell. Check the file around that row.`,
    });
  return notes;
}

/** Reads every row of a grid at once (small files, tests); the import job reads in slices instead. */
export function readAll(grid: Grid, mapping: ColumnMapping, role: SourceRole, headerRow = findHeaderRow(grid)): ReadRecords {
  return readRecords(grid, headerRow, mapping, role, 0, grid.rows.length);
}

function blankRowsItem(role: SourceRole, rows: number[]): ReportItem[] {
  if (rows.length === 0) return [];
  return [
    {
      severity: 'info',
      code: 'blank-row',
      role,
      rows,
      message: `${rows.length === 1 ? `Row ${rows[0]} is` : `Rows ${rows.join(', ')} are`} blank, so ${rows.length === 1 ? 'it was' : 'they were'} skipped.`,
    },
  ];
}

/** Spreadsheet errors in mapped cells, one line per field: they were read as blank. */
function errorCellItems(role: SourceRole, format: ImportFormat, cells: readonly ErrorCell[]): ReportItem[] {
  const byField = new Map<FieldKey, ErrorCell[]>();
  for (const c of cells) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  return [...byField].map(([field, list]) => {
    const rows = list.map((c) => c.row);
    const kinds = [...new Set(list.map((c) => c.text.toUpperCase()))];
    return {
      severity: 'error' as const,
      code: 'error-cell' as const,
      role,
      rows,
      message:
        `The ${fieldLabel(field, format, role)} ${many(rows.length, 'cell', 'cells')} on ${rowList(rows)} ${many(rows.length, 'holds', 'hold')} the spreadsheet ${many(kinds.length, 'error', 'errors')} ${kinds.join(', ')} ` +
        `(a formula that failed in the program that saved the file), so ${many(rows.length, 'it was', 'they were')} read as blank. Correct the formula${rows.length === 1 ? '' : 's'} and import again, or fix the posts after importing.`,
    };
  });
}

function sourceLines(format: ImportFormat, src: PlanSource): ReportItem[] {
  return [
    ...src.notes,
    ...src.read.report,
    ...blankRowsItem(src.info.role, src.read.blankRows),
    ...errorCellItems(src.info.role, format, src.read.errorCells),
    ...unimportedColumns({
      format,
      role: src.info.role,
      fileName: src.info.fileName,
      headers: src.headers,
      mapping: src.mapping,
      filled: src.read.filled,
      headerRow: src.headerRow,
    }),
  ];
}

/** The senior posts' links with the junior posts' (whose keys follow the senior posts'), by post key. */
function withJunior(senior: readonly Link[], junior: readonly Link[]): Link[] {
  const links = senior.slice();
  junior.forEach((link, key) => (links[key] = link));
  return links;
}

/** Part columns (one per source or organisation) whose heading says their values are per cent. */
function percentColumns(mapping: ColumnMapping, headers: readonly string[]): Set<FieldKey> {
  const out = new Set<FieldKey>();
  for (const [key, column] of Object.entries(mapping)) {
    if (!isPartKey(key) || column === null || column === undefined) continue;
    if (/%|\bper ?cent\b|\bpercentage\b/i.test(headers[column] ?? '')) out.add(key);
  }
  return out;
}

export function planImport(format: ImportFormat, main: PlanSource, junior: PlanSource | null, reference: PlanReference, options: ImportOptions = DEFAULT_OPTIONS): ImportPlan {
  const grades = new GradeBook(reference.grades);
  const books = { sources: new NameBook(reference.fundingSources), organisations: new NameBook(reference.organisations) };
  const report: ReportItem[] = sourceLines(format, main);
  const mainFields = mappedFields(main.mapping);
  const context = (role: SourceRole, fields: Set<FieldKey>, lines: ReportItem[]): BuildContext => {
    const src = role === 'main' ? main : junior!;
    return { grades, extras: new Extras(fields, books, lines, role, percentColumns(src.mapping, src.headers)), salary: options.salary };
  };
  const extraLines: ReportItem[] = [];
  let built: BuildResult;
  let namesHidden: number[] = [];
  if (format === 'generic') {
    built = buildGeneric(main.read.records, mainFields, context('main', mainFields, extraLines));
  } else {
    const senior = buildSenior(main.read.records, mainFields, context('main', mainFields, extraLines));
    namesHidden = senior.namesHidden;
    built = senior;
    if (junior) {
      report.push(...sourceLines(format, junior));
      const juniorFields = mappedFields(junior.mapping);
      const j = buildJunior(junior.read.records, juniorFields, context('junior', juniorFields, extraLines), senior.posts.length);
      built = {
        posts: [...senior.posts, ...j.posts],
        links: withJunior(senior.links, j.links),
        report: [...senior.report, ...j.report],
        notImported: senior.notImported + j.notImported,
        removed: senior.removed,
        salaries: senior.salaries,
      };
    }
  }
  report.push(...built.report, ...extraLines);
  const posts = built.posts;
  const hasManagers = format === 'organogram' || mainFields.has('managerRef') || mainFields.has('managerTitle');
  report.push(
    ...placePosts(posts, built.links, {
      hasManagers,
      removed: built.removed,
      managerColumn: format === 'organogram' ? { main: 'Reports to Senior Post', junior: 'Reporting Senior Post' } : { main: 'manager reference', junior: 'manager reference' },
      topMarker: format === 'organogram' ? 'XX' : null,
    }),
  );
  if (!hasManagers && posts.length > 1)
    report.push({
      severity: 'warning',
      code: 'missing-manager',
      role: 'main',
      rows: [],
      message: 'No column says who each post reports to, so every post was placed at the top of the structure. Map a manager column to build the reporting lines.',
    });
  if (namesHidden.length > 0)
    report.push({
      severity: 'info',
      code: 'name-not-disclosed',
      role: 'main',
      rows: namesHidden,
      message: `${namesHidden.length} ${many(namesHidden.length, 'post gives', 'posts give')} no name ("N/D", "Not disclosed" or blank: ${rowList(namesHidden)}); ${many(namesHidden.length, 'it was', 'they were')} imported as filled, without a postholder's name.`,
    });
  report.push(...grades.finish(format));
  settleSalaries(posts, built.salaries, grades.grades, options.salary, report);
  applyTextLimits(posts, report);
  report.push(
    ...books.sources.added('funding-source-added', (n) => `Funding source "${n}" is not in the document, so it was added without an end date: give it one in Settings if the funding is time-limited`),
    ...books.organisations.added(
      'organisation-added',
      (n) => `Organisation "${n}" is not in the document, so it was added with the pension rate of the document's default organisation: set its own rate in Settings`,
    ),
  );

  const severityOrder = { error: 0, warning: 1, info: 2 } as const;
  report.sort(
    (a, b) =>
      (a.role === b.role ? 0 : a.role === 'main' ? -1 : 1) ||
      (a.rows[0] ?? 0) - (b.rows[0] ?? 0) ||
      severityOrder[a.severity] - severityOrder[b.severity],
  );

  const real = posts.filter((p) => p.kind !== 'holding');
  const holding = posts.find((p) => p.kind === 'holding');
  const sources = [main.info, ...(junior ? [junior.info] : [])];
  return {
    posts,
    grades: grades.grades,
    fundingSources: books.sources.items,
    organisations: books.organisations.items,
    report,
    summary: {
      format,
      sources,
      posts: real.length,
      groupedPosts: real.filter((p) => p.grouped || p.kind === 'group').length,
      fteE4: real.reduce((t, p) => t + p.fteE4, 0),
      vacant: real.filter((p) => p.vacant).length,
      postholders: real.reduce((t, p) => t + p.postholders.length, 0),
      unplaced: holding ? real.filter((p) => p.manager === holding.key).length : 0,
      tops: real.filter((p) => p.manager === null).length,
      newGrades: grades.grades.filter((g) => g.existingId === null).map((g) => g.code),
      newFundingSources: books.sources.items.filter((x) => x.existingId === null).map((x) => x.name),
      newOrganisations: books.organisations.items.filter((x) => x.existingId === null).map((x) => x.name),
      rowsNotImported: built.notImported + main.read.blankRows.length + (junior?.read.blankRows.length ?? 0),
      errors: report.filter((r) => r.severity === 'error').length,
      warnings: report.filter((r) => r.severity === 'warning').length,
    },
  };
}
