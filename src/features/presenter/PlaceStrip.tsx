import { useSeriesForPlaces } from '../../api/get-series';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber, unitLabel } from '../../domain/words/format-value';
import { targetInForce } from '../../domain/status/headline';
import type { Framework, Indicator } from '../../domain/types';
import { headlineOf } from '../../hooks/use-assessments';
import { useToday } from '../../lib/today';

/**
 * The headline indicator in each of the partnership's places: where it is on track and where not.
 * The target in force is the same everywhere, so the caption names it once; a latest figure from
 * another period than most places' says its period.
 */
export function PlaceStrip({ framework, indicator, chosenPlaceId }: { framework: Framework; indicator: Indicator; chosenPlaceId: string }) {
  const places = framework.places.filter((p) => !p.isTotal);
  const queries = useSeriesForPlaces(
    framework.id,
    indicator.id,
    places.map((p) => p.id),
  );
  const { year } = useToday();
  const headlines = places.map((_, i) => headlineOf(indicator, queries[i]?.data, year));
  const periods = headlines.map((h) => h?.now.latest?.at.label);
  const usual = mostCommon(periods.filter((p): p is string => p !== undefined));
  const inForce = indicator.targets[targetInForce(indicator.targets, year)];
  const anyIllustrative = headlines.some((h) => h?.now.latest?.provenance === 'illustrative');
  return (
    <table className="place-strip">
      <caption>
        Every place{inForce ? `, for the ${inForce.period} target` : ''}; latest{usual ? ` ${usual}` : ''} ({unitLabel(indicator.unit)})
        {/* The mark's meaning in the caption, not a line of its own: the slide has no room to spare at 1024×768. */}
        {anyIllustrative && <span aria-hidden="true"> † illustrative, not published</span>}
      </caption>
      {/* The caption says what each column holds; the headings stay for screen readers. */}
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Status</th>
          <th scope="col">Latest</th>
        </tr>
      </thead>
      <tbody>
        {places.map((place, i) => {
          const headline = headlines[i];
          const latest = headline?.now.latest;
          return (
            <tr key={place.id} aria-current={place.id === chosenPlaceId ? 'true' : undefined}>
              <th scope="row">{place.name}</th>
              <td>{headline ? <StatusBadge status={headline.now.status} /> : queries[i]?.isPending ? 'Loading…' : 'No figures'}</td>
              <td>
                {latest ? (
                  <>
                    {formatNumber(latest.value, indicator.unit.decimals)}
                    {/* Marked where it stands, briefly: the strip is read across a room. */}
                    {latest.provenance === 'illustrative' && (
                      <>
                        <span aria-hidden="true">†</span>
                        <span className="visually-hidden"> (illustrative, not published)</span>
                      </>
                    )}
                    {/* Under the figure, without brackets: the strip must fit beside the chart at 1024×768. */}
                    {latest.at.label !== usual && (
                      <span className="place-strip__period">
                        <span className="visually-hidden">in </span>
                        {latest.at.label}
                      </span>
                    )}
                  </>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
