// The rules for editing settings and reference data, checked on plain data: no database, no window.
import { describe, expect, it } from 'vitest';
import type { SettingsPatch } from '../../shared/api/schemas';
import {
  awardedSalary,
  fundingSourceDeletion,
  fundingSourceToWrite,
  gradeDeletion,
  gradePlan,
  organisationDeletion,
  organisationToWrite,
  payAwardChanges,
  payAwardLabel,
  settingsToWrite,
  type ReferenceDataModel,
} from '../../shared/edits/referenceData';
import type { Checked } from '../../shared/edits/refusal';
import type { Grade } from '../../shared/model/types';
import { NO_DESIGN_RULES } from '../../shared/shape/designRules';

const grade = (id: string, code: string, points: [string, number][]): Grade => ({
  id, code, name: '', sortOrder: 0,
  points: points.map(([p, pence], i) => ({ id: p, gradeId: id, code: p.toUpperCase(), salaryPence: pence, sortOrder: i })),
});

const ref: ReferenceDataModel = {
  settings: { name: 'Doc', payYear: '2025/26', vacancyCosting: 'bottom', niRateBp: 1500, niThresholdPence: 500_000, niUpperThresholdPence: 5_027_000, levyEnabled: false, levyRateBp: 50, defaultOrganisationId: 'org', defaultFundingSourceId: 'core', redundancyWeekCapPence: 71_900, redundancyMultiplierBp: 10_000, redundancyWeekPay: 'capped' },
  organisations: [
    { id: 'org', name: 'Council', pensionRateBp: 2000, sortOrder: 0 },
    { id: 'trust', name: 'Trust', pensionRateBp: 1500, sortOrder: 1 },
  ],
  grades: [grade('g1', 'Grade 1', [['p1', 2_469_800], ['p2', 2_500_000]]), grade('g2', 'Grade 2', [['p3', 10_000]])],
  fundingSources: [
    { id: 'core', name: 'Core', endDate: null, sortOrder: 0 },
    { id: 'grant', name: 'Grant', endDate: '2027-03-31', sortOrder: 1 },
  ],
};

function refusalOf<T>(c: Checked<T>) {
  expect(c.ok).toBe(false);
  return c.ok ? null : c.refusal;
}

function valueOf<T>(c: Checked<T>): T {
  if (!c.ok) throw new Error(`refused: ${c.refusal.message}`);
  return c.value;
}

describe('settings', () => {
  it('refuses a default organisation that is not in the document', () => {
    expect(refusalOf(settingsToWrite(ref, { defaultOrganisationId: 'gone' }))).toEqual({ code: 'invalid-argument', message: 'That organisation is not in the document.' });
    expect(valueOf(settingsToWrite(ref, { defaultOrganisationId: 'trust' }))).toEqual([['defaultOrganisationId', 'trust']]);
  });

  it('refuses a default funding source that is not in the document', () => {
    expect(refusalOf(settingsToWrite(ref, { defaultFundingSourceId: 'gone' }))).toEqual({ code: 'invalid-argument', message: 'That funding source is not in the document.' });
    expect(valueOf(settingsToWrite(ref, { defaultFundingSourceId: 'grant' }))).toEqual([['defaultFundingSourceId', 'grant']]);
  });

  it('allows clearing the defaults', () => {
    expect(valueOf(settingsToWrite(ref, { defaultOrganisationId: null, defaultFundingSourceId: null }))).toEqual([
      ['defaultOrganisationId', null],
      ['defaultFundingSourceId', null],
    ]);
  });

  it('refuses design rules that name a grade not in the grade table, in a ratio or a reporting rule', () => {
    const message = 'A design rule names a grade that is not in the grade table.';
    const ratio = (of: string): SettingsPatch => ({
      designRules: { ...NO_DESIGN_RULES, ratios: [{ count: 1, posts: { title: 'Assistant' }, per: 2, of: { grade: of } }] },
    });
    const reports = (g: string, atLeast: string | null): SettingsPatch => ({ designRules: { ...NO_DESIGN_RULES, reportsUp: [{ grade: g, atLeast }] } });
    expect(refusalOf(settingsToWrite(ref, ratio('gone')))).toEqual({ code: 'invalid-argument', message });
    expect(refusalOf(settingsToWrite(ref, reports('gone', null)))?.message).toBe(message);
    expect(refusalOf(settingsToWrite(ref, reports('g1', 'gone')))?.message).toBe(message);
    expect(settingsToWrite(ref, ratio('g2')).ok).toBe(true);
    expect(settingsToWrite(ref, reports('g1', 'g2')).ok).toBe(true);
  });

  it('writes only the settings the patch gives, key by key', () => {
    expect(valueOf(settingsToWrite(ref, { name: 'New name', payYear: undefined, levyEnabled: true }))).toEqual([
      ['name', 'New name'],
      ['levyEnabled', true],
    ]);
  });
});

describe('organisations', () => {
  it('refuses to change an organisation that is no longer there, and trims the name', () => {
    expect(refusalOf(organisationToWrite(ref, { id: 'gone', name: 'X', pensionRateBp: 0 }))).toEqual({ code: 'not-found', message: 'That organisation is no longer in the document.' });
    expect(valueOf(organisationToWrite(ref, { id: 'org', name: '  County Council ', pensionRateBp: 2150 }))).toEqual({ name: 'County Council', pensionRateBp: 2150 });
    expect(valueOf(organisationToWrite(ref, { name: ' New ', pensionRateBp: 0 }))).toEqual({ name: 'New', pensionRateBp: 0 });
  });

  it('refuses to delete one that is no longer there', () => {
    expect(refusalOf(organisationDeletion(ref, 'gone', { employs: 0, shares: 0 }))).toEqual({ code: 'not-found', message: 'That organisation is no longer in the document.' });
  });

  it('refuses to delete one that employs posts, counting them', () => {
    expect(refusalOf(organisationDeletion(ref, 'org', { employs: 1, shares: 0 }))).toEqual({
      code: 'conflict',
      message: 'Organisation "Council" is used by 1 post, so it cannot be deleted. Change those posts first.',
      details: { posts: 1 },
    });
    expect(refusalOf(organisationDeletion(ref, 'org', { employs: 3, shares: 2 }))?.message).toBe(
      'Organisation "Council" is used by 3 posts, so it cannot be deleted. Change those posts first.',
    );
  });

  it('refuses to delete one that shares the cost of posts', () => {
    expect(refusalOf(organisationDeletion(ref, 'trust', { employs: 0, shares: 1 }))).toEqual({
      code: 'conflict',
      message: 'Organisation "Trust" shares the cost of 1 post, so it cannot be deleted. Change how those posts are shared first.',
      details: { posts: 1 },
    });
    expect(refusalOf(organisationDeletion(ref, 'trust', { employs: 0, shares: 4 }))?.message).toBe(
      'Organisation "Trust" shares the cost of 4 posts, so it cannot be deleted. Change how those posts are shared first.',
    );
  });

  it('deletes an unused one, clearing the default only when it is the default', () => {
    expect(valueOf(organisationDeletion(ref, 'org', { employs: 0, shares: 0 }))).toMatchObject({ organisation: { id: 'org' }, clearDefault: true });
    expect(valueOf(organisationDeletion(ref, 'trust', { employs: 0, shares: 0 }))).toMatchObject({ organisation: { id: 'trust' }, clearDefault: false });
  });
});

describe('grades and pay points', () => {
  const points = (...ids: string[]) => ids.map((id) => ({ id, code: id.toUpperCase(), salaryPence: 1 }));

  it('refuses a code another grade has, ignoring case and spaces around it, naming the grade as written', () => {
    expect(refusalOf(gradePlan(ref, { code: ' grade 2 ', name: '', points: [] }, new Map()))).toEqual({ code: 'conflict', message: 'There is already a grade "Grade 2".' });
    expect(refusalOf(gradePlan(ref, { id: 'g1', code: 'GRADE 2', name: '', points: points('p1', 'p2') }, new Map()))?.message).toBe('There is already a grade "Grade 2".');
  });

  it('lets a grade keep or recase its own code, and trims it', () => {
    expect(valueOf(gradePlan(ref, { id: 'g1', code: ' GRADE 1 ', name: 'One', points: points('p1', 'p2') }, new Map()))).toMatchObject({
      code: 'GRADE 1',
      grade: { id: 'g1' },
      removedPoints: [],
    });
    expect(valueOf(gradePlan(ref, { code: 'Grade 3', name: '', points: [{ code: 'A', salaryPence: 1 }] }, new Map()))).toEqual({ code: 'Grade 3', grade: null, removedPoints: [] });
  });

  it('refuses to change a grade that is no longer there', () => {
    expect(refusalOf(gradePlan(ref, { id: 'gone', code: 'Grade 9', name: '', points: [] }, new Map()))).toEqual({ code: 'not-found', message: 'That grade is no longer in the document.' });
  });

  it('refuses to remove a pay point posts are on, counting them; removes one no post is on', () => {
    expect(refusalOf(gradePlan(ref, { id: 'g1', code: 'Grade 1', name: '', points: points('p1') }, new Map([['p2', 1]])))).toEqual({
      code: 'conflict',
      message: 'Pay point P2 of Grade 1 is used by 1 post, so it cannot be removed.',
    });
    expect(refusalOf(gradePlan(ref, { id: 'g1', code: 'Grade 1', name: '', points: [] }, new Map([['p1', 0], ['p2', 5]])))?.message).toBe(
      'Pay point P2 of Grade 1 is used by 5 posts, so it cannot be removed.',
    );
    // Posts on a point the grade keeps do not matter.
    const kept = valueOf(gradePlan(ref, { id: 'g1', code: 'Grade 1', name: '', points: points('p1') }, new Map([['p1', 7]])));
    expect(kept.removedPoints.map((p) => p.id)).toEqual(['p2']);
  });

  it('refuses a pay point of another grade, for a grade changed or added', () => {
    const message = 'Pay point P3 belongs to another grade.';
    expect(refusalOf(gradePlan(ref, { id: 'g1', code: 'Grade 1', name: '', points: points('p1', 'p2', 'p3') }, new Map()))).toEqual({ code: 'invalid-argument', message });
    expect(refusalOf(gradePlan(ref, { code: 'Grade 3', name: '', points: points('p3') }, new Map()))?.message).toBe(message);
    // A point id the document does not have yet is a new point.
    expect(gradePlan(ref, { id: 'g1', code: 'Grade 1', name: '', points: points('p1', 'p2', 'new') }, new Map()).ok).toBe(true);
  });

  it('refuses to delete a grade that is gone or that posts are on', () => {
    expect(refusalOf(gradeDeletion(ref, 'gone', 0))).toEqual({ code: 'not-found', message: 'That grade is no longer in the document.' });
    expect(refusalOf(gradeDeletion(ref, 'g2', 2))).toEqual({
      code: 'conflict',
      message: 'Grade "Grade 2" is used by 2 posts, so it cannot be deleted. Change those posts first.',
      details: { posts: 2 },
    });
    expect(valueOf(gradeDeletion(ref, 'g2', 0)).id).toBe('g2');
  });
});

describe('funding sources', () => {
  it('refuses to change one that is no longer there, and trims the name', () => {
    expect(refusalOf(fundingSourceToWrite(ref, { id: 'gone', name: 'X', endDate: null }))).toEqual({ code: 'not-found', message: 'That funding source is no longer in the document.' });
    expect(valueOf(fundingSourceToWrite(ref, { id: 'grant', name: ' Lottery ', endDate: '2028-03-31' }))).toEqual({ name: 'Lottery', endDate: '2028-03-31' });
  });

  it('refuses to delete one that is gone or that funds posts', () => {
    expect(refusalOf(fundingSourceDeletion(ref, 'gone', 0))).toEqual({ code: 'not-found', message: 'That funding source is no longer in the document.' });
    expect(refusalOf(fundingSourceDeletion(ref, 'grant', 1))).toEqual({
      code: 'conflict',
      message: 'Funding source "Grant" is used by 1 post, so it cannot be deleted. Change those posts first.',
      details: { posts: 1 },
    });
  });

  it('deletes an unused one, clearing the default only when it is the default', () => {
    expect(valueOf(fundingSourceDeletion(ref, 'core', 0))).toMatchObject({ source: { id: 'core' }, clearDefault: true });
    expect(valueOf(fundingSourceDeletion(ref, 'grant', 0))).toMatchObject({ source: { id: 'grant' }, clearDefault: false });
  });
});

describe('pay awards', () => {
  it('raises a salary by the award, rounded to the pound or the penny', () => {
    // 2,469,800 x 1.035 = 2,556,243 pence: £25,562.43, so £25,562 to the pound.
    expect(awardedSalary(2_469_800, 350, 'pound')).toBe(2_556_200);
    expect(awardedSalary(2_469_800, 350, 'penny')).toBe(2_556_243);
    // 2,500,000 x 1.032 = 2,580,000 exactly.
    expect(awardedSalary(2_500_000, 320, 'pound')).toBe(2_580_000);
    // A cut: 2,000,000 x 0.99 = 1,980,000.
    expect(awardedSalary(2_000_000, -100, 'pound')).toBe(1_980_000);
    expect(awardedSalary(2_469_800, 0, 'penny')).toBe(2_469_800);
  });

  it('rounds an exact half up, and just under a half down', () => {
    // 10,000 x 1.005 = 10,050 pence: £100.50 exactly, so £101.
    expect(awardedSalary(10_000, 50, 'pound')).toBe(10_100);
    // 9,999 x 1.005 = 10,048.995 pence: £100.48995, so £100; to the penny 10,049.
    expect(awardedSalary(9_999, 50, 'pound')).toBe(10_000);
    expect(awardedSalary(9_999, 50, 'penny')).toBe(10_049);
    // 100 x 1.005 = 100.5 pence exactly, so 101.
    expect(awardedSalary(100, 50, 'penny')).toBe(101);
  });

  it('raises every pay point of every grade, and names the award', () => {
    expect(payAwardChanges(ref.grades, 350, 'pound')).toEqual([
      { id: 'p1', salaryPence: 2_556_200 },
      // 2,500,000 x 1.035 = 2,587,500 exactly.
      { id: 'p2', salaryPence: 2_587_500 },
      // 10,000 x 1.035 = 10,350 pence: £103.50, so £104.
      { id: 'p3', salaryPence: 10_400 },
    ]);
    expect(payAwardLabel(350)).toBe('Apply a 3.5% pay award');
    expect(payAwardLabel(-100)).toBe('Apply a -1% pay award');
  });
});
