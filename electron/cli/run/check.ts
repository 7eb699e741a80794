// The work of `establish check`, loaded only when that command runs (its help is in ../commands/check.ts).
import type { CommandContext, ParsedArgs } from '../command';

export async function runCheck(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const file = positionals[0];
  if (!file) return ctx.usage();
  await ctx.call('openDocument', { path: ctx.resolve(file), readOnly: true });
  const report = await ctx.call('checkDocument');
  const clean = report.ok && report.issues.length === 0;
  if (values.json) {
    ctx.io.out(JSON.stringify({ ...report, clean }, null, 2));
    return clean ? 0 : 1;
  }
  ctx.io.out(`File integrity: ${report.integrity.join('; ')}`);
  const errors = report.issues.filter((i) => i.severity === 'error');
  const warnings = report.issues.filter((i) => i.severity === 'warning');
  for (const i of errors) ctx.io.out(`error: ${i.message}`);
  for (const i of warnings) ctx.io.out(`warning: ${i.message}`);
  ctx.io.out(clean ? 'No problems found.' : `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`);
  return clean ? 0 : 1;
}
