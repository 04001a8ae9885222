import type { IndicatorChartModel } from './build-indicator-chart';
import { PLACE_COLOURS, TARGET_COLOUR } from './chart-style';
import { Marker } from './MarkerShape';

/** An HTML legend: readable at any zoom, and each entry shows the line style and marker it names. */
export function ChartLegend({ model, large = false }: { model: IndicatorChartModel; large?: boolean }) {
  return (
    <ul className={large ? 'chart-legend chart-legend--large' : 'chart-legend'}>
      {model.lines.map((line) => (
        <li key={line.key}>
          <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
            <line x1="2" y1="7" x2="34" y2="7" stroke={line.colour} strokeWidth={line.kind === 'actual' ? 3 : 2.5} strokeDasharray={line.dash} />
            {line.shape && <Marker shape={line.shape} colour={line.colour} cx={18} cy={7} />}
          </svg>
          {line.label}
        </li>
      ))}
      {model.band && (
        <li>
          <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
            <rect x="2" y="2" width="32" height="10" fill={PLACE_COLOURS[0]} fillOpacity="0.18" />
          </svg>
          {model.band.label}
        </li>
      )}
      {model.baseline && (
        <li>
          <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
            <Marker shape="square" colour={TARGET_COLOUR} filled={false} cx={18} cy={7} r={5} />
          </svg>
          Baseline
        </li>
      )}
      {model.targets.length > 0 && (
        <li>
          <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
            <Marker shape="star" colour={TARGET_COLOUR} cx={18} cy={8} r={5} />
          </svg>
          Target
        </li>
      )}
    </ul>
  );
}
