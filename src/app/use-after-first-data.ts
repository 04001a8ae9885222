import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/**
 * True once the page's first data has arrived (no query fetching, after the first render), or
 * after `atMostMs` whatever happens: for parts of the page that should not compete with the first
 * view for the network, such as the counter of kept changes and the code that sends them.
 */
const QUIET_MS = 300;

export function useAfterFirstData(atMostMs = 3000): boolean {
  const fetching = useIsFetching();
  const [rendered, setRendered] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A tick after the first render, the page's queries have started.
    const tick = setTimeout(() => setRendered(true), 0);
    const latest = setTimeout(() => setReady(true), atMostMs);
    return () => {
      clearTimeout(tick);
      clearTimeout(latest);
    };
  }, [atMostMs]);
  // Quiet for a moment, not just for an instant: between the framework arriving and the figures
  // it names being asked for, nothing is fetching for a frame or two.
  useEffect(() => {
    if (!rendered || fetching > 0) return;
    const quiet = setTimeout(() => setReady(true), QUIET_MS);
    return () => clearTimeout(quiet);
  }, [rendered, fetching]);
  return ready;
}
