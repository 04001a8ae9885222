/* global document, window, MutationObserver, requestAnimationFrame -- the probe and the snapshot run in the page. */
// Issue 17: how close the app comes to the fastest the same page could be. The limit is a static
// snapshot of the page as the app drew it: its HTML and CSS, no script. Both are loaded side by
// side in Chromium (interleaved, five times each) and timed from navigation start to the frame in
// which what the reader came for is painted: every ambition's status on the overview, every chart
// on a detail page (a chart further down, which the page draws only as it comes near the screen,
// is a placeholder in the app and in its snapshot alike, so it counts in neither). The figure to judge is the ratio of the medians: the machine's load moves
// both alike.
//   node scripts/lib/versus-snapshot.mjs [rest|couchdb|static] [runs=5] [--repeat] [--keep]
import { chromium } from 'playwright-core';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, median } from './first-view.mjs';
import { serveSource } from './serve-source.mjs';

/** What each page is for, and how to tell it is drawn. */
export const PAGES = [
  { name: 'overview', path: '/wyh', what: 'statuses', ready: 'statuses' },
  { name: 'detail', path: '/wyh/ambitions/1', what: 'charts', ready: 'charts' },
];

/** From the page's first script: the time (ms from navigation start) of the frame after what it is for is in the page. */
function probe(ready) {
  const done = () => {
    if (document.querySelector('[aria-busy="true"]')) return false;
    if (ready === 'statuses') {
      const cards = document.querySelectorAll('.ambition-card');
      return cards.length > 0 && document.querySelectorAll('.ambition-card .status-badge').length >= cards.length;
    }
    const charts = [...document.querySelectorAll('.indicator-chart')];
    return charts.length > 0 && charts.every((c) => c.querySelector('svg .recharts-curve, svg path'));
  };
  const observer = new MutationObserver(() => {
    if (window.__readyAt !== undefined || !done()) return;
    window.__readyAt = -1;
    observer.disconnect();
    // The next frame's callback runs as that frame is produced: what was in the page is painted in it.
    requestAnimationFrame(() => void (window.__readyAt = performance.now()));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** The page as the app drew it, without its scripts: the HTML and CSS a server could send. */
async function takeSnapshot(browser, origin, page) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const tab = await context.newPage();
  await tab.addInitScript(probe, page.ready);
  await tab.goto(`${origin}${page.path}`);
  await tab.waitForFunction(() => window.__readyAt > 0, undefined, { timeout: 60_000 });
  const html = await tab.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const el of copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')) el.remove();
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await context.close();
  return html;
}

async function loadAndWait(tab, url) {
  await tab.goto(url, { waitUntil: 'commit' });
  await tab.waitForFunction(() => window.__readyAt > 0, undefined, { timeout: 60_000, polling: 50 });
  return tab.evaluate(() => window.__readyAt);
}

/**
 * One load in a fresh browser profile (a first visit), or with `repeat` the third load in one
 * profile: the first installs the app's service worker (where the build has one), the second is
 * read through it and leaves its figures in the worker's copy, the third is timed, as a board
 * member's visit before a meeting is timed after earlier ones.
 */
async function timeOnce(browser, url, ready, { repeat = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const tab = await context.newPage();
  await tab.addInitScript(probe, ready);
  if (repeat) {
    await loadAndWait(tab, url);
    await tab.waitForLoadState('load');
    // The app registers its worker after the load event; a snapshot has none.
    await tab.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return !registration || Boolean(navigator.serviceWorker.controller);
      },
      undefined,
      { timeout: 30_000, polling: 100 },
    );
    await loadAndWait(tab, url);
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(500);
  }
  const ms = await loadAndWait(tab, url);
  await context.close();
  return ms;
}

/**
 * Snapshots are written into the build as /__snapshot/<name>.html for the time of the run (so
 * they are served with the same CSS files and headers), then removed.
 */
export async function measureVersusSnapshot({ source = 'rest', runs = 5, repeat = false } = {}) {
  const preview = await serveSource(source);
  const { outDir } = preview;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const folder = join(outDir, '__snapshot');
  mkdirSync(folder, { recursive: true });
  try {
    const results = [];
    for (const page of PAGES) {
      writeFileSync(join(folder, `${page.name}.html`), await takeSnapshot(browser, preview.origin, page));
      const app = [];
      const snapshot = [];
      for (let i = 0; i < runs; i += 1) {
        app.push(await timeOnce(browser, `${preview.origin}${page.path}`, page.ready, { repeat }));
        snapshot.push(await timeOnce(browser, `${preview.origin}/__snapshot/${page.name}.html`, page.ready, { repeat }));
      }
      results.push({ ...page, appMs: median(app), snapshotMs: median(snapshot), ratio: median(app) / median(snapshot), app, snapshot });
    }
    return { results, outDir, snapshotUrls: PAGES.map((p) => `/__snapshot/${p.name}.html`) };
  } finally {
    await browser.close();
    await preview.stop();
  }
}

/** Leaves the snapshots in the build for a caller (the Lighthouse runs) to load; `remove` clears them. */
export function removeSnapshots(outDir = 'dist') {
  rmSync(join(outDir, '__snapshot'), { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [source = 'rest', runs = '5'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const { results, outDir } = await measureVersusSnapshot({ source, runs: Number(runs), repeat: process.argv.includes('--repeat') });
  for (const r of results) console.log(JSON.stringify(r));
  // Kept with --keep, for Lighthouse to load them (scripts/lib/lighthouse-pages.mjs).
  if (!process.argv.includes('--keep')) removeSnapshots(outDir);
}
