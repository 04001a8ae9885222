import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { axeViolations, browserForThisFile, layoutSettled, openPage, screenshot } from './browser';

const browser = browserForThisFile();

/** The smallest text on the slide, in CSS px, counting SVG text in the chart too. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    const sizes: number[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.presenter *'))) {
      if (el.closest('.visually-hidden')) continue;
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (ownText && el.getClientRects().length > 0) sizes.push(parseFloat(getComputedStyle(el).fontSize));
    }
    return Math.min(...sizes);
  });

const thinnestLine = (page: Page) =>
  page.evaluate(() =>
    Math.min(...Array.from(document.querySelectorAll('.recharts-line-curve, .recharts-cartesian-axis-line')).map((l) => parseFloat(getComputedStyle(l).strokeWidth))),
  );

/** The chart's plot area (inside the axes) as a share of the slide's height. */
const plotShare = (page: Page) =>
  page.evaluate(() => {
    const plot = document.querySelector('.presenter .recharts-cartesian-grid')!.getBoundingClientRect();
    const slide = document.querySelector('.presenter .slide')!.getBoundingClientRect();
    return plot.height / slide.height;
  });

/** How many pairs of axis labels overlap on the slide's chart. */
const axisLabelCollisions = (page: Page) =>
  page.evaluate(() => {
    let collisions = 0;
    for (const axis of Array.from(document.querySelectorAll('.presenter .recharts-cartesian-axis'))) {
      const boxes = Array.from(axis.querySelectorAll('.recharts-cartesian-axis-tick-value')).map((t) => t.getBoundingClientRect());
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) collisions += 1;
        }),
      );
    }
    return collisions;
  });

/** Whether the presenter's controls are out of the projected picture. */
const controlsOffSlide = (page: Page) =>
  page.evaluate(() => {
    const controls = document.querySelector('.presenter__controls')!;
    return getComputedStyle(controls).opacity === '0' && controls.getBoundingClientRect().top >= window.innerHeight - 1;
  });

/** True when the slide fits its area: nothing to scroll to, nothing cut off. */
const slideFits = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('.presenter__slide')!;
    return slide.scrollHeight <= slide.clientHeight + 1 && document.documentElement.scrollWidth <= window.innerWidth;
  });

describe('the presenter in Chromium', () => {
  it('steps through a deck by keyboard at 1920×1080, readable from the back of the room; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/present/summary?place=leeds&deck=5,1,3');
    await page.getByRole('heading', { name: 'WY&H: 3 of our 10 big ambitions' }).waitFor();
    await page.locator('.summary-table .status-badge').nth(2).waitFor();
    // The summary lists the deck's ambitions only, and the controls stay off the projected slide until the pointer moves.
    expect(await page.locator('.summary-table tbody tr').count()).toBe(3);
    expect(await controlsOffSlide(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'presenter-summary-1920');

    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Ambition 5 Suicide' }).waitFor();
    await page.locator('.presenter svg.recharts-surface').waitFor();
    expect(page.url()).toContain('/wyh/present/5?place=leeds&deck=5,1,3');
    expect(await smallestText(page)).toBeGreaterThanOrEqual(24);
    expect(await thinnestLine(page)).toBeGreaterThanOrEqual(4);
    expect(await slideFits(page)).toBe(true);
    expect(await plotShare(page)).toBeGreaterThanOrEqual(0.5);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'presenter-ambition-1920');

    // The plot keeps at least half the slide's height at every projector size, and the words stay
    // at the base size or more (it scales with the screen, 18 px at the least).
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction(() => document.querySelector('.presenter .recharts-cartesian-grid') !== null);
      await layoutSettled(page, '.presenter, .presenter svg.recharts-surface');
      expect(await slideFits(page)).toBe(true);
      expect(await plotShare(page)).toBeGreaterThanOrEqual(0.5);
      expect(await axisLabelCollisions(page)).toBe(0);
      expect(await smallestText(page)).toBeGreaterThanOrEqual(18);
      await screenshot(page, `presenter-ambition-${width}`);
    }
    // Ambition 4 at 1024×768: its plot was 48 px high before the slide measured its room.
    await page.goto(page.url().replace('/present/5', '/present/4').replace('deck=5,1,3', 'deck=4'));
    await page.getByRole('heading', { name: /Ambition 4 / }).waitFor();
    await page.locator('.presenter .recharts-cartesian-grid').waitFor();
    await layoutSettled(page, '.presenter, .presenter svg.recharts-surface');
    expect(await plotShare(page)).toBeGreaterThanOrEqual(0.5);
    expect(await axisLabelCollisions(page)).toBe(0);
    expect(await slideFits(page)).toBe(true);
    await page.goBack();
    await page.getByRole('heading', { name: 'Ambition 5 Suicide' }).waitFor();
    await page.setViewportSize({ width: 1920, height: 1080 });

    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);

    await page.keyboard.press('t');
    await page.getByRole('table', { name: /Suicide rate in Leeds/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('PageDown');
    await page.getByRole('heading', { name: /Ambition 1 / }).waitFor();
    await page.keyboard.press('b');
    await page.locator('.presenter__blank').waitFor();
    await page.keyboard.press('b');
    await page.keyboard.press('End');
    await page.getByRole('heading', { name: /Ambition 3 / }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Present at a meeting' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

// A4 landscape less the print margins (12 mm each side; 12 mm top, 14 mm bottom), in CSS pixels.
const PRINT_AREA = { width: Math.round((273 / 25.4) * 96), height: Math.round((184 / 25.4) * 96) };

/**
 * The print layout's boxes, measured: in every container, no two block-level children overlap,
 * nothing runs past its page's right edge, each ambition's page fits one sheet and fills at least
 * half of it. Returns what is wrong, in words.
 */
const printLayoutProblems = (page: Page, area: typeof PRINT_AREA) =>
  page.evaluate((area) => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`;
    const blocks = (el: Element) =>
      Array.from(el.children).filter((c) => {
        const style = getComputedStyle(c);
        const r = c.getBoundingClientRect();
        return !style.display.startsWith('inline') && style.display !== 'none' && style.position !== 'absolute' && r.width > 0 && r.height > 0 && !c.closest('.visually-hidden');
      });
    // The front matter's parts stay whole, so they fill sheets in turn: each sheet at least half full.
    let sheet = 0;
    const sheets: number[] = [];
    for (const part of Array.from(document.querySelectorAll('.board-page--front'))) {
      const style = getComputedStyle(part);
      const height = part.getBoundingClientRect().height + parseFloat(style.marginTop);
      if (sheet > 0 && sheet + height > area.height) {
        sheets.push(sheet);
        sheet = 0;
      }
      sheet += height;
    }
    sheets.push(sheet);
    sheets.forEach((filled, i) => {
      if (filled < area.height / 2) problems.push(`front matter sheet ${i + 1} is less than half full (${Math.round(filled)} px)`);
    });
    for (const section of Array.from(document.querySelectorAll('.board-page'))) {
      const edge = section.getBoundingClientRect();
      if (!section.classList.contains('board-page--front')) {
        if (edge.height > area.height + 1)
          problems.push(`${section.id || section.getAttribute('aria-labelledby')} is ${Math.round(edge.height)} px high, more than a sheet's ${area.height}`);
        if (edge.height < area.height / 2) problems.push(`${section.getAttribute('aria-labelledby')} fills less than half its sheet (${Math.round(edge.height)} px)`);
      }
      const walk = (el: Element) => {
        if (el instanceof SVGElement) return;
        const children = blocks(el);
        for (let i = 0; i < children.length; i++) {
          const a = children[i]!.getBoundingClientRect();
          if (a.right > edge.right + 1)
            problems.push(`${name(children[i]!)} runs ${Math.round(a.right - edge.right)} px past the page in ${section.getAttribute('aria-labelledby')}`);
          for (let j = i + 1; j < children.length; j++) {
            const b = children[j]!.getBoundingClientRect();
            const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
            if (overlap > 1) problems.push(`${name(children[i]!)} and ${name(children[j]!)} overlap in ${section.getAttribute('aria-labelledby')}`);
          }
        }
        children.forEach(walk);
      };
      walk(section);
    }
    return { problems, frontSheets: sheets.length };
  }, area);

describe('the board pack in Chromium', () => {
  it('prints the same fixed A4 landscape layout from a 1920- and a 1024-wide window: no overlapping boxes, a full sheet per ambition', async () => {
    for (const width of [1920, 1024]) {
      const { page, errors, close } = await openPage(browser(), '/wyh/board-pack?place=leeds&deck=5,1,3', { width, height: 1000 });
      await page.getByRole('heading', { name: /progress on our big ambitions/ }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('svg.recharts-surface').length === 3);
      if (width === 1920) expect(await axeViolations(page)).toEqual([]);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length;
      // A4 landscape: 842 × 595 points.
      expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+84[12](\.\d+)?\s+59[45](\.\d+)?\s*\]/);
      // The same layout measured as the printer lays it out: the charts were drawn at a fixed size
      // on screen, so nothing is redrawn for the paper's width.
      const drawnWidths = await page.locator('svg.recharts-surface').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('width')));
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize(PRINT_AREA);
      expect(await page.locator('svg.recharts-surface').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('width')))).toEqual(drawnWidths);
      const { problems, frontSheets } = await printLayoutProblems(page, PRINT_AREA);
      expect(problems).toEqual([]);
      // The front matter (every status, then the programmes and the sources) and a sheet per chosen ambition: no sheet more.
      expect([frontSheets, pages]).toEqual([2, 2 + 3]);
      if (width === 1920) {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await page.emulateMedia({ media: 'screen' });
      }
      expect(errors).toEqual([]);
      await close();
    }
  });
});

describe('the board pack on a phone', () => {
  it('reads at 390 px without the page scrolling sideways or words broken mid-word: tables scroll in their own boxes (issue 32, item 10)', async () => {
    const { page, close } = await openPage(browser(), '/wyh/board-pack?place=leeds', { width: 390, height: 844 });
    await page.getByRole('heading', { name: /progress on our big ambitions/ }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.pack-table .status-badge').length >= 10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // "Ambition and its headline indicator" broke into "Ambiti/on" when the column was squeezed to a letter's width.
    const firstColumn = await page.locator('.board-page--cover .pack-table th').first().boundingBox();
    expect(firstColumn!.width).toBeGreaterThanOrEqual(120);
    await close();
  });
});

describe('chart downloads in Chromium', () => {
  it('downloads a slide-sized 16:9 PNG: 1920 × 1080, one and a half times the SVG', async () => {
    const { page, close } = await openPage(browser(), '/wyh/ambitions/5?place=leeds');
    // From the plain drawing the detail page shows (the library's, drawn on request, has the same figures in the same places).
    await page.locator('svg.indicator-chart__plain').first().waitFor();
    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Chart (SVG)' }).first().click();
    const svg = await readFile(await (await svgDownload).path(), 'utf8');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);

    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Chart (PNG)' }).first().click();
    const download = await pngDownload;
    expect(download.suggestedFilename()).toBe('wyh-suicide-rate-leeds.png');
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([width, height]).toEqual([1280, 720]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    await close();
  });
});
