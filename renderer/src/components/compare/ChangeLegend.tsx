// The key to a chart's change status: each status with its printed label and the look of its card,
// vacancies, and ghosts of deleted posts when they are shown. Short, it gives only the labels (each
// says what it means on hover and to screen readers); in full, a word on each.
import type { ReactNode } from 'react';
import { MARK_ORDER, MARK_STYLES } from '../../../../shared/chart/status';
import './chartStatus.css';

const VACANT = { label: 'VACANT', legend: 'no postholder' };
const GHOST = 'Faded, crossed out: a deleted post, shown where it was';

function Entry({ swatch, label, legend, short }: { swatch: ReactNode; label: string; legend: string; short: boolean }) {
  const extra = legend.toLowerCase() !== label.toLowerCase() ? legend.toLowerCase() : '';
  return (
    <li title={short && extra ? `${label}: ${extra}` : undefined}>
      {swatch}
      <span>
        <strong>{label}</strong>
        {extra && (short ? <span className="sr-only">: {extra}</span> : ` ${extra}`)}
      </span>
    </li>
  );
}

export function ChangeLegend({ ghosts, short = false }: { ghosts: boolean; short?: boolean }) {
  return (
    <ul className={short ? 'change-legend change-legend-short' : 'change-legend'} aria-label="Key to the chart">
      {MARK_ORDER.map((k) => (
        <Entry
          key={k}
          short={short}
          label={MARK_STYLES[k].label}
          legend={MARK_STYLES[k].legend}
          swatch={<span className="legend-swatch status-chip" data-status={k} aria-hidden="true" />}
        />
      ))}
      <Entry short={short} label={VACANT.label} legend={VACANT.legend} swatch={<span className="legend-swatch legend-swatch-vacant" aria-hidden="true" />} />
      {ghosts && !short && (
        <li title={short ? GHOST : undefined}>
          <span className="legend-swatch legend-swatch-ghost" aria-hidden="true" />
          <span>{short ? <><span aria-hidden="true">Deleted</span><span className="sr-only">{GHOST}</span></> : GHOST}</span>
        </li>
      )}
    </ul>
  );
}
