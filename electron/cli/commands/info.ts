import { buildCostContext, structureTotals } from '../../../shared/costing/postCost';
import { formatFte, formatPounds } from '../../../shared/model/money';
import { structureShape } from '../../../shared/model/shape';
import type { CliCommand } from '../command';
import { table } from '../format';

const STATUS: Record<string, string> = { draft: 'draft', consultation: 'for consultation', implementation: 'for implementation' };

export const infoCommand: CliCommand = {
  name: 'info',
  usage: 'establish info FILE [--json]',
  summary: 'List each structure with its post count, FTE and full-year cost.',
  arguments: [{ name: 'FILE', text: 'The Establish document (a .establish file).' }],
  options: { json: { type: 'boolean' } },
  optionHelp: { json: { text: 'Print JSON instead of a table: each structure\'s name, status, posts, FTE, cost in pence, tops (posts at the top, side by side) and unplaced (posts under "Unplaced").' } },
  async run(ctx, { positionals, values }) {
    const file = positionals[0];
    if (!file) return ctx.usage();
    const info = await ctx.read(file);
    const costs = buildCostContext(info);
    const rows = [];
    for (const s of info.structures) {
      const { posts } = await ctx.call('getStructure', { structureId: s.id });
      const t = structureTotals(posts, costs);
      rows.push({ name: s.name, status: s.status, kind: s.kind, posts: t.posts, fte: t.fte, cost: t.costPence, ...structureShape(posts) });
    }
    if (values.json) {
      ctx.io.out(JSON.stringify({ structures: rows.map(({ kind: _kind, ...r }) => r) }, null, 2));
      return 0;
    }
    ctx.io.out(`${info.settings.name} (${info.fileName})`);
    ctx.io.out(`Pay year ${info.settings.payYear}; costs are full-year, including on-costs.`);
    ctx.io.out('');
    ctx.io.out(
      table(
        ['Structure', 'Status', 'Posts', 'FTE', 'Cost'],
        rows.map((r) => [r.name, r.kind === 'current' ? 'current' : (STATUS[r.status] ?? r.status), String(r.posts), formatFte(r.fte), formatPounds(r.cost)]),
        ['left', 'left', 'right', 'right', 'right'],
      ),
    );
    return 0;
  },
};
