// The work of `establish import`, loaded only when that command runs (its help is in ../commands/import.ts).
import { ApiError } from '../../../shared/api/errors';
import { describeSummary, reportLines } from '../../../shared/import/report';
import type { ColumnMapping, FieldKey, FormatChoice, ImportTarget } from '../../../shared/import/types';
import { norm } from '../../../shared/import/values';
import type { CommandContext, ParsedArgs } from '../command';
import { collectGarbage } from '../memory';

const FORMATS = ['auto', 'generic', 'organogram'];

/** `--map postholder=Name`: a field mapped to the column with that heading. */
function applyMaps(mapping: ColumnMapping, headers: string[], maps: string[], fields: FieldKey[], option: string, generic: boolean): ColumnMapping {
  const out = { ...mapping };
  for (const m of maps) {
    const eq = m.indexOf('=');
    const field = m.slice(0, eq).trim() as FieldKey;
    const heading = m.slice(eq + 1);
    // A column per funding source or sharing organisation: funding:NAME or costShare:NAME.
    const part = /^(funding|costShare):\s*\S/.test(field) && field.length <= 220;
    if (eq < 0 || (!fields.includes(field) && !part))
      throw new ApiError('invalid-argument', `${option} ${m}: say FIELD=HEADING, with FIELD one of ${fields.join(', ')}${generic ? ', funding:NAME or costShare:NAME' : ''}.`);
    if (part && !generic) throw new ApiError('invalid-argument', `${option} ${m}: a column per funding source or organisation is read from an HR export only.`);
    if (heading.trim() === '') {
      out[field] = null;
      continue;
    }
    const i = headers.findIndex((h) => norm(h) === norm(heading));
    if (i < 0) throw new ApiError('invalid-argument', `${option} ${m}: the file has no column headed "${heading}".`);
    out[field] = i;
  }
  return out;
}

export async function runImport(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const file = positionals[0];
  const structureName = typeof values.structure === 'string' ? values.structure.trim() : '';
  const from = typeof values.from === 'string' ? values.from : '';
  const format = (typeof values.format === 'string' ? values.format : 'auto') as FormatChoice;
  if (!file || !structureName || !from || !FORMATS.includes(format)) return ctx.usage();
  const info = await ctx.edit(file);
  // A damaged document is open for reading only: nothing is imported into it.
  if (info.access?.readOnly) throw new ApiError('file-read-only', info.access.readOnly.message);
  const existing = info.structures.find((s) => s.name.trim().toLowerCase() === structureName.toLowerCase());
  if (!existing && values.create !== true) {
    ctx.io.err(
      `establish import: there is no structure called "${structureName}" in ${info.fileName} (it has ${info.structures.map((s) => `"${s.name}"`).join(', ')}). ` +
        'Add --create to import into a new proposal of that name. Nothing was changed.',
    );
    return 1;
  }
  const target: ImportTarget = existing ? { kind: 'structure', structureId: existing.id } : { kind: 'new-proposal', name: structureName };
  const source = { path: ctx.resolve(from), ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}) };
  const junior = typeof values.junior === 'string' ? { path: ctx.resolve(values.junior) } : null;
  const inspection = await ctx.call('inspectImport', { source, junior, format });
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((m): m is string => typeof m === 'string') : []);
  const generic = inspection.format === 'generic';
  const mapping = applyMaps(inspection.main.mapping, inspection.main.headers, list(values.map), inspection.main.fields.map((f) => f.key), '--map', generic);
  const juniorMaps = list(values['junior-map']);
  if (juniorMaps.length > 0 && !inspection.junior) throw new ApiError('invalid-argument', '--junior-map is for the junior staff file of an organogram: give the file with --junior.');
  const juniorMapping = inspection.junior
    ? applyMaps(inspection.junior.mapping, inspection.junior.headers, juniorMaps, inspection.junior.fields.map((f) => f.key), '--junior-map', false)
    : null;
  const salary = values.salary;
  if (salary !== undefined && salary !== 'full-time' && salary !== 'pro-rata')
    throw new ApiError('invalid-argument', `--salary takes full-time (salaries are full-time salaries) or pro-rata (pay for each row's FTE); "${String(salary)}" is neither.`);
  const { jobId } = await ctx.call('startImport', {
    source,
    junior: inspection.junior ? { path: inspection.junior.path, ...(inspection.junior.sheet ? { sheet: inspection.junior.sheet } : {}) } : null,
    format: inspection.format,
    mapping,
    juniorMapping,
    target,
    ...(salary ? { options: { salary } } : {}),
  });
  const status = await ctx.session.jobs.wait(jobId);
  if (status.kind !== 'import' || status.state === 'failed' || !status.preview) throw ApiError.from(status.error ?? { code: 'internal', message: 'The import stopped without a result.' });
  const preview = status.preview;
  const organogram = preview.summary.format === 'organogram';
  if (preview.summary.posts === 0) {
    await ctx.call('cancelJob', { jobId });
    if (values.json) ctx.io.out(JSON.stringify({ imported: false, summary: preview.summary, report: preview.report }, null, 2));
    else {
      for (const line of reportLines(preview.report, organogram)) ctx.io.out(line);
      ctx.io.err(`establish import: nothing in ${preview.summary.sources[0]!.fileName} could be imported, so ${info.fileName} was not changed.`);
    }
    return 1;
  }
  // The cells and rows read from the file are garbage by now: freed before the write, they do not add to its peak.
  collectGarbage();
  const result = await ctx.call('acceptImport', { jobId });
  if (values.json) {
    ctx.io.out(
      JSON.stringify(
        { imported: true, structure: preview.targetName, structureId: result.structureId, replaced: preview.replaces, matched: preview.matched, summary: result.summary, report: result.report },
        null,
        2,
      ),
    );
    return 0;
  }
  for (const line of describeSummary(preview)) ctx.io.out(line);
  ctx.io.out('');
  for (const line of reportLines(preview.report, organogram)) ctx.io.out(line);
  return 0;
}
