/* global document, PerformanceObserver, requestAnimationFrame, setTimeout, clearTimeout -- it runs in the page. */
// Used only by pages drawn at build time (scripts/prerender.mjs): the page arrives with its
// statuses and charts drawn, so the app that takes it over starts once the browser has painted
// them. On a slow link the page's own HTML and CSS then have the connection to themselves, and on
// a slow phone its main thread: the app's first task is long. The paint is the browser's own
// report of its first contentful paint, not a frame callback: a frame callback can run with no
// paint after it (traced: the app's script then ran first and the page showed a second later).
// The app's script is named by this tag's data-app; a hidden tab (no paints) starts it at once.
const app = document.querySelector('script[data-app]')?.dataset.app;
const start = () => import(app);
const paintsReported = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');

if (!app) {
  // Nothing to start.
} else if (document.visibilityState !== 'visible') {
  start();
} else if (!paintsReported) {
  requestAnimationFrame(() => setTimeout(start, 0));
} else {
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(fallback);
    setTimeout(start, 0);
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) startOnce();
  });
  observer.observe({ type: 'paint', buffered: true });
  // Should a paint never be reported (a page with nothing to paint), the app starts all the same.
  const fallback = setTimeout(startOnce, 2000);
}
