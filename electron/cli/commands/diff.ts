// `establish diff`: what changes between two structures of a document, what it costs or saves in
// a full year and in each financial year, and who is at risk.
import type { CliCommand } from '../command';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: 'establish diff FILE [--from NAME] --to NAME [--json]',
  summary: 'Compare two structures: posts changed, cost and saving by financial year, people at risk.',
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { from: { type: 'string' }, to: { type: 'string' }, 'accept-suggested': { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: {
    from: { value: 'NAME', text: 'The structure before the change (default: Current).' },
    to: { value: 'NAME', text: 'The structure after the change, usually a proposal.' },
    'accept-suggested': {
      value: 'CONFIDENCE',
      text: 'Accept, and keep in the file, the suggested matches (posts renumbered between two imports) with at least this confidence, from 0 to 1, then compare.',
    },
    json: { text: 'Print the whole comparison as JSON, money in pence, without postholder names; suggestedMatches lists posts that look renumbered.' },
  },
  examples: ['establish diff sample.establish --to "Option A: hub model"'],
  run: (ctx, args) => import('../run/diff').then((m) => m.runDiff(ctx, args)),
};
