import { Suspense } from 'react';
import { gapGroupsChartCode, indicatorChartCode } from './chart-code';
import { DrawWhenNear } from './DrawWhenNear';
import type { GapGroupsChartProps } from './GapGroupsChart';
import type { IndicatorChartProps } from './IndicatorChart';

// recharts is about 100 KB gzipped: it loads only with a detail chart, behind this wrapper, so the
// overview (text, statuses and its plain-SVG sparklines) never waits for it.
const IndicatorChart = indicatorChartCode.Component;
const GapGroupsChart = gapGroupsChartCode.Component;

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
