import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataSource } from '../data-source/data-source-context';
import type { Framework, FrameworkChange } from '../domain/types';
import { queryKeys } from './query-keys';

/** The partnerships this source holds, for the home page; never asked of a source that cannot list. */
export function useFrameworkList() {
  const source = useDataSource();
  return useQuery({
    queryKey: queryKeys.frameworks(),
    queryFn: () => source.listFrameworks!(),
    enabled: Boolean(source.listFrameworks),
    staleTime: 60_000,
  });
}

/** Every change to a partnership's set-up, newest first. */
export function useFrameworkHistory(frameworkId: string) {
  const source = useDataSource();
  return useQuery({
    queryKey: queryKeys.frameworkHistory(frameworkId),
    queryFn: () => source.getFrameworkHistory!(frameworkId),
    enabled: Boolean(source.getFrameworkHistory),
  });
}

/**
 * Creates or changes a partnership's framework. The cache is updated with what the source kept
 * (not optimistically: a set-up change redraws every page, and a refusal must not flash first);
 * on a conflict the caller shows the colleague's version and the person chooses.
 */
export function useSaveFramework() {
  const source = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, change }: { frameworkId: string; change: FrameworkChange }) => {
      if (!source.saveFramework) throw new Error(source.readOnlyReason ?? 'Partnerships cannot be set up through this data source.');
      return source.saveFramework(frameworkId, change);
    },
    onSuccess: (saved: Framework) => queryClient.setQueryData(queryKeys.framework(saved.id), saved),
    onSettled: (_data, _error, { frameworkId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.frameworks() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.frameworkHistory(frameworkId) });
    },
  });
}

/** After a conflict: show the colleague's version everywhere. */
export function useShowFramework() {
  const queryClient = useQueryClient();
  return (framework: Framework) => queryClient.setQueryData(queryKeys.framework(framework.id), framework);
}
