import type { PlaceSeries } from '../../charts/build-indicator-chart';
import { buildTableRows } from '../../charts/build-table-rows';
import { formatNumber, unitLabel } from '../../domain/words/format-value';
import type { Indicator } from '../../domain/types';

/** The data behind the chart, with intervals, notes and where each figure came from. */
export function IndicatorTable({ indicator, places }: { indicator: Indicator; places: PlaceSeries[] }) {
  const rows = buildTableRows(places);
  const { decimals } = indicator.unit;
  const comparing = places.length > 1;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${indicator.name}: figures by period`}>
      <table className="data-table">
        <caption>
          {indicator.name} ({unitLabel(indicator.unit)}) by period{comparing ? `: ${places.map((p) => p.place.name).join(', ')}` : ` in ${places[0]!.place.name}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {places.map((p) => (
              <th key={p.place.id} scope="col">
                {p.place.name}
              </th>
            ))}
            <th scope="col">Notes and sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.period}</th>
              {row.cells.map((cell, i) => (
                <td key={places[i]!.place.id} className="data-table__value">
                  {cell ? (
                    <>
                      <span className="data-table__number">{formatNumber(cell.value, decimals)}</span>
                      {cell.lower !== undefined && cell.upper !== undefined && (
                        <span className="data-table__interval">
                          95% interval {formatNumber(cell.lower, decimals)} to {formatNumber(cell.upper, decimals)}
                        </span>
                      )}
                      {cell.count !== undefined && (
                        <span className="data-table__interval">
                          {cell.denominator !== undefined ? `Count ${formatNumber(cell.count, 0)} of ${formatNumber(cell.denominator, 0)}` : `Count ${formatNumber(cell.count, 0)}`}
                        </span>
                      )}
                      <span className={`tag tag--${cell.provenance}`}>{cell.provenance === 'published' ? 'Published' : 'Illustrative'}</span>
                    </>
                  ) : (
                    <span className="data-table__missing">No figure</span>
                  )}
                </td>
              ))}
              <td className="data-table__notes">
                {row.cells.flatMap((cell, i) =>
                  cell && (cell.note || cell.source)
                    ? [
                        <p key={places[i]!.place.id}>
                          {comparing && <strong>{places[i]!.place.name}: </strong>}
                          {cell.note}
                          {cell.note && cell.source ? ' ' : ''}
                          {cell.source && <>Source: {cell.source}.</>}
                        </p>,
                      ]
                    : [],
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
