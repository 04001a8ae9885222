import { hydrate, type QueryClient } from '@tanstack/react-query';
import type { PrerenderedState } from './prerendered-state';

/**
 * The query client of a page drawn at build time, holding the figures it was drawn from, so the
 * app takes the page over with the same answers. Only the static build draws pages (main.tsx), so
 * only its first view carries this.
 */
export function takenOverClient(client: QueryClient, prerendered: PrerenderedState): QueryClient {
  hydrate(client, prerendered.queries);
  return client;
}
