import type { ReactNode, Ref } from 'react';
import { unitName } from '../domain/words/format-value';
import type { Unit } from '../domain/types';
import type { IndicatorChartModel } from './build-indicator-chart';
import type { ChartThemeName } from './chart-style';
import { ChartLegend } from './ChartLegend';

/**
 * What surrounds the detail chart's plot, the same for the charting library's drawing and the
 * plain-SVG one (so one replaces the other in place): the unit above, the legend below, unless
 * `bare`; `fixed` when it is drawn at one width and scaled to its box.
 */
export function ChartBox({
  model,
  unit,
  theme,
  bare,
  fixed,
  plain = false,
  boxRef,
  children,
}: {
  model: IndicatorChartModel;
  unit: Unit;
  theme: ChartThemeName;
  bare: boolean;
  fixed: boolean;
  plain?: boolean;
  boxRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    <div className={`indicator-chart indicator-chart--${theme}${plain ? ' indicator-chart--plain' : ''}${fixed ? ' indicator-chart--fixed' : ''}`} ref={boxRef}>
      {!bare && (
        <p className="indicator-chart__unit" aria-hidden="true">
          {unitName(unit)}
        </p>
      )}
      {children}
      {!bare && <ChartLegend model={model} large={theme === 'projector'} />}
    </div>
  );
}
