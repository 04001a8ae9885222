import { HeadlineStatus } from '../../components/HeadlineStatus';
import type { Indicator, Place, Series } from '../../domain/types';
import { headlineOf } from '../../hooks/use-assessments';
import { useToday } from '../../lib/today';

/** Each place chosen for comparison judged by the same rule as the chosen one. */
export function ComparedStatuses({ indicator, compared }: { indicator: Indicator; compared: { place: Place; series: Series }[] }) {
  const { year } = useToday();
  return (
    <ul className="compared-statuses" aria-label="Status in the places compared">
      {compared.map(({ place, series }) => {
        const headline = headlineOf(indicator, series, year);
        return (
          <li key={place.id}>
            <span className="compared-statuses__place">{place.name}</span>
            {headline ? <HeadlineStatus headline={headline} size="compact" /> : <span>No figures yet</span>}
          </li>
        );
      })}
    </ul>
  );
}
