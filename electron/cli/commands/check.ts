import type { CliCommand } from '../command';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'establish check FILE [--json]',
  summary: 'Check the file\'s integrity and validate every structure; exit code 0 only when clean.',
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { json: { type: 'boolean' } },
  optionHelp: { json: { text: 'Print the report as JSON, with "clean" true when there is nothing to report.' } },
  async run(ctx, { positionals, values }) {
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
  },
};
