import { lazy, Suspense } from 'react';
import type { IndicatorChartModel } from './build-indicator-chart';
import type { IndicatorChartProps } from './IndicatorChart';

// recharts is about 100 KB gzipped: it loads after the first view, behind these wrappers, so the
// overview's text (statuses, figures, explanations) appears without waiting for it.
const IndicatorChart = lazy(() => import('./IndicatorChart'));
const Sparkline = lazy(() => import('./Sparkline'));

export function LazyIndicatorChart(props: IndicatorChartProps) {
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: props.height ?? 340 }} role="status">Drawing the chart…</div>}>
      <IndicatorChart {...props} />
    </Suspense>
  );
}

export function LazySparkline({ model }: { model: IndicatorChartModel }) {
  return (
    <Suspense fallback={<div className="sparkline sparkline--placeholder" aria-hidden="true" />}>
      <Sparkline model={model} />
    </Suspense>
  );
}
