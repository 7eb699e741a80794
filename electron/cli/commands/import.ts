import { ApiError } from '../../../shared/api/errors';
import { describeSummary, reportLines } from '../../../shared/import/report';
import type { ColumnMapping, FieldKey, FormatChoice, ImportTarget } from '../../../shared/import/types';
import { norm } from '../../../shared/import/values';
import type { CliCommand, CommandContext } from '../command';

const FORMATS = ['auto', 'generic', 'organogram'];

/** `--map postholder=Name`: a field mapped to the column with that heading. */
function applyMaps(mapping: ColumnMapping, headers: string[], maps: string[], fields: FieldKey[]): ColumnMapping {
  const out = { ...mapping };
  for (const m of maps) {
    const eq = m.indexOf('=');
    const field = m.slice(0, eq).trim() as FieldKey;
    const heading = m.slice(eq + 1);
    if (eq < 0 || !fields.includes(field)) throw new ApiError('invalid-argument', `--map ${m}: say FIELD=HEADING, with FIELD one of ${fields.join(', ')}.`);
    if (heading.trim() === '') {
      out[field] = null;
      continue;
    }
    const i = headers.findIndex((h) => norm(h) === norm(heading));
    if (i < 0) throw new ApiError('invalid-argument', `--map ${m}: the file has no column headed "${heading}".`);
    out[field] = i;
  }
  return out;
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'establish import FILE --structure NAME [--create] --from PATH [--junior PATH] [--format auto|generic|organogram] [--sheet NAME] [--map FIELD=HEADING]... [--json]',
  summary: 'Import a structure from a CSV or XLSX file (an HR export or an organogram) and print the validation report.',
  synopsis: ['establish import FILE --structure NAME --from PATH [OPTIONS]'],
  details: [
    'The posts of the file replace those of the structure; with --create, a new proposal of that name is made for them. ' +
      'Columns are matched to fields by their headings; --map names a heading the match missed.',
  ],
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  optionHelp: {
    structure: { value: 'NAME', text: 'The structure to import into.' },
    create: { text: 'Make a new proposal called NAME when the document has no such structure.' },
    from: { value: 'PATH', text: 'The CSV or XLSX file to import (an HR export, or an organogram\'s senior posts).' },
    junior: { value: 'PATH', text: 'An organogram\'s junior staff file, whose FTE counts go under the senior posts.' },
    format: { value: 'FORMAT', text: 'auto (the default), generic (an HR export) or organogram.' },
    sheet: { value: 'NAME', text: 'The worksheet of an XLSX workbook (default: the first with data).' },
    map: {
      value: 'FIELD=HEADING',
      text:
        'Import FIELD from the column headed HEADING; an empty HEADING leaves the field out. Repeat for each field. ' +
        'Fields: ref, title, grade, payPoint, fte, holderFte, salary, payMin, payMax, managerRef, managerTitle, team, postholder, vacancy, status, notes, function.',
    },
    json: { text: 'Print the summary and the validation report as JSON.' },
  },
  examples: ['establish import review.establish --structure Current --from posts.xlsx', 'establish import review.establish --structure "Option B" --create --from b.csv'],
  options: {
    structure: { type: 'string' },
    create: { type: 'boolean' },
    from: { type: 'string' },
    junior: { type: 'string' },
    format: { type: 'string' },
    sheet: { type: 'string' },
    map: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  },
  async run(ctx, { positionals, values }) {
    const file = positionals[0];
    const structureName = typeof values.structure === 'string' ? values.structure.trim() : '';
    const from = typeof values.from === 'string' ? values.from : '';
    const format = (typeof values.format === 'string' ? values.format : 'auto') as FormatChoice;
    if (!file || !structureName || !from || !FORMATS.includes(format)) return ctx.usage();
    const info = await ctx.call('openDocument', { path: ctx.resolve(file) });
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
    const maps = Array.isArray(values.map) ? values.map.filter((m): m is string => typeof m === 'string') : [];
    const mapping = applyMaps(inspection.main.mapping, inspection.main.headers, maps, inspection.main.fields.map((f) => f.key));
    const { jobId } = await ctx.call('startImport', {
      source,
      junior: inspection.junior ? { path: inspection.junior.path, ...(inspection.junior.sheet ? { sheet: inspection.junior.sheet } : {}) } : null,
      format: inspection.format,
      mapping,
      juniorMapping: inspection.junior?.mapping ?? null,
      target,
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
  },
};
