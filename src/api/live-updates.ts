import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Series } from '../domain/types';
import type { SourceChange } from '../data-source/data-source';
import { useDataSource } from '../data-source/data-source-context';
import { queryKeys } from './query-keys';

export type { SourceChange };

/**
 * Follows the source's live feed, where it has one: a figure saved anywhere shows in this page
 * without a reload, and `onNotice` hears of each colleague's change (not this page's own, which it
 * already shows). After the feed was down, everything is fetched afresh, in case a change was
 * made meanwhile.
 */
export function useLiveUpdates(frameworkId: string, onNotice: (change: SourceChange) => void, onConnection?: (connected: boolean) => void) {
  const source = useDataSource();
  const queryClient = useQueryClient();
  const noticeRef = useRef(onNotice);
  const connectionRef = useRef(onConnection);
  useEffect(() => {
    noticeRef.current = onNotice;
    connectionRef.current = onConnection;
  });

  useEffect(() => {
    if (!source.watch || !frameworkId) return;
    let wasDown = false;
    return source.watch(
      frameworkId,
      (change) => {
        if (change.kind === 'series') {
          const { indicatorId, placeId } = change.series;
          const key = queryKeys.series(frameworkId, indicatorId, placeId);
          const shown = queryClient.getQueryData<Series>(key);
          // This page's own save is already shown, at this version or later.
          if (shown && shown.version >= change.series.version) return;
          queryClient.setQueryData(key, change.series);
          void queryClient.invalidateQueries({ queryKey: queryKeys.history(frameworkId, indicatorId, placeId) });
        } else {
          void queryClient.invalidateQueries({ queryKey: queryKeys.framework(frameworkId) });
          void queryClient.invalidateQueries({ queryKey: queryKeys.indicatorHistory(frameworkId, change.indicatorId) });
        }
        noticeRef.current(change);
      },
      (connected) => {
        if (connected && wasDown) void queryClient.invalidateQueries();
        wasDown = !connected;
        connectionRef.current?.(connected);
      },
    );
  }, [source, frameworkId, queryClient]);
}
