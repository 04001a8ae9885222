/* global window -- the measuring functions run in the page */
// Issue 30, item 10: an ambition page with very large data, in Chromium on the demo build (its
// mock API in the page, so the scenarios apply): time from the start of navigation until the
// suicide rate's section has drawn its figures and status, and the longest task that blocked
// the page from then until a second after; and from a click on the overview until it is shown.
// Scenarios (mocks/scenarios.ts):
//  - long-series: the suicide rate has 9,000 daily figures;
//  - unpaged-history: every history holds 3,000 saves and the server sends all of them whatever
//    page is asked: the page must not ask at all until a history is opened, and opening one
//    must check only the page it shows.
//   node scripts/lib/large-pages.mjs [outDir] [runs]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { servePreview } from './local-serving.mjs';

const SECTION = '.indicator-section:has(h2:text-is("Suicide rate"))';

async function newMeasuredPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const historyRequests = [];
  page.on('request', (request) => request.url().includes('/history') && historyRequests.push(request.url()));
  return { page, historyRequests };
}

/** Navigates to `path` and waits until the suicide rate's section shows its chart and status. */
async function loadAmbitionPage(page, origin, path) {
  await page.goto(`${origin}${path}`);
  const section = page.locator(SECTION);
  await section.locator('.indicator-chart svg').first().waitFor({ timeout: 60_000 });
  await section.locator('.status-badge').first().waitFor({ timeout: 60_000 });
  const readyMs = await page.evaluate(() => Math.round(performance.now()));
  // When the suicide rate's figures had arrived: what the page did after that is the series' cost.
  const replyMs = await page.evaluate(() =>
    Math.round(
      Math.max(
        0,
        ...performance
          .getEntriesByType('resource')
          .filter((e) => /indicators\/suicide-rate\/series\/[^/]+$/.test(e.name))
          .map((e) => e.responseEnd),
      ),
    ),
  );
  await page.waitForTimeout(1000);
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...window.longTasks.splice(0)));
  return { readyMs, replyMs, shownAfterReplyMs: readyMs - replyMs, longestTaskMs };
}

/**
 * From the overview, already loaded, a click on ambition 5's card until the suicide rate's
 * section shows its chart and status: what a person waits for, without the app's start.
 */
async function openFromOverview(page, origin, scenario) {
  await page.goto(`${origin}/wyh?scenario=${scenario}`);
  await page.locator('.ambition-card .status-badge').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.evaluate(() => window.longTasks.splice(0));
  const clicked = Date.now();
  await page.locator('.ambition-card a[href*="/ambitions/5"]').first().click();
  const section = page.locator(SECTION);
  await section.locator('.indicator-chart svg').first().waitFor({ timeout: 60_000 });
  await section.locator('.status-badge').first().waitFor({ timeout: 60_000 });
  const shownMs = Date.now() - clicked;
  await page.waitForTimeout(1000);
  return { shownMs, longestTaskMs: await page.evaluate(() => Math.max(0, ...window.longTasks.splice(0))) };
}

export async function measureLargePages({ outDir = 'dist-demo', runs = 3 } = {}) {
  const preview = await servePreview({ outDir });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const longSeries = [];
    const unpaged = [];
    const usual = [];
    const opened = [];
    const openedUsual = [];
    for (let run = 0; run < runs; run += 1) {
      const plain = await newMeasuredPage(browser);
      usual.push(await loadAmbitionPage(plain.page, preview.origin, '/wyh/ambitions/5?scenario=none'));
      openedUsual.push(await openFromOverview(plain.page, preview.origin, 'none'));
      await plain.page.close();
      const click = await newMeasuredPage(browser);
      opened.push(await openFromOverview(click.page, preview.origin, 'long-series'));
      await click.page.close();

      const long = await newMeasuredPage(browser);
      longSeries.push(await loadAmbitionPage(long.page, preview.origin, '/wyh/ambitions/5?scenario=long-series'));
      await long.page.close();

      const history = await newMeasuredPage(browser);
      const loaded = await loadAmbitionPage(history.page, preview.origin, '/wyh/ambitions/5?scenario=unpaged-history');
      const requestsOnLoad = history.historyRequests.length;
      const section = history.page.locator(SECTION);
      const clickedAt = Date.now();
      await section.getByText('Changes to these figures', { exact: true }).click();
      await section.getByText('The latest 50 changes, newest first.').waitFor({ timeout: 60_000 });
      const openMs = Date.now() - clickedAt;
      await history.page.waitForTimeout(500);
      const longestOpenTaskMs = await history.page.evaluate(() => Math.max(0, ...window.longTasks.splice(0)));
      unpaged.push({ ...loaded, requestsOnLoad, openMs, longestOpenTaskMs });
      await history.page.close();
    }
    return { usual, openedUsual, longSeries, opened, unpaged };
  } finally {
    await browser.close();
    await preview.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'dist-demo', runs = '3'] = process.argv.slice(2);
  console.log(JSON.stringify(await measureLargePages({ outDir, runs: Number(runs) })));
}
