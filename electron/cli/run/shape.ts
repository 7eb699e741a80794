// `establish spans` and `establish options`: the shape of one structure (layers, each manager's
// span), and the options appraisal (Current and every proposal side by side).
import { ApiError } from '../../../shared/api/errors';
import { paybackFigure } from '../../../shared/compare/oneOffText';
import { optionsAppraisal, savingInYear } from '../../../shared/compare/options';
import { formatFte, formatPounds } from '../../../shared/model/money';
import type { DocumentInfo, Structure } from '../../../shared/model/types';
import { designRulesOf } from '../../../shared/shape/designRules';
import { DEFAULT_SPAN_RANGE, spansOutside, structureSpans } from '../../../shared/shape/spans';
import { table } from '../format';
import type { CommandContext, ParsedArgs } from '../command';

export function findStructure(info: DocumentInfo, name: string, option: string): Structure {
  const wanted = name.trim().toLowerCase();
  const found = info.structures.find((s) => s.name.trim().toLowerCase() === wanted);
  if (found) return found;
  const names = info.structures.map((s) => `"${s.name}"`).join(', ');
  throw new ApiError('not-found', `There is no structure called "${name}" (${option}) in ${info.fileName}. Its structures are ${names}.`);
}

const num = (n: number | null) => (n === null ? '–' : String(n));

export async function runSpans(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const file = positionals[0];
  if (!file || typeof values.structure !== 'string' || positionals.length > 1) return ctx.usage();
  const info = await ctx.read(file);
  const s = findStructure(info, values.structure, '--structure');
  const { posts } = await ctx.call('getStructure', { structureId: s.id });
  const shape = structureSpans(posts);
  const rules = designRulesOf(info.settings);
  const range = { min: rules.spanMin ?? DEFAULT_SPAN_RANGE.min, max: rules.spanMax ?? DEFAULT_SPAN_RANGE.max };
  const outside = new Set(spansOutside(shape, range).map((m) => m.postId));
  const refOf = new Map(posts.map((p) => [p.id, p.ref]));
  if (values.json) {
    ctx.io.out(
      JSON.stringify(
        {
          structure: s.name,
          layers: shape.layers,
          managers: shape.managers.map((m) => ({ post: m.title, ref: refOf.get(m.postId) ?? '', layer: m.layer, span: m.span, outside: outside.has(m.postId) })),
          span: { median: shape.median, min: shape.min, max: shape.max },
          range,
          distribution: shape.distribution,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  ctx.io.out(`${s.name}: ${shape.layers} layer${shape.layers === 1 ? '' : 's'} below the top post, ${shape.managers.length} manager${shape.managers.length === 1 ? '' : 's'}.`);
  ctx.io.out(`Spans: median ${num(shape.median)}, smallest ${num(shape.min)}, largest ${num(shape.max)}; range ${range.min} to ${range.max}, ${outside.size} outside it.`);
  if (shape.managers.length) {
    ctx.io.out('');
    ctx.io.out(
      table(
        ['Manager', 'Ref', 'Layer', 'Span', ''],
        shape.managers.map((m) => [m.title, refOf.get(m.postId) ?? '', String(m.layer), String(m.span), outside.has(m.postId) ? (m.span < range.min ? 'below range' : 'above range') : '']),
        ['left', 'left', 'right', 'right', 'left'],
      ),
    );
  }
  return 0;
}

export async function runOptions(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1) return ctx.usage();
  const info = await ctx.read(file);
  const current = info.structures.find((s) => s.kind === 'current');
  if (!current) throw new ApiError('not-found', `${info.fileName} has no Current structure to compare the options with.`);
  const baseline = await ctx.call('getStructure', { structureId: current.id });
  const proposals = [];
  for (const s of info.structures) if (s.id !== current.id) proposals.push(await ctx.call('getStructure', { structureId: s.id }));
  const a = optionsAppraisal(info, baseline, proposals);
  const titleOf = new Map([baseline, ...proposals].flatMap((d) => d.posts.map((p) => [p.id, p.title] as const)));
  if (values.json) {
    ctx.io.out(
      JSON.stringify(
        {
          baseline: a.baseline.name,
          options: a.options.map((o) => ({
            name: o.structure.name,
            posts: o.posts,
            fte: o.fteUnits / 10_000,
            headcount: o.headcount,
            cost: o.costPence,
            saving: o.savingPence,
            byFinancialYear: o.byFinancialYear.map((y) => ({ year: y.year.label, saving: y.savingPence })),
            atRisk: o.atRisk,
            vacanciesDeleted: o.vacanciesDeleted,
            oneOff: o.oneOff ? { redundancy: o.oneOff.redundancyPence, pensionStrain: o.oneOff.pensionStrainPence, total: o.oneOff.totalPence, incomplete: o.oneOff.incomplete } : null,
            paybackYears: o.oneOff?.paybackYears ?? null,
            layers: o.layers,
            span: o.span,
            managers: o.managers,
            breaches: o.breaches.map((b) => ({ rule: b.rule, message: b.message, posts: b.postIds.map((id) => titleOf.get(id) ?? id) })),
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const cols = a.options;
  const row = (label: string, f: (o: (typeof cols)[number]) => string) => [label, ...cols.map(f)];
  const rows = [
    row('Posts', (o) => String(o.posts)),
    row('FTE', (o) => formatFte(o.fteUnits / 10_000)),
    row('Headcount', (o) => String(o.headcount)),
    row('Full-year cost', (o) => formatPounds(o.costPence)),
    row('Full-year saving', (o) => (o.baseline ? '–' : formatPounds(o.savingPence))),
    ...a.years.map((y) => row(`Saving in ${y}`, (o) => {
      const v = savingInYear(o, y);
      return v === null ? '–' : formatPounds(v);
    })),
    row('People at risk', (o) => String(o.atRisk)),
    row('Vacancies deleted', (o) => String(o.vacanciesDeleted)),
    ...(a.options.some((o) => o.oneOff)
      ? [
          row('One-off costs', (o) => (o.oneOff ? `${formatPounds(o.oneOff.totalPence)}${o.oneOff.incomplete ? ' (incomplete)' : ''}` : '–')),
          row('Payback (years)', (o) => (o.oneOff ? paybackFigure(o.oneOff) : '–')),
        ]
      : []),
    row('Layers', (o) => String(o.layers)),
    row('Span: median', (o) => num(o.span.median)),
    row('Span: smallest', (o) => num(o.span.min)),
    row('Span: largest', (o) => num(o.span.max)),
    row('Managers', (o) => String(o.managers)),
    row('Rule breaches', (o) => String(o.breaches.length)),
  ];
  ctx.io.out(`Options compared with ${a.baseline.name}. Costs are full-year, including on-costs.`);
  ctx.io.out('');
  ctx.io.out(table(['', ...cols.map((o) => o.structure.name)], rows, ['left', ...cols.map(() => 'right' as const)]));
  const breaches = cols.flatMap((o) => o.breaches.map((b) => `${o.structure.name}: ${b.message}`));
  if (breaches.length) {
    ctx.io.out('');
    ctx.io.out('Design rule breaches:');
    for (const b of breaches) ctx.io.out(`  ${b}`);
  }
  return 0;
}
