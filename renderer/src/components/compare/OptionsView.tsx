// Compare > Options: Current and the proposals the user picks, in the order they choose, side by
// side: posts, FTE, headcount, cost and saving (in a full year and in each financial year), people
// at risk, vacancies deleted, layers, spans, managers and design rule breaches. The money is the
// comparison every other view makes, each proposal against Current.
import { useEffect, useRef } from 'react';
import type { CompareSide } from '../../../../shared/compare/compare';
import { optionsAppraisal, savingInYear, type OptionColumn, type OptionsAppraisal } from '../../../../shared/compare/options';
import { paybackFigure, paybackKnown, paybackText } from '../../../../shared/compare/oneOffText';
import { formatPounds } from '../../../../shared/model/money';
import type { Id } from '../../../../shared/model/types';
import { designRulesOf, ruleCount } from '../../../../shared/shape/designRules';
import { DEFAULT_SPAN_RANGE } from '../../../../shared/shape/spans';
import { actions, useApp } from '../../store';
import { comparisonOf, type Comparison } from '../../store/compareSelectors';
import { costContext, postList } from '../../store/selectors';
import { fte } from './format';
import { OptionsChart } from './OptionsChart';
import { SpanChart } from './SpanChart';
import './options.css';

const num = (n: number | null) => (n === null ? '–' : String(n));

interface Row {
  label: string;
  cell(o: OptionColumn): string;
}

function rows(a: OptionsAppraisal): Row[] {
  return [
    { label: 'Posts', cell: (o) => String(o.posts) },
    { label: 'FTE', cell: (o) => fte(o.fteUnits) },
    { label: 'Headcount', cell: (o) => String(o.headcount) },
    { label: 'Full-year cost, with on-costs', cell: (o) => formatPounds(o.costPence) },
    { label: 'Full-year saving', cell: (o) => (o.baseline ? '–' : o.savingPence < 0 ? `${formatPounds(-o.savingPence)} extra cost` : formatPounds(o.savingPence)) },
    ...a.years.map((y) => ({
      label: `Saving in ${y}`,
      cell: (o: OptionColumn) => {
        const v = savingInYear(o, y);
        return v === null ? '–' : v < 0 ? `${formatPounds(-v)} extra cost` : formatPounds(v);
      },
    })),
    { label: 'People at risk', cell: (o) => String(o.atRisk) },
    { label: 'Vacancies deleted', cell: (o) => String(o.vacanciesDeleted) },
    ...(a.options.some((o) => o.oneOff)
      ? [
          { label: 'One-off costs (redundancy, pension strain)', cell: (o: OptionColumn) => (o.oneOff ? `${formatPounds(o.oneOff.totalPence)}${o.oneOff.incomplete ? ' (incomplete)' : ''}` : '–') },
          { label: 'Payback period', cell: (o: OptionColumn) => (o.oneOff ? (paybackKnown(o.oneOff) ? paybackText(o.oneOff) : paybackFigure(o.oneOff)) : '–') },
        ]
      : []),
    { label: 'Layers below the top post', cell: (o) => String(o.layers) },
    { label: 'Span: median', cell: (o) => num(o.span.median) },
    { label: 'Span: smallest', cell: (o) => num(o.span.min) },
    { label: 'Span: largest', cell: (o) => num(o.span.max) },
    { label: 'Managers', cell: (o) => String(o.managers) },
    { label: 'Design rule breaches', cell: (o) => String(o.breaches.length) },
  ];
}

export function OptionsView() {
  const doc = useApp((s) => s.doc!);
  const structures = useApp((s) => s.structures);
  const chosen = useApp((s) => s.compare.optionIds);
  const hidden = useApp((s) => s.compare.optionsHidden);
  const ctx = useApp(costContext);
  const current = doc.structures.find((s) => s.kind === 'current') ?? doc.structures[0]!;
  const proposals = doc.structures.filter((s) => s.id !== current.id);
  // The user's order, then any proposal made since; none that has gone.
  const order: Id[] = [...(chosen ?? []).filter((id) => proposals.some((p) => p.id === id)), ...proposals.filter((p) => !chosen?.includes(p.id)).map((p) => p.id)];
  const shown = order.filter((id) => !hidden.includes(id));
  const missing = [current.id, ...proposals.map((p) => p.id)].filter((id) => !structures[id]);
  useEffect(() => {
    for (const id of missing) void actions().loadStructure(id);
  }, [missing.join(',')]);

  // Read again when the worker hands back a comparison.
  useApp((s) => s.comparisonsDone);
  const sides = [current.id, ...shown].map((id) => ({ structure: doc.structures.find((s) => s.id === id)!, posts: structures[id]?.posts }));
  const loaded = ctx && sides.every((x) => x.posts);
  // Each side against Current: the comparisons every other view uses, large ones worked out in the worker.
  const compared = loaded ? sides.map((x) => comparisonOf(actions(), current.id, x.structure.id)) : [];
  const working = compared.some((c) => c === 'working');
  const ready = loaded && compared.every((c) => c !== null && c !== 'working');
  // Worked out again only when a structure shown, the document's rates or rules, or the choice change.
  const memo = useRef<{ deps: unknown[]; value: OptionsAppraisal | null } | null>(null);
  const deps = [doc, ctx, ...sides.map((x) => x.structure), ...sides.map((x) => x.posts), ...compared];
  if (!memo.current || memo.current.deps.length !== deps.length || memo.current.deps.some((d, i) => d !== deps[i])) {
    const summaryOf = (side: CompareSide) => (compared[sides.findIndex((x) => x.structure.id === side.structure.id)] as Comparison).summary;
    const value = ready
      ? optionsAppraisal(doc, { structure: sides[0]!.structure, posts: postList(sides[0]!.posts!) }, sides.slice(1).map((x) => ({ structure: x.structure, posts: postList(x.posts!) })), ctx!, summaryOf)
      : null;
    memo.current = { deps, value };
  }
  const appraisal = memo.current.value;
  const rules = designRulesOf(doc.settings);
  const range = { min: rules.spanMin ?? DEFAULT_SPAN_RANGE.min, max: rules.spanMax ?? DEFAULT_SPAN_RANGE.max };

  const move = (i: number, step: -1 | 1) => {
    const ids = [...order];
    [ids[i], ids[i + step]] = [ids[i + step]!, ids[i]!];
    actions().setCompare({ optionIds: ids });
  };
  const nameOf = (id: Id) => doc.structures.find((s) => s.id === id)?.name ?? '';

  return (
    <div className="options-view">
      <fieldset className="options-pick">
        <legend>Proposals in the table, in order</legend>
        <ol>
          {order.map((id, i) => (
            <li key={id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={shown.includes(id)}
                  onChange={(e) => actions().setCompare({ optionsHidden: e.target.checked ? hidden.filter((x) => x !== id) : [...hidden, id] })}
                />{' '}
                {nameOf(id)}
              </label>
              <button type="button" className="btn btn-quiet btn-icon" aria-label={`Move ${nameOf(id)} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" className="btn btn-quiet btn-icon" aria-label={`Move ${nameOf(id)} down`} disabled={i === order.length - 1} onClick={() => move(i, 1)}>
                ↓
              </button>
            </li>
          ))}
        </ol>
      </fieldset>
      {!appraisal ? (
        <p className="empty" role="status">
          {working ? 'Working out the changes…' : 'Loading…'}
        </p>
      ) : (
        <>
          <table className="cs-table options-table">
            <caption>
              Options compared with {appraisal.baseline.name}: full-year costs include on-costs; savings are against {appraisal.baseline.name}, in each financial year from the option&rsquo;s implementation date.
            </caption>
            <thead>
              <tr>
                <td />
                {appraisal.options.map((o) => (
                  <th key={o.structure.id} scope="col" className="num">
                    {o.structure.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows(appraisal).map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {appraisal.options.map((o) => (
                    <td key={o.structure.id} className="num">
                      {r.cell(o)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <OptionsChart appraisal={appraisal} />
          <section aria-labelledby="options-breaches" className="cs-section">
            <h3 id="options-breaches">Design rule breaches</h3>
            {appraisal.options.every((o) => o.breaches.length === 0) ? (
              <p className="muted">{ruleCount(rules) > 0 ? 'No option breaks a design rule.' : 'No design rules are set: add them in Settings > Design rules.'}</p>
            ) : (
              appraisal.options
                .filter((o) => o.breaches.length > 0)
                .map((o) => (
                  <div key={o.structure.id}>
                    <h4>{o.structure.name}</h4>
                    <ul>
                      {o.breaches.map((b, i) => (
                        <li key={i}>{b.message}</li>
                      ))}
                    </ul>
                  </div>
                ))
            )}
          </section>
          <section aria-labelledby="options-shape" className="cs-section">
            <h3 id="options-shape">Spans of control</h3>
            <p className="muted">
              How many managers have each number of direct reports (a grouped post counts as the posts it stands for). The shaded band is the range {range.min} to {range.max}; bars outside it are drawn in brown and said so in their descriptions.
            </p>
            <div className="span-charts">
              {appraisal.options.map((o) => (
                <SpanChart key={o.structure.id} name={o.structure.name} shape={{ distribution: o.spanDistribution }} range={range} />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
