import { useState } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import type { AppConfig } from '../config/env';
import type { DataSource } from '../data-source/data-source';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRoutes, type RouteSettings } from './routes';

// The declarative router, not createBrowserRouter: the app loads its data through react-query,
// not route loaders, and the data router's machinery would add about 10 KB gzip to the first view.
export function App({ config, source }: { config: AppConfig; source: DataSource }) {
  // Created once per app, not per render.
  const [queryClient] = useState(createQueryClient);
  const [today] = useState(() => config.today ?? new Date());
  return (
    <Providers queryClient={queryClient} source={source} today={today}>
      <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || undefined}>
        <AppRoutes frameworkId={config.frameworkId} demoData={config.enableMocks} accessibilityContact={config.accessibilityContact} />
      </BrowserRouter>
    </Providers>
  );
}

function AppRoutes(settings: RouteSettings) {
  const [routes] = useState(() => createRoutes(settings));
  return useRoutes(routes);
}
