/* global document, window, MutationObserver, requestAnimationFrame -- the probe and the snapshot run in the page. */
// Issue 17: how close the app comes to the fastest the same page could be. The limit is a static
// snapshot of the page as the app drew it: its HTML and CSS, no script. Both are loaded side by
// side in Chromium (interleaved, five times each) and timed from navigation start to the frame in
// which what the reader came for is painted: every ambition's status on the overview, every chart
// on a detail page (a chart further down, which the page draws only as it comes near the screen,
// is a placeholder in the app and in its snapshot alike, so it counts in neither). The figure to judge is the ratio of the medians: the machine's load moves
// both alike.
//   node scripts/lib/versus-snapshot.mjs [outDir=dist] [runs=5]
import { chromium } from 'playwright-core';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, median, startPreview } from './first-view.mjs';

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

async function timeOnce(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const tab = await context.newPage();
  await tab.addInitScript(probe, ready);
  await tab.goto(url, { waitUntil: 'commit' });
  await tab.waitForFunction(() => window.__readyAt > 0, undefined, { timeout: 60_000, polling: 50 });
  const ms = await tab.evaluate(() => window.__readyAt);
  await context.close();
  return ms;
}

/**
 * Snapshots are written into the build as /__snapshot/<name>.html for the time of the run (so
 * they are served with the same CSS files and headers), then removed.
 */
export async function measureVersusSnapshot({ outDir = 'dist', runs = 5 } = {}) {
  const preview = await startPreview(outDir);
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
        app.push(await timeOnce(browser, `${preview.origin}${page.path}`, page.ready));
        snapshot.push(await timeOnce(browser, `${preview.origin}/__snapshot/${page.name}.html`, page.ready));
      }
      results.push({ ...page, appMs: median(app), snapshotMs: median(snapshot), ratio: median(app) / median(snapshot), app, snapshot });
    }
    return { results, snapshotUrls: PAGES.map((p) => `/__snapshot/${p.name}.html`) };
  } finally {
    await browser.close();
    preview.stop();
  }
}

/** Leaves the snapshots in the build for a caller (the Lighthouse runs) to load; `remove` clears them. */
export function removeSnapshots(outDir = 'dist') {
  rmSync(join(outDir, '__snapshot'), { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'dist', runs = '5'] = process.argv.slice(2);
  const { results } = await measureVersusSnapshot({ outDir, runs: Number(runs) });
  for (const r of results) console.log(JSON.stringify(r));
  // Kept with --keep, for Lighthouse to load them (scripts/lib/lighthouse-pages.mjs).
  if (!process.argv.includes('--keep')) removeSnapshots(outDir);
}
