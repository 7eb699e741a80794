// An overview of the whole chart with a frame round what is on screen; click or drag in it to look
// somewhere else. Drawn on a canvas from the layout: the cards once per layout, the frame per move,
// so it costs nothing noticeable with thousands of cards.
import { useDeferredValue, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { ChartLayoutResult } from '../../../shared/layout/layoutChart';
import type { Id } from '../../../shared/model/types';

const PAD = 6;
/** A chart narrower than this (one side of the split view) gets a smaller overview. */
const NARROW_PANE_PX = 720;
const isNarrow = (s: ReactFlowState) => s.width < NARROW_PANE_PX;

const viewState = (s: ReactFlowState) => `${s.transform[0]},${s.transform[1]},${s.transform[2]},${s.width},${s.height}`;

interface Frame {
  scale: number;
  ox: number;
  oy: number;
}

function frameFor(layout: ChartLayoutResult, WIDTH: number, HEIGHT: number): Frame {
  const scale = Math.min((WIDTH - 2 * PAD) / Math.max(1, layout.width), (HEIGHT - 2 * PAD) / Math.max(1, layout.height));
  return { scale, ox: (WIDTH - layout.width * scale) / 2, oy: (HEIGHT - layout.height * scale) / 2 };
}

export function ChartMinimap({ layout: current }: { structureId: Id; layout: ChartLayoutResult }) {
  // Redrawn just after a new layout is painted, so an edit's chart is not kept waiting for its overview.
  const layout = useDeferredValue(current);
  const ref = useRef<HTMLCanvasElement>(null);
  const view = useStore(viewState);
  const instance = useReactFlow();
  const narrow = useStore(isNarrow);
  const WIDTH = narrow ? 132 : 200;
  const HEIGHT = narrow ? 80 : 120;
  const frame = useMemo(() => frameFor(layout, WIDTH, HEIGHT), [layout, WIDTH, HEIGHT]);
  const dpr = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);

  const base = useMemo(() => {
    const c = document.createElement('canvas');
    c.width = WIDTH * dpr;
    c.height = HEIGHT * dpr;
    const g = c.getContext('2d');
    if (!g) return c;
    g.scale(dpr, dpr);
    for (const card of layout.cards) {
      g.fillStyle = card.hiddenCount > 0 ? '#2b4a74' : card.ghost ? '#c9ced8' : '#8d9bb2';
      g.fillRect(frame.ox + card.x * frame.scale, frame.oy + card.y * frame.scale, Math.max(1, card.width * frame.scale), Math.max(1, card.height * frame.scale));
    }
    return c;
  }, [layout, frame, dpr, WIDTH, HEIGHT]);

  useEffect(() => {
    const canvas = ref.current;
    const g = canvas?.getContext('2d');
    if (!canvas || !g) return;
    const [x, y, zoom, w, h] = view.split(',').map(Number) as [number, number, number, number, number];
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.drawImage(base, 0, 0);
    g.scale(dpr, dpr);
    const rx = frame.ox + (-x / zoom) * frame.scale;
    const ry = frame.oy + (-y / zoom) * frame.scale;
    const rw = (w / zoom) * frame.scale;
    const rh = (h / zoom) * frame.scale;
    g.fillStyle = 'rgba(31, 95, 174, 0.10)';
    g.fillRect(rx, ry, rw, rh);
    g.strokeStyle = '#1f5fae';
    g.lineWidth = 1.5;
    g.strokeRect(rx, ry, Math.max(2, rw), Math.max(2, rh));
  }, [base, view, frame, dpr]);

  const lookAt = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - r.left - frame.ox) / frame.scale;
    const fy = (e.clientY - r.top - frame.oy) / frame.scale;
    void instance.setCenter(fx, fy, { zoom: instance.getZoom() });
  };

  return (
    <canvas
      ref={ref}
      className="chart-minimap"
      width={WIDTH * dpr}
      height={HEIGHT * dpr}
      style={{ width: WIDTH, height: HEIGHT }}
      role="img"
      aria-label="Overview of the whole chart. The framed part is what is on screen."
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        lookAt(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons & 1) lookAt(e);
      }}
    />
  );
}
