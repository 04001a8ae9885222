import type { QueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import type { AppConfig } from '../config/env';
import type { DataSource } from '../data-source/data-source';
import type { PrerenderedState } from '../prerender/prerendered-state';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRoutes, type RouteSettings } from './routes';

// The declarative router, not createBrowserRouter: the app loads its data through react-query,
// not route loaders, and the data router's machinery would add about 10 KB gzip to the first view.
export function App({ config, source, queryClient: given, prerendered }: { config: AppConfig; source: DataSource; queryClient?: QueryClient; prerendered?: PrerenderedState }) {
  // Created once per app, not per render (or before it, by main.tsx, to start a detail page's
  // figures early, and for a page drawn at build time with the figures it was drawn from:
  // src/prerender/taken-over-client.ts).
  const [queryClient] = useState(() => given ?? createQueryClient());
  // A page drawn at build time is taken over as judged on the day it was drawn (so the markup
  // matches), then judged on today: React reads the server value while hydrating, then this one.
  const [clientToday] = useState(() => config.today ?? new Date());
  const [drawnToday] = useState(() => (prerendered && !config.today ? new Date(prerendered.today) : clientToday));
  const today = useSyncExternalStore(
    noChanges,
    () => clientToday,
    () => drawnToday,
  );
  return (
    <Providers queryClient={queryClient} source={source} today={today}>
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || undefined}>
        <AppRoutes frameworkId={config.frameworkId} demoData={config.enableMocks} accessibilityContact={config.accessibilityContact} />
      </BrowserRouter>
    </Providers>
  );
}

/** Today does not change while the page is open; there is nothing to subscribe to. */
const noChanges = () => () => {};

export function AppRoutes(settings: RouteSettings) {
  const [routes] = useState(() => createRoutes(settings));
  return useRoutes(routes);
}
