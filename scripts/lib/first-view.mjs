/* global document, window, MutationObserver -- recordWhenStatusesShow and the waits run in the page, not in Node. */
// Measures the first view of a production build in a way that a busy machine does not move:
//  - requests and round trips before the ten statuses show. Every request is held back by the
//    same large latency (ROUND_TRIP_MS), so a request that waits on another can only start after
//    that one's reply; a request's round is one more than the latest round whose reply it could
//    have seen. With a latency far above the page's own CPU gaps, the count is exact whatever
//    else the machine is doing.
//  - main-thread CPU time: the renderer main thread's own CPU time (Chromium's ThreadTime metric),
//    not wall-clock time. A neighbour that takes the core away stops that clock, so it adds
//    nothing; only work the page itself does counts.
// Usage from another script: `await measureFirstView({ outDir, path, runs })`.
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { servePreview } from './local-serving.mjs';
import { chromium } from 'playwright-core';

/** Far above any gap between one reply and the page's next request on this machine, even loaded. */
export const ROUND_TRIP_MS = 1000;

export { CHROMIUM_ARGS };

/** `vite preview` of a build, answering /api from the mock handlers as a real API would. */
export function startPreview(outDir) {
  return servePreview({ outDir, env: { MOCK_API_SERVER: 'true' }, waitPath: '/favicon.svg' });
}

/**
 * Gives each request its round: 1 + the highest round among replies that arrived before it was
 * sent. Requests are taken in the order they were sent and replies in the order they arrived, so
 * one pass over each does it.
 */
export function assignRounds(requests) {
  const bySent = [...requests].sort((a, b) => a.sentAt - b.sentAt);
  const byArrived = [...requests].sort((a, b) => a.arrivedAt - b.arrivedAt);
  let seen = 0;
  let highestSeenRound = 0;
  for (const request of bySent) {
    // Replies are released in order of arrival; a request sent later never sees fewer of them.
    while (seen < byArrived.length && byArrived[seen].arrivedAt <= request.sentAt) {
      highestSeenRound = Math.max(highestSeenRound, byArrived[seen].round ?? 0);
      seen += 1;
    }
    request.round = highestSeenRound + 1;
  }
  return requests;
}

/** Watches, from the first script of the page, for the moment every card has its status. */
function recordWhenStatusesShow() {
  const settled = () => {
    const cards = document.querySelectorAll('.ambition-card');
    return cards.length > 0 && document.querySelectorAll('.ambition-card[aria-busy="true"]').length === 0 && document.querySelectorAll('.ambition-card .status-badge').length > 0;
  };
  const observer = new MutationObserver(() => {
    if (window.__statusesShownAt === undefined && settled()) {
      window.__statusesShownAt = Date.now();
      window.__statusCount = document.querySelectorAll('.ambition-card').length;
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function threadTimeMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { thread: value('ThreadTime') * 1000, script: value('ScriptDuration') * 1000, layouts: value('LayoutCount'), styles: value('RecalcStyleCount') };
}

async function oneRun(browser, origin, path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  // A tiny page of the same site first, so the renderer that draws the app is already running and
  // its start-up is not counted as the app's work.
  await page.goto(`${origin}/favicon.svg`);
  const before = await threadTimeMs(cdp);

  const requests = [];
  let closing = false;
  await page.route('**/*', async (route) => {
    const entry = { url: route.request().url(), sentAt: Date.now(), arrivedAt: Infinity };
    requests.push(entry);
    try {
      const response = await route.fetch();
      const body = await response.body();
      const wait = entry.sentAt + ROUND_TRIP_MS - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      entry.arrivedAt = Date.now();
      await route.fulfill({ response, body });
    } catch (error) {
      // A request the page still makes after the statuses showed can be cut off by the context
      // closing ("Response has been disposed", "Target closed"); it counts for nothing. One that
      // fails before then is kept, and named if the statuses never show.
      if (closing) return;
      entry.failed = String(error).split('\n')[0];
      await route.abort().catch(() => undefined);
    }
  });
  await page.addInitScript(recordWhenStatusesShow);
  const started = Date.now();
  await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__statusesShownAt !== undefined, undefined, { timeout: 60_000, polling: 50 });
  } catch (error) {
    const failed = requests.filter((r) => r.failed).map((r) => `${r.url}: ${r.failed}`);
    closing = true;
    await context.close().catch(() => undefined);
    throw new Error(`The statuses never showed at ${path}${failed.length ? `; requests that failed: ${failed.join('; ')}` : ''}`, { cause: error });
  }
  const { shownAt, statusCount } = await page.evaluate(() => ({ shownAt: window.__statusesShownAt, statusCount: window.__statusCount }));
  const after = await threadTimeMs(cdp);
  // Every routed request settled or dropped before the page goes: a handler still awaiting a reply
  // when the context closes would otherwise reject outside any handler and end the whole process.
  closing = true;
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();

  const needed = assignRounds(requests).filter((r) => r.arrivedAt <= shownAt);
  return {
    statusCount,
    requests: needed.length,
    roundTrips: Math.max(0, ...needed.map((r) => r.round)),
    urls: needed.map((r) => `${r.round} ${r.url.slice(origin.length)}`),
    mainThreadCpuMs: after.thread - before.thread,
    scriptMs: after.script - before.script,
    layouts: after.layouts - before.layouts,
    styleRecalcs: after.styles - before.styles,
    wallMs: shownAt - started,
  };
}

export async function measureFirstView({ outDir = 'dist', path = '/wyh', runs = 3 } = {}) {
  const preview = await startPreview(outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (let i = 0; i < runs; i += 1) results.push(await oneRun(browser, preview.origin, path));
    return results;
  } finally {
    await browser.close();
    await preview.stop();
  }
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'dist', path = '/wyh', runs = '3'] = process.argv.slice(2);
  for (const run of await measureFirstView({ outDir, path, runs: Number(runs) })) console.log(JSON.stringify(run));
}
