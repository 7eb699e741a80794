// Every column of a file accounted for: the report names each column that was not imported, says
// why (empty, personal data not chosen, a field taken from another column, nothing Establish
// keeps, or a heading it does not know) and how to import it after all.
import { fieldLabel, fieldsFor, partColumnKey } from './fields';
import type { ColumnMapping, FieldKey, ImportFormat, ReportItem, SourceRole } from './types';
import { norm } from './values';

/** Columns of published organograms that hold nothing a post in Establish has a field for. */
const ORGANOGRAM_EXTRAS: Record<string, string> = {
  'parent department': 'the department the organisation belongs to',
  organisation: 'the organisation publishing the file',
  'contact phone': "the post's contact telephone number",
  'contact e-mail': "the post's contact e-mail address",
  'salary cost of reports (£)': 'the pay of the posts below (Establish works it out from those posts)',
  'professional/occupational group': "the post's profession",
  'valid?': "the publisher's own check of the row",
  uri: "the post's web address in the published data",
  source_file: 'where the publisher took the row from',
  source_line: 'where the publisher took the row from',
};

/** A, B, ... Z, AA: the column as a spreadsheet program names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function mapOption(role: SourceRole, field: string, heading: string): string {
  const arg = `${field}=${heading}`;
  return `${role === 'junior' ? '--junior-map' : '--map'} ${/[\s"'$]/.test(arg) ? `"${arg.replace(/(["$\\])/g, '\\$1')}"` : arg}`;
}

export interface ColumnSource {
  format: ImportFormat;
  role: SourceRole;
  fileName: string;
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Non-blank cells in each column, below the headings. */
  filled: readonly number[];
  /** Row number of the heading row. */
  headerRow: number;
}

export function unimportedColumns(src: ColumnSource): ReportItem[] {
  const { format, role, headers, mapping } = src;
  const used = new Map<number, FieldKey[]>();
  for (const [field, col] of Object.entries(mapping) as [FieldKey, number | null | undefined][]) {
    if (typeof col !== 'number') continue;
    used.set(col, [...(used.get(col) ?? []), field]);
  }
  const fields = fieldsFor(format, role);
  const out: ReportItem[] = [];
  const label = (key: FieldKey) => `"${fieldLabel(key, format, role)}"`;
  const width = Math.max(headers.length, src.filled.length);
  for (let i = 0; i < width; i++) {
    const heading = (headers[i] ?? '').trim();
    const name = heading ? `Column ${columnLetter(i)} "${heading}"` : `Column ${columnLetter(i)} (no heading)`;
    const fieldsHere = used.get(i) ?? [];
    const empty = (src.filled[i] ?? 0) === 0;
    const say = (why: string) => out.push({ severity: 'info', code: 'column-not-imported', role, rows: [src.headerRow], message: `${name} ${why}` });
    const heading4map = heading || columnLetter(i);
    // The organogram "Name" column is read for vacancies only: its names are left out unless chosen.
    if (fieldsHere.length > 0) {
      if (fieldsHere.includes('status') && !fieldsHere.includes('postholder') && !empty)
        say(
          `was read only for "Vacant" and "Eliminated": the names in it are personal data, so they were not imported. ` +
            `To import them, choose this column for ${label('postholder')} in the mapping step, or use ${mapOption(role, 'postholder', heading4map)}.`,
        );
      continue;
    }
    if (empty) {
      if (heading) say('is empty, so there was nothing to import from it.');
      continue;
    }
    const h = norm(heading);
    const known = fields.find((f) => f.headings.includes(h));
    if (known?.key === 'postholder') {
      say(
        `holds people's names, which are personal data and are imported only when you choose: choose this column for ${label('postholder')} in the mapping step, ` +
          `or use ${mapOption(role, 'postholder', heading4map)}.`,
      );
      continue;
    }
    if (known && !(format === 'organogram' && ORGANOGRAM_EXTRAS[h])) {
      const elsewhere = mapping[known.key];
      say(
        typeof elsewhere === 'number'
          ? `looks like ${label(known.key)}, which was taken from column ${columnLetter(elsewhere)} "${headers[elsewhere] ?? ''}", so it was not imported. To use this column instead, choose it in the mapping step, or use ${mapOption(role, known.key, heading4map)}.`
          : `looks like ${label(known.key)} but was not chosen, so it was not imported. Choose it in the mapping step, or use ${mapOption(role, known.key, heading4map)}.`,
      );
      continue;
    }
    const part = format === 'generic' ? partColumnKey(heading) : null;
    if (part && mapping[part] === undefined) {
      say(`looks like ${label(part)} but was not chosen, so it was not imported. Choose it in the mapping step, or use ${mapOption(role, part, heading4map)}.`);
      continue;
    }
    const notes = fields.some((f) => f.key === 'notes') && typeof mapping.notes !== 'number';
    const keep = notes
      ? ` To keep it with each post, choose it for ${label('notes')} in the mapping step, or use ${mapOption(role, 'notes', heading4map)}.`
      : ` If it holds one of the fields Establish imports, choose that field for it in the mapping step, or use ${mapOption(role, 'FIELD', heading4map)}.`;
    const extra = format === 'organogram' ? ORGANOGRAM_EXTRAS[h] : undefined;
    if (extra) {
      const organisation = h === 'organisation' ? ` To make it each post's employing organisation, choose it for ${label('organisation')}, or use ${mapOption(role, 'organisation', heading4map)}.` : '';
      say(`holds ${extra}, which Establish does not keep with a post, so it was not imported.${organisation || keep}`);
      continue;
    }
    say(
      `was not imported: its heading is not one Establish recognises. If it holds a field Establish imports, choose the field for it in the mapping step, or use ${mapOption(role, 'FIELD', heading4map)}.` +
        (notes ? ` To keep it as it is, choose ${label('notes')}.` : ''),
    );
  }
  return out;
}
