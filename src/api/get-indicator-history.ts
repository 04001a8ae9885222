import { useQuery } from '@tanstack/react-query';
import { useDataSource } from '../data-source/data-source-context';
import { queryKeys } from './query-keys';

export function useIndicatorHistory(frameworkId: string, indicatorId: string) {
  const source = useDataSource();
  return useQuery({
    queryKey: queryKeys.indicatorHistory(frameworkId, indicatorId),
    queryFn: () => source.getIndicatorHistory(frameworkId, indicatorId),
  });
}
