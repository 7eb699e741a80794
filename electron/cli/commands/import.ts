import type { CliCommand } from '../command';

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'establish import FILE --structure NAME [--create] --from PATH [--junior PATH] [--format auto|generic|organogram] [--sheet NAME] [--map FIELD=HEADING]... [--junior-map FIELD=HEADING]... [--salary full-time|pro-rata] [--json]',
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
        'Fields: ref, title, grade, payPoint, fte, holderFte, salary, payMin, payMax, managerRef, managerTitle, team, postholder, vacancy, status, notes, function, ' +
        'headcount, organisation, funding (sources and shares in one cell, "Council 80%; Grant 20%"), costShares (organisations sharing the cost, in one cell), ' +
        'and funding:NAME or costShare:NAME for a column holding one source\'s or organisation\'s amount or share.',
    },
    'junior-map': { value: 'FIELD=HEADING', text: 'As --map, for the junior staff file of an organogram.' },
    salary: {
      value: 'BASIS',
      text: 'full-time (the default): salaries are full-time salaries. pro-rata: each salary is pay for its row\'s FTE, and is converted to full-time.',
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
    'junior-map': { type: 'string', multiple: true },
    salary: { type: 'string' },
    json: { type: 'boolean' },
  },
  run: (ctx, args) => import('../run/import').then((m) => m.runImport(ctx, args)),
};
