import { useQuery } from '@tanstack/react-query';
import { useDataSource } from '../data-source/data-source-context';
import { queryKeys } from './query-keys';

export function useHistory(frameworkId: string, indicatorId: string, placeId: string, enabled = true) {
  const source = useDataSource();
  return useQuery({
    queryKey: queryKeys.history(frameworkId, indicatorId, placeId),
    queryFn: () => source.getHistory(frameworkId, indicatorId, placeId),
    enabled,
  });
}
