// The fields each layout can import, the column headings that usually hold them, and the mapping
// made automatically from a file's headings.
import type { BaseFieldKey, ColumnMapping, FieldKey, ImportFormat, PartColumnKey, SourceRole } from './types';
import { norm } from './values';

export interface FieldDef {
  key: BaseFieldKey;
  label: string;
  /** Shown beside the field in the mapping step. */
  hint: string;
  /** Headings that mean this field, normalised (lower case, single spaces). */
  headings: string[];
  /** Mapped automatically when a heading matches; personal data never is. */
  auto: boolean;
}

const f = (key: BaseFieldKey, label: string, hint: string, headings: string[], auto = true): FieldDef => ({ key, label, hint, headings, auto });

const GENERIC: FieldDef[] = [
  f('ref', 'Post reference', 'Matches posts with another snapshot and resolves reporting lines.', [
    'post reference', 'post ref', 'post number', 'post no', 'post no.', 'post id', 'position number', 'position id', 'position ref',
    'post unique reference', 'establishment reference', 'establishment ref', 'reference', 'ref',
  ]),
  f('title', 'Job title', 'Required.', ['job title', 'post title', 'title', 'position title', 'role', 'role title', 'position', 'job', 'job name']),
  f('grade', 'Grade', 'Matched with the document\'s grade table; unknown grades are added.', ['grade', 'grade (or equivalent)', 'pay grade', 'band', 'pay band', 'salary grade']),
  f('payPoint', 'Pay point', 'A point of the grade, such as "SCP 23" or "23".', ['pay point', 'scp', 'spinal point', 'spinal column point', 'spine point', 'point', 'increment']),
  f('fte', 'Post FTE', 'One row per person: each row\'s FTE is the person\'s and the post\'s FTE is their total, unless "Postholder FTE" is mapped too.', [
    'fte', 'post fte', 'establishment fte', 'budgeted fte', 'full time equivalent', 'full-time equivalent', 'number of posts in fte',
  ]),
  f('holderFte', 'Postholder FTE', 'The person\'s own FTE, when the file gives the post\'s FTE separately.', ['employee fte', 'contracted fte', 'person fte', 'actual fte', 'holder fte', 'postholder fte', 'fte (person)']),
  f('salary', 'Full-time salary', 'Becomes the post\'s pay point when it is one of its grade\'s, otherwise a salary override.', [
    'salary', 'annual salary', 'fte salary', 'full time salary', 'full-time salary', 'basic salary', 'salary (£)', 'annual salary (£)',
  ]),
  f('cost', 'Cost per post (all-in)', 'The post\'s annual cost including on-costs, full time, as a schedule publishes it: no on-costs are added to it.', [
    'cost', 'cost per post', 'all-in cost', 'all in cost', 'cost per post (£)', 'full cost', 'total cost per post', 'cost p.a.', 'cost p.a. (£)',
  ]),
  f('niCategory', 'National Insurance category', '"Apprentice under 25" or "Under 21" (0% employer NI up to the upper secondary threshold); blank or "Standard" otherwise.', [
    'nicategory', 'ni category', 'national insurance category', 'ni cat', 'ni category letter', 'ni letter',
  ]),
  f('payMin', 'Grade minimum', 'The bottom of the grade, for grades the import adds.', ['payscale minimum (£)', 'payscale minimum', 'grade minimum', 'salary minimum', 'scale minimum', 'minimum salary', 'pay floor']),
  f('payMax', 'Grade maximum', 'The top of the grade, for grades the import adds.', ['payscale maximum (£)', 'payscale maximum', 'grade maximum', 'salary maximum', 'scale maximum', 'maximum salary', 'pay ceiling']),
  f('managerRef', 'Manager\'s post reference', 'The reference of the post this one reports to.', [
    'manager post reference', 'manager post ref', 'manager post number', 'manager reference', 'manager ref', 'reports to', 'reports to post',
    'reports to senior post', 'reporting senior post', 'line manager post', 'line manager post number', 'parent post', 'parent ref', 'manager position',
  ]),
  f('managerTitle', 'Manager\'s job title', 'Used when there is no manager reference; a title shared by several posts cannot be placed.', [
    'manager title', 'manager job title', 'manager\'s job title', 'line manager title', 'line manager job title', 'reports to (title)',
  ]),
  f('team', 'Team', 'The team, unit or section.', ['team', 'unit', 'section', 'service', 'team name', 'department', 'division']),
  f('postholder', 'Postholder name', 'Names are personal data: they are imported only when you choose this column.', [
    'name', 'employee name', 'postholder', 'post holder', 'postholder name', 'full name', 'employee', 'staff name', 'person',
  ], false),
  f('vacancy', 'Vacant', '"Vacant", "Yes" or "Y" marks a vacant post.', ['vacant', 'vacancy', 'vacancy status', 'vacant?', 'filled/vacant', 'occupancy']),
  f('notes', 'Notes', '', ['notes', 'note', 'comments', 'comment']),
  f('headcount', 'Number of posts', 'A row standing for several posts (a headcount row) becomes one grouped post; its FTE is the row\'s total.', [
    'number of posts', 'no. of posts', 'no of posts', 'headcount', 'head count', 'number of staff', 'no. of staff', 'number of people', 'posts', 'establishment posts',
  ]),
  f('organisation', 'Employing organisation', 'Matched with the document\'s organisations by name; new ones are added.', [
    'employing organisation', 'employing organization', 'employer', 'employing body', 'employing authority', 'organisation', 'organization', 'legal entity', 'company',
  ]),
  f('funding', 'Funding', 'Funding sources with their shares in one cell, such as "Council 80%; Supporting Families 20%".', [
    'funding', 'funding source', 'funding sources', 'funded by', 'funding split', 'source of funding', 'funding stream', 'budget source',
  ]),
  f('costShares', 'Cost shared between organisations', 'Organisations bearing the cost, such as "CCC 50%; PCC 50%".', [
    'cost share', 'cost shares', 'cost split', 'cost sharing', 'shared cost', 'shared with', 'recharge', 'organisation shares',
  ]),
];

const SENIOR: FieldDef[] = [
  f('ref', 'Post Unique Reference', 'Required. Matches posts with another snapshot.', ['post unique reference', 'post reference', 'post ref']),
  f('status', 'Name (vacancy)', 'Read for "Vacant" and "Eliminated"; names themselves are not imported from it.', ['name']),
  f('postholder', 'Postholder name', 'Names are personal data: they are imported only when you choose this column.', ['name'], false),
  f('grade', 'Grade', '', ['grade (or equivalent)', 'grade']),
  f('title', 'Job Title', 'Required.', ['job title']),
  f('function', 'Job/Team Function', 'Kept in the post\'s notes.', ['job/team function']),
  f('team', 'Unit', '', ['unit']),
  f('managerRef', 'Reports to Senior Post', '"XX" marks the top post.', ['reports to senior post', 'reports to']),
  f('fte', 'FTE', '', ['fte']),
  f('payMin', 'Actual Pay Floor (£)', 'With the ceiling, the post\'s pay band.', ['actual pay floor (£)', 'actual pay floor']),
  f('payMax', 'Actual Pay Ceiling (£)', '', ['actual pay ceiling (£)', 'actual pay ceiling']),
  f('notes', 'Notes', '', ['notes']),
  f('organisation', 'Employing organisation', 'Organograms name the publishing body here; choose it to make that the posts\' employing organisation.', ['organisation'], false),
];

const JUNIOR: FieldDef[] = [
  f('managerRef', 'Reporting Senior Post', 'Required: the senior post the staff report to.', ['reporting senior post']),
  f('grade', 'Grade', '', ['grade']),
  f('payMin', 'Payscale Minimum (£)', '', ['payscale minimum (£)', 'payscale minimum']),
  f('payMax', 'Payscale Maximum (£)', '', ['payscale maximum (£)', 'payscale maximum']),
  f('title', 'Generic Job Title', 'Required.', ['generic job title']),
  f('fte', 'Number of Posts in FTE', 'Required.', ['number of posts in fte']),
  f('team', 'Unit', '', ['unit']),
  f('notes', 'Notes', '', ['notes']),
  f('organisation', 'Employing organisation', 'Organograms name the publishing body here; choose it to make that the posts\' employing organisation.', ['organisation'], false),
];

export function fieldsFor(format: ImportFormat, role: SourceRole): FieldDef[] {
  if (format === 'generic') return GENERIC;
  return role === 'main' ? SENIOR : JUNIOR;
}

/** Fields without which no post can be read. */
export function requiredFields(format: ImportFormat, role: SourceRole): FieldKey[] {
  if (format === 'generic') return ['title'];
  return role === 'main' ? ['ref', 'title', 'managerRef'] : ['managerRef', 'title', 'fte'];
}

/** What an organogram's headings look like. */
export function looksLikeOrganogram(headers: readonly string[], role: SourceRole): boolean {
  const h = new Set(headers.map(norm));
  return role === 'main' ? h.has('post unique reference') && h.has('reports to senior post') : h.has('reporting senior post') && h.has('number of posts in fte');
}

export function detectFormat(headers: readonly string[]): ImportFormat {
  return looksLikeOrganogram(headers, 'main') ? 'organogram' : 'generic';
}

const FUNDING_COLUMN = [
  /^(?:funding|funded by|funding source|fund)\s*[:\-–(]\s*(.+?)\s*\)?\s*(?:%|\(%\)|\(£\)|£|share|amount)?$/i,
  /^(.+?)\s+funding\s*(?:share|amount)?\s*(?:%|\(%\)|\(£\)|£)?$/i,
];
const SHARE_COLUMN = [
  /^(?:cost share|share of cost|cost borne by|recharged? to)\s*[:\-–(]\s*(.+?)\s*\)?\s*(?:%|\(%\))?$/i,
  /^(.+?)\s+(?:cost\s+)?share\s*(?:%|\(%\))?$/i,
];
const NOT_NAMES = new Set(['funding', 'cost', 'post', 'posts', 'fte', 'job', 'the', 'total', 'grant', 'external', 'other']);

/** The names of funding sources and organisations already in the document, to recognise columns named after them. */
export interface KnownNames {
  fundingSources: readonly string[];
  organisations: readonly string[];
}

/** "Funding: Council", "Council funding %", "PCC share": a column for one source's or organisation's part. */
export function partColumnKey(heading: string, known: KnownNames | null = null): PartColumnKey | null {
  const h = heading.trim().replace(/\s+/g, ' ');
  if (h === '') return null;
  const named = (patterns: RegExp[]) => {
    for (const re of patterns) {
      const name = re.exec(h)?.[1]?.trim();
      if (name && !NOT_NAMES.has(name.toLowerCase()) && /\p{L}/u.test(name)) return name;
    }
    return null;
  };
  const fund = named(FUNDING_COLUMN);
  if (fund) return `funding:${fund}`;
  const share = named(SHARE_COLUMN);
  if (share) return `costShare:${share}`;
  const n = norm(h);
  const source = known?.fundingSources.find((x) => norm(x) === n);
  if (source) return `funding:${source}`;
  return null;
}

export function isPartKey(key: string): key is PartColumnKey {
  return key.startsWith('funding:') || key.startsWith('costShare:');
}

/** The field's name as the mapping step shows it. */
export function fieldLabel(key: FieldKey, format: ImportFormat, role: SourceRole): string {
  if (key.startsWith('funding:')) return `Funding: ${key.slice(8)}`;
  if (key.startsWith('costShare:')) return `Cost share: ${key.slice(10)}`;
  return fieldsFor(format, role).find((f) => f.key === key)?.label ?? key;
}

/** How a part column's field is described in the mapping step. */
export function partHint(key: PartColumnKey): string {
  return key.startsWith('funding:')
    ? `The amount or share of each post's cost that ${key.slice(8)} pays.`
    : `The share of each post's cost that ${key.slice(10)} bears (a post shared between organisations).`;
}

/** Maps each field to the first column whose heading is one of the field's headings. */
export function autoMap(headers: readonly string[], format: ImportFormat, role: SourceRole, known: KnownNames | null = null): ColumnMapping {
  const normalised = headers.map(norm);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of fieldsFor(format, role)) {
    if (!field.auto) continue;
    // Headings in the order the field lists them: the most specific first.
    for (const heading of field.headings) {
      const i = normalised.findIndex((h, idx) => h === heading && (!used.has(idx) || field.key === 'status'));
      if (i >= 0) {
        mapping[field.key] = i;
        if (field.key !== 'status') used.add(i);
        break;
      }
    }
  }
  // Funding and cost shares column by column, in HR exports only.
  if (format === 'generic')
    headers.forEach((h, i) => {
      if (used.has(i)) return;
      const key = partColumnKey(h, known);
      if (key && mapping[key] === undefined) {
        mapping[key] = i;
        used.add(i);
      }
    });
  return mapping;
}

/** How many of a row's cells look like known headings: finds the heading row under title lines. */
export function headingScore(cells: readonly string[]): number {
  const known = new Set<string>();
  for (const defs of [GENERIC, SENIOR, JUNIOR]) for (const d of defs) for (const h of d.headings) known.add(h);
  return cells.reduce((n, c) => n + (known.has(norm(c)) ? 1 : 0), 0);
}
