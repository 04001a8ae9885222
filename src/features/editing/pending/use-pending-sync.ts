import { useEffect } from 'react';
import { useSession } from '../../../api/session';
import { readPendingChanges } from './pending-storage';
import { readPendingState, usePendingActions, usePendingLoaded } from './pending-store';
import { useSendPendingChange } from './send-pending-change';

/**
 * Reads the changes this browser kept from an earlier visit, sends those still waiting, and sends
 * them again whenever the connection comes back, someone signs in, or the lead returns to the tab.
 * Mounted once, in the page header.
 */
export function usePendingSync() {
  const loaded = usePendingLoaded();
  const { pendingLoaded } = usePendingActions();
  const send = useSendPendingChange();
  // Changes kept while signed out (or after a sign-in expired) go as soon as someone signs in.
  const signedInAs = useSession().data?.name;

  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    readPendingChanges()
      .catch(() => 'storage-unavailable' as const)
      .then((stored) => !cancelled && pendingLoaded(stored));
    return () => {
      cancelled = true;
    };
  }, [loaded, pendingLoaded]);

  useEffect(() => {
    if (!loaded) return;
    const sendWaiting = () => {
      for (const change of Object.values(readPendingState().changes)) {
        if (change.state.kind === 'waiting') void send(change.id);
      }
    };
    // Coming back to the tab is when a lead has most likely signed in again elsewhere, or fixed
    // their connection: try then too.
    const whenVisible = () => document.visibilityState === 'visible' && sendWaiting();
    sendWaiting();
    window.addEventListener('online', sendWaiting);
    window.addEventListener('focus', sendWaiting);
    document.addEventListener('visibilitychange', whenVisible);
    return () => {
      window.removeEventListener('online', sendWaiting);
      window.removeEventListener('focus', sendWaiting);
      document.removeEventListener('visibilitychange', whenVisible);
    };
  }, [loaded, send, signedInAs]);
}
