// The chart of options: the bar geometry (heights exactly proportional to the figures, negative
// bars below zero, round axis steps), the short amounts on the axis, the chart's panels and its
// description in words, on a small appraisal worked out by hand.
import { describe, expect, it } from 'vitest';
import { barPanelGeometry, drawBarPanel, niceScale } from '../../shared/chart/bars';
import type { OptionColumn, OptionsAppraisal } from '../../shared/compare/options';
import { drawOptionsChart, optionsChartDescription, optionsChartPanels, shortPounds } from '../../shared/export/optionsChart';

describe('bar geometry', () => {
  it('chooses round steps holding zero and every value', () => {
    // 375 / 5 = 75 a step, rounded up to 100: -100 to 300.
    expect(niceScale(-75, 300)).toEqual({ lo: -100, hi: 300, step: 100 });
    // £2,265,948.20: steps of £500k up to £2.5m.
    expect(niceScale(0, 226_594_820)).toEqual({ lo: 0, hi: 250_000_000, step: 50_000_000 });
    expect(niceScale(0, 0)).toEqual({ lo: 0, hi: 1, step: 0.2 });
  });

  it('makes each bar as tall as its value, up from zero or down below it', () => {
    const plot = { x: 10, y: 20, w: 400, h: 200 };
    const g = barPanelGeometry({ groups: [{ label: 'A', values: [300] }, { label: 'B', values: [150] }, { label: 'C', values: [0] }, { label: 'D', values: [-75] }], series: ['x'] }, plot);
    // Scale -100..300 over 200 points: half a point a unit, zero 150 points down.
    expect(g.unit).toBe(0.5);
    expect(g.zeroY).toBe(170);
    expect(g.bars.map((b) => b.h)).toEqual([150, 75, 0, 37.5]);
    expect(g.bars.map((b) => b.y)).toEqual([20, 95, 170, 170]);
    expect(g.ticks.map((t) => [t.value, t.y])).toEqual([[-100, 220], [0, 170], [100, 120], [200, 70], [300, 20]]);
    // Four groups of 100 points, each bar centred in its group.
    expect(g.bars.map((b) => b.x + b.w / 2)).toEqual([60, 160, 260, 360]);
    for (const b of g.bars) expect(b.h / Math.abs(b.value || 1)).toBe(b.value === 0 ? 0 : 0.5);
  });

  it('puts the bars of a group side by side, leaving out a series with no value', () => {
    const g = barPanelGeometry({ groups: [{ label: '2026/27', values: [40, 20] }, { label: '2027/28', values: [null, 80] }], series: ['B', 'C'] }, { x: 0, y: 0, w: 200, h: 100 });
    // 0..80 in steps of 20 (80/5 = 16, up to 20): 1.25 points a unit.
    expect(g.bars.map((b) => [b.group, b.series, b.h])).toEqual([[0, 0, 50], [0, 1, 25], [1, 1, 100]]);
    expect(g.bars[0]!.x + g.bars[0]!.w).toBe(g.bars[1]!.x);
    expect(g.bars[2]!.x + g.bars[2]!.w / 2).toBe(150);
  });

  it('draws the axis values and the group names as text', () => {
    const { shapes } = drawBarPanel(
      { title: 'Cost', groups: [{ label: 'Current', values: [300] }], series: ['x'], fill: () => '#000', format: (v) => `£${v}` },
      { x: 0, y: 0, w: 300, h: 200 },
    );
    const words = shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(words).toEqual(expect.arrayContaining(['Cost', '£0', '£100', '£200', '£300', 'Current']));
  });
});

describe('short amounts', () => {
  it('gives pounds, thousands and millions from pence', () => {
    expect(shortPounds(226_594_820)).toBe('£2.27m');
    expect(shortPounds(8_493_646)).toBe('£84.9k');
    expect(shortPounds(10_977_471)).toBe('£110k');
    expect(shortPounds(50_000)).toBe('£500');
    expect(shortPounds(-1_200_000)).toBe('−£12k');
    expect(shortPounds(0)).toBe('£0');
    expect(shortPounds(250_000_000)).toBe('£2.5m');
  });
});

const col = (name: string, costPence: number, savingPence: number, years: [string, number][], baseline = false): OptionColumn =>
  ({
    structure: { id: name, name, kind: baseline ? 'current' : 'proposal', status: 'draft', implementationDate: null, basedOnId: null, sortOrder: 0 },
    baseline,
    costPence,
    savingPence,
    byFinancialYear: years.map(([label, s], i) => ({ year: { label, startYear: 2026 + i }, savingPence: s })),
  }) as unknown as OptionColumn;

// Current £1,000,000; B saves £100,000 from 1 April 2026; C saves £200,000 from 1 October 2026
// (half in 2026/27) and costs £800,000.
const appraisal: OptionsAppraisal = {
  baseline: col('Current', 100_000_000, 0, [], true).structure,
  options: [
    col('Current', 100_000_000, 0, [], true),
    col('Option B', 90_000_000, 10_000_000, [['2026/27', 10_000_000], ['2027/28', 10_000_000]]),
    col('Option C', 80_000_000, 20_000_000, [['2026/27', 10_000_000], ['2027/28', 20_000_000]]),
  ],
  years: ['2026/27', '2027/28'],
};

describe('the chart of options', () => {
  it('has a cost bar per option, a saving bar per proposal and the savings of each year', () => {
    const [cost, saving, years] = optionsChartPanels(appraisal);
    expect(cost!.groups.map((g) => [g.label, g.values])).toEqual([['Current', [100_000_000]], ['Option B', [90_000_000]], ['Option C', [80_000_000]]]);
    expect(saving!.groups.map((g) => [g.label, g.values])).toEqual([['Option B', [10_000_000]], ['Option C', [20_000_000]]]);
    expect(years!.series).toEqual(['Option B', 'Option C']);
    expect(years!.groups.map((g) => [g.label, g.values])).toEqual([['2026/27', [10_000_000, 10_000_000]], ['2027/28', [10_000_000, 20_000_000]]]);
    // One colour per option in every panel: B's saving bar and its years share its cost bar's colour.
    expect(saving!.fill(0, 0)).toBe(cost!.fill(1, 0));
    expect(years!.fill(1, 1)).toBe(cost!.fill(2, 0));
    expect(cost!.fill(0, 0)).not.toBe(cost!.fill(1, 0));
  });

  it('draws cost bars in proportion: £1m, £900k, £800k, with their values', () => {
    const cost = optionsChartPanels(appraisal)[0]!;
    const g = barPanelGeometry(cost, { x: 0, y: 0, w: 300, h: 240 });
    // 0..£1m in steps of £200k (1,000,000 / 5 exactly): 240 points for £1m, 24 for each £100k.
    expect(g.bars.map((b) => b.h)).toEqual([240, 216, 192]);
    const words = drawOptionsChart(appraisal, { x: 0, y: 0, w: 700, h: 400 }).flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(words).toEqual(expect.arrayContaining(['£1m', '£900k', '£800k', '£100k', '£200k', '2026/27', '2027/28', 'Saving in each financial year', 'Full-year saving against Current']));
  });

  it('says the figures in words', () => {
    expect(optionsChartDescription(appraisal)).toBe(
      'Bar chart of the options. Full-year cost, with on-costs: Current £1,000,000; Option B £900,000; Option C £800,000. ' +
        'Full-year saving against Current: Option B £100,000; Option C £200,000. ' +
        'Saving in 2026/27: Option B £100,000; Option C £100,000. Saving in 2027/28: Option B £100,000; Option C £200,000.',
    );
  });

  it('has no saving panels with Current alone', () => {
    const alone = { ...appraisal, options: appraisal.options.slice(0, 1), years: [] };
    expect(optionsChartPanels(alone).map((p) => p.groups.length)).toEqual([1, 0]);
    expect(drawOptionsChart(alone, { x: 0, y: 0, w: 600, h: 300 }).some((s) => s.kind === 'text' && s.text === 'No proposals chosen')).toBe(true);
  });
});
