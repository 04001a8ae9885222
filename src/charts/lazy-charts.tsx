import { Suspense } from 'react';
import { preloadable } from '../lib/preloadable';
import { DrawWhenNear } from './DrawWhenNear';
import type { IndicatorChartModel } from './build-indicator-chart';
import type { GapGroupsChartProps } from './GapGroupsChart';
import type { IndicatorChartProps } from './IndicatorChart';
import Sparkline from './Sparkline';

// recharts is about 100 KB gzipped: it loads only with a detail chart, behind this wrapper, so the
// overview (text, statuses and its plain-SVG sparklines) never waits for it.
const { Component: IndicatorChart, preload: preloadIndicatorChart } = preloadable(() => import('./IndicatorChart'));
const { Component: GapGroupsChart, preload: preloadGapGroupsChart } = preloadable(() => import('./GapGroupsChart'));

/** Starts loading the chart code, for a page that will draw charts as soon as its figures arrive. */
export function preloadCharts(): void {
  void Promise.all([preloadIndicatorChart(), preloadGapGroupsChart()]).catch(() => {
    // The chart's own render tries again, and its error boundary says so if that fails too.
  });
}

/** `whenNear`: drawn once within a screen of the viewport (the detail page); slides and the board pack draw at once. */
export function LazyIndicatorChart({ whenNear, ...props }: IndicatorChartProps & { whenNear?: boolean }) {
  const chart = (
    <Suspense
      fallback={
        <div className="chart-placeholder" style={{ height: props.height ?? 340 }} role="status">
          Drawing the chart…
        </div>
      }
    >
      <IndicatorChart {...props} />
    </Suspense>
  );
  return whenNear ? <DrawWhenNear height={props.height ?? 340}>{chart}</DrawWhenNear> : chart;
}

/** Kept as the overview's entry point; the sparkline is small enough to draw at once. */
export function LazySparkline({ model }: { model: IndicatorChartModel }) {
  return <Sparkline model={model} />;
}

export function LazyGapGroupsChart({ whenNear, ...props }: GapGroupsChartProps & { whenNear?: boolean }) {
  const chart = (
    <Suspense
      fallback={
        <div className="chart-placeholder" style={{ height: props.height ?? 260 }} role="status">
          Drawing the chart…
        </div>
      }
    >
      <GapGroupsChart {...props} />
    </Suspense>
  );
  return whenNear ? <DrawWhenNear height={props.height ?? 260}>{chart}</DrawWhenNear> : chart;
}
