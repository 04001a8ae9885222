import { Suspense, type ReactNode } from 'react';
import { gapGroupsChartCode, indicatorChartCode } from './chart-code';
import { DrawWhenNear } from './DrawWhenNear';
import type { GapGroupsChartProps } from './GapGroupsChart';
import type { IndicatorChartProps } from './IndicatorChart';
import { PlainIndicatorChart } from './PlainIndicatorChart';

// recharts is about 100 KB gzipped: it loads only with a detail chart, behind this wrapper, so the
// overview (text, statuses and its plain-SVG sparklines) never waits for it.
const IndicatorChart = indicatorChartCode.Component;
const GapGroupsChart = gapGroupsChartCode.Component;

/** The chart's code may still be loading: meanwhile its place is held, by `meanwhile` or at its height. */
function Loading({ height, whenNear, meanwhile, children }: { height: number; whenNear?: boolean; meanwhile?: ReactNode; children: ReactNode }) {
  const chart = (
    <Suspense
      fallback={
        meanwhile ?? (
          <div className="chart-placeholder" style={{ height }} role="status">
            Drawing the chart…
          </div>
        )
      }
    >
      {children}
    </Suspense>
  );
  return whenNear ? <DrawWhenNear height={height}>{chart}</DrawWhenNear> : chart;
}

/**
 * `whenNear`: drawn once within a screen of the viewport (the detail page); slides and the board
 * pack draw at once. Until the library's code is here the same chart is drawn in plain SVG, so the
 * figures show as soon as they arrive.
 */
export function LazyIndicatorChart({ whenNear, ...props }: IndicatorChartProps & { whenNear?: boolean }) {
  return (
    <Loading height={props.height ?? 340} whenNear={whenNear} meanwhile={<PlainIndicatorChart {...props} />}>
      <IndicatorChart {...props} />
    </Loading>
  );
}

export function LazyGapGroupsChart({ whenNear, ...props }: GapGroupsChartProps & { whenNear?: boolean }) {
  return (
    <Loading height={props.height ?? 260} whenNear={whenNear}>
      <GapGroupsChart {...props} />
    </Loading>
  );
}
