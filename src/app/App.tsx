import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { AppConfig } from '../config/env';
import type { DataSource } from '../data-source/data-source';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRoutes } from './routes';

export function App({ config, source }: { config: AppConfig; source: DataSource }) {
  // Created once per app, not per render.
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() =>
    createBrowserRouter(createRoutes({ frameworkId: config.frameworkId, demoData: config.enableMocks, accessibilityContact: config.accessibilityContact }), {
      basename: import.meta.env.BASE_URL.replace(/\/$/, '') || undefined,
    }),
  );
  const [today] = useState(() => config.today ?? new Date());
  return (
    <Providers queryClient={queryClient} source={source} today={today}>
      <RouterProvider router={router} />
    </Providers>
  );
}
