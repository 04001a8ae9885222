import { Suspense, type ReactNode } from 'react';
import { gapGroupsChartCode, indicatorChartCode } from './chart-code';
import { DrawWhenNear } from './DrawWhenNear';
import { useHydrating } from '../lib/hydrating';
import type { GapGroupsChartProps } from './GapGroupsChart';
import type { IndicatorChartProps } from './IndicatorChart';
import { PlainIndicatorChart } from './PlainIndicatorChart';

// recharts is about 100 KB gzipped: it loads only with a detail chart, behind this wrapper, so the
// overview (text, statuses and its plain-SVG sparklines) never waits for it.
const IndicatorChart = indicatorChartCode.Component;
const GapGroupsChart = gapGroupsChartCode.Component;

/**
 * The chart's code may still be loading: meanwhile its place is held, by `meanwhile` or at its
 * height. In a page drawn at build time (where the code cannot run: the library draws nothing
 * outside a browser) the place-holder is drawn, and kept while the browser takes the page over;
 * the library's drawing replaces it after.
 */
function Loading({
  height,
  sizedBy,
  whenNear,
  meanwhile,
  children,
}: {
  height: number;
  /** A class that gives the place-holder `height`: a page drawn at build time may carry no style attributes (its security policy forbids them). */
  sizedBy?: string;
  whenNear?: boolean;
  meanwhile?: ReactNode;
  children: ReactNode;
}) {
  const hydrating = useHydrating();
  const placeholder = meanwhile ?? (
    <div className={`chart-placeholder${sizedBy ? ` ${sizedBy}` : ''}`} style={sizedBy ? undefined : { height }} role="status">
      Drawing the chart…
    </div>
  );
  const chart = hydrating ? placeholder : <Suspense fallback={placeholder}>{children}</Suspense>;
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
    <Loading height={props.height ?? 260} sizedBy={props.height === undefined ? 'chart-placeholder--gap-groups' : undefined} whenNear={whenNear}>
      <GapGroupsChart {...props} />
    </Loading>
  );
}
