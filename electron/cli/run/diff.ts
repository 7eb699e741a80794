// `establish diff`: what changes between two structures of a document, what it costs or saves in
// a full year and in each financial year, and who is at risk.
import { ApiError } from '../../../shared/api/errors';
import { compareStructures, type ChangeSummary } from '../../../shared/compare/compare';
import { changeLabel, KIND_ORDER } from '../../../shared/diff/labels';
import { formatDate } from '../../../shared/model/dates';
import { formatFte, formatPounds } from '../../../shared/model/money';
import type { DocumentInfo, Structure } from '../../../shared/model/types';
import { summaryJson } from '../diffReport';
import { oneOffSentence } from '../../../shared/compare/oneOffText';
import { table } from '../format';
import type { CommandContext, ParsedArgs } from '../command';

function findStructure(info: DocumentInfo, name: string, option: string): Structure {
  const wanted = name.trim().toLowerCase();
  const found = info.structures.find((s) => s.name.trim().toLowerCase() === wanted);
  if (found) return found;
  const names = info.structures.map((s) => `"${s.name}"`).join(', ');
  throw new ApiError('not-found', `There is no structure called "${name}" (${option}) in ${info.fileName}. Its structures are ${names}.`);
}

const signed = (pence: number) => (pence === 0 ? '£0' : pence > 0 ? `+${formatPounds(pence)}` : formatPounds(pence));
const delta = (n: number, fmt: (x: number) => string = String) => (n === 0 ? '0' : n > 0 ? `+${fmt(n)}` : `-${fmt(-n)}`);
const fte = (units: number) => formatFte(units / 10_000);

function text(s: ChangeSummary, info: DocumentInfo): string[] {
  const p = s.people;
  const gradeCode = new Map(info.grades.map((g) => [g.id, g.code]));
  const out: string[] = [];
  const when = s.implementationDate ? `, taking effect on ${formatDate(s.implementationDate)}` : '';
  out.push(`${s.to.name} compared with ${s.from.name}${when}. Costs are full-year, including on-costs.`, '');
  out.push(
    table(
      ['', 'Before', 'After', 'Change'],
      [
        ['Posts', String(p.postsBefore), String(p.postsAfter), delta(p.postsAfter - p.postsBefore)],
        ['FTE', fte(p.fteUnitsBefore), fte(p.fteUnitsAfter), delta(p.fteUnitsAfter - p.fteUnitsBefore, fte)],
        ['Headcount', String(p.headcountBefore), String(p.headcountAfter), delta(p.headcountAfter - p.headcountBefore)],
        ['Full-year cost', formatPounds(s.cost.beforePence), formatPounds(s.cost.afterPence), signed(-s.cost.savingPence)],
      ],
      ['left', 'right', 'right', 'right'],
    ),
  );
  out.push('', s.cost.savingPence >= 0 ? `Full-year saving: ${formatPounds(s.cost.savingPence)}` : `Full-year extra cost: ${formatPounds(-s.cost.savingPence)}`);
  const n = s.diff.counts;
  out.push(
    `Posts: ${n.deleted} deleted, ${n.new} new, ${n.redesignated} redesignated (${n.regraded} regraded), ${n.fteChanged} FTE changed, ${n.moved} moved, ${n.unchanged} unchanged.`,
  );
  const suggested = s.diff.suggestedMatches ?? [];
  if (suggested.length > 0) {
    const sure = suggested.filter((m) => m.confidence >= 0.9).length;
    out.push(
      `Suggested matches: ${suggested.length} deleted ${suggested.length === 1 ? 'post looks' : 'posts look'} like new ones (renumbered?), ${sure} with a confidence of 0.9 or more. ` +
        'Accept them in Compare, or with --accept-suggested 0.9; --json lists them with their reasons.',
    );
  }
  out.push(
    `People at risk: ${p.atRisk} (of ${p.affected} in deleted or redesignated posts; ${p.slotIns} slotted in, ${p.redeployed} redeployed, ${p.ringFenced} ring-fenced). Vacancies deleted: ${p.vacanciesDeleted}.`,
  );
  out.push(oneOffSentence(s.oneOff));
  if (p.consultation) out.push(p.consultation.message);
  if (p.hoursReduced) out.push(`${p.hoursReduced} ${p.hoursReduced === 1 ? 'person keeps a post' : 'people keep their posts'} with fewer hours.`);
  for (const f of p.fundingEnds)
    out.push(`Funding: "${f.post.title}" is funded by ${f.source.name}, which ends on ${formatDate(f.source.endDate!)}${f.when === 'before' ? ', before the change takes effect' : ', within 12 months of the change'}.`);
  if (s.byFinancialYear.length) {
    out.push('', 'By financial year:');
    out.push(
      table(
        ['Year', 'Cost before', 'Cost after', 'Saving in year', 'Added in year'],
        s.byFinancialYear.map((y) => [y.year.label, formatPounds(y.beforePence), formatPounds(y.afterPence), formatPounds(y.savingPence), formatPounds(y.incrementalSavingPence)]),
        ['left', 'right', 'right', 'right', 'right'],
      ),
    );
  } else out.push('', `${s.to.name} has no implementation date, so there is no effect by financial year.`);
  const listed = s.diff.changes.filter((c) => c.kind !== 'unchanged').sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  if (listed.length) {
    out.push('', 'Changes:');
    out.push(
      table(
        ['Change', 'Post', 'Ref', 'Grade', 'FTE', 'Team', 'Cost change'],
        listed.map((c) => {
          const b = c.before;
          const a = c.after;
          const post = a ?? b!;
          const title = b && a && b.title !== a.title ? `${b.title} -> ${a.title}` : post.title;
          const g = (x: typeof b) => (x?.gradeId ? (gradeCode.get(x.gradeId) ?? '?') : '-');
          const grade = b && a && b.gradeId !== a.gradeId ? `${g(b)} -> ${g(a)}` : g(post);
          const f = b && a && b.fte !== a.fte ? `${formatFte(b.fte)} -> ${formatFte(a.fte)}` : formatFte(post.fte);
          return [changeLabel(c), title, post.ref, grade, f, post.team, signed(c.costAfterPence - c.costBeforePence)];
        }),
        ['left', 'left', 'left', 'left', 'right', 'left', 'right'],
      ),
    );
  }
  return out;
}

export async function runDiff(ctx: CommandContext, { positionals, values }: ParsedArgs): Promise<number> {
  const file = positionals[0];
  const to = values.to;
  if (!file || typeof to !== 'string' || positionals.length > 1) return ctx.usage();
  // Comparing only reads the file; accepting suggested matches is an edit, so opens it for editing.
  const info = values['accept-suggested'] === undefined ? await ctx.read(file) : await ctx.edit(file);
  const from = typeof values.from === 'string' ? findStructure(info, values.from, '--from') : info.structures.find((s) => s.kind === 'current');
  if (!from) throw new ApiError('not-found', `${info.fileName} has no Current structure; name one with --from.`);
  const target = findStructure(info, to, '--to');
  const before = await ctx.call('getStructure', { structureId: from.id });
  const after = await ctx.call('getStructure', { structureId: target.id });
  let summary = compareStructures(info, before, after);
  const threshold = values['accept-suggested'];
  if (typeof threshold === 'string') {
    const min = Number(threshold);
    if (threshold.trim() === '' || !Number.isFinite(min) || min < 0 || min > 1)
      throw new ApiError('invalid-argument', `--accept-suggested takes a confidence from 0 to 1, such as 0.9; "${threshold}" is not one.`);
    const chosen = (summary.diff.suggestedMatches ?? []).filter((m) => m.confidence >= min);
    if (chosen.length > 0) {
      await ctx.call('decideMatches', { decisions: chosen.map((m) => ({ beforeLineageId: m.beforeLineageId, afterLineageId: m.afterLineageId, decision: 'accepted' as const })) });
      summary = compareStructures((await ctx.call('getDocument'))!, before, after);
    }
    if (!values.json) ctx.io.out(`Accepted ${chosen.length} suggested ${chosen.length === 1 ? 'match' : 'matches'} with a confidence of at least ${min}; they are kept in ${info.fileName}.`);
  }
  if (values.json) ctx.io.out(JSON.stringify(summaryJson(summary, info.grades), null, 2));
  else ctx.io.out(text(summary, info).join('\n'));
  return 0;
}
