import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataSource } from '../data-source/data-source';
import { useDataSource } from '../data-source/data-source-context';
import { queryKeys } from './query-keys';

export function historyQuery(source: DataSource, frameworkId: string, indicatorId: string, placeId: string) {
  return queryOptions({
    queryKey: queryKeys.history(frameworkId, indicatorId, placeId),
    queryFn: () => source.getHistory(frameworkId, indicatorId, placeId),
  });
}

export function useHistory(frameworkId: string, indicatorId: string, placeId: string, enabled = true) {
  return useQuery({ ...historyQuery(useDataSource(), frameworkId, indicatorId, placeId), enabled });
}
