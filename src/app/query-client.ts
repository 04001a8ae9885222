import { QueryClient } from '@tanstack/react-query';
import { DataSourceError } from '../data-source/data-source-error';

/** Retrying a malformed payload or a missing record cannot help, so only network and server failures are retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof DataSourceError && error.retryable && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // A projected dashboard should not reshuffle itself when the presenter clicks back into the window.
        refetchOnWindowFocus: false,
        // Reads go out even with no connection: the service worker may answer from its kept copy
        // (vite.config.ts, offlineReading). In 'online' mode react-query held them paused while
        // the browser said it was offline, so a page reloaded offline waited for ever (issue 33).
        networkMode: 'offlineFirst',
      },
    },
  });
}
