import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
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

/** Saves per page of a history on screen. */
export const HISTORY_PAGE = 50;

/**
 * A series' history for reading on screen: the newest page first, older ones as the person asks,
 * so a history of 50,000 saves is never read whole. Shares the history key, so a save refreshes it.
 */
export function useHistoryPages(frameworkId: string, indicatorId: string, placeId: string) {
  const source = useDataSource();
  const pages = useInfiniteQuery({
    queryKey: [...queryKeys.history(frameworkId, indicatorId, placeId), 'pages'],
    queryFn: ({ pageParam }) => source.getHistory(frameworkId, indicatorId, placeId, { limit: HISTORY_PAGE, ...(pageParam === undefined ? {} : { beforeVersion: pageParam }) }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length === HISTORY_PAGE ? last[last.length - 1]!.version : undefined),
  });
  return {
    data: pages.data?.pages.flat(),
    isPending: pages.isPending,
    isError: pages.isError,
    error: pages.error,
    refetch: pages.refetch,
    more: { has: pages.hasNextPage, load: () => void pages.fetchNextPage(), loading: pages.isFetchingNextPage },
  };
}
