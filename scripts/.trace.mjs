import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './lib/chromium-args.mjs';
import { startPreview } from './lib/first-view.mjs';
const preview = await startPreview(process.argv[2] ?? 'dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (let run = 0; run < 2; run++) {
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
await page.addInitScript(() => {
  const obs = new MutationObserver(() => {
    const charts = [...document.querySelectorAll('.indicator-chart')];
    if (!window.__plain && document.querySelector('.indicator-chart--plain')) window.__plain = performance.now();
    if (!window.__lib && document.querySelector('.recharts-surface')) window.__lib = performance.now();
    if (!window.__ph && document.querySelector('.chart-placeholder')) window.__ph = [performance.now(), document.querySelector('.chart-placeholder').className];
    if (!window.__sk && document.querySelector('.skeleton')) window.__sk = performance.now();
    if (!window.__route && document.querySelector('.indicator-section, h1')) window.__route = performance.now();
  });
  obs.observe(document, { subtree: true, childList: true });
});
await page.goto(preview.origin + (process.argv[3] ?? '/wyh/ambitions/1'));
await page.waitForTimeout(4000);
const out = await page.evaluate(() => ({
  res: performance.getEntriesByType('resource').map((r) => `${r.startTime.toFixed(0).padStart(5)} ${r.responseEnd.toFixed(0).padStart(5)} ${r.name.replace(location.origin, '')}`),
  plain: window.__plain, ph: window.__ph, sk: window.__sk, lib: window.__lib, h1: window.__route,
  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
}));
console.log(out.res.join('\n'));
console.log({ ph: out.ph, sk: out.sk, plain: out.plain, lib: out.lib, h1: out.h1, fcp: out.fcp, dcl: out.dcl });
await context.close();
}
await browser.close(); preview.stop();
