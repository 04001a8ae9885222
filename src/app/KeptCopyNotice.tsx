import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { hadKeptCopies, oldestKeptCopy, recheckKeptCopy, subscribeToKeptCopy } from '../lib/kept-copy-readers';
import { formatDate } from '../lib/today';

/**
 * Loaded once the first figures are in (AppLayout): they are what it speaks of, and the first view
 * does not carry it. Says when the figures on screen were fetched, whenever any came from the copy kept for reading
 * offline: a board member on a train reads them told how old they are. Gone as soon as fresh
 * figures replace them (react-query fetches again when the connection is back).
 */
export default function KeptCopyNotice() {
  const since = useSyncExternalStore(subscribeToKeptCopy, oldestKeptCopy, () => undefined);
  // A page drawn at build time is taken over with the build's answer (none); asked again once it
  // is, it reads this device's (taking a page over inside a transition did not ask again by itself).
  useEffect(() => recheckKeptCopy(), []);
  // Back online: figures read from the kept copy are fetched again, however fresh they were
  // thought to be, so newer ones replace them without a reload.
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => {
      if (oldestKeptCopy() !== undefined || hadKeptCopies()) void queryClient.invalidateQueries();
    };
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, [queryClient]);
  if (since === undefined) return null;
  const at = new Date(since);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <p className="notice kept-copy-notice" role="status">
      <strong>No connection:</strong> these are the figures as fetched on {formatDate(at)} at {time}, kept on this device. Newer figures will show by themselves when the connection
      is back.
    </p>
  );
}
