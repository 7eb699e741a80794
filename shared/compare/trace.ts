// Tracing a figure back to posts: for any total the compare views show, the posts that make it up
// and each one's part, adding up to the figure exactly.
import type { PostChange } from '../diff/types';
import type { Post } from '../model/types';
import { partsOf, type Dimension } from '../costing/dimensions';
import { inYearLines } from '../costing/inYear';
import type { CostedPost } from '../costing/structureCost';
import type { ChangeSummary } from './compare';

export type Measure = 'cost' | 'fte' | 'posts' | 'headcount';
/** 'saving' is before minus after (a fall in cost is a positive saving); 'change' is after minus before. */
export type Side = 'before' | 'after' | 'saving' | 'change';

export type FigureRef =
  /** A whole-structure figure, before, after, the saving (before minus after) or the change (after minus before). */
  | { scope: 'total'; side: Side; measure: Measure }
  /** One row of a cut by team, grade, funding source or organisation. */
  | { scope: 'row'; dimension: Dimension; key: string; side: Side; measure: Measure }
  /** Cost in one financial year (before, after or the in-year saving). */
  | { scope: 'year'; startYear: number; side: Side };

export interface TraceLine {
  change: PostChange;
  /** The post the line is about: the after version where there is one, else the before. */
  post: Post;
  /** The post's part in the figure: pence, FTE units (ten-thousandths), posts or people. */
  value: number;
}

export interface Trace {
  measure: Measure;
  lines: TraceLine[];
  /** The sum of the lines, which is the figure traced. */
  total: number;
}

function value(line: CostedPost | undefined, measure: Measure, dimension?: Dimension, key?: string): { belongs: boolean; v: number } {
  if (!line) return { belongs: false, v: 0 };
  if (dimension === undefined) {
    return { belongs: true, v: measure === 'cost' ? line.cost.totalPence : measure === 'fte' ? line.fteUnits : measure === 'posts' ? 1 : line.headcount };
  }
  const part = partsOf(line, dimension).find((p) => p.key === key);
  if (!part) return { belongs: false, v: 0 };
  return { belongs: true, v: measure === 'cost' ? part.pence : measure === 'fte' ? part.fteUnits : measure === 'posts' ? 1 : line.headcount };
}

export function traceFigure(summary: ChangeSummary, ref: FigureRef): Trace {
  const changes = summary.diff.changes;
  const lineB = (c: PostChange) => (c.before ? summary.before.byId.get(c.before.id) : undefined);
  const lineA = (c: PostChange) => (c.after ? summary.after.byId.get(c.after.id) : undefined);
  const lines: TraceLine[] = [];
  const post = (c: PostChange) => (c.after ?? c.before)!;

  if (ref.scope === 'year') {
    const fy = summary.byFinancialYear.find((y) => y.year.startYear === ref.startYear);
    if (!fy) return { measure: 'cost', lines: [], total: 0 };
    if (ref.side === 'before') return traceFigure(summary, { scope: 'total', side: 'before', measure: 'cost' });
    const savings = inYearLines(
      changes.map((c) => c.costBeforePence - c.costAfterPence),
      fy.share,
    );
    changes.forEach((c, i) => {
      const saving = savings[i]!;
      if (ref.side === 'saving') {
        if (saving !== 0) lines.push({ change: c, post: post(c), value: saving });
      } else if (c.before || saving !== 0) lines.push({ change: c, post: post(c), value: c.costBeforePence - saving });
    });
  } else {
    const dimension = ref.scope === 'row' ? ref.dimension : undefined;
    const key = ref.scope === 'row' ? ref.key : undefined;
    // People slotting into a post left vacant count in the headcount after, as the people effect has it.
    const slotIn = (c: PostChange) => (ref.measure === 'headcount' && dimension === undefined && c.after ? (summary.people.slotInPeople[c.after.id] ?? 0) : 0);
    for (const c of changes) {
      const b = value(lineB(c), ref.measure, dimension, key);
      const a0 = value(lineA(c), ref.measure, dimension, key);
      const a = { belongs: a0.belongs, v: a0.v + slotIn(c) };
      if (ref.side === 'before') {
        if (b.belongs) lines.push({ change: c, post: c.before!, value: b.v });
      } else if (ref.side === 'after') {
        if (a.belongs) lines.push({ change: c, post: c.after!, value: a.v });
      } else if (ref.side === 'change') {
        if (a.v - b.v !== 0) lines.push({ change: c, post: post(c), value: a.v - b.v });
      } else if (b.v - a.v !== 0) lines.push({ change: c, post: post(c), value: b.v - a.v });
    }
  }
  return { measure: ref.scope === 'year' ? 'cost' : ref.measure, lines, total: lines.reduce((s, l) => s + l.value, 0) };
}
