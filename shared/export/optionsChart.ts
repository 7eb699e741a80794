// The options appraisal as a bar chart: each option's full-year cost, each proposal's full-year
// saving, and each proposal's saving in every financial year, one colour per option throughout.
// The same shapes are drawn on screen, as the pack's page (vectors in the PDF) and in Word.
import { drawBarPanel, type Area, type BarPanelSpec } from '../chart/bars';
import { pageSize, text, type Orientation, type Page, type PaperSize, type Shape } from '../chart/scene';
import { truncateText, wrapText } from '../chart/text';
import { savingInYear, type OptionsAppraisal } from '../compare/options';
import { formatPounds } from '../model/money';
import { drawFooter, drawTitleBlock, MARGIN, type TitleBlock } from './frame';
import type { Numbering, Section } from './section';

const BASELINE_FILL = '#8a8a8a';
const PALETTE = ['#1f5f8b', '#c0601a', '#2f7d4f', '#7b4fa0', '#a07800', '#b03a48', '#2a8d9a', '#5a5a9a'];

/** An option's colour: grey for the baseline, then one colour per proposal in order. */
export function optionFill(a: OptionsAppraisal, i: number): string {
  return a.options[i]!.baseline ? BASELINE_FILL : PALETTE[(i - 1 + PALETTE.length) % PALETTE.length]!;
}

/** "£2.27m", "£84.9k", "£500", "−£12k": short amounts for axes and bars, from pence. */
export function shortPounds(pence: number): string {
  const pounds = Math.round(pence) / 100;
  const sign = pounds < 0 ? '−' : '';
  const a = Math.abs(pounds);
  const trim = (v: number, digits: number) => String(Number(v.toFixed(digits)));
  if (a >= 1_000_000) return `${sign}£${trim(a / 1_000_000, a >= 10_000_000 ? 1 : 2)}m`;
  if (a >= 1_000) return `${sign}£${trim(a / 1_000, a >= 100_000 ? 0 : 1)}k`;
  return `${sign}£${trim(a, 0)}`;
}

/** The chart's panels: cost (every option), saving (proposals) and, when any, saving by financial year. */
export function optionsChartPanels(a: OptionsAppraisal): BarPanelSpec[] {
  const proposals = a.options.map((o, i) => ({ o, i })).filter((x) => !x.o.baseline);
  const panels: BarPanelSpec[] = [
    {
      title: 'Full-year cost, with on-costs',
      groups: a.options.map((o) => ({ label: o.structure.name, values: [o.costPence] })),
      series: ['Full-year cost'],
      fill: (g) => optionFill(a, g),
      format: shortPounds,
    },
    {
      title: `Full-year saving against ${a.baseline.name}`,
      groups: proposals.map(({ o }) => ({ label: o.structure.name, values: [o.savingPence] })),
      series: ['Full-year saving'],
      fill: (g) => optionFill(a, proposals[g]!.i),
      format: shortPounds,
      empty: 'No proposals chosen',
    },
  ];
  if (a.years.length && proposals.length) {
    panels.push({
      title: 'Saving in each financial year',
      groups: a.years.map((y) => ({ label: y, values: proposals.map(({ o }) => savingInYear(o, y)) })),
      series: proposals.map(({ o }) => o.structure.name),
      fill: (_g, s) => optionFill(a, proposals[s]!.i),
      format: shortPounds,
    });
  }
  return panels;
}

/** The chart in `area`: cost and saving side by side, the years below them across the width. */
export function drawOptionsChart(a: OptionsAppraisal, area: Area): Shape[] {
  const panels = optionsChartPanels(a);
  const gap = 24;
  const rowH = panels.length > 2 ? (area.h - gap) / 2 : area.h;
  const half = (area.w - gap) / 2;
  const shapes: Shape[] = [];
  shapes.push(...drawBarPanel(panels[0]!, { x: area.x, y: area.y, w: half, h: rowH }).shapes);
  shapes.push(...drawBarPanel(panels[1]!, { x: area.x + half + gap, y: area.y, w: half, h: rowH }).shapes);
  if (panels[2]) shapes.push(...drawBarPanel(panels[2], { x: area.x, y: area.y + rowH + gap, w: area.w, h: rowH }).shapes);
  return shapes;
}

const money = (pence: number) => (pence < 0 ? `${formatPounds(-pence)} extra cost` : formatPounds(pence));

/** The chart in words, for a screen reader and as the image's description in Word. */
export function optionsChartDescription(a: OptionsAppraisal): string {
  const proposals = a.options.filter((o) => !o.baseline);
  const parts = [`Bar chart of the options. Full-year cost, with on-costs: ${a.options.map((o) => `${o.structure.name} ${formatPounds(o.costPence)}`).join('; ')}.`];
  if (proposals.length) parts.push(`Full-year saving against ${a.baseline.name}: ${proposals.map((o) => `${o.structure.name} ${money(o.savingPence)}`).join('; ')}.`);
  for (const y of a.years) {
    const inYear = proposals.map((o) => ({ o, v: savingInYear(o, y) })).filter((x) => x.v !== null);
    parts.push(`Saving in ${y}: ${inYear.map(({ o, v }) => `${o.structure.name} ${money(v!)}`).join('; ')}.`);
  }
  return parts.join(' ');
}

/** The pack's page of the chart, after the options appraisal table. */
export function optionsChartSection(a: OptionsAppraisal, paper: PaperSize, orientation: Orientation, title: TitleBlock, heading = 'Options appraisal: cost and saving'): Section {
  const size = pageSize(paper, orientation);
  return {
    title: heading,
    pageCount: 1,
    render(_i: number, numbering: Numbering): Page {
      const head = drawTitleBlock(size.width, title);
      const foot = drawFooter(size.width, size.height, `Page ${numbering.first} of ${numbering.total}`, heading);
      const w = size.width - MARGIN * 2;
      const shapes: Shape[] = [...head.shapes, ...foot.shapes];
      let y = head.bottom;
      shapes.push(text(MARGIN, y + 12, truncateText(heading, w, 12, 'semibold'), 12, 'semibold'));
      y += 18;
      const note = `Full-year costs include employer National Insurance and pension contributions; savings are against ${a.baseline.name}, in each financial year from the option's implementation date. The figures are in the options appraisal table.`;
      for (const l of wrapText(note, w, 8, 'regular', 3)) {
        shapes.push(text(MARGIN, y + 8, l, 8, 'regular', { fill: '#444444' }));
        y += 10;
      }
      y += 12;
      shapes.push(...drawOptionsChart(a, { x: MARGIN, y, w, h: foot.top - 12 - y }));
      return { width: size.width, height: size.height, shapes, links: [], bookmark: heading };
    },
  };
}
