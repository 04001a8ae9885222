// Issue 13 (scale): the app must not keep old pages alive. Goes overview → ambition → overview
// many times in one tab, by clicking its own links as a person would, and compares the heap and
// the live DOM nodes after garbage collection, early and late. Run on its own:
//   node scripts/lib/navigation-memory.mjs [outDir] [roundTrips]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, startPreview } from './first-view.mjs';

/** The heap and DOM counters after garbage collection (a CDP session of the page, Performance enabled). */
export async function settledCounters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapMb: heap / 1024 / 1024, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

/** Overview → ambition (i mod 10, by its card's link) → back to the overview, as a person clicks. */
export async function roundTrip(page, i) {
  const number = (i % 10) + 1;
  await page.locator(`.ambition-card a[href*="/ambitions/${number}"]`).first().click();
  await page.locator('#ambition-title').waitFor();
  await page.locator('.indicator-section, .error-message').first().waitFor();
  await page.goBack();
  await page.locator('.ambition-card .status-badge').first().waitFor();
}

export async function measureNavigationMemory({ outDir = 'dist', roundTrips = 200, warmUp = 20 } = {}) {
  const preview = await startPreview(outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${preview.origin}/wyh`);
    await page.locator('.ambition-card .status-badge').first().waitFor();
    const oneRoundTrip = (i) => roundTrip(page, i);
    for (let i = 0; i < warmUp; i += 1) await oneRoundTrip(i);
    const early = await settledCounters(cdp);
    for (let i = 0; i < roundTrips; i += 1) await oneRoundTrip(i);
    const late = await settledCounters(cdp);
    return { roundTrips, early, late };
  } finally {
    await browser.close();
    preview.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'dist', roundTrips = '200'] = process.argv.slice(2);
  console.log(JSON.stringify(await measureNavigationMemory({ outDir, roundTrips: Number(roundTrips) })));
}
