// Takes a screenshot of a page in Debian's Chromium, to look at what was built.
// Usage: node scripts/screenshot.mjs URL OUT.png [width] [height] [--full]
import { CHROMIUM_ARGS } from './lib/chromium-args.mjs';
import { drawOffScreenSections } from './lib/off-screen-sections.mjs';
import { chromium } from 'playwright-core';

const [url, out, width = '1920', height = '1080', full] = process.argv.slice(2);
if (!url || !out) {
  console.error('Usage: node scripts/screenshot.mjs URL OUT.png [width] [height] [--full]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  // On a busy machine the network can fall quiet while the app's script is still starting, before
  // it asks for anything: wait for the loading lines to go too (a page stuck loading shows so).
  await page
    .locator('.loading-line')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => console.log('Still loading after 10 s: the picture shows the loading line.'));
  await page.waitForTimeout(500);
  if (full === '--full') await drawOffScreenSections(page);
  await page.screenshot({ path: out, fullPage: full === '--full' });
  if (errors.length) console.log('Page errors:\n' + errors.join('\n'));
} finally {
  await browser.close();
}
