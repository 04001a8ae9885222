import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '../../src/app/providers';
import { createRoutes } from '../../src/app/routes';
import type { DataSource } from '../../src/data-source/data-source';
import { createHttpDataSource } from '../../src/data-source/http-data-source';

/** The date the seed dataset's statuses are written against in tests. */
export const TEST_TODAY = new Date('2026-11-24T12:00:00Z');

/** The whole app at a URL, on the MSW mock API (or another source), with a fresh cache and no retries. */
export function renderApp(path: string, source: DataSource = createHttpDataSource({ baseUrl: '/api' })) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes({ frameworkId: 'wyh', demoData: true }), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <Providers queryClient={queryClient} source={source} today={TEST_TODAY}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, user, queryClient };
}
