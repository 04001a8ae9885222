import { cloneElement, type ReactElement } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatValue } from '../domain/words/format-value';
import type { Unit } from '../domain/types';
import type { IndicatorChartModel } from './build-indicator-chart';
import { CHART_THEMES, PLACE_COLOURS, TARGET_COLOUR, type ChartThemeName } from './chart-style';
import { ChartBox } from './ChartBox';
import { LetGoWhenLeft } from './LetGoWhenLeft';
import { Marker } from './MarkerShape';
import { axisFrame } from './plain-chart-layout';
import './charts.css';

/** What recharts passes to a dot renderer; rows where this line has no value come with value null. */
interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: number | null;
}

export interface IndicatorChartProps {
  model: IndicatorChartModel;
  unit: Unit;
  height?: number;
  /** "projector": thick lines, large text and markers, for the presenter. */
  theme?: ChartThemeName;
  /** Just the plot and its axes: the page around it shows the unit and the legend where it has room. */
  bare?: boolean;
  /**
   * Drawn once at this width and scaled to its box, never measured: for print, where the window's
   * width on screen must not decide the chart's size on paper.
   */
  fixedWidth?: number;
}

/** The detail chart. It only draws; the model says what. Default export for lazy loading. */
export default function IndicatorChart({ model, unit, height = 340, theme = 'screen', bare = false, fixedWidth }: IndicatorChartProps) {
  const t = CHART_THEMES[theme];
  const labelOf = (t: number) => model.tickLabels.get(t) ?? '';
  const names = new Map(model.lines.map((l) => [l.key, l.label]));
  const frame = axisFrame(theme, unit);
  return (
    <ChartBox model={model} unit={unit} theme={theme} bare={bare} fixed={Boolean(fixedWidth)}>
      <SizedChart width={fixedWidth} height={height}>
        <ComposedChart data={model.rows} margin={frame.margin}>
          <CartesianGrid stroke={t.grid} vertical={false} />
          <XAxis
            type="number"
            dataKey="t"
            domain={model.xDomain}
            ticks={model.xTicks}
            tickFormatter={labelOf}
            interval="preserveStartEnd"
            minTickGap={12}
            tick={{ fill: t.ink, fontSize: t.tickFont }}
            stroke={t.ink}
            strokeWidth={frame.axisStroke}
            height={frame.xAxisHeight}
            tickMargin={frame.xTickMargin}
          />
          <YAxis
            domain={model.yDomain}
            ticks={model.yTicks}
            tickFormatter={(v: number) => formatNumber(v, Math.min(unit.decimals, 2))}
            tick={{ fill: t.ink, fontSize: t.tickFont }}
            stroke={t.ink}
            strokeWidth={frame.axisStroke}
            width={frame.yAxisWidth}
          />
          <Tooltip
            labelFormatter={(t) => labelOf(Number(t))}
            formatter={(value, name) => {
              const shown = Array.isArray(value)
                ? `${formatNumber(Number(value[0]), unit.decimals)} to ${formatNumber(Number(value[1]), unit.decimals)}`
                : formatValue(Number(value), unit);
              return [shown, names.get(String(name)) ?? (name === 'band' ? model.band?.label : String(name))];
            }}
          />
          {model.band && <Area dataKey={model.band.key} name={model.band.key} stroke="none" fill={PLACE_COLOURS[0]} fillOpacity={0.16} connectNulls isAnimationActive={false} />}
          {model.lines.map((line, i) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.key}
              type="linear"
              stroke={line.colour}
              strokeWidth={line.kind === 'actual' && i === 0 ? t.actualLine : t.otherLine}
              strokeDasharray={line.dash}
              dot={
                line.shape
                  ? (props: DotProps) => (
                      <Marker
                        key={`${line.key}-${props.index}`}
                        shape={line.shape!}
                        colour={line.colour}
                        r={t.marker}
                        cx={props.value == null ? undefined : props.cx}
                        cy={props.cy}
                      />
                    )
                  : false
              }
              activeDot={line.kind === 'actual' ? { r: t.marker + 2 } : false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          {model.baseline && (
            <ReferenceDot
              x={model.baseline.t}
              y={model.baseline.value}
              r={7}
              shape={(p: { cx?: number; cy?: number }) => <Marker shape="square" colour={TARGET_COLOUR} filled={false} r={t.marker + 2} cx={p.cx} cy={p.cy} />}
            />
          )}
          {model.annotations.map((a) => (
            <ReferenceLine
              key={a.t}
              x={a.t}
              stroke={t.ink}
              strokeDasharray="2 3"
              label={{ value: a.label, position: 'insideTop', fill: t.ink, fontSize: t.tickFont, fontWeight: 700 }}
            />
          ))}
          {model.targets.map((target) => (
            <ReferenceDot
              key={target.label}
              x={target.t}
              y={target.value}
              r={8}
              shape={(p: { cx?: number; cy?: number }) => <Marker shape="star" colour={TARGET_COLOUR} r={t.marker + 2} cx={p.cx} cy={p.cy} />}
            />
          ))}
        </ComposedChart>
      </SizedChart>
    </ChartBox>
  );
}

/** The chart at a fixed size (its SVG scaled by CSS), or filling its container's width. */
function SizedChart({ width, height, children }: { width?: number; height: number; children: ReactElement<{ width?: number; height?: number }> }) {
  return (
    <LetGoWhenLeft>
      {width ? (
        cloneElement(children, { width, height })
      ) : (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          {children}
        </ResponsiveContainer>
      )}
    </LetGoWhenLeft>
  );
}
