// One-off costs of the people at risk (redundancy pay and pension strain) and the payback period
// on the full-year saving, shown beside the saving.
import type { ChangeSummary } from '../../../../shared/compare/compare';
import { missingFiguresText, paybackKnown, paybackOf, paybackText } from '../../../../shared/compare/oneOffText';
import { formatPounds } from '../../../../shared/model/money';

export function OneOffCosts({ summary }: { summary: ChangeSummary }) {
  const o = summary.oneOff;
  const missing = missingFiguresText(o);
  const payback = paybackOf(o);
  const known = paybackKnown(payback);
  return (
    <section aria-labelledby="cs-one-off" className="cs-section">
      <h3 id="cs-one-off">One-off costs</h3>
      <dl className="cs-people" aria-label="One-off costs and payback">
        <div>
          <dt>Redundancy pay</dt>
          <dd data-testid="one-off-redundancy">{formatPounds(o.redundancyPence)}</dd>
        </div>
        <div>
          <dt>Pension strain</dt>
          <dd data-testid="one-off-strain">{formatPounds(o.pensionStrainPence)}</dd>
        </div>
        <div>
          <dt>Total one-off costs</dt>
          <dd data-testid="one-off-total" className="figure-strong">
            {formatPounds(o.totalPence)}
          </dd>
        </div>
        <div>
          <dt>Payback period</dt>
          <dd data-testid="payback">
            {known || payback.paybackYears === null ? paybackText(payback) : 'Not known'}
            {known && <span className="muted small"> on a full-year saving of {formatPounds(summary.cost.savingPence)}</span>}
            {!known && payback.paybackYears !== null && <span className="muted small"> until the one-off costs are entered</span>}
          </dd>
        </div>
      </dl>
      <p className="muted small">
        {o.people === 0 ? 'Nobody is at risk. ' : `For the ${o.people === 1 ? 'person' : `${o.people} people`} at risk. `}
        Redundancy pay is estimated from the age, service and week’s pay entered for each postholder in the current structure, or the amount entered; pension strain is as the
        pension fund gives it.{missing ? ` ${missing}` : ''}
      </p>
    </section>
  );
}
