import type { DehydratedState } from '@tanstack/react-query';

/**
 * What a page drawn at build time (prerendered) was drawn from, written into it for the app to
 * hydrate from: apart from render-page.tsx, which imports the app, so the app can read it
 * without importing its renderer back.
 */
export interface PrerenderedState {
  /** The address drawn, e.g. "/wyh": the browser takes the page over only at this address. */
  path: string;
  today: string;
  queries: DehydratedState;
}
