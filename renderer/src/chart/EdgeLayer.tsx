// The reporting lines, drawn exactly as the layout routed them, as one SVG under the cards: solid
// for line management, dashed for dotted-line reports, gold along a search match's path to the
// top. Only lines near the view are drawn, and the drawing is redone only when the view moves
// into a new region, not on every frame of a pan.
import { memo, useMemo } from 'react';
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import type { ChartLayout } from '../../../shared/layout/types';

/** Bounding boxes of every line, computed once per layout. */
interface LineIndex {
  x0: Float64Array;
  y0: Float64Array;
  x1: Float64Array;
  y1: Float64Array;
  paths: string[];
}

function indexLines(layout: ChartLayout): LineIndex {
  const n = layout.edges.length;
  const ix: LineIndex = { x0: new Float64Array(n), y0: new Float64Array(n), x1: new Float64Array(n), y1: new Float64Array(n), paths: [] };
  layout.edges.forEach((e, i) => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let d = '';
    for (const p of e.points) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
      d += `${d ? 'L' : 'M'}${p.x} ${p.y}`;
    }
    ix.x0[i] = x0;
    ix.y0[i] = y0;
    ix.x1[i] = x1;
    ix.y1[i] = y1;
    ix.paths.push(d);
  });
  return ix;
}

/**
 * The region of the chart to draw, in whole cells of half a screen, one cell beyond the view on
 * every side. It changes only when the view crosses into a new cell or the zoom doubles or halves.
 */
function region(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  const level = Math.round(Math.log2(zoom));
  const cell = Math.max(s.width, s.height, 400) / 2 / Math.pow(2, level);
  const x0 = Math.floor(-tx / zoom / cell) - 1;
  const y0 = Math.floor(-ty / zoom / cell) - 1;
  const x1 = Math.ceil((s.width - tx) / zoom / cell) + 1;
  const y1 = Math.ceil((s.height - ty) / zoom / cell) + 1;
  return `${cell},${x0},${y0},${x1},${y1}`;
}

export const EdgeLayer = memo(function EdgeLayer({ layout, lit }: { layout: ChartLayout; lit: ReadonlySet<string> }) {
  const index = useMemo(() => indexLines(layout), [layout]);
  const area = useStore(region);
  const [solid, dotted, gold] = useMemo(() => {
    const [cell, a, b, c, d] = area.split(',').map(Number) as [number, number, number, number, number];
    const left = a * cell;
    const top = b * cell;
    const right = c * cell;
    const bottom = d * cell;
    const out: [string[], string[], string[]] = [[], [], []];
    layout.edges.forEach((e, i) => {
      if (index.x1[i]! < left || index.x0[i]! > right || index.y1[i]! < top || index.y0[i]! > bottom) return;
      out[e.kind === 'dotted' ? 1 : lit.has(e.to) ? 2 : 0].push(index.paths[i]!);
    });
    return out.map((ds) => ds.join(''));
  }, [area, index, layout, lit]);
  return (
    <ViewportPortal>
      <svg className="chart-lines" aria-hidden="true" width="1" height="1">
        {solid && <path className="org-line" d={solid} />}
        {dotted && <path className="org-line org-line-dotted" d={dotted} />}
        {gold && <path className="org-line org-line-lit" d={gold} />}
      </svg>
    </ViewportPortal>
  );
});
