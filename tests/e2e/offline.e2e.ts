import type { TestNginx } from '../helpers/nginx';
import { serveStaticBuildOnNginx } from './static-build-on-nginx';
import { browserForThisFile, waitForCards } from './browser';

// Issue 33: a board member reads on a train. The static build (figures as files, served by nginx
// as docs/deploy.md says) keeps the app's files and every page and figure read in its service
// worker; with no connection the overview and an ambition opened before still read, each saying
// when its figures were fetched.

const browser = browserForThisFile();
let nginx: TestNginx | undefined;
let origin = '';

beforeAll(async () => {
  ({ origin, nginx } = await serveStaticBuildOnNginx());
});

afterAll(async () => {
  await nginx?.stop();
});

describe('reading with no connection', () => {
  it('reads the overview and an ambition opened before, with no connection, each with its figures’ date', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${origin}/wyh?place=leeds`);
    await waitForCards(page);
    // The worker takes charge of the page once it is installed; the page is read again under it, so its figures are kept.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      return registration.active?.state;
    });
    await page.reload();
    await waitForCards(page);
    await page.goto(`${origin}/wyh/ambitions/5/?place=leeds`);
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
      await page.goto(`${origin}${address}`);
      await page.locator('.status-badge').first().waitFor();
      const notice = page.getByRole('status').filter({ hasText: 'No connection:' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/these are the figures as fetched on \d{1,2} \w+ \d{4} at \d\d:\d\d, kept on this device/);
    }
    expect(await page.locator('.indicator-headline .status-badge').first().textContent()).toMatch(/Achieved|On track|At risk|Off track|Missed|Awaiting figure|Not enough data/);

    await context.close();
  });
});
