import type { CliCommand } from '../command';

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'establish new FILE [--sample] [--name NAME] [--force]',
  summary: 'Create a new document (with --sample, the sample Business Support Service).',
  options: { sample: { type: 'boolean' }, name: { type: 'string' }, force: { type: 'boolean' } },
  async run(ctx, { positionals, values }) {
    const file = positionals[0];
    if (!file) return ctx.usage();
    const info = await ctx.call('newDocument', {
      path: ctx.resolve(file),
      sample: values.sample === true,
      overwrite: values.force === true,
      ...(typeof values.name === 'string' ? { name: values.name } : {}),
    });
    ctx.io.out(`Created ${info.path}${values.sample ? ' with the sample structure' : ''}.`);
    return 0;
  },
};
