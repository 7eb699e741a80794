// Employer National Insurance by category of person, worked by hand from HMRC's 2025/26 figures:
// 15% above the secondary threshold of £5,000; for employees under 21 and apprentices under 25, 0%
// up to the upper secondary threshold of £50,270, then 15%. And posts costed all-in.
import { describe, expect, it } from 'vitest';
import { costPost } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import { parseNiCategory } from '../../shared/model/niCategory';
import { post, reference } from '../helpers/model';

const { ctx } = reference();
const paid = (pounds: number, fields: Parameters<typeof post>[0] = {}) => post({ salaryOverridePence: pounds * 100, ...fields });

describe('employer National Insurance by category', () => {
  it('charges an apprentice aged 19 on £14,566 nothing, where the main rate would be £1,434.90', () => {
    expect(costPost(paid(14_566), ctx).niPence).toBe(143_490); // (14,566 − 5,000) × 15%
    expect(costPost(paid(14_566, { niCategory: 'apprenticeUnder25' }), ctx).niPence).toBe(0);
  });

  it('charges an employee under 21 nothing up to £50,270 and 15% above it', () => {
    expect(costPost(paid(50_270, { niCategory: 'under21' }), ctx).niPence).toBe(0);
    expect(costPost(paid(60_000, { niCategory: 'under21' }), ctx).niPence).toBe(145_950); // (60,000 − 50,270) × 15%
    expect(costPost(paid(60_000), ctx).niPence).toBe(825_000); // (60,000 − 5,000) × 15%
  });

  it('charges an apprentice under 25 the main rate only above the upper threshold', () => {
    expect(costPost(paid(50_271, { niCategory: 'apprenticeUnder25' }), ctx).niPence).toBe(15); // £1 × 15%
    expect(costPost(paid(60_000, { niCategory: 'apprenticeUnder25' }), ctx).niPence).toBe(145_950);
  });

  it('costs a vacancy as the assumed holder of its category', () => {
    const v = paid(14_566, { vacant: true, postholders: [], niCategory: 'apprenticeUnder25' });
    expect(costPost(v, ctx).niPence).toBe(0);
    expect(costPost({ ...v, niCategory: 'standard' }, ctx).niPence).toBe(143_490);
  });

  it('applies the threshold per person in a job share of apprentices', () => {
    // Two apprentices at half of £110,000: £55,000 each, £4,730 above the threshold each.
    const share = paid(110_000, { niCategory: 'apprenticeUnder25', postholders: [{ id: 'a', name: 'A', fte: 0.5 }, { id: 'b', name: 'B', fte: 0.5 }] });
    expect(costPost(share, ctx).niPence).toBe(2 * 70_950);
  });

  it('takes the thresholds and rate from the document’s pay year settings', () => {
    // 2024/25: 13.8% above £9,100; upper secondary threshold £50,270.
    const y2425 = reference({ niRateBp: 1380, niThresholdPence: 910_000, niUpperThresholdPence: 5_027_000 }).ctx;
    expect(costPost(paid(60_000, { niCategory: 'under21' }), y2425).niPence).toBe(134_274); // 9,730 × 13.8%
    expect(costPost(paid(60_000), y2425).niPence).toBe(702_420); // 50,900 × 13.8%
    // An upper threshold set below the secondary threshold never charges more than the main rate.
    const low = reference({ niUpperThresholdPence: 100_000 }).ctx;
    expect(costPost(paid(14_566, { niCategory: 'under21' }), low).niPence).toBe(143_490);
  });

  it('reads the categories as spreadsheets write them', () => {
    expect(['apprentice under 25', 'Apprentice Under 25', 'under 21', 'Under-21', '', 'Standard', 'H', 'M'].map(parseNiCategory)).toEqual([
      'apprenticeUnder25',
      'apprenticeUnder25',
      'under21',
      'under21',
      'standard',
      'standard',
      'apprenticeUnder25',
      'under21',
    ]);
    expect(parseNiCategory('over 65')).toBeNull();
  });
});

describe('all-in cost per post', () => {
  it('is the post’s cost as given, pro rata to FTE, with no on-costs added', () => {
    const p = paid(40_000, { allInCostPence: 5_343_786 });
    expect(costPost(p, ctx)).toMatchObject({ totalPence: 5_343_786, allInPence: 5_343_786, salaryPence: 0, niPence: 0, pensionPence: 0, salaryBasis: 'all-in' });
    expect(costPost({ ...p, fte: 0.5 }, ctx).totalPence).toBe(2_671_893);
  });

  it('is shown apart from salaries and on-costs in a structure’s totals', () => {
    const c = costStructure([paid(40_000, { allInCostPence: 5_343_786 }), paid(20_000)], ctx);
    expect(c.totals.allInPence).toBe(5_343_786);
    expect(c.totals.costPence).toBe(c.totals.salaryPence + c.totals.niPence + c.totals.pensionPence + c.totals.levyPence + c.totals.allInPence);
  });
});
