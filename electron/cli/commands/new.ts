import type { CliCommand } from '../command';

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'establish new FILE [--sample] [--name NAME] [--force]',
  summary: 'Create a new document (with --sample, the sample Business Support Service and a proposal for it).',
  arguments: [{ name: 'FILE', text: 'The document to create; its name ends in .establish.' }],
  options: { sample: { type: 'boolean' }, name: { type: 'string' }, force: { type: 'boolean' } },
  optionHelp: {
    sample: {
      text: 'Fill it with the sample: a council Business Support Service of 60 posts and a proposal for consultation.',
    },
    name: { value: 'NAME', text: 'The document\'s name, shown in the app and on exports (default: the file name; the sample has its own).' },
    force: { text: 'Replace FILE if it already exists.' },
  },
  examples: ['establish new review.establish --name "Business Support review"', 'establish new sample.establish --sample'],
  run: (ctx, args) => import('../run/new').then((m) => m.runNew(ctx, args)),
};
