import { preloadable } from '../lib/preloadable';

// The chart components' code (recharts, about 100 KB gzip), loaded on demand. Kept apart from
// lazy-charts.tsx so the first view, which may only start the loading, carries nothing else.

export const indicatorChartCode = preloadable(() => import('./IndicatorChart'));
export const gapGroupsChartCode = preloadable(() => import('./GapGroupsChart'));

/** Starts loading the chart code, for a page that will draw charts as soon as its figures arrive. */
export function preloadCharts(): void {
  void Promise.all([indicatorChartCode.preload(), gapGroupsChartCode.preload()]).catch(() => {
    // The chart's own render tries again, and its error boundary says so if that fails too.
  });
}
