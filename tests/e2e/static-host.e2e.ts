import type { Page } from 'playwright-core';
import { staticBuildOnNginxForThisFile } from './static-build-on-nginx';
import { axeViolations, browserForThisFile, consoleError, exploreChart, screenshot } from './browser';

// The production build (static-file source: the figures are JSON files kept with the app) served
// by nginx with the server block from docs/hosting/nginx.conf, as docs/deploy.md describes: a
// deep link opens its page directly, not a 404.

const browser = browserForThisFile();
const origin = staticBuildOnNginxForThisFile();

/**
 * Marks the first element matching `selector` as the HTML parser makes it, so a test can tell the
 * app took the page over (the same node) rather than drew it again. A property, not an attribute:
 * an attribute the server did not send would itself be a mismatch.
 */
function markAsParsed(page: Page, selector: string) {
  return page.addInitScript((wanted) => {
    const watch = new MutationObserver(() => {
      const element = document.querySelector(wanted);
      if (!element) return;
      (element as Element & { fromHtml?: boolean }).fromHtml = true;
      watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  }, selector);
}

function stillAsParsed(page: Page, selector: string) {
  return page.evaluate((wanted) => (document.querySelector(wanted) as (Element & { fromHtml?: boolean }) | null)?.fromHtml === true, selector);
}

describe('the production build on nginx with the documented configuration', () => {
  it('opens /wyh/ambitions/1 directly, drawn with its statuses and charts before any script, then taken over; keeps a missing file a 404', async () => {
    const direct = await fetch(`${origin()}/wyh/ambitions/1`);
    expect(direct.status).toBe(200);
    expect(direct.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await direct.text();
    expect(html).toContain('id="prerendered-state"');
    // The page ends as the template does: nothing of the drawing's own left over as text.
    expect(html).toMatch(/<\/script>\s*<\/body>\s*<\/html>\s*$/);
    // Every indicator's chart (the two gaps, the two healthy life expectancies), in plain SVG, and the stylesheets of the page's code, in the HTML itself.
    expect(html.match(/class="indicator-chart indicator-chart--screen indicator-chart--plain"/g)).toHaveLength(4);
    // One stylesheet, the page's and its code's together, so the page is styled at its first paint.
    const joined = /<link rel="stylesheet" crossorigin href="(\/assets\/page-[0-9a-f]{10}\.css)">/.exec(html)?.[1];
    expect(await (await fetch(`${origin()}${joined}`)).text()).toContain('.indicator-chart__plain');
    expect((await fetch(`${origin()}/assets/no-such-file.js`)).status).toBe(404);

    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // A style the page's policy refused, a mismatch on taking over: each is logged as an error.
    page.on('console', (m) => void (m.type() === 'error' && errors.push(consoleError(m))));
    await markAsParsed(page, 'h1');
    await page.goto(`${origin()}/wyh/ambitions/1`);
    await page.getByRole('heading', { level: 1, name: 'Years lived in good health, and the deprivation gap' }).waitFor();
    await page
      .getByRole('contentinfo')
      .getByText(/Figures from files published with the dashboard/)
      .waitFor();
    // Taken over as it is; a chart pointed at is then drawn by the charting library (with its hover figures).
    await exploreChart(page);
    expect(await stillAsParsed(page, 'h1')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'static-host-deep-link');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends the overview drawn with its statuses, before any script, and the app takes it over as it is; no axe violations', async () => {
    const html = await (await fetch(`${origin()}/wyh`)).text();
    // Ten ambitions, each with its status, in the HTML itself.
    expect(html.match(/class="ambition-card[ "]/g)).toHaveLength(10);
    expect(html).toContain('id="prerendered-state"');

    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => void (m.type() === 'error' && problems.push(consoleError(m))));
    await markAsParsed(page, '.ambition-card');
    await page.goto(`${origin()}/wyh`);
    await page
      .getByRole('contentinfo')
      .getByText(/Figures from files published with the dashboard/)
      .waitFor();
    await page.waitForLoadState('networkidle');
    expect(await stillAsParsed(page, '.ambition-card')).toBe(true);
    // Taken over, not only shown: choosing a place works.
    await page.getByLabel('Show figures for').selectOption('leeds');
    await page.waitForURL(/place=leeds/);
    await page.waitForFunction(() => document.title.includes('Leeds'));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
