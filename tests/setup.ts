import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; this is a complete in-memory one, so pending changes are kept as in a browser.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { resetDb } from '../mocks/db';
import { clearOutboxStorage } from '../src/outbox/outbox-storage';
import { forgetOutbox } from '../src/outbox/outbox-store';
import { server } from '../mocks/node';
import { resetAllStores } from './helpers/zustand-mock';
import { forgetUpdateMode } from '../src/hooks/kept-update-mode';

// How long a findBy/waitFor waits for what it needs before failing: a passing test never waits
// this long, it only ends the wait for something that will not come. The first visit to a lazily
// loaded page compiles its modules, and with a second test run beside this one every step took
// five times as long (a 41-figure save through the mock API, about 3 s alone, passed 15 s).
configure({ asyncUtilTimeout: 30_000 });

vi.mock('zustand', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zustand')>();
  const { withResets } = await import('./helpers/zustand-mock');
  return { ...actual, create: withResets(actual.create) };
});

// An unhandled request is a test bug: fail loudly rather than hit the network.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Files share one jsdom per worker (isolate: false in vite.config.ts): each test leaves the page,
// the storage, the mock API and the app's module state as a new page would find them.
afterEach(async () => {
  cleanup();
  // Markup a test wrote itself (a page drawn at build time, say), which cleanup() does not know of.
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  server.resetHandlers();
  resetDb();
  resetAllStores();
  forgetUpdateMode();
  localStorage.clear();
  sessionStorage.clear();
  forgetOutbox();
  await clearOutboxStorage();
});
afterAll(() => server.close());

// jsdom has no layout engine: recharts' ResponsiveContainer measures through ResizeObserver, so
// report a fixed size, as a desktop browser would.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 320, top: 0, left: 0, bottom: 320, right: 800, x: 0, y: 0, toJSON: () => ({}) };
    this.callback(
      [{ target, contentRect: rect, borderBoxSize: [], contentBoxSize: [], devicePixelRatioContentBoxSize: [] } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= FixedSizeResizeObserver as unknown as typeof ResizeObserver;
