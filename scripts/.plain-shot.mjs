import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '/work/main/scripts/lib/chromium-args.mjs';
const [origin, path, out, w, h, block] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
if (block) await page.route(/IndicatorChart-.*\.js$/, () => {}); // never answered: the library never arrives
await page.goto(origin + path);
await page.locator('.indicator-chart svg').first().waitFor();
await page.waitForTimeout(800);
const el = page.locator(process.env.SEL ?? '.indicator-figure').first();
await el.screenshot({ path: out });
console.log(await page.locator('.indicator-chart--plain').count(), 'plain charts;', errors.join(' | '));
await browser.close();
