// Compare > Options as a bar chart: each option's full-year cost, each proposal's saving in a full
// year and in each financial year. The shapes are the pack's (shared/export/optionsChart), drawn as
// SVG; the chart is one image described in words, its figures in the options table above.
import type { Shape } from '../../../../shared/chart/scene';
import type { OptionsAppraisal } from '../../../../shared/compare/options';
import { drawOptionsChart, optionsChartDescription } from '../../../../shared/export/optionsChart';

// Drawn in points as on paper, shown half as large again so its smallest labels read at 10.5 px.
const W = 520;
const H = 300;
const SCALE = 1.5;
const WEIGHT = { regular: 400, semibold: 600, bold: 700 } as const;

function ShapeEl({ sh }: { sh: Shape }) {
  switch (sh.kind) {
    case 'rect':
      return <rect x={sh.x} y={sh.y} width={sh.w} height={sh.h} fill={sh.fill ?? 'none'} stroke={sh.stroke ?? undefined} strokeWidth={sh.stroke ? (sh.lineWidth ?? 1) : undefined} />;
    case 'line':
      return <polyline points={sh.points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={sh.stroke} strokeWidth={sh.lineWidth} />;
    case 'text':
      return (
        <text x={sh.x} y={sh.y} fontSize={sh.size} fontWeight={WEIGHT[sh.weight]} textAnchor={sh.anchor} fill={sh.fill}>
          {sh.text}
        </text>
      );
  }
}

export function OptionsChart({ appraisal }: { appraisal: OptionsAppraisal }) {
  const shapes = drawOptionsChart(appraisal, { x: 4, y: 4, w: W - 8, h: H - 8 });
  return (
    <section aria-labelledby="options-chart" className="cs-section">
      <h3 id="options-chart">Cost and saving chart</h3>
      <p className="muted">The figures are those of the table above; the chart&rsquo;s description gives them in words.</p>
      <svg className="options-chart" width={W * SCALE} height={H * SCALE} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={optionsChartDescription(appraisal)}>
        {shapes.map((sh, i) => (
          <ShapeEl key={i} sh={sh} />
        ))}
      </svg>
    </section>
  );
}
