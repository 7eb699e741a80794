// The cost and people effect of the change: before, after and saving in a full year and in each
// financial year, FTE and headcount, cut by funding source, cost share between organisations, team and grade.
// Every figure is a button listing the posts that make it up.
import type { BreakdownRow } from '../../../../shared/costing/breakdown';
import { APPORTIONMENT_NOTE, CUT_NAME, type Dimension } from '../../../../shared/costing/dimensions';
import type { ChangeSummary } from '../../../../shared/compare/compare';
import type { Measure, Side } from '../../../../shared/compare/trace';
import { formatDate } from '../../../../shared/model/dates';
import { formatPounds } from '../../../../shared/model/money';
import { Figure } from './Figure';
import { OneOffCosts } from './OneOffCosts';
import { fte, savingText, signedNumber, signedPounds } from './format';
import './compare.css';

const title = (d: Dimension) => CUT_NAME[d].charAt(0).toUpperCase() + CUT_NAME[d].slice(1);

export function CostSummary({ summary }: { summary: ChangeSummary }) {
  const { cost, people: p } = summary;
  const total = (side: Side, measure: Measure) => ({ scope: 'total' as const, side, measure });
  const saving = cost.savingPence;
  return (
    <div className="cost-summary">
      <section aria-labelledby="cs-full-year" className="cs-section">
        <h3 id="cs-full-year">Full year</h3>
        <table className="cs-table cs-headline">
          <thead>
            <tr>
              <td />
              <th scope="col" className="num">
                {summary.from.name}
              </th>
              <th scope="col" className="num">
                {summary.to.name}
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Cost, with on-costs</th>
              <td className="num">
                <Figure title={`Full-year cost of ${summary.from.name}`} trace={total('before', 'cost')}>
                  {formatPounds(cost.beforePence)}
                </Figure>
              </td>
              <td className="num">
                <Figure title={`Full-year cost of ${summary.to.name}`} trace={total('after', 'cost')}>
                  {formatPounds(cost.afterPence)}
                </Figure>
              </td>
              <td className="num">
                <Figure title="Change in full-year cost" trace={total('change', 'cost')}>
                  {signedPounds(cost.afterPence - cost.beforePence)}
                </Figure>
              </td>
            </tr>
            <CountRow label="FTE" fromName={summary.from.name} toName={summary.to.name} measure="fte" before={p.fteUnitsBefore} after={p.fteUnitsAfter} show={fte} />
            <CountRow label="Headcount" fromName={summary.from.name} toName={summary.to.name} measure="headcount" before={p.headcountBefore} after={p.headcountAfter} show={String} />
            <CountRow label="Posts" fromName={summary.from.name} toName={summary.to.name} measure="posts" before={p.postsBefore} after={p.postsAfter} show={String} />
          </tbody>
        </table>
        <p className="cs-saving">
          {saving < 0 ? 'Full-year extra cost' : 'Full-year saving'}{' '}
          <Figure title={saving < 0 ? 'Full-year extra cost' : 'Full-year saving'} trace={total('saving', 'cost')} className="figure-strong">
            {formatPounds(Math.abs(saving))}
          </Figure>
        </p>
      </section>

      <OneOffCosts summary={summary} />
      <People summary={summary} />
      <Years summary={summary} />
      {(['source', 'organisation', 'team', 'grade'] as const).map((d) => (
        <Breakdown key={d} dimension={d} rows={summary.breakdowns[d]} summary={summary} />
      ))}
    </div>
  );
}

function CountRow(props: { label: string; fromName: string; toName: string; measure: Measure; before: number; after: number; show: (n: number) => string }) {
  const { label, measure, before, after, show } = props;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">
        <Figure title={`${label} in ${props.fromName}`} trace={{ scope: 'total', side: 'before', measure }}>
          {show(before)}
        </Figure>
      </td>
      <td className="num">
        <Figure title={`${label} in ${props.toName}`} trace={{ scope: 'total', side: 'after', measure }}>
          {show(after)}
        </Figure>
      </td>
      <td className="num">
        <Figure title={`Change in ${label}`} trace={{ scope: 'total', side: 'change', measure }}>
          {signedNumber(after - before, show)}
        </Figure>
      </td>
    </tr>
  );
}

function People({ summary }: { summary: ChangeSummary }) {
  const p = summary.people;
  return (
    <section aria-labelledby="cs-people" className="cs-section">
      <h3 id="cs-people">People</h3>
      <dl className="cs-people">
        <div>
          <dt>At risk</dt>
          <dd>
            <Figure title="People at risk" trace={{ scope: 'people', which: 'at-risk' }} className="figure-strong">
              {String(p.atRisk)}
            </Figure>
            <span className="muted small">
              {' '}
              of {p.affected} in deleted or redesignated posts; {p.slotIns} slot in, {p.redeployed} redeployed, {p.ringFenced} ring-fenced
            </span>
          </dd>
        </div>
        <div>
          <dt>Vacancies deleted</dt>
          <dd>
            <Figure title="Vacancies deleted" trace={{ scope: 'people', which: 'vacancies-deleted' }}>
              {String(p.vacanciesDeleted)}
            </Figure>
            <span className="muted small"> {fte(p.vacancyFteUnitsDeleted)} FTE</span>
          </dd>
        </div>
        <div>
          <dt>Posts deleted</dt>
          <dd>
            {p.postsDeleted} <span className="muted small">({fte(p.fteUnitsDeleted)} FTE)</span>
          </dd>
        </div>
        <div>
          <dt>New posts</dt>
          <dd>
            {p.postsNew} <span className="muted small">({fte(p.fteUnitsNew)} FTE)</span>
          </dd>
        </div>
      </dl>
      {p.consultation ? (
        <p className="cs-notice cs-notice-strong" role="note">
          <strong>Collective consultation: at least {p.consultation.minimumDays} days.</strong> {p.consultation.message}
        </p>
      ) : (
        <p className="muted small">Fewer than 20 people at risk: the collective consultation duty (20 or more at one establishment within 90 days) does not arise from this change alone.</p>
      )}
      {p.hoursReduced > 0 && (
        <p className="cs-notice">
          {p.hoursReduced} {p.hoursReduced === 1 ? 'person keeps a post' : 'people keep their posts'} with fewer hours.
        </p>
      )}
      {p.fundingEnds.length > 0 && (
        <p className="cs-notice" role="note">
          <Figure title="Posts whose funding ends" trace={{ scope: 'people', which: 'funding-ends' }}>
            {`${p.fundingEnds.length} post${p.fundingEnds.length === 1 ? '' : 's'}`}
          </Figure>{' '}
          {p.fundingEnds.length === 1 ? 'is' : 'are'} funded by a source that ends before, or within 12 months after, the change takes effect.
        </p>
      )}
    </section>
  );
}

function Years({ summary }: { summary: ChangeSummary }) {
  const years = summary.byFinancialYear;
  return (
    <section aria-labelledby="cs-years" className="cs-section">
      <h3 id="cs-years">By financial year</h3>
      {years.length === 0 ? (
        <p className="muted">Set the date {summary.to.name} takes effect (above) to see the effect in each financial year.</p>
      ) : (
        <>
          <p className="muted small">
            Taking effect on {formatDate(summary.implementationDate!)}. A part year counts by months, a part month by its days.
          </p>
          <table className="cs-table">
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col" className="num">
                  Cost without the change
                </th>
                <th scope="col" className="num">
                  Cost with the change
                </th>
                <th scope="col" className="num">
                  Saving in year
                </th>
                <th scope="col" className="num">
                  Added in year
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year.label}>
                  <th scope="row">{y.year.label}</th>
                  <td className="num">
                    <Figure title={`Cost in ${y.year.label} without the change`} trace={{ scope: 'year', startYear: y.year.startYear, side: 'before' }}>
                      {formatPounds(y.beforePence)}
                    </Figure>
                  </td>
                  <td className="num">
                    <Figure title={`Cost in ${y.year.label} with the change`} trace={{ scope: 'year', startYear: y.year.startYear, side: 'after' }}>
                      {formatPounds(y.afterPence)}
                    </Figure>
                  </td>
                  <td className="num">
                    <Figure title={`Saving in ${y.year.label}`} trace={{ scope: 'year', startYear: y.year.startYear, side: 'saving' }}>
                      {savingText(y.savingPence)}
                    </Figure>
                  </td>
                  <td className="num">{savingText(y.incrementalSavingPence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Breakdown({ dimension, rows, summary }: { dimension: Dimension; rows: BreakdownRow[]; summary: ChangeSummary }) {
  const id = `cs-${dimension}`;
  const fig = (r: BreakdownRow, side: Side, text: string, what: string) => (
    <Figure title={`${what}, ${r.label}`} trace={{ scope: 'row', dimension, key: r.key, side, measure: 'cost' }}>
      {text}
    </Figure>
  );
  return (
    <section aria-labelledby={id} className="cs-section cs-breakdown">
      <h3 id={id}>{title(dimension)}</h3>
      <table className="cs-table">
        <thead>
          <tr>
            <th scope="col">{dimension === 'source' ? 'Funding source' : dimension === 'organisation' ? 'Organisation' : dimension === 'team' ? 'Team' : 'Grade'}</th>
            <th scope="col" className="num">
              {summary.from.name}
            </th>
            <th scope="col" className="num">
              {summary.to.name}
            </th>
            <th scope="col" className="num">
              Saving
            </th>
            <th scope="col" className="num">
              FTE before
            </th>
            <th scope="col" className="num">
              FTE after
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">{fig(r, 'before', formatPounds(r.before.costPence), `Cost in ${summary.from.name}`)}</td>
              <td className="num">{fig(r, 'after', formatPounds(r.after.costPence), `Cost in ${summary.to.name}`)}</td>
              <td className="num">{fig(r, 'saving', savingText(r.savingPence), 'Saving')}</td>
              <td className="num">{fte(r.before.fteUnits)}</td>
              <td className="num">{fte(r.after.fteUnits)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">{formatPounds(summary.cost.beforePence)}</td>
            <td className="num">{formatPounds(summary.cost.afterPence)}</td>
            <td className="num">{savingText(summary.cost.savingPence)}</td>
            <td className="num">{fte(summary.people.fteUnitsBefore)}</td>
            <td className="num">{fte(summary.people.fteUnitsAfter)}</td>
          </tr>
        </tfoot>
      </table>
      {(dimension === 'source' || dimension === 'organisation') && <p className="muted small">{APPORTIONMENT_NOTE}</p>}
    </section>
  );
}
