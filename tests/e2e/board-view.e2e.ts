import { axeViolations, drawAllCharts, exploreChart, openPage, screenshot, browserForThisFile, waitForCards } from './browser';

const browser = browserForThisFile();

describe('board view in Chromium, on the built app with the mock API', () => {
  it('shows ten ambitions, each with a status in words', async () => {
    const { page, errors, close } = await openPage(browser(), '/');
    // The home page lists the partnerships; WY&H opens at its own address.
    await page.getByRole('link', { name: 'West Yorkshire and Harrogate Health and Care Partnership' }).click();
    await waitForCards(page);
    expect(page.url()).toMatch(/\/wyh$/);
    const cards = page.locator('.ambition-card');
    expect(await cards.count()).toBe(10);
    const statuses = await page.locator('.ambition-card .headline-status__now .status-badge').allTextContents();
    expect(statuses).toHaveLength(10);
    for (const s of statuses) expect(s).toMatch(/^(Achieved|On track|At risk|Off track|Missed|Awaiting figure|Not enough data)$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('changes the statuses when a place is chosen, and keeps the choice in the URL', async () => {
    const { page, close } = await openPage(browser(), '/wyh');
    await waitForCards(page);
    const before = await page.locator('.ambition-card .status-badge').allTextContents();
    await page.getByLabel('Show figures for').selectOption('leeds');
    await page.getByText('Progress in Leeds').waitFor();
    await waitForCards(page);
    const after = await page.locator('.ambition-card .status-badge').allTextContents();
    expect(after).not.toEqual(before);
    expect(page.url()).toMatch(/\?place=leeds$/);
    await page.goBack();
    await page.getByText('Progress in West Yorkshire and Harrogate').waitFor();
    await close();
  });

  it('opens an ambition with its chart, then its table', async () => {
    // Bradford District and Craven: its (illustrative) figures include the plan's baselines, so every line is drawn.
    const { page, errors, close } = await openPage(browser(), '/wyh?place=bradford');
    await waitForCards(page);
    await page.getByRole('link', { name: 'Ambition 5: Suicide' }).click();
    await page.getByRole('heading', { level: 1, name: /Suicide/ }).waitFor();
    expect(page.url()).toMatch(/\/wyh\/ambitions\/5\?place=bradford$/);
    // Drawn in plain SVG, then by the charting library once the reader points at it.
    await page.locator('.indicator-chart--plain').first().waitFor();
    await exploreChart(page);
    const chart = page.locator('.indicator-chart .recharts-wrapper svg').first();
    expect(await page.locator('.indicator-chart .recharts-line').count()).toBe(4);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    // The view is among the options, closed until asked for: reading comes first.
    await page.getByText('Compare places, table, chart layers, link').click();
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: /Suicide rate/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(8);
    expect(page.url()).toMatch(/view=table/);
    expect(errors).toEqual([]);
    await close();
  });

  it('works by keyboard alone: choose a place, open an ambition, switch to the table', async () => {
    const { page, close } = await openPage(browser(), '/wyh');
    await waitForCards(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    const select = page.getByLabel('Show figures for');
    await select.focus();
    // Choose, then go: the arrow key moves the choice, Enter shows it.
    await page.keyboard.press('ArrowDown');
    expect(page.url()).not.toMatch(/place=/);
    await page.keyboard.press('Enter');
    await page.getByText('Progress in Bradford District and Craven').waitFor();
    await page.getByRole('link', { name: 'Ambition 3: Children in the lowest-income households' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Children in the lowest-income households/ }).waitFor();
    // Focus moves to the new page's heading, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.locator('summary', { hasText: 'Compare places, table, chart layers, link' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Table' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('table').first().waitFor();
    await close();
  });

  it('shows a detail page’s title, chart and status without scrolling at 1920×1080 and 1280×720 (issue 32, item 8)', async () => {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      const { page, close } = await openPage(browser(), '/wyh/ambitions/1?place=leeds', viewport);
      await page.locator('.indicator-chart').first().waitFor();
      const box = await page.evaluate(() => {
        const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return {
          title: rect('h1').bottom,
          status: rect('.indicator-headline .status-badge').bottom,
          chartTop: rect('.indicator-chart svg').top,
          chartBottom: rect('.indicator-chart svg').bottom,
          chartHeight: rect('.indicator-chart svg').height,
        };
      });
      expect(box.title).toBeLessThanOrEqual(viewport.height);
      expect(box.status).toBeLessThanOrEqual(viewport.height);
      expect(box.chartBottom).toBeLessThanOrEqual(viewport.height);
      // Not a ribbon: the chart is the largest thing on the first screen.
      expect(box.chartHeight).toBeGreaterThanOrEqual(280);
      await close();
    }
  });

  it('uses at most four text sizes on an overview card (issue 32, goals)', async () => {
    const { page, close } = await openPage(browser(), '/wyh?place=leeds', { width: 1920, height: 1080 });
    await waitForCards(page);
    const sizesPerCard = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.ambition-card')).map((card) => {
        const sizes = new Set<string>();
        for (const el of Array.from(card.querySelectorAll<HTMLElement>('*'))) {
          if (el.closest('.visually-hidden')) continue;
          const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (ownText && el.getClientRects().length > 0) sizes.add(getComputedStyle(el).fontSize);
        }
        return [...sizes];
      }),
    );
    expect(sizesPerCard).toHaveLength(10);
    for (const sizes of sizesPerCard) expect(sizes.length, sizes.join(', ')).toBeLessThanOrEqual(4);
    await close();
  });

  it('fits the grid of places and ambitions in its box at 1920×1080 and 1280×720: no place cut off (issue 32, item 6)', async () => {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      const { page, close } = await openPage(browser(), '/wyh/grid', viewport);
      await page.getByRole('table', { name: /Status of each ambition/ }).waitFor();
      await page.waitForFunction(() => !document.querySelector('.status-grid')?.textContent?.includes('Loading'));
      const { scroll, box } = await page.evaluate(() => {
        const region = document.querySelector('.status-grid__scroll')!;
        return { scroll: region.scrollWidth, box: region.clientWidth };
      });
      expect(scroll).toBeLessThanOrEqual(box);
      await close();
    }
  });

  it('has no axe violations on the overview, the chart view and the table view', async () => {
    const { page, close } = await openPage(browser(), '/wyh');
    await waitForCards(page);
    await page.locator('.sparkline svg').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(page.url().replace(/\/wyh.*$/, '/wyh/ambitions/1?compare=leeds'));
    // One chart drawn by the library, the other still plain: both kinds checked.
    await exploreChart(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The place × ambition grid, sorted by a place.
    await page.goto(page.url().replace(/\/wyh.*$/, '/wyh/grid?sort=leeds'));
    await page.getByRole('table', { name: /sorted by Leeds/ }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.status-grid')?.textContent?.includes('Loading'));
    expect(await axeViolations(page)).toEqual([]);
    // What the words mean, arrived at from a term's link.
    await page.goto(page.url().replace(/\/wyh.*$/, '/wyh/glossary#term-star-pu'));
    await page.getByRole('heading', { level: 1, name: 'What the words mean' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('takes screenshots at 1920×1080 and 390×844 for a person to look at', async () => {
    for (const [name, viewport] of [
      ['desktop', { width: 1920, height: 1080 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const { page, close } = await openPage(browser(), '/wyh?place=leeds', viewport);
      await waitForCards(page);
      await page.locator('.sparkline svg').first().waitFor();
      await screenshot(page, `overview-${name}`);
      // A phone must not scroll sideways (WCAG 1.4.10 reflow).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.goto(page.url().replace(/\/wyh.*$/, '/wyh/ambitions/5?place=leeds&compare=calderdale'));
      await page.locator('.indicator-chart, .chart-placeholder--deferred').first().waitFor();
      await drawAllCharts(page);
      await exploreChart(page);
      await screenshot(page, `ambition-${name}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // The status first, then the chart: on a phone the first status is on the first screen and the chart starts on the second.
      await page.goto(page.url().replace(/\/wyh.*$/, '/wyh/ambitions/1?place=leeds'));
      await page.locator('.indicator-chart').first().waitFor();
      const [statusBottom, chartTop] = await page.evaluate(() => [
        document.querySelector('.indicator-headline .status-badge')!.getBoundingClientRect().bottom + window.scrollY,
        document.querySelector('.indicator-figure')!.getBoundingClientRect().top + window.scrollY,
      ]);
      expect(statusBottom).toBeLessThanOrEqual(viewport.height);
      expect(chartTop).toBeLessThan(2 * viewport.height);
      await screenshot(page, `ambition-1-${name}`);
      await page.goto(page.url().replace(/\/wyh.*$/, '/wyh/grid'));
      await page.getByRole('table', { name: /Status of each ambition/ }).waitFor();
      await page.waitForFunction(() => !document.querySelector('.status-grid')?.textContent?.includes('Loading'));
      await screenshot(page, `grid-${name}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await close();
    }
  });
});
