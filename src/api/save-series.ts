import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataSource } from '../data-source/data-source-context';
import type { Series, SeriesChange } from '../domain/types';
import { queryKeys } from './query-keys';

export interface SaveSeriesVariables {
  frameworkId: string;
  indicatorId: string;
  placeId: string;
  change: SeriesChange;
}

/**
 * Saves a series' new points. Charts and tables show the change at once (optimistic); if the save
 * fails they go back to what is saved, while the caller keeps the person's change to send again.
 */
export function useSaveSeries() {
  const source = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, indicatorId, placeId, change }: SaveSeriesVariables) => source.saveSeries(frameworkId, indicatorId, placeId, change),
    onMutate: async ({ frameworkId, indicatorId, placeId, change }) => {
      const key = queryKeys.series(frameworkId, indicatorId, placeId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Series>(key);
      if (previous) queryClient.setQueryData<Series>(key, { ...previous, points: change.points });
      return { previous };
    },
    onError: (_error, { frameworkId, indicatorId, placeId }, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.series(frameworkId, indicatorId, placeId), context.previous);
    },
    onSuccess: (saved, { frameworkId, indicatorId, placeId }) => {
      queryClient.setQueryData(queryKeys.series(frameworkId, indicatorId, placeId), saved);
    },
    onSettled: (_data, _error, { frameworkId, indicatorId, placeId }) => queryClient.invalidateQueries({ queryKey: queryKeys.history(frameworkId, indicatorId, placeId) }),
  });
}
