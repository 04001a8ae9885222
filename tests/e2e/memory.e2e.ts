import type { Page } from 'playwright-core';
import { browserForThisFile, openPage } from './browser';
// @ts-expect-error a plain ES module of the build scripts, without types
import { roundTrip, settledCounters } from '../../scripts/lib/navigation-memory.mjs';

const browser = browserForThisFile();

// Issue 13 (scale): going back and forth between the overview and the ambitions keeps no old page
// alive. Judged on what does not wobble with the machine's load: live DOM nodes and the heap after
// garbage collection. (npm run bench does 400 navigations; this does 100.)

async function afterGarbageCollection(page: Page): Promise<{ heapMb: number; nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const counters = await settledCounters(cdp);
  await cdp.detach();
  return counters;
}

describe('memory over many navigations in Chromium', () => {
  it('keeps no old page alive: the same live DOM nodes, and the heap within 5 MB, after 100 navigations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh');
    await page.locator('.ambition-card .status-badge').first().waitFor();
    for (let i = 0; i < 10; i += 1) await roundTrip(page, i);
    const early = await afterGarbageCollection(page);
    for (let i = 0; i < 40; i += 1) await roundTrip(page, i);
    const late = await afterGarbageCollection(page);
    console.log(
      `Memory over 100 navigations: heap ${early.heapMb.toFixed(1)} → ${late.heapMb.toFixed(1)} MB, nodes ${early.nodes} → ${late.nodes}, listeners ${early.listeners} → ${late.listeners}`,
    );
    expect(late.nodes).toBeLessThanOrEqual(early.nodes + 50);
    expect(late.listeners).toBeLessThanOrEqual(early.listeners + 50);
    expect(late.heapMb - early.heapMb).toBeLessThan(5);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
