// A bar chart panel as plain shapes: groups along the bottom, one bar per series in each group, a
// value axis from zero with round ticks, each bar's height exactly proportional to its value (a
// negative value hangs below the zero line). Drawn the same on screen, in the PDF and in Word.
import { line, rect, text, type Shape } from './scene';
import { measureText, truncateText } from './text';

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BarPanelSpec {
  title: string;
  /** Names along the bottom; each has one value per series (null: no bar). */
  groups: { label: string; values: (number | null)[] }[];
  series: string[];
  /** A bar's fill, by group and series. */
  fill(group: number, series: number): string;
  /** A tick or bar label, e.g. "£1.2m". */
  format(value: number): string;
  /** Shown in the panel when it has no bars. */
  empty?: string;
}

export interface BarGeom {
  group: number;
  series: number;
  value: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PanelGeom {
  plot: Area;
  /** Where the value 0 lies. */
  zeroY: number;
  /** Points per unit of value. */
  unit: number;
  ticks: { value: number; y: number }[];
  bars: BarGeom[];
  /** Centre of each group along the bottom. */
  groupX: number[];
}

/** Round bounds and step for an axis holding `min`..`max` and zero, in at most about `most` steps. */
export function niceScale(min: number, max: number, most = 5): { lo: number; hi: number; step: number } {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (lo === hi) hi = 1;
  const raw = (hi - lo) / most;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw - 1e-9 * raw)!;
  hi = Math.ceil(hi / step - 1e-9) * step;
  lo = Math.floor(lo / step + 1e-9) * step;
  return { lo, hi, step };
}

/** Where every bar goes in `plot`: pure, so the proportions can be checked without drawing. */
export function barPanelGeometry(spec: Pick<BarPanelSpec, 'groups' | 'series'>, plot: Area): PanelGeom {
  const values = spec.groups.flatMap((g) => g.values.filter((v): v is number => v !== null));
  const { lo, hi, step } = niceScale(Math.min(0, ...values), Math.max(0, ...values));
  const unit = plot.h / (hi - lo);
  const zeroY = plot.y + hi * unit;
  const ticks: PanelGeom['ticks'] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push({ value: Math.round(v / step) * step, y: zeroY - Math.round(v / step) * step * unit });
  const n = Math.max(1, spec.groups.length);
  const slot = plot.w / n;
  const s = Math.max(1, spec.series.length);
  const barW = Math.min(48, (slot * 0.7) / s);
  const bars: BarGeom[] = [];
  const groupX = spec.groups.map((_g, i) => plot.x + slot * (i + 0.5));
  spec.groups.forEach((g, gi) => {
    // Only the series with a value take room, so a group of one bar has it centred.
    const present = g.values.map((v, si) => ({ v, si })).filter((b): b is { v: number; si: number } => b.v !== null);
    const left = groupX[gi]! - (present.length * barW) / 2;
    present.forEach(({ v, si }, k) => {
      const h = Math.abs(v) * unit;
      bars.push({ group: gi, series: si, value: v, x: left + k * barW, y: v >= 0 ? zeroY - h : zeroY, w: barW, h });
    });
  });
  return { plot, zeroY, unit, ticks, bars, groupX };
}

const INK = '#111111';
const MUTED = '#555555';
const GRID = '#d4d4d4';
const TITLE = 9.5;
const LABEL = 7;

/** The panel drawn in `area`: title, legend (several series), axis, gridlines, bars, their values. */
export function drawBarPanel(spec: BarPanelSpec, area: Area): { shapes: Shape[]; geom: PanelGeom } {
  const shapes: Shape[] = [text(area.x, area.y + TITLE, truncateText(spec.title, area.w, TITLE, 'semibold'), TITLE, 'semibold')];
  let top = area.y + TITLE + 8;
  if (spec.series.length > 1) {
    let x = area.x;
    spec.series.forEach((name, si) => {
      const label = truncateText(name, area.w / spec.series.length - 16, LABEL);
      shapes.push(rect(x, top, 8, 8, { fill: spec.fill(0, si), stroke: null }));
      shapes.push(text(x + 11, top + 7, label, LABEL, 'regular'));
      x += 11 + measureText(label, LABEL) + 12;
    });
    top += 14;
  }
  const values = spec.groups.flatMap((g) => g.values.filter((v): v is number => v !== null));
  const scale = niceScale(Math.min(0, ...values), Math.max(0, ...values));
  const tickW = Math.max(...[scale.lo, scale.hi, scale.step].map((v) => measureText(spec.format(v), LABEL))) + 6;
  // Room above the tallest bar for its value, and below the axis for the group names.
  const plot = { x: area.x + tickW, y: top + LABEL + 4, w: area.w - tickW, h: area.y + area.h - (top + LABEL + 4) - (LABEL * 2 + 8) };
  const geom = barPanelGeometry(spec, plot);
  for (const t of geom.ticks) {
    shapes.push(line([{ x: plot.x, y: t.y }, { x: plot.x + plot.w, y: t.y }], t.value === 0 ? INK : GRID, t.value === 0 ? 0.8 : 0.4));
    shapes.push(text(plot.x - 4, t.y + LABEL * 0.35, spec.format(t.value), LABEL, 'regular', { anchor: 'end', fill: MUTED }));
  }
  for (const b of geom.bars) {
    shapes.push(rect(b.x, b.y, b.w, Math.max(b.h, 0.01), { fill: spec.fill(b.group, b.series), stroke: null }));
    const label = spec.format(b.value);
    // A value that does not fit over its bar is left to the table of figures.
    if (measureText(label, LABEL) <= b.w + 8) shapes.push(text(b.x + b.w / 2, b.value >= 0 ? b.y - 2.5 : b.y + b.h + LABEL + 1, label, LABEL, 'regular', { anchor: 'middle' }));
  }
  const slot = plot.w / Math.max(1, spec.groups.length);
  const below = Math.max(geom.zeroY, plot.y + plot.h);
  spec.groups.forEach((g, gi) => {
    shapes.push(text(geom.groupX[gi]!, below + LABEL + 4, truncateText(g.label, slot - 4, LABEL), LABEL, 'regular', { anchor: 'middle' }));
  });
  if (!geom.bars.length && spec.empty) shapes.push(text(plot.x + plot.w / 2, plot.y + plot.h / 2, spec.empty, LABEL + 1, 'regular', { anchor: 'middle', fill: MUTED }));
  return { shapes, geom };
}
