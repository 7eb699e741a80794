// A UK government organogram: a senior staff file (one row per senior post, "XX" at the top) and a
// junior staff file (FTE counts by grade under each senior post). Junior rows become grouped posts
// under their senior post; pay bands become the grades' floor and ceiling.
import type { BuildContext, BuildResult } from './generic';
import { GROUP_MAX_E4, readFteCell, SINGLE_MAX_E4 } from './fte';
import { describePost, type Link } from './place';
import type { RowRecord } from './records';
import type { FieldKey, PlannedPost, ReportItem } from './types';
import { formatPoundsWhole, many, norm, parseAmount, readName, rowList, type Amount } from './values';

type Mapped = ReadonlySet<FieldKey>;

/** Fields that must match for two rows with one reference to be a job share (the schema's rule). */
const SAME_POST_FIELDS: FieldKey[] = ['title', 'grade', 'managerRef', 'team', 'payMin', 'payMax'];

interface Band {
  floor: number | null;
  ceiling: number | null;
}

function readBand(rec: RowRecord, mapped: Mapped, report: ReportItem[], role: 'main' | 'junior', labels: [string, string]): Band {
  const row = rec.row;
  const one = (field: FieldKey, label: string): Amount | null => (mapped.has(field) ? parseAmount(rec.values[field] ?? '') : null);
  const lo = one('payMin', labels[0]);
  const hi = one('payMax', labels[1]);
  for (const [a, label] of [
    [lo, labels[0]],
    [hi, labels[1]],
  ] as const) {
    if (a?.kind === 'invalid')
      report.push({ severity: 'warning', code: 'pay-not-number', role, rows: [row], message: `Row ${row}: ${label} "${a.text}" is not an amount of money, so it was left out.` });
  }
  const floor = lo?.kind === 'amount' && lo.pence > 0 ? lo.pence : null;
  const ceiling = hi?.kind === 'amount' && hi.pence > 0 ? hi.pence : null;
  return { floor, ceiling: ceiling !== null && floor !== null && ceiling < floor ? floor : ceiling };
}

const NO_EXTRAS = { grouped: false, headcount: null, funding: null, organisation: null, organisationShares: [] };

export function buildSenior(records: readonly RowRecord[], mapped: Mapped, ctx: BuildContext): BuildResult & { namesHidden: number[] } {
  const { grades, extras } = ctx;
  const report: ReportItem[] = [];
  const posts: PlannedPost[] = [];
  const links: Link[] = [];
  const removed = new Map<string, { managerRef: string; row: number }>();
  const firstValues = new Map<number, Partial<Record<FieldKey, string>>>();
  const byRef = new Map<string, number>();
  const vacantRows: number[] = [];
  const namesHidden: number[] = [];
  const payWithheld: number[] = [];
  const payZero: number[] = [];
  let notImported = 0;
  const role = 'main';

  for (const rec of records) {
    const v = rec.values;
    const row = rec.row;
    const ref = v.ref ?? '';
    const title = v.title ?? '';
    const status = readName(v.status ?? v.postholder ?? '');
    if (status.kind === 'eliminated') {
      notImported++;
      if (ref) removed.set(ref, { managerRef: v.managerRef ?? '', row });
      report.push({ severity: 'info', code: 'eliminated', role, rows: [row], message: `Row ${row}: ${describePost({ ref, title })} is marked "Eliminated" (the post no longer exists), so it was not imported.` });
      continue;
    }
    const fteE4 = readFteCell(v.fte, row, 'FTE', report, role, SINGLE_MAX_E4) ?? 10_000;
    const name = mapped.has('postholder') && status.kind === 'name' ? status.name : null;
    if (mapped.has('postholder') && (status.kind === 'none' || status.kind === 'not-disclosed')) namesHidden.push(row);

    // Job share: the same reference on a row that differs only in the name and contact details.
    const sharer = ref && ref !== '0' ? byRef.get(ref) : undefined;
    if (sharer !== undefined && SAME_POST_FIELDS.every((f) => norm(firstValues.get(sharer)![f] ?? '') === norm(v[f] ?? ''))) {
      const p = posts[sharer]!;
      const firstShare = p.rows.length === 1;
      if (firstShare && p.postholders.length === 1) p.postholders[0]!.fteE4 = p.fteE4;
      p.fteE4 = Math.min(SINGLE_MAX_E4, p.fteE4 + fteE4);
      p.rows.push(row);
      if (name) p.postholders.push({ name, fteE4 });
      if (status.kind !== 'vacant') p.vacant = false;
      continue;
    }
    if (sharer !== undefined) {
      const other = posts[sharer]!;
      report.push({
        severity: 'error',
        code: 'duplicate-ref',
        role,
        rows: [row, other.rows[0]!],
        message:
          `Row ${row}: reference ${ref} is also on row ${other.rows[0]}, for a post that differs in more than the name (${describePost({ ref: '', title })} rather than ${describePost({ ref: '', title: other.title })}). ` +
          `It was imported as a separate post with the same reference; posts that report to ${ref} report to row ${other.rows[0]}.`,
      });
    }
    if (ref === '0')
      report.push({
        severity: 'info',
        code: 'ref-zero',
        role,
        rows: [row],
        message: `Row ${row}: reference 0 means someone paid but not in a post; imported as its own post "${title || 'Not in post'}", never matched with other snapshots.`,
      });
    if (!ref)
      report.push({
        severity: 'error',
        code: 'missing-ref',
        role,
        rows: [row],
        message: `Row ${row}: ${describePost({ ref, title })} has no Post Unique Reference. It was imported, but no post can report to it and it cannot be matched with other snapshots.`,
      });
    const key = posts.length;
    const post: PlannedPost = {
      key,
      ref,
      title: title || (ref === '0' ? 'Not in post' : 'Untitled post'),
      grade: null,
      payPoint: null,
      salaryOverridePence: null,
      allInCostPence: null,
      niCategory: 'standard',
      fteE4,
      vacant: status.kind === 'vacant',
      team: v.team ?? '',
      notes: '',
      postholders: name ? [{ name, fteE4: null }] : [],
      manager: null,
      kind: 'post',
      rows: [row],
      role,
      matchKey: null,
      ...NO_EXTRAS,
      organisationShares: [],
    };
    extras.read(post, rec);
    if (!title && ref !== '0')
      report.push({ severity: 'error', code: 'missing-title', role, rows: [row], message: `Row ${row} has no job title, so it was imported as "${post.title}".` });
    if (post.vacant) vacantRows.push(row);

    const band = readBand(rec, mapped, report, role, ['the Actual Pay Floor', 'the Actual Pay Ceiling']);
    const notes: string[] = [];
    if (v.function && v.function !== 'N/A') notes.push(`Job/team function: ${v.function}`);
    if (v.grade) {
      post.grade = grades.resolve(v.grade, row, role, band.floor !== null);
      grades.noteScale(post.grade, band.floor, band.ceiling ?? band.floor, row, false);
    }
    if (band.floor !== null) {
      const ceiling = band.ceiling ?? band.floor;
      // The published band is the person's pay rounded down to £5,000; its midpoint is the closest estimate.
      post.salaryOverridePence = ceiling === band.floor ? band.floor : band.floor + Math.round((ceiling - band.floor + 100) / 200) * 100;
      notes.push(
        ceiling === band.floor
          ? `Published pay: ${formatPoundsWhole(band.floor)}.`
          : `Published pay band: ${formatPoundsWhole(band.floor)} to ${formatPoundsWhole(ceiling)}; costed at its midpoint, ${formatPoundsWhole(post.salaryOverridePence)}.`,
      );
    } else if (mapped.has('payMin')) {
      const raw = (v.payMin ?? '').trim();
      if (raw === '0') payZero.push(row);
      else if (parseAmount(raw).kind !== 'invalid') payWithheld.push(row);
    }
    if (v.notes) notes.push(v.notes);
    post.notes = notes.join('\n');
    posts.push(post);
    firstValues.set(key, v);
    if (ref && ref !== '0' && !byRef.has(ref)) byRef.set(ref, key);
    const top = norm(v.managerRef ?? '') === 'xx';
    links[key] = { managerRef: top ? '' : (v.managerRef ?? ''), managerTitle: '', top, required: !top };
  }
  for (const p of posts)
    if (p.rows.length > 1)
      report.push({
        severity: 'info',
        code: 'job-share',
        role,
        rows: p.rows,
        message: `R${rowList(p.rows).slice(1)}: ${describePost(p)} appears ${p.rows.length} times with only the name different: one post held as a job share, ${p.fteE4 / 10_000} FTE in all.`,
      });
  if (vacantRows.length > 0)
    report.push({ severity: 'info', code: 'vacant', role, rows: vacantRows, message: `${vacantRows.length} ${many(vacantRows.length, 'post is', 'posts are')} marked "Vacant" (${rowList(vacantRows)}) and ${many(vacantRows.length, 'was', 'were')} imported as vacant.` });
  if (payZero.length > 0)
    report.push({
      severity: 'info',
      code: 'pay-zero',
      role,
      rows: payZero,
      message: `${payZero.length} ${many(payZero.length, 'post gives', 'posts give')} pay of 0 (${rowList(payZero)}), which the format uses for a vacancy or pay not made by this organisation; ${many(payZero.length, 'it is', 'they are')} costed from ${many(payZero.length, 'its', 'their')} grade.`,
    });
  if (payWithheld.length > 0)
    report.push({
      severity: 'info',
      code: 'pay-not-disclosed',
      role,
      rows: payWithheld,
      message: `${payWithheld.length} ${many(payWithheld.length, 'post has', 'posts have')} no pay band given (${rowList(payWithheld)}); ${many(payWithheld.length, 'it is', 'they are')} costed from ${many(payWithheld.length, 'its', 'their')} grade.`,
    });
  return { posts, links, report, notImported, removed, namesHidden, salaries: [] };
}

export function buildJunior(records: readonly RowRecord[], mapped: Mapped, ctx: BuildContext, firstKey: number): BuildResult {
  const { grades, extras } = ctx;
  const report: ReportItem[] = [];
  const posts: PlannedPost[] = [];
  const links: Link[] = [];
  let notImported = 0;
  const role = 'junior';
  for (const rec of records) {
    const v = rec.values;
    const row = rec.row;
    const title = v.title || v.grade || 'Junior staff';
    const raw = (v.fte ?? '').trim();
    if (raw === '' || /^0*(\.0*)?$/.test(raw)) {
      notImported++;
      report.push({
        severity: 'warning',
        code: raw === '' ? 'fte-blank' : 'fte-zero',
        role,
        rows: [row],
        message: `Row ${row}: Number of Posts in FTE is ${raw === '' ? 'blank' : '0'}, so no post was imported for "${title}" under ${v.managerRef || 'no senior post'}.`,
      });
      continue;
    }
    const fteE4 = readFteCell(v.fte, row, 'Number of Posts in FTE', report, role, GROUP_MAX_E4) ?? 10_000;
    const band = readBand(rec, mapped, report, role, ['the Payscale Minimum', 'the Payscale Maximum']);
    const post: PlannedPost = {
      key: firstKey + posts.length,
      ref: '',
      title,
      grade: null,
      payPoint: null,
      salaryOverridePence: null,
      allInCostPence: null,
      niCategory: 'standard',
      fteE4,
      vacant: false,
      team: v.team ?? '',
      notes: v.notes ?? '',
      postholders: [],
      manager: null,
      kind: 'group',
      rows: [row],
      role,
      matchKey: `${v.managerRef ?? ''}|${norm(v.grade ?? '')}|${norm(title)}|${norm(v.team ?? '')}`,
      ...NO_EXTRAS,
      grouped: true,
      organisationShares: [],
    };
    extras.read(post, rec);
    if (v.grade) {
      post.grade = grades.resolve(v.grade, row, role, band.floor !== null || band.ceiling !== null);
      grades.noteScale(post.grade, band.floor, band.ceiling, row, true);
    }
    posts.push(post);
    links[post.key] = { managerRef: v.managerRef ?? '', managerTitle: '', top: false, required: true };
  }
  return { posts, links, report, notImported, removed: new Map(), salaries: [] };
}
