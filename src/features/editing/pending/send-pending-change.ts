import { useCallback } from 'react';
import { useSaveSeries } from '../../../api/save-series';
import { DataSourceError } from '../../../api/errors';
import { useSessionExpired } from '../../../api/session';
import { changeToSend, describePending, type PendingState } from '../../../domain/pending-change';
import { readPendingState, usePendingActions } from './pending-store';

export type SendOutcome = 'saved' | PendingState['kind'] | 'nothing-to-send';

const OFFLINE = 'This device is offline. Your changes are kept here and will be sent when the connection returns.';

/** What a failed save means for the change: try again later, ask the lead, or needs correcting. */
function stateAfter(error: unknown): PendingState {
  if (error instanceof DataSourceError) {
    if (error.kind === 'conflict' && error.details.current) return { kind: 'conflict', current: error.details.current };
    // Kept and sent again once the person has signed in (usePendingSync watches for that).
    if (error.kind === 'sign-in-needed') return { kind: 'waiting', problem: `${error.message.replace(/\.$/, '')}.` };
    if (error.retryable) return { kind: 'waiting', problem: `${error.message} Your changes are kept on this device and will be sent again.` };
    return { kind: 'rejected', problem: error.message };
  }
  return { kind: 'rejected', problem: error instanceof Error ? error.message : 'The save failed for a reason the dashboard does not know.' };
}

/**
 * Sends one series' pending change through the data source. It stays in IndexedDB until the
 * source confirms it; edits made while it was on its way are sent straight after.
 */
export function useSendPendingChange() {
  const { mutateAsync: saveSeries } = useSaveSeries();
  const { sendStarted, saveConfirmed, saveFailed } = usePendingActions();
  const sessionExpired = useSessionExpired();

  return useCallback(
    async (id: string): Promise<SendOutcome> => {
      // Loops while the lead keeps editing during a save: each round sends what is pending then.
      for (;;) {
        const { changes, sending } = readPendingState();
        const change = changes[id];
        if (!change || sending[id]) return 'nothing-to-send';
        if (change.state.kind !== 'waiting') return change.state.kind;
        if (!navigator.onLine) {
          saveFailed(id, { kind: 'waiting', problem: OFFLINE });
          return 'waiting';
        }
        sendStarted(id);
        const sentCount = change.edits.length;
        try {
          const saved = await saveSeries({ frameworkId: change.frameworkId, indicatorId: change.indicatorId, placeId: change.placeId, change: changeToSend(change) });
          const what = describePending({ ...change, edits: change.edits.slice(0, sentCount) });
          const rest = saveConfirmed(id, sentCount, saved, `Saved: ${what}. These figures are now version ${saved.version}.`);
          if (!rest) return 'saved';
        } catch (error) {
          if (error instanceof DataSourceError && error.kind === 'sign-in-needed') sessionExpired();
          const state = stateAfter(error);
          saveFailed(id, state);
          return state.kind;
        }
      }
    },
    [saveSeries, sendStarted, saveConfirmed, saveFailed, sessionExpired],
  );
}
