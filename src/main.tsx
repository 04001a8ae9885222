import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { startForAddress } from './app/start-for-address';
import { config } from './config/env';
import { createDataSource } from './data-source/create-data-source';
import { prerenderedHere } from './prerender/prerendered-here';
import { takenOverClient } from './prerender/taken-over-client';
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

const DRAWN_AT_BUILD = import.meta.env.VITE_DATA_SOURCE === 'static';

// Copies of pages for the next visit, shown by the page's starter (src/starter) while the app
// loads: for the sources whose figures are read at run time (static files' pages are drawn at build).
const PAGE_COPIES = import.meta.env.PROD && !MOCKS_ENABLED && (config.dataSource === 'http' || config.dataSource === 'couchdb');
if (PAGE_COPIES) {
  // A copy is kept as the reader leaves: its code need not come with the first view. (The starter
  // shows it and hands over to the app.)
  const root = document.getElementById('root')!;
  const keep = () => void import('./app/page-copy-keeper').then(({ keepPageCopies }) => keepPageCopies(root, import.meta.env.BASE_URL)).catch(() => undefined);
  if (document.readyState === 'complete') keep();
  else window.addEventListener('load', keep, { once: true });
}

void Promise.all([createDataSource(config), startMockApi()]).then(([source]) => {
  const container = document.getElementById('root')!;
  // A page drawn at build time (static figures) is taken over as it is, not drawn again. Only
  // the static build draws pages: in the others this is known at build time, and left out.
  const prerendered = DRAWN_AT_BUILD ? prerenderedHere(document, window.location, import.meta.env.BASE_URL) : undefined;
  const queryClient = prerendered ? takenOverClient(createQueryClient(), prerendered) : createQueryClient();
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
