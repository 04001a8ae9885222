// Issues 13 and 30 (scale): the app must not keep old pages alive. Goes overview → ambition → overview
// many times in one tab, by clicking its own links as a person would, and compares the heap and
// the live DOM nodes after garbage collection, early and late. Run on its own:
//   node scripts/lib/navigation-memory.mjs [outDir] [steps]
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

/**
 * The detached DOM trees Chromium holds after garbage collection, counted by their root (tag and
 * class, e.g. `article.ambition-page`), and the nodes in them all. Asked once, at the end: the DOM agent keeps every node it
 * has reported, so asking along the way would itself keep trees alive.
 */
export async function detachedTrees(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
  const byRoot = {};
  const size = (node) => 1 + (node.children ?? []).reduce((sum, child) => sum + size(child), 0);
  let nodes = 0;
  for (const { treeNode } of detachedNodes) {
    nodes += size(treeNode);
    const attributes = treeNode.attributes ?? [];
    const className = attributes[attributes.indexOf('class') + 1];
    const root = `${treeNode.localName || treeNode.nodeName.toLowerCase()}${attributes.includes('class') ? `.${className.trim().split(/\s+/).join('.')}` : ''}`;
    byRoot[root] = (byRoot[root] ?? 0) + 1;
  }
  return { count: detachedNodes.length, nodes, byRoot };
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

/**
 * Issue 30's pattern, three navigations a step: on the overview choose place i mod 7 (the address
 * changes), open ambition i mod 10 by its card, go back. Every ambition × place pairing comes
 * round once in 70 steps, so a cache that keeps every page seen grows with it.
 */
export async function placeTourStep(page, i, places) {
  await page
    .locator('.place-select select')
    .first()
    .selectOption(places[i % places.length]);
  await page.locator('.ambition-card .status-badge').first().waitFor();
  await roundTrip(page, i);
}

/** The place ids the overview's place picker offers. */
export function placeIds(page) {
  return page.locator('.place-select select option').evaluateAll((options) => options.map((o) => o.value));
}

/** Issue 30's tour (placeTourStep) in a fresh tab: the heap and DOM counters early and late, and the detached trees left at the end. */
export async function measureNavigationMemory({ outDir = 'dist', steps = 134, warmUp = 10 } = {}) {
  const preview = await startPreview(outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${preview.origin}/wyh`);
    await page.locator('.ambition-card .status-badge').first().waitFor();
    const places = await placeIds(page);
    for (let i = 0; i < warmUp; i += 1) await placeTourStep(page, i, places);
    const early = await settledCounters(cdp);
    for (let i = warmUp; i < warmUp + steps; i += 1) await placeTourStep(page, i, places);
    const late = await settledCounters(cdp);
    return { navigations: steps * 3, early, late, detached: await detachedTrees(cdp) };
  } finally {
    await browser.close();
    preview.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'dist', steps = '134'] = process.argv.slice(2);
  console.log(JSON.stringify(await measureNavigationMemory({ outDir, steps: Number(steps) })));
}
