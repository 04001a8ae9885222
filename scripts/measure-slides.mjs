// Measures the presenter's slides in Chromium: the chart's plot area against the slide's height,
// the smallest text, anything that runs off the slide, and axis labels that overlap. Usage: node scripts/measure-slides.mjs BASE_URL
import { CHROMIUM_ARGS } from './lib/chromium-args.mjs';
/* global document, getComputedStyle -- these run inside the page, in page.evaluate */
import { chromium } from 'playwright-core';
const base = process.argv[2] ?? 'http://localhost:5199';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    await page.goto(`${base}/wyh/present/${n}?place=leeds`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.recharts-cartesian-grid', { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(200);
    const m = await page.evaluate(() => {
      const slide = document.querySelector('.slide').getBoundingClientRect();
      const grid = document.querySelector('.recharts-cartesian-grid')?.getBoundingClientRect();
      const scroller = document.querySelector('.presenter__slide');
      let smallest = 999;
      let offRight = 0;
      for (const el of document.querySelectorAll('.slide *')) {
        if (el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.right > slide.right + 1) offRight++;
        if ([...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim())) smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
      }
      let collisions = 0;
      for (const axis of document.querySelectorAll('.presenter .recharts-cartesian-axis')) {
        const boxes = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.getBoundingClientRect());
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5) collisions += 1;
          }),
        );
      }
      return {
        slide: Math.round(slide.height),
        chartShare: document.querySelector('.slide__chart, .slide .chart-box')?.getBoundingClientRect().width / slide.width,
        plot: grid ? Math.round(grid.height) : 0,
        overflowY: scroller.scrollHeight - scroller.clientHeight,
        offRight,
        smallest,
        collisions,
      };
    });
    console.log(
      `${w}x${h} #${n}: plot ${m.plot}/${m.slide} = ${((m.plot / m.slide) * 100).toFixed(0)}%, chart ${((m.chartShare ?? 0) * 100).toFixed(0)}% of the width, overflowY ${m.overflowY}, offRight ${m.offRight}, smallest ${m.smallest}px, axis labels overlapping ${m.collisions}`,
    );
  }
  await page.close();
}
await browser.close();
