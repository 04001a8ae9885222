import { useDataSource } from '../data-source/data-source-context';
import { historyQuery } from './get-history';
import { seriesQuery } from './get-series';

/**
 * The queries for one series and its history, bound to the app's source: for features that fetch
 * many at once (exports, imports) through the query client, sharing its cache.
 */
export function useSourceQueries() {
  const source = useDataSource();
  return {
    series: (frameworkId: string, indicatorId: string, placeId: string) => seriesQuery(source, frameworkId, indicatorId, placeId),
    history: (frameworkId: string, indicatorId: string, placeId: string) => historyQuery(source, frameworkId, indicatorId, placeId),
  };
}
