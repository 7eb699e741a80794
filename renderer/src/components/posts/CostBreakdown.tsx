import { formatPounds } from '../../../../shared/model/money';
import { NI_CATEGORY_SHORT } from '../../../../shared/model/niCategory';
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
  'all-in': 'all-in',
};

export function CostBreakdown({ post }: { post: Post }) {
  const ctx = useApp(costContext);
  if (!ctx) return null;
  const c = postCost(post, ctx);
  return (
    <section className="cost-breakdown" aria-label="Full-year cost">
      <h3 className="field-label">Full-year cost</h3>
      {c.salaryBasis === 'all-in' ? (
        <dl>
          <dt>Cost per post (all-in), at the post's FTE</dt>
          <dd>{formatPounds(c.allInPence)}</dd>
          <dt className="total">Total (on-costs included, none added)</dt>
          <dd className="total">{formatPounds(c.totalPence)}</dd>
        </dl>
      ) : (
      <dl>
        <dt>Salary ({BASIS[c.salaryBasis]})</dt>
        <dd>{formatPounds(c.salaryPence)}</dd>
        <dt>Employer NI{post.niCategory === 'standard' ? '' : ` (${NI_CATEGORY_SHORT[post.niCategory]})`}</dt>
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
      )}
    </section>
  );
}
