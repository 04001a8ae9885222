/* global document, window, KeyboardEvent, requestAnimationFrame -- the measuring functions run in the page */
// Slide change time in the presenter: from the key press to the next frame painted with the new
// slide's heading, in Debian's Chromium at 1920×1080, on the demo build served by vite preview.
// One pass through the deck first (fetching each slide's figures), then 50 changes back and forth,
// as a presenter moves in a meeting. Prints JSON: the cold pass and the 50 measured changes.
import { CHROMIUM_ARGS } from '../lib/chromium-args.mjs';
import { servePreview } from '../lib/local-serving.mjs';
import { chromium } from 'playwright-core';

const preview = await servePreview({ outDir: 'dist-demo' });
const base = preview.origin;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${base}/wyh/present/summary`);
  await page.locator('.summary-grid .status-badge').nth(9).waitFor();

  // In the page: press a key, wait until the heading has changed, then for the frame after it.
  const press = (key) =>
    page.evaluate(
      (k) =>
        new Promise((resolve) => {
          const before = document.querySelector('h1')?.textContent;
          const t0 = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
          const check = () => {
            if (document.querySelector('h1')?.textContent !== before) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      key,
    );

  const cold = [];
  for (let i = 0; i < 10; i += 1) {
    cold.push(await press('ArrowRight'));
    await page.locator('.presenter svg.recharts-surface').waitFor();
  }
  const warm = [];
  let forward = false;
  for (let i = 0; i < 50; i += 1) {
    // Back and forth across the deck: at either end, turn round.
    const heading = await page.locator('h1').textContent();
    if (heading?.startsWith('WY&H')) forward = true;
    if (heading?.includes('Local economic growth')) forward = false;
    warm.push(await press(forward ? 'ArrowRight' : 'ArrowLeft'));
  }
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { count: s.length, medianMs: s[Math.floor(s.length / 2)], p95Ms: s[Math.ceil(s.length * 0.95) - 1], maxMs: s[s.length - 1] };
  };
  // The overview with 10 ambitions × 7 places × 40 periods (?scenario=large): time from the start
  // of navigation until every card has its figures, and the longest task that blocked the page.
  const large = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await large.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const overview = [];
  for (let i = 0; i < 5; i += 1) {
    await large.goto(`${base}/wyh?scenario=large&place=leeds`);
    await large.waitForFunction(() => {
      const cards = document.querySelectorAll('.ambition-card');
      return cards.length === 10 && document.querySelectorAll('.ambition-card[aria-busy="true"]').length === 0 && document.querySelectorAll('.sparkline svg').length === 10;
    });
    overview.push(await large.evaluate(() => ({ readyMs: performance.now(), longestTaskMs: Math.max(0, ...window.longTasks) })));
  }
  console.log(
    JSON.stringify({
      cold: stats(cold),
      warm: stats(warm),
      overview: { ...stats(overview.map((o) => o.readyMs)), longestTaskMs: Math.max(...overview.map((o) => o.longestTaskMs)) },
    }),
  );
} finally {
  await browser.close();
  await preview.stop();
}
