// The equality profile: suppression at 4 and 5 people, a table worked out by hand, who is counted
// (unnamed people in a filled post as not recorded, redeployed people not at risk), the document's
// categories validated, and the pack's schedule.
import { describe, expect, it } from 'vitest';
import type { PeopleEffect } from '../../shared/compare/people';
import { equalityPeople } from '../../shared/equality/people';
import { equalityCharacteristicsSchema } from '../../shared/equality/profileSchema';
import { DEFAULT_EQUALITY, equalityOf, equalityTable, formatEqualityCell, suppressed, type EqualityCharacteristic, type EqualityProfile } from '../../shared/equality/profile';
import { equalitySchedule } from '../../shared/export/schedules/equality';
import { post } from '../helpers/model';

const sexAndPattern: EqualityCharacteristic[] = [
  { id: 'sex', name: 'Sex', categories: ['Female', 'Male'] },
  { id: 'pattern', name: 'Working pattern', categories: ['Full time', 'Part time'] },
];
const many = (n: number, p: EqualityProfile | undefined) => Array.from({ length: n }, () => p);

describe('suppression', () => {
  it('hides a group of 4 and shows a group of 5', () => {
    expect(suppressed(4)).toBeNull();
    expect(suppressed(1)).toBeNull();
    expect(suppressed(5)).toBe(5);
    expect(suppressed(0)).toBe(0);
    expect(formatEqualityCell({ count: null, percent: null })).toBe('fewer than 5');
  });

  it('suppresses 4 women at risk but not 5, and every group when fewer than 5 are at risk', () => {
    const workforce = [...many(12, { sex: 'Female' }), ...many(8, { sex: 'Male' })];
    const atRisk = (p: EqualityProfile[]) => equalityTable(sexAndPattern.slice(0, 1), workforce, p).characteristics[0]!.rows.map((r) => formatEqualityCell(r.atRisk));
    // 4 women and 6 men: the 4 hidden, and the men withheld, or the 4 would be 10 - 6.
    expect(atRisk([...many(4, { sex: 'Female' }), ...many(6, { sex: 'Male' })] as EqualityProfile[])).toEqual(['fewer than 5', 'withheld', '0']);
    expect(atRisk([...many(5, { sex: 'Female' }), ...many(6, { sex: 'Male' })] as EqualityProfile[])).toEqual(['5 (45.5%)', '6 (54.5%)', '0']);
    // Only 4 people at risk: no group is shown, zeros neither (they would say who the 4 are).
    expect(atRisk(many(4, { sex: 'Female' }) as EqualityProfile[])).toEqual(['fewer than 5', 'fewer than 5', 'fewer than 5']);
    expect(atRisk(many(5, { sex: 'Female' }) as EqualityProfile[])).toEqual(['5 (100.0%)', '0', '0']);
  });
});

describe('the table', () => {
  it('counts the people at risk against the workforce per characteristic, worked by hand', () => {
    // Workforce of 32: 18 women (10 full time, 8 part time), 9 men (all full time), 5 with no
    // profile. At risk 11: 6 women (2 full time, 4 part time), 5 men full time.
    const workforce = [
      ...many(10, { sex: 'Female', pattern: 'Full time' }),
      ...many(8, { sex: 'Female', pattern: 'Part time' }),
      ...many(9, { sex: 'Male', pattern: 'Full time' }),
      ...many(5, undefined),
    ];
    const atRisk = [...many(2, { sex: 'Female', pattern: 'Full time' }), ...many(4, { sex: 'Female', pattern: 'Part time' }), ...many(5, { sex: 'Male', pattern: 'Full time' })];
    const t = equalityTable(sexAndPattern, workforce, atRisk);
    expect([t.workforce, t.atRisk]).toEqual([32, 11]);
    const view = t.characteristics.map((c) => [c.name, c.rows.map((r) => [r.category, formatEqualityCell(r.workforce), formatEqualityCell(r.atRisk)])]);
    expect(view).toEqual([
      [
        'Sex',
        [
          // 18/32 = 56.25% (56.3), 9/32 = 28.1%, 5/32 = 15.6%; 6/11 = 54.5%, 5/11 = 45.5%.
          ['Female', '18 (56.3%)', '6 (54.5%)'],
          ['Male', '9 (28.1%)', '5 (45.5%)'],
          ['Not recorded', '5 (15.6%)', '0'],
        ],
      ],
      [
        'Working pattern',
        [
          // 19/32 = 59.4%, 8/32 = 25.0%. At risk: 4 part-timers hidden, so the 7 full-timers are
          // withheld (11 - 7 would give the 4).
          ['Full time', '19 (59.4%)', 'withheld'],
          ['Part time', '8 (25.0%)', 'fewer than 5'],
          ['Not recorded', '5 (15.6%)', '0'],
        ],
      ],
    ]);
  });

  it('counts an answer that is no longer one of the categories as not recorded', () => {
    const t = equalityTable(sexAndPattern.slice(0, 1), many(6, { sex: 'Other' }), []);
    expect(t.characteristics[0]!.rows.map((r) => r.workforce.count)).toEqual([0, 0, 6]);
  });
});

describe('who is counted', () => {
  it('takes everyone in filled posts, unnamed people as not recorded, and the people at risk less those redeployed', () => {
    const a = post({ id: 'a', vacant: false, postholders: [{ id: 'h1', name: 'A', fte: null, equality: { sex: 'Female' } }] });
    const b = post({ id: 'b', vacant: false, grouped: true, fte: 3, headcount: 3, postholders: [{ id: 'h2', name: 'B', fte: 1, equality: { sex: 'Male' } }, { id: 'h3', name: 'C', fte: 1 }] });
    const v = post({ id: 'v', vacant: true, postholders: [] });
    const people = {
      atRiskPosts: [
        { change: { before: b }, people: 3, redeployed: 1, redeployedHolderIds: ['h3'], outcome: 'at-risk' },
        { change: { before: a }, people: 1, redeployed: 0, redeployedHolderIds: [], outcome: 'slot-in' },
      ],
    } as unknown as PeopleEffect;
    const p = equalityPeople([a, b, v], people);
    expect(p.workforce).toEqual([{ sex: 'Female' }, { sex: 'Male' }, undefined, undefined]);
    // B's post: 3 people, C redeployed; B at risk and one unnamed person.
    expect(p.atRisk).toEqual([{ sex: 'Male' }, undefined]);
  });
});

describe("the document's characteristics", () => {
  it('has the defaults when none are stored, and refuses a repeated or reserved category', () => {
    expect(equalityOf({}).map((c) => c.name)).toEqual(['Age band', 'Sex', 'Ethnicity', 'Disability', 'Working pattern']);
    expect(equalityCharacteristicsSchema.safeParse(DEFAULT_EQUALITY).success).toBe(true);
    expect(equalityCharacteristicsSchema.safeParse([{ id: 'sex', name: 'Sex', categories: ['Female', 'female'] }]).success).toBe(false);
    expect(equalityCharacteristicsSchema.safeParse([{ id: 'sex', name: 'Sex', categories: ['Not recorded'] }]).success).toBe(false);
    expect(equalityCharacteristicsSchema.safeParse([{ id: 'sex', name: 'Sex', categories: [] }]).success).toBe(false);
  });
});

describe('the pack schedule', () => {
  it('prints the counts, their shares and "fewer than 5"', () => {
    const t = equalitySchedule(sexAndPattern.slice(0, 1), { workforce: [...many(12, { sex: 'Female' }), ...many(8, { sex: 'Male' })], atRisk: many(4, { sex: 'Female' }) }, 'Current');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['Sex', null, null, null, null],
      ['Female', 12, '60.0%', 'fewer than 5', ''],
      ['Male', 8, '40.0%', 'fewer than 5', ''],
      ['Not recorded', 0, '0.0%', 'fewer than 5', ''],
    ]);
    expect(t.notes[0]).toBe('People at risk against everyone in Current (20 people; fewer than 5 at risk), by each characteristic the document records.');
  });
});
