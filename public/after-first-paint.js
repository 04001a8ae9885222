/* global document, requestAnimationFrame, setTimeout -- it runs in the page. */
// Used only by overviews drawn at build time (scripts/prerender.mjs): the page arrives with its
// statuses drawn, so the app that takes it over starts after the first paint. On a slow link the
// page's own HTML and CSS then have the connection to themselves, and the statuses show sooner.
// The app's script is named by this tag's data-app; a hidden tab (no frames) starts it at once.
const app = document.querySelector('script[data-app]')?.dataset.app;
const start = () => import(app);
if (app && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0));
else if (app) start();
