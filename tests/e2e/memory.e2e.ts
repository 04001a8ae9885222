import type { Page } from 'playwright-core';
import { browserForThisFile, openPage } from './browser';
// @ts-expect-error a plain ES module of the build scripts, without types
import { detachedTrees, placeIds, placeTourStep, settledCounters } from '../../scripts/lib/navigation-memory.mjs';

const browser = browserForThisFile();

// Issues 13 and 30 (scale): going back and forth between the overview and the ambitions, place by
// place, keeps no page that was left. Judged on what does not wobble with the machine's load:
// the detached DOM trees Chromium holds, live DOM nodes and the heap after garbage collection.
// (npm run bench tours 400 navigations; this 105 after 21 to warm up, half the pairings.)

async function counters(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { cdp, settled: () => settledCounters(cdp) as Promise<{ heapMb: number; nodes: number; listeners: number }> };
}

describe('memory over many navigations in Chromium', () => {
  it('keeps no page it has left: no detached page, the same live DOM nodes and the heap within 5 MB after touring places × ambitions', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh');
    await page.locator('.ambition-card .status-badge').first().waitFor();
    const { cdp, settled } = await counters(page);
    const places: string[] = await placeIds(page);
    for (let i = 0; i < 7; i += 1) await placeTourStep(page, i, places);
    const early = await settled();
    for (let i = 7; i < 42; i += 1) await placeTourStep(page, i, places);
    const late = await settled();
    const detached: { count: number; nodes: number; byRoot: Record<string, number> } = await detachedTrees(cdp);
    console.log(
      `Memory over 105 navigations: heap ${early.heapMb.toFixed(1)} → ${late.heapMb.toFixed(1)} MB, nodes ${early.nodes} → ${late.nodes}, listeners ${early.listeners} → ${late.listeners}; detached ${JSON.stringify(detached)}`,
    );
    // The one thing allowed: the charting library's last z-index layer, emptied (LetGoWhenLeft).
    expect(Object.keys(detached.byRoot).filter((root) => !root.startsWith('g.recharts-zIndex-layer'))).toEqual([]);
    expect(detached.nodes).toBe(detached.count);
    expect(late.nodes).toBeLessThanOrEqual(early.nodes + 50);
    expect(late.listeners).toBeLessThanOrEqual(early.listeners + 200);
    expect(late.heapMb - early.heapMb).toBeLessThan(5);
    expect(errors).toEqual([]);
    await close();
  }, 180_000);
});
