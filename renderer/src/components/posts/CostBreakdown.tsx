import { formatPounds } from '../../../../shared/model/money';
import type { Post } from '../../../../shared/model/types';
import { useApp } from '../../store';
import { costContext, postCost } from '../../store/selectors';

const BASIS: Record<string, string> = {
  override: 'salary override',
  'pay-point': 'pay point',
  'grade-bottom': 'bottom of grade',
  'grade-middle': 'middle of grade',
  'grade-top': 'top of grade',
  none: 'no grade or salary',
};

export function CostBreakdown({ post }: { post: Post }) {
  const ctx = useApp(costContext);
  if (!ctx) return null;
  const c = postCost(post, ctx);
  return (
    <section className="cost-breakdown" aria-label="Full-year cost">
      <h3 className="field-label">Full-year cost</h3>
      <dl>
        <dt>Salary ({BASIS[c.salaryBasis]})</dt>
        <dd>{formatPounds(c.salaryPence)}</dd>
        <dt>Employer NI</dt>
        <dd>{formatPounds(c.niPence)}</dd>
        <dt>Employer pension</dt>
        <dd>{formatPounds(c.pensionPence)}</dd>
        {c.levyPence > 0 && (
          <>
            <dt>Apprenticeship levy</dt>
            <dd>{formatPounds(c.levyPence)}</dd>
          </>
        )}
        <dt className="total">Total</dt>
        <dd className="total">{formatPounds(c.totalPence)}</dd>
      </dl>
    </section>
  );
}
