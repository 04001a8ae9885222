import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { INACTIVE_QUERY_LIMIT, boundQueryCache, keepInactiveQueriesWithin } from './bounded-query-cache';

// Issue 30, item 9: the query cache is bounded, not growing with every page seen.

function watch(client: QueryClient, key: string) {
  const observer = new QueryObserver(client, { queryKey: ['series', key], queryFn: () => key, staleTime: Infinity });
  const stop = observer.subscribe(() => {});
  return stop;
}

/** The keys the cache holds, in the order they came in. */
const cachedKeys = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .map((q) => q.queryKey[1]);

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the query cache kept within a bound', () => {
  it('keeps at most the limit of queries no page shows, dropping the least recently left first', async () => {
    const client = new QueryClient();
    keepInactiveQueriesWithin(client.getQueryCache(), 3);
    const stops = ['a', 'b', 'c', 'd', 'e'].map((key) => watch(client, key));
    await settle();
    for (const stop of stops) stop();
    const kept = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[1]);
    expect(kept).toEqual(['c', 'd', 'e']);
  });

  it('never drops a query some page is showing, however many there are', async () => {
    const client = new QueryClient();
    keepInactiveQueriesWithin(client.getQueryCache(), 2);
    const stops = Array.from({ length: 10 }, (_, i) => watch(client, `shown-${i}`));
    await settle();
    expect(client.getQueryCache().getAll()).toHaveLength(10);
    stops.slice(0, 5).forEach((stop) => stop());
    expect(client.getQueryCache().getAll()).toHaveLength(7);
    expect(
      client
        .getQueryCache()
        .getAll()
        .filter((q) => q.getObserversCount() > 0),
    ).toHaveLength(5);
  });

  it('a query watched again is the most recently left when it is let go once more', async () => {
    const client = new QueryClient();
    keepInactiveQueriesWithin(client.getQueryCache(), 2);
    watch(client, 'a')();
    watch(client, 'b')();
    watch(client, 'a')();
    watch(client, 'c')();
    await settle();
    expect(cachedKeys(client)).toEqual(['a', 'c']);
  });

  it('never drops a query being fetched: an export fetching more than the limit, with no page watching, gets every reply', async () => {
    const client = new QueryClient();
    keepInactiveQueriesWithin(client.getQueryCache(), 2);
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        client.fetchQuery({ queryKey: ['series', `export-${i}`], queryFn: () => new Promise<number>((resolve) => setTimeout(() => resolve(i), 5)) }),
      ),
    );
    expect(replies).toEqual([0, 1, 2, 3, 4, 5]);
    await settle();
    expect(cachedKeys(client)).toEqual(['export-4', 'export-5']);
  });

  it('is what the app uses: a tour of many pages leaves the cache within the limit', async () => {
    const client = new QueryClient();
    boundQueryCache(client.getQueryCache());
    boundQueryCache(client.getQueryCache());
    for (let i = 0; i < INACTIVE_QUERY_LIMIT * 3; i += 1) watch(client, `page-${i}`)();
    await settle();
    expect(client.getQueryCache().getAll().length).toBeLessThanOrEqual(INACTIVE_QUERY_LIMIT);
  });
});
