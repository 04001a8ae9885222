// @ts-expect-error a plain ES module of the build scripts, without types
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium-args.mjs';
// @ts-expect-error a plain ES module of the build scripts, without types
import { drawOffScreenSections } from '../../scripts/lib/off-screen-sections.mjs';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

// Debian's Chromium, as the machine provides it: no browser downloads are possible here.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export const baseURL = () => inject('baseURL');

/** One browser for a test file: launched before its tests, closed after them. */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * A console error as a test failure should read it: Chromium's "Failed to load resource: the
 * server responded with a status of 404" names no resource, so the address it was for is added.
 */
export function consoleError(message: ConsoleMessage): string {
  const { url } = message.location();
  return url && /^Failed to load resource/.test(message.text()) ? `${message.text()} (${url})` : message.text();
}

/** A page that records console errors and uncaught exceptions, so a test can insist there were none. */
export async function openPage(browser: Browser, path: string, viewport = { width: 1920, height: 1080 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(consoleError(m));
  });
  await page.goto(`${baseURL()}${path}`);
  return { page, errors, close: () => context.close() };
}

/** Waits until every overview card has its figures (or its error), not just the first. */
export async function waitForCards(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => {
    const cards = document.querySelectorAll('.ambition-card');
    return cards.length > 0 && document.querySelectorAll('.ambition-card[aria-busy="true"]').length === 0;
  });
}

export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Waits until the page's layout has settled after a resize or a navigation: the page's size and
 * the boxes of `selector` unchanged over several frames in a row (a chart that measures its room
 * redraws within a frame or two of the resize). The event the test needs, not a fixed pause.
 */
export async function layoutSettled(page: Page, selector = 'body', framesStill = 4) {
  await page.waitForFunction(
    ([wanted, still]) =>
      new Promise<boolean>((resolve) => {
        const measure = () =>
          JSON.stringify([
            document.documentElement.scrollWidth,
            document.documentElement.scrollHeight,
            Array.from(document.querySelectorAll(wanted), (element) => {
              const box = element.getBoundingClientRect();
              return [box.x, box.y, box.width, box.height];
            }),
          ]);
        let last = measure();
        let unchanged = 0;
        const nextFrame = () =>
          requestAnimationFrame(() => {
            const now = measure();
            unchanged = now === last ? unchanged + 1 : 0;
            last = now;
            if (unchanged >= still) resolve(true);
            else nextFrame();
          });
        nextFrame();
      }),
    [selector, framesStill] as const,
  );
}

export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * Scrolls to each chart the detail page holds back until it comes near the screen, so that every
 * chart is drawn (for a full-page screenshot, or a test of a chart further down); then to the top.
 */
export async function drawAllCharts(page: Page) {
  for (let i = 0; i < 20; i += 1) {
    // A handle, not a locator: a locator's "first" would move on to the next placeholder.
    const waiting = await page.$('.chart-placeholder--deferred');
    if (!waiting) break;
    await waiting.scrollIntoViewIfNeeded();
    await page.waitForFunction((placeholder) => !placeholder.isConnected, waiting);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Points at a detail chart, as a reader does to see its figures: the charting library then draws
 * it in place of the plain SVG. On a page drawn at build time, a pointer that arrives before the
 * app has taken the page over meets plain HTML and nothing answers it; a reader moves the pointer
 * again, and so does this, until the drawing comes (on a busy machine the takeover can take
 * seconds).
 */
export async function exploreChart(scope: Page | Locator) {
  const chart = scope.locator('.chart-explore').first();
  const drawn = scope.locator('.chart-explore .recharts-wrapper svg').first();
  const page = 'page' in scope ? scope.page() : scope;
  for (let attempt = 0; ; attempt += 1) {
    await chart.hover();
    try {
      await drawn.waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt >= 9) throw error;
      await page.mouse.move(0, 0);
    }
  }
}

/**
 * Opens an indicator's history of figures (read from the source only once it is opened) and
 * waits until it says `said` ("1 change, newest first."): a save that has reached the source.
 */
export async function openFiguresHistory(page: Page, said: string, indicator = 'Suicide rate') {
  const section = page.getByRole('region', { name: indicator, exact: true });
  await section.getByText('Changes to these figures', { exact: true }).click();
  await section.getByText(said).waitFor();
}

export async function screenshot(page: Page, name: string) {
  await drawAllCharts(page);
  await drawOffScreenSections(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Says who is making changes, as a programme lead does once before their first edit or import. */
export async function identify(page: Page, name = 'Alice Adams', organisation = 'Leeds Health and Care Partnership') {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Start updating' }).click();
}
