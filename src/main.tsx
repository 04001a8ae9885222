import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { startForAddress } from './app/start-for-address';
import { config } from './config/env';
import { createDataSource } from './data-source/create-data-source';
import { prerenderedHere } from './prerender/prerendered-here';
import './styles/base.css';

// Written against import.meta.env directly so a production build can see the branch is dead and
// leave the mock API (msw) out of the bundle altogether.
const MOCKS_ENABLED = import.meta.env.VITE_ENABLE_MOCKS === 'true' || (import.meta.env.DEV && import.meta.env.VITE_ENABLE_MOCKS !== 'false');

async function startMockApi() {
  if (!MOCKS_ENABLED) return;
  const { worker, applyScenarioFromUrl } = await import('../mocks/browser');
  applyScenarioFromUrl();
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}

// The service worker for reading offline (vite.config.ts, offlineReading): built only where the
// mock API's own worker is not, and registered once the page has loaded, so the first view never
// waits on it.
const OFFLINE_READING = import.meta.env.PROD && !MOCKS_ENABLED;

function registerServiceWorker() {
  if (!OFFLINE_READING || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

registerServiceWorker();

void Promise.all([createDataSource(config), startMockApi()]).then(([source]) => {
  const queryClient = createQueryClient();
  const container = document.getElementById('root')!;
  // A page drawn at build time (static figures) is taken over as it is, not drawn again.
  const prerendered = prerenderedHere(document, window.location, import.meta.env.BASE_URL);
  startForAddress(window.location, queryClient, source, { baseUrl: import.meta.env.BASE_URL, drawnAtBuild: Boolean(prerendered) });
  if (prerendered) {
    // In a transition too: the page is already on screen, so taking it over can be done in slices.
    startTransition(() => {
      hydrateRoot(
        container,
        <StrictMode>
          <App config={config} source={source} queryClient={queryClient} prerendered={prerendered} />
        </StrictMode>,
      );
    });
    return;
  }
  const root = createRoot(container);
  // A transition lets React build the first view in slices, leaving the page responsive meanwhile.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App config={config} source={source} queryClient={queryClient} />
      </StrictMode>,
    ),
  );
});
