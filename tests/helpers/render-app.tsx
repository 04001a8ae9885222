import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from '../../src/app/App';
import { Providers } from '../../src/app/providers';
import type { DataSource } from '../../src/data-source/data-source';
import { createHttpDataSource } from '../../src/data-source/http-data-source';

/** The date the seed dataset's statuses are written against in tests. */
export const TEST_TODAY = new Date('2026-11-24T12:00:00Z');

/**
 * The app's pages at an address, on the MSW mock API (or another source), with a fresh cache and no
 * retries: the providers and the router production uses (the browser router, on jsdom's history),
 * drawing only the route the address matches, as in a browser.
 */
export function renderApp(path: string, source: DataSource = createHttpDataSource({ baseUrl: '/api' })) {
  window.history.replaceState(null, '', path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <Providers queryClient={queryClient} source={source} today={TEST_TODAY}>
      <BrowserRouter>
        <AppRoutes frameworkId="wyh" demoData />
      </BrowserRouter>
    </Providers>,
  );
  return { ...view, user, queryClient };
}

/** Where the page is now: path and query, as the address bar shows them. */
export const currentAddress = () => `${window.location.pathname}${window.location.search}`;

/** The browser's Back button: resolves once the router has heard of it. */
export async function goBack() {
  await act(async () => {
    const heard = new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
    window.history.back();
    await heard;
  });
}
