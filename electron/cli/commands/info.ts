import type { CliCommand } from '../command';

export const infoCommand: CliCommand = {
  name: 'info',
  usage: 'establish info FILE [--json]',
  summary: 'List each structure with its post count, FTE and full-year cost.',
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { json: { type: 'boolean' } },
  optionHelp: { json: { text: 'Print JSON instead of a table: each structure\'s name, status, posts, FTE, cost in pence, tops (posts at the top, side by side) and unplaced (posts under "Unplaced").' } },
  run: (ctx, args) => import('../run/info').then((m) => m.runInfo(ctx, args)),
};
