import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { DataSource } from '../data-source/data-source';
import { useDataSource } from '../data-source/data-source-context';
import { queryKeys } from './query-keys';

export function seriesQuery(source: DataSource, frameworkId: string, indicatorId: string, placeId: string) {
  return queryOptions({
    queryKey: queryKeys.series(frameworkId, indicatorId, placeId),
    queryFn: () => source.getSeries(frameworkId, indicatorId, placeId),
    staleTime: 60_000,
  });
}

export function useSeries(frameworkId: string, indicatorId: string, placeId: string) {
  return useQuery(seriesQuery(useDataSource(), frameworkId, indicatorId, placeId));
}

/** One indicator in several places at once, for comparisons. Each place loads and fails on its own. */
export function useSeriesForPlaces(frameworkId: string, indicatorId: string, placeIds: readonly string[]) {
  const source = useDataSource();
  return useQueries({ queries: placeIds.map((placeId) => seriesQuery(source, frameworkId, indicatorId, placeId)) });
}

/** Several indicators for one place: the overview's cards, each loading and failing on its own. */
export function useSeriesForIndicators(frameworkId: string, indicatorIds: readonly string[], placeId: string) {
  const source = useDataSource();
  return useQueries({ queries: indicatorIds.map((indicatorId) => seriesQuery(source, frameworkId, indicatorId, placeId)) });
}

/** Several indicators in several places: the grid. Indexed [indicator][place]; each loads and fails on its own. */
export function useSeriesGrid(frameworkId: string, indicatorIds: readonly string[], placeIds: readonly string[]) {
  const source = useDataSource();
  const flat = useQueries({ queries: indicatorIds.flatMap((indicatorId) => placeIds.map((placeId) => seriesQuery(source, frameworkId, indicatorId, placeId))) });
  return indicatorIds.map((_, i) => flat.slice(i * placeIds.length, (i + 1) * placeIds.length));
}
