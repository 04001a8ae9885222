import { useSeriesForPlaces } from '../../api/get-series';
import { HeadlineStatus } from '../../components/HeadlineStatus';
import { formatNumber, unitLabel } from '../../domain/format-value';
import type { Framework, Indicator } from '../../domain/types';
import { headlineOf } from '../../hooks/use-assessments';
import { useToday } from '../../lib/today';

/** The headline indicator in each of the partnership's places: where it is on track and where not. */
export function PlaceStrip({ framework, indicator, chosenPlaceId }: { framework: Framework; indicator: Indicator; chosenPlaceId: string }) {
  const places = framework.places.filter((p) => !p.isTotal);
  const queries = useSeriesForPlaces(
    framework.id,
    indicator.id,
    places.map((p) => p.id),
  );
  const { year } = useToday();
  return (
    <table className="place-strip">
      <caption>{indicator.name} in each place</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Status</th>
          <th scope="col">Latest ({unitLabel(indicator.unit)})</th>
        </tr>
      </thead>
      <tbody>
        {places.map((place, i) => {
          const series = queries[i]?.data;
          const headline = headlineOf(indicator, series, year);
          return (
            <tr key={place.id} aria-current={place.id === chosenPlaceId ? 'true' : undefined}>
              <th scope="row">{place.name}</th>
              <td>{headline ? <HeadlineStatus headline={headline} size="compact" /> : queries[i]?.isPending ? 'Loading…' : 'No figures'}</td>
              <td>
                {headline?.now.latest ? (
                  <>
                    {formatNumber(headline.now.latest.value, indicator.unit.decimals)}
                    <span className="visually-hidden"> {indicator.unit.label}</span> <span className="place-strip__period">{headline.now.latest.period}</span>
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
