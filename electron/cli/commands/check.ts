import type { CliCommand } from '../command';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'establish check FILE [--json]',
  summary: 'Check the file\'s integrity and validate every structure; exit code 0 only when clean.',
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { json: { type: 'boolean' } },
  optionHelp: { json: { text: 'Print the report as JSON, with "clean" true when there is nothing to report.' } },
  run: (ctx, args) => import('../run/check').then((m) => m.runCheck(ctx, args)),
};
