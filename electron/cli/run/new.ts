// The work of `establish new`, loaded only when that command runs (its help is in ../commands/new.ts).
import type { CommandContext, ParsedArgs } from '../command';

export async function runNew(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
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
}
