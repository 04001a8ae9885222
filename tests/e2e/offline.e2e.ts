import type { Page } from 'playwright-core';
import { couchOnNginxForThisFile } from './couch-app';
import { staticBuildOnNginxForThisFile } from './static-build-on-nginx';
import { browserForThisFile, waitForCards } from './browser';

// Issue 33: a board member reads on a train. The static build (figures as files, served by nginx
// as docs/deploy.md says) keeps the app's files and every page and figure read in its service
// worker; with no connection the overview and an ambition opened before still read, each saying
// when its figures were fetched.

const browser = browserForThisFile();
const couchOrigin = couchOnNginxForThisFile();
const staticOrigin = staticBuildOnNginxForThisFile();

describe('reading with no connection', () => {
  it('reads the overview and an ambition opened before, with no connection, each with its figures’ date', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${staticOrigin()}/wyh?place=leeds`);
    await waitForCards(page);
    // The worker takes charge of the page once it is installed; the page is read again under it, so its figures are kept.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      return registration.active?.state;
    });
    await page.reload();
    await waitForCards(page);
    await page.goto(`${staticOrigin()}/wyh/ambitions/5/?place=leeds`);
    await page.locator('.indicator-headline .status-badge').first().waitFor();

    // Kept once the worker has written the pages and figures it passed on: wait for that, not for a time.
    await page.waitForFunction(async () => {
      const figures = (await (await caches.open('figures')).keys()).map((request) => request.url);
      const pages = (await (await caches.open('pages')).keys()).map((request) => new URL(request.url).pathname);
      return (
        figures.some((url) => url.endsWith('/series.json')) &&
        figures.some((url) => url.endsWith('/framework.json')) &&
        pages.includes('/wyh') &&
        pages.some((path) => path.startsWith('/wyh/ambitions/5'))
      );
    });
    await context.setOffline(true);
    for (const address of ['/wyh?place=leeds', '/wyh/ambitions/5/?place=leeds']) {
      await page.goto(`${staticOrigin()}${address}`);
      await page.locator('.status-badge').first().waitFor();
      const notice = page.getByRole('status').filter({ hasText: 'No connection:' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/these are the figures as fetched on \d{1,2} \w+ \d{4} at \d\d:\d\d, kept on this device/);
    }
    expect(await page.locator('.indicator-headline .status-badge').first().textContent()).toMatch(/Achieved|On track|At risk|Off track|Missed|Awaiting figure|Not enough data/);

    await context.close();
  });
});

/** Resolves once the page's service worker controls it. */
async function underTheWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}

describe('the CouchDB deployment, served as docs/hosting/nginx-couchdb.conf serves it', () => {
  it('shows a page read before at once on the next visit, dated, and with no connection reads it from the kept copy, dated', async () => {
    const origin = couchOrigin();
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const violations: string[] = [];
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        ((window as unknown as { violations: string[] }).violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      // Whether the starter showed a kept copy before the app had run.
      document.addEventListener('DOMContentLoaded', () => ((window as unknown as { copyShown: boolean }).copyShown = document.getElementById('page-copy') !== null));
    });
    const page = await context.newPage();
    const overview = `${origin}/wyh?place=leeds`;
    const ambition = `${origin}/wyh/ambitions/5?place=leeds`;
    await page.goto(overview);
    await waitForCards(page);
    // The first visit: the first view's one request, sent by the starter, was what the page read.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/_view/first-view?')).length)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/couch\/ambitions\/wyh%3A/.test(r.name)).length)).toBe(0);
    await underTheWorker(page);
    violations.push(...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])));

    // The next visit shows the copy kept as the reader left, then the app's own page with fresh figures.
    await page.goto(ambition);
    await page.locator('.indicator-headline .status-badge').first().waitFor();
    await page.goto(overview);
    expect(await page.evaluate(() => (window as unknown as { copyShown: boolean }).copyShown)).toBe(true);
    await waitForCards(page);
    await page.locator('#page-copy').waitFor({ state: 'detached' });
    expect(await page.locator('#root').isVisible()).toBe(true);
    violations.push(...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])));

    // Kept once the worker has written the figures it passed on: wait for that, not for a time.
    await page.waitForFunction(async () => (await (await caches.open('figures')).keys()).some((request) => request.url.includes('/_view/first-view?')));
    await context.setOffline(true);
    for (const address of [overview, ambition]) {
      await page.goto(address);
      // The copy kept as the reader left it, dated, at once; then the app's page from the worker's copy, dated.
      expect(await page.evaluate(() => (window as unknown as { copyShown: boolean }).copyShown)).toBe(true);
      const notice = page.locator('#root').getByRole('status').filter({ hasText: 'No connection:' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/these are the figures as fetched on \d{1,2} \w+ \d{4} at \d\d:\d\d, kept on this device/);
      await page.locator('#root .status-badge').first().waitFor();
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
