// The key to a chart's change status: each status with its printed label and the look of its card,
// vacancies, and ghosts of deleted posts when they are shown.
import { MARK_ORDER, MARK_STYLES } from '../../../../shared/chart/status';
import './chartStatus.css';

export function ChangeLegend({ ghosts }: { ghosts: boolean }) {
  return (
    <ul className="change-legend" aria-label="Key to the chart">
      {MARK_ORDER.map((k) => (
        <li key={k}>
          <span className="legend-swatch status-chip" data-status={k} aria-hidden="true" />
          <span>
            <strong>{MARK_STYLES[k].label}</strong>
            {MARK_STYLES[k].legend.toLowerCase() !== MARK_STYLES[k].label.toLowerCase() && ` ${MARK_STYLES[k].legend.toLowerCase()}`}
          </span>
        </li>
      ))}
      <li>
        <span className="legend-swatch legend-swatch-vacant" aria-hidden="true" />
        <span>
          <strong>VACANT</strong> no postholder
        </span>
      </li>
      {ghosts && (
        <li>
          <span className="legend-swatch legend-swatch-ghost" aria-hidden="true" />
          <span>Faded, crossed out: a deleted post, shown where it was</span>
        </li>
      )}
    </ul>
  );
}
