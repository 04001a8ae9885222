import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataSource } from '../data-source/data-source';
import { useDataSource } from '../data-source/data-source-context';
import { queryKeys } from './query-keys';

export function frameworkQuery(source: DataSource, frameworkId: string) {
  return queryOptions({
    queryKey: queryKeys.framework(frameworkId),
    queryFn: () => source.getFramework(frameworkId),
    // Ambitions and targets change rarely; figures are fetched separately.
    staleTime: 10 * 60_000,
  });
}

export function useFramework(frameworkId: string) {
  return useQuery(frameworkQuery(useDataSource(), frameworkId));
}

/**
 * What of a partnership's record could not be read at its last reading and was left out (a
 * shared store only): read again each time the partnership is.
 */
export function useFrameworkReadProblems(frameworkId: string): string[] {
  const source = useDataSource();
  // The source notes its problems as it reads the partnership: asked again whenever it has.
  const { dataUpdatedAt } = useFramework(frameworkId);
  return dataUpdatedAt > 0 ? (source.readProblems?.(frameworkId) ?? []) : [];
}
