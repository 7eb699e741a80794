// The work of `establish info`, loaded only when that command runs (its help is in ../commands/info.ts).
import { buildCostContext, structureTotals } from '../../../shared/costing/postCost';
import { formatFte, formatPounds } from '../../../shared/model/money';
import { structureShape } from '../../../shared/model/shape';
import { table } from '../format';
import type { CommandContext, ParsedArgs } from '../command';

const STATUS: Record<string, string> = { draft: 'draft', consultation: 'for consultation', implementation: 'for implementation' };

export async function runInfo(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
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
}
