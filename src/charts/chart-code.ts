import { preloadable } from '../lib/preloadable';

// The chart components' code (recharts, about 100 KB gzip), loaded on demand (lazy-charts.tsx):
// each a component that suspends until its code is here, then draws at once.

export const indicatorChartCode = preloadable(() => import('./IndicatorChart'));
export const gapGroupsChartCode = preloadable(() => import('./GapGroupsChart'));
