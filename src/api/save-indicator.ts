import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataSource } from '../data-source/data-source-context';
import type { Framework, Indicator, IndicatorChange } from '../domain/types';
import { queryKeys } from './query-keys';

const replaceIndicator = (framework: Framework, indicator: Indicator): Framework => ({
  ...framework,
  ambitions: framework.ambitions.map((a) => ({ ...a, indicators: a.indicators.map((i) => (i.id === indicator.id ? indicator : i)) })),
});

/**
 * Saves an indicator's baseline, targets and source. Every status on every page is judged against
 * these, so the framework in the cache is updated at once (optimistic) and put back on failure;
 * the form keeps the lead's input to try again.
 */
export function useSaveIndicator(frameworkId: string) {
  const source = useDataSource();
  const queryClient = useQueryClient();
  const key = queryKeys.framework(frameworkId);
  return useMutation({
    mutationFn: (change: IndicatorChange) => source.saveIndicator(frameworkId, change.indicator.id, change),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Framework>(key);
      if (previous) queryClient.setQueryData(key, replaceIndicator(previous, change.indicator));
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => {
      const current = queryClient.getQueryData<Framework>(key);
      if (current) queryClient.setQueryData(key, replaceIndicator(current, saved));
    },
    onSettled: (_data, _error, change) => queryClient.invalidateQueries({ queryKey: queryKeys.indicatorHistory(frameworkId, change.indicator.id) }),
  });
}

/**
 * The same save for any partnership, named with each change: what the outbox sends a kept
 * definition through (it may hold changes for several partnerships).
 */
export function useSaveDefinition() {
  const source = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, change }: { frameworkId: string; change: IndicatorChange }) => source.saveIndicator(frameworkId, change.indicator.id, change),
    onMutate: async ({ frameworkId, change }) => {
      const key = queryKeys.framework(frameworkId);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Framework>(key);
      if (previous) queryClient.setQueryData(key, replaceIndicator(previous, change.indicator));
      return { previous };
    },
    onError: (_error, { frameworkId }, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.framework(frameworkId), context.previous);
    },
    onSuccess: (saved, { frameworkId }) => {
      const current = queryClient.getQueryData<Framework>(queryKeys.framework(frameworkId));
      if (current) queryClient.setQueryData(queryKeys.framework(frameworkId), replaceIndicator(current, saved));
    },
    onSettled: (_data, _error, { frameworkId, change }) => queryClient.invalidateQueries({ queryKey: queryKeys.indicatorHistory(frameworkId, change.indicator.id) }),
  });
}

/** After a conflict: show the colleague's version everywhere. */
export function useShowIndicator(frameworkId: string) {
  const queryClient = useQueryClient();
  return (indicator: Indicator) => {
    const current = queryClient.getQueryData<Framework>(queryKeys.framework(frameworkId));
    if (current) queryClient.setQueryData(queryKeys.framework(frameworkId), replaceIndicator(current, indicator));
  };
}
