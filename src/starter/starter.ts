import { figuresPageAt } from '../app/page-address';
import { firstViewPath } from '../data-source/couchdb/first-view-address';
import { restFirstViewPath } from '../data-source/first-view-address';
import { buildOf, hasPageCopy, LOADING, readPageCopy, type PageCopy } from '../lib/page-copy-storage';
import { startReply } from '../lib/started-replies';

// The page's starter: inlined into index.html by the build (vite.config.ts, pageStarter; its hash
// in the Content-Security-Policy) and run as the HTML is parsed, while the app's code downloads.
//  - The figures leave with the HTML: the one request of the page's first view (CouchDB's view,
//    src/data-source/couchdb/first-view-address.ts, or the REST API's, first-view-address.ts),
//    which the app then takes on its way; and on an ambition's page, that page's code.
//  - A repeat visit need not wait: the copy of this page kept at the last visit
//    (src/app/page-copy-keeper.ts) is shown at once, dated and inert, and the app replaces it with
//    fresh figures once they are in (stale while revalidate).
//  - It starts the app, whose code the head preloads: after the copy's first paint, if one is shown.

export interface StarterConfig {
  /** The app's base path ("/"). */
  baseUrl: string;
  /** Set for the CouchDB source: where its server is and which database. */
  couchdb?: { url: string; database: string };
  /** Set for the REST source, unless it signs in with a token (which only the app holds): its base and whether cookies go with it. */
  rest?: { baseUrl: string; withCredentials: boolean };
  /** Whether pages are kept for the next visit (the REST and CouchDB sources). */
  pageCopies: boolean;
  /** The ambition page's code and stylesheets (from the build): fetched with the app's own on that page. */
  ambitionPageCode?: { js: string[]; css: string[] };
}

/**
 * On an ambition's page, fetches its code and stylesheets with the app's own instead of after it
 * has run (the app asks for it as it starts, src/app/start-for-address.ts): compiled, not run,
 * until asked for.
 */
export function preloadPageCode(config: StarterConfig, location: Pick<Location, 'pathname'>, doc: Document): void {
  if (figuresPageAt(location.pathname, config.baseUrl)?.kind !== 'ambition' || !config.ambitionPageCode) return;
  const { js, css } = config.ambitionPageCode;
  const link = (attributes: Record<string, string>) => {
    const element = doc.createElement('link');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    doc.head.append(element);
  };
  for (const href of js) link({ rel: 'modulepreload', href, crossorigin: '' });
  // Stylesheets added by a script do not hold the first paint back; the page's code finds them in
  // place (and a kept copy of the page, shown next, is styled without a second wave of requests).
  for (const href of css) link({ rel: 'stylesheet', href, crossorigin: '' });
}

/** Sends the page's first request where the source has one; returns the absolute address asked for. */
export function startFigures(config: StarterConfig, location: Pick<Location, 'pathname' | 'search' | 'href'>, doFetch: typeof fetch): string | undefined {
  const page = figuresPageAt(location.pathname, config.baseUrl);
  if (!page || (!config.couchdb && !config.rest)) return undefined;
  const place = new URLSearchParams(location.search).get('place') ?? undefined;
  // As the app's clients send them (couchdb-http.ts, fetch-json.ts): JSON, with the cookies they send.
  const [address, credentials]: [string, RequestCredentials] = config.couchdb
    ? [`${config.couchdb.url.replace(/\/+$/, '')}${firstViewPath(config.couchdb.database, page.frameworkId, place)}`, 'include']
    : [`${config.rest!.baseUrl.replace(/\/+$/, '')}${restFirstViewPath(page.frameworkId, place)}`, config.rest!.withCredentials ? 'include' : 'same-origin'];
  const href = new URL(address, location.href).href;
  startReply(href, doFetch(href, { credentials, headers: { Accept: 'application/json' } }));
  return href;
}

/** "at 09:14 today", or "on 7 December 2026 at 09:14". */
export function whenKept(keptAt: number, now: number): string {
  const at = new Date(keptAt);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (new Date(now).toDateString() === at.toDateString()) return `at ${time} today`;
  return `on ${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} at ${time}`;
}

/**
 * Puts the kept copy of this address in front of the app's root, which is hidden until the app
 * hands over (src/app/page-copy.ts). Only a copy drawn by this very build: another build's
 * stylesheets and markup may not match.
 */
export function showPageCopy(doc: Document, copy: PageCopy | undefined, now: number, online: boolean): boolean {
  const root = doc.getElementById('root');
  const build = buildOf(doc);
  if (!copy || !root || !build || copy.build !== build) return false;
  const present = new Set([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')));
  for (const href of copy.stylesheets) {
    if (present.has(href)) continue;
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    doc.head.append(link);
  }
  const holder = doc.createElement('div');
  holder.id = 'page-copy';
  holder.inert = true;
  // Markup this app drew and kept in this browser, with no ids or inline styles (the policy
  // allows none): those are put back through the style object, which the policy allows.
  holder.innerHTML = copy.html;
  for (const element of holder.querySelectorAll<HTMLElement>('[data-copy-style]')) element.style.cssText = element.dataset.copyStyle ?? '';
  const note = doc.createElement('p');
  note.id = 'page-copy-note';
  note.className = 'notice page-copy-note';
  note.setAttribute('role', 'status');
  note.textContent = online
    ? `These are the figures as fetched ${whenKept(copy.keptAt, now)}; newer ones are on their way.`
    : `No connection: these are the figures as fetched ${whenKept(copy.keptAt, now)}, kept on this device.`;
  // Outside the inert copy, so a screen reader is told too.
  root.before(note, holder);
  root.hidden = true;
  return true;
}

/** The first part, at the top of the head: runs before the stylesheets arrive (a script after a stylesheet waits for it). */
export function runStarterInHead(config: StarterConfig): void {
  try {
    // On a repeat visit the kept copy is shown at once, and the app asks for fresh figures once it
    // has been painted: the request (and the database's work on it) does not share its moment.
    const address = window.location.pathname + window.location.search;
    if (!config.pageCopies || !hasPageCopy(window.localStorage, address)) startFigures(config, window.location, (...args) => fetch(...args));
    preloadPageCode(config, window.location, document);
  } catch {
    // The app sends the request and loads the code itself.
  }
}

/**
 * Replaces the kept copy with the app's root once the app's page has its figures (it has replaced
 * index.html's loading line, and nothing on it is still loading), or after `waitMs` whatever
 * happens, so the app's own messages about a failure are never held back for long.
 */
export function handOverWhenDrawn(doc: Document, waitMs = 15_000): void {
  const root = doc.getElementById('root');
  const copy = doc.getElementById('page-copy');
  if (!root || !copy) return;
  const handOver = () => {
    observer.disconnect();
    clearTimeout(timer);
    doc.getElementById('page-copy-note')?.remove();
    copy.remove();
    root.hidden = false;
  };
  const observer = new MutationObserver(() => {
    if (root.querySelector('main') && !root.querySelector(LOADING)) handOver();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'class'] });
  const timer = setTimeout(handOver, waitMs);
}

/**
 * Starts the app (its code, marked data-app, is preloaded in the head): at once, or where a kept
 * copy is on screen, once the browser has painted it (the app's first task is long, and would
 * hold the copy back). The paint is the browser's own report, not a frame callback, which can run
 * with no paint after it; should none come, the app starts all the same.
 */
export function startApp(doc: Document, afterPaint: boolean): void {
  const app = buildOf(doc);
  if (!app) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import(/* @vite-ignore */ app);
  };
  const paintsReported = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  if (!afterPaint || doc.visibilityState !== 'visible' || !paintsReported) return start();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1000);
}

/** The second part, just after the app's root in the body: the kept copy, then the app. */
export function runStarterInBody(config: StarterConfig): void {
  let shown = false;
  if (config.pageCopies) {
    try {
      const address = window.location.pathname + window.location.search;
      shown = showPageCopy(document, readPageCopy(window.localStorage, address), Date.now(), navigator.onLine);
    } catch {
      // No storage (a private window's), or a copy that does not read: the app draws the page.
    }
  }
  if (shown) handOverWhenDrawn(document);
  startApp(document, shown);
}
