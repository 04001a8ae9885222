import { Suspense, type ReactNode } from 'react';
import { gapGroupsChartCode, indicatorChartCode } from './chart-code';
import { DrawWhenNear } from './DrawWhenNear';
import { ExploreOnRequest } from './ExploreOnRequest';
import type { GapGroupsChartProps } from './GapGroupsChart';
import type { IndicatorChartProps } from './IndicatorChart';
import { PlainIndicatorChart } from './PlainIndicatorChart';

// recharts is about 100 KB gzipped: it loads only with a detail chart, behind this wrapper, so the
// overview (text, statuses and its plain-SVG sparklines) never waits for it.
const IndicatorChart = indicatorChartCode.Component;
const GapGroupsChart = gapGroupsChartCode.Component;

/** The chart's code may still be loading: meanwhile its place is held, by `meanwhile` or at its height. */
function Loading({ height, meanwhile, children }: { height: number; meanwhile?: ReactNode; children: ReactNode }) {
  return (
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
}

/**
 * `explore`: the detail page's chart, drawn in plain SVG (as it is in a page drawn at build time)
 * and by the library only once the reader shows an interest in it. Elsewhere (slides, the board
 * pack) the library draws it as soon as its code is here, the plain drawing holding its place until then.
 */
export function LazyIndicatorChart({ explore, ...props }: IndicatorChartProps & { explore?: boolean }) {
  const plain = <PlainIndicatorChart {...props} />;
  if (explore) return <ExploreOnRequest plain={plain} interactive={<IndicatorChart {...props} />} />;
  return (
    <Loading height={props.height ?? 340} meanwhile={plain}>
      <IndicatorChart {...props} />
    </Loading>
  );
}

/** `whenNear`: drawn once within a screen of the viewport (the detail page); the board pack draws at once. */
export function LazyGapGroupsChart({ whenNear, ...props }: GapGroupsChartProps & { whenNear?: boolean }) {
  const height = props.height ?? 260;
  const chart = (
    <Loading height={height}>
      <GapGroupsChart {...props} />
    </Loading>
  );
  // Its own height by a class where it is the usual one: a page drawn at build time may carry no style attributes.
  return whenNear ? (
    <DrawWhenNear height={height} sizedBy={props.height === undefined ? 'chart-placeholder--gap-groups' : undefined}>
      {chart}
    </DrawWhenNear>
  ) : (
    chart
  );
}
