import type { Page } from 'playwright-core';
import { axeViolations, browserForThisFile, exploreChart, identify, layoutSettled, openPage, screenshot, waitForCards } from './browser';

const browser = browserForThisFile();

/** Presses Tab until the focused element's text or label matches; fails if it never does. */
async function tabTo(page: Page, name: RegExp, limit = 150) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      // The accessible name, roughly: aria-label, else the field's label, else the text.
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
      return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** The focused element shows it: an outline or the yellow focus ring. */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
  });

describe('error states and scenarios in Chromium', () => {
  it('?scenario=error: one card fails, the page stays usable; no axe violations', async () => {
    const { page, close } = await openPage(browser(), '/wyh?scenario=error');
    await waitForCards(page);
    await page
      .getByRole('article', { name: /Ambition 5/ })
      .getByText(/the server answered 500/)
      .waitFor();
    expect(await page.getByRole('article').count()).toBe(10);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-error-desktop');
    await close();
  });

  it('?scenario=offline: the page says so with Try again; no axe violations', async () => {
    const { page, close } = await openPage(browser(), '/wyh?scenario=offline');
    await page.getByText(/The ambitions could not be loaded/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('?scenario=conflict: the conflict view; no axe violations', async () => {
    const { page, close } = await openPage(browser(), '/wyh/ambitions/5?place=bradford&view=table&scenario=conflict');
    await page.getByRole('button', { name: 'Update figures' }).click();
    await identify(page, 'Alice Adams', 'Leeds');
    const editor = page.getByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
    await editor.getByRole('button', { name: 'Delete 2016-18' }).click();
    await editor.getByRole('button', { name: 'Yes, delete 2016-18' }).click();
    await editor.getByRole('alertdialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'conflict-desktop');
    await close();
  });
});

describe('every page in Chromium', () => {
  const PAGES = [
    ['overview', '/wyh?place=leeds'],
    ['detail, chart', '/wyh/ambitions/3?place=kirklees'],
    ['detail, table', '/wyh/ambitions/3?place=kirklees&view=table'],
    ['import and export', '/wyh/data'],
    ['presenter set-up', '/wyh/present'],
    ['presenter slide', '/wyh/present/5?place=leeds'],
    ['presenter summary slide', '/wyh/present/summary?place=leeds'],
    ['board pack', '/wyh/board-pack?place=leeds&deck=5,1'],
    ['accessibility statement', '/wyh/accessibility'],
    ['page not found', '/wyh/no-such-page'],
  ] as const;

  it.each(PAGES)('%s: no axe violations, and it reflows at 320 CSS px (400%% zoom)', async (_name, path) => {
    const { page, errors, close } = await openPage(browser(), path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await layoutSettled(page, 'main');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps status readable in forced-colours mode', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, forcedColors: 'active' });
    const page = await context.newPage();
    await page.goto(`${(await import('./browser')).baseURL()}/wyh?place=leeds`);
    await waitForCards(page);
    // The word is there whatever the colours: status is never colour alone.
    expect(await page.locator('.ambition-card .status-badge').first().innerText()).toMatch(/\w/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'forced-colours-overview');
    await context.close();
  });
});

describe('keyboard only, in Chromium', () => {
  it('updates a figure without a mouse, with visible focus at every step', async () => {
    const { page, close } = await openPage(browser(), '/wyh/ambitions/5?place=bradford&view=table');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, /^Update figures$/);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, /Your name/);
    await page.keyboard.type('Alice Adams');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Leeds Health and Care Partnership');
    await page.keyboard.press('Enter');
    // Focus comes back to the switch, so the figures are a few Tabs away.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stop updating figures');
    await tabTo(page, /^Correct 2022-24$/);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Value/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('9.8');
    await tabTo(page, /Lower bound/);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await tabTo(page, /^Save figure$/);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(/Saved: correct the 2022-24 figure to 9.8/).waitFor();
    await close();
  });
});

describe('security in Chromium', () => {
  it('serves a Content-Security-Policy without inline script or eval, and nothing breaks it', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const { baseURL } = await import('./browser');
    await page.goto(`${baseURL()}/wyh?place=leeds`);
    await waitForCards(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    // Chart, table, editing, presenter and a PNG download: all within the policy.
    await page.goto(`${baseURL()}/wyh/ambitions/5?place=leeds`);
    await exploreChart(page);
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Chart (PNG)' }).first().click();
    await png;
    await page.goto(`${baseURL()}/wyh/present/5`);
    await page.locator('.presenter svg.recharts-surface').waitFor();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // Every link that leaves the site gives the other site no handle on this one.
    await page.goto(`${baseURL()}/wyh/accessibility`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const external = await page.locator('a[href^="http"]').evaluateAll((links) => links.map((a) => a.getAttribute('rel')));
    expect(external.length).toBeGreaterThan(0);
    expect(external.every((rel) => rel === 'noopener noreferrer')).toBe(true);
    await context.close();
  });
});
