import { LazyGapGroupsChart } from '../../charts/lazy-charts';
import { formatNumber, unitLabel } from '../../domain/words/format-value';
import { describeGap, gapRows } from '../../domain/status/gap-series';
import type { TimedPoint } from '../../domain/periods/timed-point';
import type { GapDefinition, Indicator } from '../../domain/types';
import './insight.css';

/**
 * For a gap indicator: the two groups the gap is between, as a chart and a table, with a sentence
 * saying how far apart they are now and were at the start. The gap itself, with its target, is
 * the indicator's main chart above.
 */
export function GapGroups({
  indicator,
  points,
  placeName,
  showChart,
}: {
  indicator: Indicator & { gap: GapDefinition };
  points: readonly TimedPoint[];
  placeName: string;
  showChart: boolean;
}) {
  const rows = gapRows(indicator, points);
  const [a, b] = indicator.gap.groups;
  const unit = indicator.gap.groupUnit;
  const unitText = unitLabel(unit);
  return (
    <section className="gap-groups" aria-label={`The two groups behind the gap, ${placeName}: ${indicator.name}`}>
      <h3 className="gap-groups__title">The two groups behind the gap, {placeName}</h3>
      <figure className="gap-groups__figure">
        <figcaption>{describeGap(indicator, rows)}</figcaption>
        {showChart && rows.length > 0 && <LazyGapGroupsChart rows={rows} groups={indicator.gap.groups} unit={unit} whenNear />}
        {rows.length > 0 && (
          <div className="table-scroll">
            <table className="data-table gap-groups__table">
              <caption>
                {a} and {b}, {placeName} ({unitText}), and the gap ({unitLabel(indicator.unit)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">{a}</th>
                  <th scope="col">{b}</th>
                  <th scope="col">Gap</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.period}>
                    <th scope="row">{r.label}</th>
                    <td>{formatNumber(r.first, unit.decimals)}</td>
                    <td>{formatNumber(r.second, unit.decimals)}</td>
                    <td>
                      {formatNumber(r.gap, indicator.unit.decimals)}
                      {r.problem && <span className="gap-groups__problem"> Check: {r.problem}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </figure>
    </section>
  );
}
