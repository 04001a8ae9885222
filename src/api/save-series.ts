import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataSource } from '../data-source/data-source-context';
import type { Series, SeriesChange } from '../domain/types';
import { queryKeys } from './query-keys';

/**
 * Saves a series' new points. The chart and table show the change at once (optimistic); if the
 * save fails they go back to what is saved, and the caller keeps the person's input to try again.
 */
export function useSaveSeries(frameworkId: string, indicatorId: string, placeId: string) {
  const source = useDataSource();
  const queryClient = useQueryClient();
  const key = queryKeys.series(frameworkId, indicatorId, placeId);
  return useMutation({
    mutationFn: (change: SeriesChange) => source.saveSeries(frameworkId, indicatorId, placeId, change),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Series>(key);
      if (previous) queryClient.setQueryData<Series>(key, { ...previous, points: change.points });
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.history(frameworkId, indicatorId, placeId) }),
  });
}
