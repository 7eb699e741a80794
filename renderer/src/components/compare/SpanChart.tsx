// A small bar chart of a structure's spans of control: how many managers have each span, with the
// document's range shaded, drawn as SVG. Its description says the same in words.
import type { SpanRange, StructureSpans } from '../../../../shared/shape/spans';

export type SpanSpread = Pick<StructureSpans, 'distribution'>;

const W = 240;
const H = 96;
const PAD = { left: 22, right: 6, top: 8, bottom: 18 };

export function spanSummary(name: string, shape: SpanSpread, range: SpanRange): string {
  const managers = shape.distribution.reduce((n, d) => n + d.managers, 0);
  if (managers === 0) return `${name}: no managers.`;
  const outside = shape.distribution.filter((d) => d.span < range.min || d.span > range.max).reduce((n, d) => n + d.managers, 0);
  const spread = shape.distribution.map((d) => `${d.managers} with ${d.span}`).join(', ');
  return `${name}: ${managers} managers; spans ${spread}; ${outside} outside ${range.min} to ${range.max}.`;
}

export function SpanChart({ name, shape, range }: { name: string; shape: SpanSpread; range: SpanRange }) {
  const top = Math.max(range.max + 1, shape.distribution.at(-1)?.span ?? 0);
  const most = Math.max(1, ...shape.distribution.map((d) => d.managers));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / top;
  const x = (span: number) => PAD.left + (span - 1) * slot;
  const y = (n: number) => PAD.top + plotH - (n / most) * plotH;
  return (
    <figure className="span-chart">
      <figcaption>{name}</figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={spanSummary(name, shape, range)}>
        <rect x={x(range.min)} y={PAD.top} width={(range.max - range.min + 1) * slot} height={plotH} className="span-chart-range" />
        {shape.distribution.map((d) => {
          const outside = d.span < range.min || d.span > range.max;
          return (
            <rect key={d.span} x={x(d.span) + 1} y={y(d.managers)} width={Math.max(1, slot - 2)} height={PAD.top + plotH - y(d.managers)} className={outside ? 'span-chart-bar span-chart-outside' : 'span-chart-bar'}>
              <title>{`${d.managers} manager${d.managers === 1 ? '' : 's'} with a span of ${d.span}${outside ? ' (outside the range)' : ''}`}</title>
            </rect>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} className="span-chart-axis" />
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" className="span-chart-label">
          {most}
        </text>
        <text x={PAD.left - 4} y={PAD.top + plotH} textAnchor="end" className="span-chart-label">
          0
        </text>
        {[1, range.min, range.max, top].filter((v, i, all) => all.indexOf(v) === i).map((v) => (
          <text key={v} x={x(v) + slot / 2} y={H - 4} textAnchor="middle" className="span-chart-label">
            {v}
          </text>
        ))}
      </svg>
    </figure>
  );
}
