import type { Query, QueryCache } from '@tanstack/react-query';

/**
 * How many queries no page is showing the cache keeps (their data and state), beyond those some
 * page is showing. React Query keeps a query nobody watches for its gcTime (5 minutes), so a board
 * member touring every place and ambition held every series they had seen: the heap grew with each
 * page. 80 is more than the overview's and an ambition's figures for a few places (the WY&H
 * partnership has 16 indicators), so going back is instant; beyond it the least recently left go.
 */
export const INACTIVE_QUERY_LIMIT = 80;

/**
 * Keeps at most `limit` inactive queries in the cache, dropping the least recently left first.
 * A query being fetched is never dropped (an export awaits many with no page watching them):
 * while the least recently left is fetching the cache may stand over the limit, until its reply.
 * Constant work per cache event, amortised: a Map in the order queries lost their last observer.
 * Returns the unsubscribe.
 */
export function keepInactiveQueriesWithin(cache: QueryCache, limit: number): () => void {
  const inactive = new Map<string, Query>();
  // Queries already left before this was attached (it is loaded after the first view).
  for (const query of cache.getAll()) if (query.getObserversCount() === 0) inactive.set(query.queryHash, query);
  const trim = () => {
    for (const [hash, oldest] of inactive) {
      if (inactive.size <= limit) return;
      if (oldest.state.fetchStatus === 'fetching') return;
      inactive.delete(hash);
      cache.remove(oldest);
    }
  };
  return cache.subscribe((event) => {
    const { query } = event;
    if (event.type === 'removed') {
      inactive.delete(query.queryHash);
    } else if (event.type === 'added' || event.type === 'observerAdded' || event.type === 'observerRemoved') {
      inactive.delete(query.queryHash);
      if (query.getObserversCount() === 0) inactive.set(query.queryHash, query);
      trim();
    } else if (event.type === 'updated' && inactive.has(query.queryHash) && query.state.fetchStatus !== 'fetching') {
      // A query that was being fetched when it was over the limit can go now its reply is in.
      trim();
    }
  });
}

const bounded = new WeakSet<QueryCache>();

/** The app's bound on a cache, attached once however often it is asked (AppLayout, after the first view's data). */
export function boundQueryCache(cache: QueryCache): void {
  if (bounded.has(cache)) return;
  bounded.add(cache);
  keepInactiveQueriesWithin(cache, INACTIVE_QUERY_LIMIT);
}
