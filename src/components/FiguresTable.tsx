import { formatNumber, unitLabel } from '../domain/words/format-value';
import type { TimedPoint } from '../domain/periods/timed-point';
import type { Indicator } from '../domain/types';
import { ProvenanceTag } from './ProvenanceTag';

export interface FiguresTableProps {
  indicator: Indicator;
  points: readonly TimedPoint[];
  caption: string;
  className: string;
  /** Whether each figure says if it is published or illustrative (the board pack), or not (a slide, where the chart's source says it). */
  withProvenance?: boolean;
}

/** One series' figures by period, with each figure's 95% interval where it has one: the slide's and the board pack's table. */
export function FiguresTable({ indicator, points, caption, className, withProvenance = false }: FiguresTableProps) {
  const { decimals } = indicator.unit;
  return (
    <table className={className}>
      <caption>
        {caption} ({unitLabel(indicator.unit)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Figure</th>
          {withProvenance && <th scope="col">Provenance</th>}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.period}>
            <th scope="row">{p.period}</th>
            <td>
              {formatNumber(p.value, decimals)}
              {p.lower !== undefined && p.upper !== undefined && ` (${formatNumber(p.lower, decimals)}–${formatNumber(p.upper, decimals)})`}
            </td>
            {withProvenance && (
              <td>
                <ProvenanceTag provenance={p.provenance} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
