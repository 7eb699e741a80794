// Statutory redundancy pay worked by hand (GOV.UK: half a week per year of service aged under 22,
// one week aged 22 to 40, one and a half weeks aged 41 or over; at most 20 years, most recent
// first; two years to qualify; week's pay capped at £719 from 6 April 2025), the council's
// multiplier, entered amounts, pension strain, and the payback period.
import { describe, expect, it } from 'vitest';
import { compareStructures } from '../../shared/compare/compare';
import { paybackFigure, paybackKnown, paybackText } from '../../shared/compare/oneOffText';
import { paybackYears, redundancyPay, statutoryHalfWeeks } from '../../shared/costing/redundancy';
import type { PersonDetails, Post } from '../../shared/model/types';
import { copyOf, post, reference, structure } from '../helpers/model';

const settings = { redundancyWeekCapPence: 71_900, redundancyMultiplierBp: 10_000, redundancyWeekPay: 'capped' as const };
const person = (age: number, serviceYears: number, weeklyPounds: number, more: Partial<PersonDetails> = {}): PersonDetails => ({
  age,
  serviceYears,
  weeklyPayPence: Math.round(weeklyPounds * 100),
  redundancyPence: null,
  pensionStrainPence: null,
  ...more,
});

describe('statutory redundancy weeks', () => {
  it('half a week for each year spent under 22', () => {
    // Aged 21 with 3 years: the years were spent at 20, 19 and 18: 3 x 0.5 = 1.5 weeks.
    expect(statutoryHalfWeeks(21, 3) / 2).toBe(1.5);
  });
  it('one week for each year spent aged 22 to 40', () => {
    // Aged 30 with 5 years: years at 29..25: 5 weeks.
    expect(statutoryHalfWeeks(30, 5) / 2).toBe(5);
    // Aged 24 with 4 years: 23 and 22 a week each, 21 and 20 half a week each: 3 weeks.
    expect(statutoryHalfWeeks(24, 4) / 2).toBe(3);
  });
  it('one and a half weeks for each year spent aged 41 or over', () => {
    // Aged 45 with 8 years: 44, 43, 42, 41 at 1.5 = 6; 40, 39, 38, 37 at 1 = 4: 10 weeks.
    expect(statutoryHalfWeeks(45, 8) / 2).toBe(10);
    // The year from 40 to 41 was spent aged 40: aged 41 with 2 years is 2 weeks, aged 42 is 2.5.
    expect(statutoryHalfWeeks(41, 2) / 2).toBe(2);
    expect(statutoryHalfWeeks(42, 2) / 2).toBe(2.5);
  });
  it('counts at most 20 years, the most recent, and nothing under 2 years', () => {
    // Aged 61 with 30 years: only the 20 years at 60..41 count, all at 1.5: 30 weeks, the statutory maximum.
    expect(statutoryHalfWeeks(61, 30) / 2).toBe(30);
    // Aged 45 with 25 years: 20 years at 44..25: 4 x 1.5 + 16 x 1 = 22 weeks.
    expect(statutoryHalfWeeks(45, 25) / 2).toBe(22);
    expect(statutoryHalfWeeks(50, 1)).toBe(0);
    expect(statutoryHalfWeeks(50, 0)).toBe(0);
  });
});

describe('redundancy pay', () => {
  it('each age band at a week’s pay under the cap', () => {
    expect(redundancyPay(person(21, 3, 500), settings)).toEqual({ source: 'estimate', pence: 75_000, weeks: 1.5, weekPayPence: 50_000 });
    expect(redundancyPay(person(30, 5, 600), settings).pence).toBe(300_000);
    // Aged 45, 8 years: 10 weeks x £650 = £6,500.
    expect(redundancyPay(person(45, 8, 650), settings).pence).toBe(650_000);
  });

  it('caps a week’s pay at £719', () => {
    // Aged 50, 10 years: 49..41 = 9 x 1.5 = 13.5, plus 40 at 1 = 14.5 weeks; £800 capped to £719: £10,425.50.
    expect(redundancyPay(person(50, 10, 800), settings)).toEqual({ source: 'estimate', pence: 1_042_550, weeks: 14.5, weekPayPence: 71_900 });
    // The statutory maximum: 30 weeks x £719 = £21,570.
    expect(redundancyPay(person(61, 30, 1_200), settings).pence).toBe(2_157_000);
    // Exactly at the cap, no change.
    expect(redundancyPay(person(30, 5, 719), settings).pence).toBe(359_500);
  });

  it('applies the council’s multiplier and actual week’s pay', () => {
    // 14.5 weeks x £800 actual pay x 1.5 = £17,400.
    expect(redundancyPay(person(50, 10, 800), { ...settings, redundancyWeekPay: 'actual', redundancyMultiplierBp: 15_000 }).pence).toBe(1_740_000);
    // 30 weeks x £719 x 1.75 = £37,747.50.
    expect(redundancyPay(person(61, 30, 1_200), { ...settings, redundancyMultiplierBp: 17_500 }).pence).toBe(3_774_750);
    // Rounded once, to the penny: 1.5 weeks x £333.33 = £499.995 -> £500.00.
    expect(redundancyPay(person(21, 3, 333.33), settings).pence).toBe(50_000);
  });

  it('takes an entered amount instead of the estimate, and has no figure without age, service and pay', () => {
    expect(redundancyPay(person(50, 10, 800, { redundancyPence: 2_500_000 }), settings)).toMatchObject({ source: 'entered', pence: 2_500_000 });
    expect(redundancyPay(person(50, 10, 800, { weeklyPayPence: null }), settings)).toMatchObject({ source: 'missing', pence: 0 });
    expect(redundancyPay(undefined, settings).source).toBe('missing');
  });
});

describe('payback period', () => {
  it('is one-off costs over the full-year saving, in years to one decimal place', () => {
    // £15,425.50 over £10,000 a year: 1.54255 -> 1.5 years.
    expect(paybackYears(1_542_550, 1_000_000)).toBe(1.5);
    // £30,000 over £12,000: 2.5 years; £1,000 over £60,000: 0.0167 -> 0 years.
    expect(paybackYears(3_000_000, 1_200_000)).toBe(2.5);
    expect(paybackYears(100_000, 6_000_000)).toBe(0);
    expect(paybackYears(0, 6_000_000)).toBe(0);
  });
  it('is none when the change saves nothing', () => {
    expect(paybackYears(100_000, 0)).toBeNull();
    expect(paybackYears(100_000, -500)).toBeNull();
  });
  it('is said as at least what the figures give while someone at risk has none, and not known while nobody has', () => {
    const said = (paybackYears: number | null, totalPence: number, incomplete: boolean) => {
      const p = { paybackYears, totalPence, incomplete };
      return [paybackText(p), paybackFigure(p), paybackKnown(p)];
    };
    expect(said(1.5, 1_542_550, false)).toEqual(['1.5 years', '1.5', true]);
    expect(said(1, 1_000_000, false)).toEqual(['1.0 year', '1.0', true]);
    expect(said(1.5, 1_542_550, true)).toEqual(['at least 1.5 years', 'at least 1.5', true]);
    // Nothing entered for anyone: £0 is not a payback of no time.
    expect(said(0, 0, true)).toEqual(['not known until the one-off costs are entered', 'not known', false]);
    // Nobody at risk, or everyone's figures entered and nil: no time at all.
    expect(said(0, 0, false)).toEqual(['0.0 years', '0.0', true]);
    expect(said(null, 0, true)).toEqual(['none: the change saves nothing in a full year', 'none', false]);
  });
});

describe('one-off costs of a change', () => {
  const { ctx, ...ref } = reference();
  const holder = (id: string, name: string, details?: PersonDetails) => [{ id: `${id}-h`, name, fte: null, ...(details ? { details } : {}) }];
  const before: Post[] = [
    post({ id: 'head', title: 'Manager', gradeId: 'g3', payPointId: 'g3-p1', postholders: holder('head', 'Hana') }),
    // Deleted, at risk: 14.5 weeks x £719 = £10,425.50, pension strain £5,000.
    post({ id: 'o1', managerId: 'head', postholders: holder('o1', 'Ann', person(50, 10, 800, { pensionStrainPence: 500_000 })) }),
    // Deleted, at risk: an entered £2,000.
    post({ id: 'o2', managerId: 'head', postholders: holder('o2', 'Ben', person(30, 5, 600, { redundancyPence: 200_000 })) }),
    // Deleted, but redeployed into the kept vacancy: no cost.
    post({ id: 'o3', managerId: 'head', postholders: holder('o3', 'Cat', person(40, 15, 700, { pensionStrainPence: 900_000 })) }),
    // Deleted, at risk, nothing entered.
    post({ id: 'o4', managerId: 'head', postholders: holder('o4', 'Dev') }),
    post({ id: 'v1', managerId: 'head', vacant: true, postholders: [] }),
  ];
  const after = copyOf(before, 'prop')
    .filter((p) => !['c:o1', 'c:o2', 'c:o3', 'c:o4'].includes(p.id))
    .map((p) => (p.id === 'c:v1' ? { ...p, vacant: false, postholders: [{ id: 'x', name: 'Cat', fte: null }] } : p));
  const s = compareStructures(ref, { structure: structure('cur', { kind: 'current' }), posts: before }, { structure: structure('prop'), posts: after }, { costContext: ctx });

  it('adds redundancy and pension strain of the people at risk, and the payback on the full-year saving', () => {
    expect([s.people.atRisk, s.people.redeployed]).toEqual([3, 1]);
    expect(s.oneOff).toMatchObject({ redundancyPence: 1_242_550, pensionStrainPence: 500_000, totalPence: 1_742_550, people: 3, withoutFigures: 1 });
    // Saving: 4 officers deleted (the vacancy is costed at the same point filled or not), each at SCP £26,000
    // + NI 15% of £21,000 (£3,150) + pension 19.8% (£5,148) = £34,298: £137,192 in all.
    expect(s.cost.savingPence).toBe(13_719_200);
    // £10,425.50 + £2,000 + £5,000 = £17,425.50; / £137,192 = 0.127 -> 0.1 years.
    expect(s.oneOff.paybackYears).toBe(0.1);
  });
});
