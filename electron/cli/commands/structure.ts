// `establish structure`: show one structure of a document, copy it under a new name, rename it,
// or set its status and the date it takes effect. Values are checked before anything is written,
// and each change is one step: a bad value leaves the file as it was.
import type { CliCommand } from '../command';

export const structureCommand: CliCommand = {
  name: 'structure',
  usage: 'establish structure FILE NAME [--copy-to NEW] [--rename NEW] [--status draft|consultation|implementation] [--date YYYY-MM-DD] [--json]',
  summary: 'Show a structure, copy it to a new proposal, rename it, or set its status and the date it takes effect.',
  details: [
    'With --copy-to, --status and --date apply to the copy; the structure copied is left as it is. --rename cannot be used with --copy-to.',
    'Every value is checked before anything is written: one bad value and the file is left as it was.',
  ],
  arguments: [
    { name: 'FILE', text: 'The Establish document (a .establish file).' },
    { name: 'NAME', text: 'The structure, by name (not case-sensitive), such as Current.' },
  ],
  options: {
    'copy-to': { type: 'string' },
    rename: { type: 'string' },
    status: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    'copy-to': { value: 'NEW', text: 'Copy the structure, every post keeping its lineage, to a new proposal called NEW.' },
    rename: { value: 'NEW', text: 'Rename the structure.' },
    status: { value: 'STATUS', text: 'draft, consultation or implementation: printed on charts as DRAFT, FOR CONSULTATION or FOR IMPLEMENTATION.' },
    date: { value: 'YYYY-MM-DD', text: 'The date the structure takes effect (its savings in each financial year start then); "none" clears it.' },
    json: { text: 'Print the structure (name, kind, status, implementationDate, posts) as JSON.' },
  },
  examples: [
    'establish structure review.establish Current --copy-to "Option B" \\',
    '    --date 2026-04-01',
    'establish structure review.establish "Option B" --status consultation',
  ],
  run: (ctx, args) => import('../run/structure').then((m) => m.runStructure(ctx, args)),
};
