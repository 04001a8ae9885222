import { useLayoutEffect, useRef, useState } from 'react';
import { formatNumber } from '../domain/words/format-value';
import type { ChartRow } from './build-indicator-chart';
import { CHART_THEMES, PLACE_COLOURS, TARGET_COLOUR } from './chart-style';
import { ChartBox } from './ChartBox';
import type { IndicatorChartProps } from './IndicatorChart';
import { Marker } from './MarkerShape';
import { axisLayout, spacedTicks, TICK_SIZE } from './plain-chart-layout';
import { linePoints, plotScales, polylinePoints } from './plot-scales';
import './charts.css';

/**
 * The width drawn where the page cannot be measured (drawn at build time): a phone's (412 px
 * wide) box, the screen with least room. Narrower phones scale it down a little; wider screens
 * show it at its own size, at the left of the box, until the app has measured the box.
 */
const UNMEASURED_WIDTH = 354;

/**
 * The detail chart in plain SVG, from the same model and in the same layout as the charting
 * library's: what the reader sees while that library (about 100 KB) is still on its way, and what
 * a page drawn at build time shows before any script has run. It draws only; hovering for the
 * figures comes with the library, and the figure's caption and the table say everything in words.
 */
export function PlainIndicatorChart({ model, unit, height = 340, theme = 'screen', bare = false, fixedWidth }: IndicatorChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<number>();
  // Before the browser paints: the first frame is drawn at the box's own width, as the library
  // does; and again whenever the box changes width (a window resized, a phone turned, zoom).
  useLayoutEffect(() => {
    const element = box.current;
    if (fixedWidth || !element) return;
    const measure = () => element.clientWidth && setMeasured(element.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixedWidth]);
  const width = fixedWidth ?? measured ?? UNMEASURED_WIDTH;
  const t = CHART_THEMES[theme];
  const layout = axisLayout({ width, height, theme, unit });
  const { plot } = layout;
  const scales = plotScales(model, plot);
  const { x, y } = scales;
  const xLabels = spacedTicks(
    model.xTicks.map((tick) => ({ at: x(tick), label: model.tickLabels.get(tick) ?? '' })),
    t.tickFont,
  );
  return (
    <ChartBox model={model} unit={unit} theme={theme} bare={bare} fixed={Boolean(fixedWidth)} plain boxRef={box}>
      <svg
        className="indicator-chart__plain"
        width={fixedWidth || measured ? width : '100%'}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio={fixedWidth || measured ? undefined : 'xMinYMid meet'}
        aria-hidden="true"
        focusable="false"
        fontSize={t.tickFont}
      >
        {model.yTicks.map((tick) => (
          <line key={tick} x1={plot.left} x2={plot.left + plot.width} y1={y(tick)} y2={y(tick)} stroke={t.grid} />
        ))}
        <g stroke={t.ink} strokeWidth={layout.axisStroke} fill={t.ink}>
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.top + plot.height} />
          <line x1={plot.left} x2={plot.left + plot.width} y1={plot.top + plot.height} y2={plot.top + plot.height} />
          {model.yTicks.map((tick) => (
            <g key={tick}>
              <line x1={plot.left - TICK_SIZE} x2={plot.left} y1={y(tick)} y2={y(tick)} />
              <text x={plot.left - TICK_SIZE - 3} y={y(tick)} textAnchor="end" dominantBaseline="central" stroke="none">
                {formatNumber(tick, Math.min(unit.decimals, 2))}
              </text>
            </g>
          ))}
          {xLabels.map((tick) => (
            <g key={tick.at}>
              <line x1={tick.at} x2={tick.at} y1={plot.top + plot.height} y2={plot.top + plot.height + TICK_SIZE} />
              <text x={tick.at} y={plot.top + plot.height + TICK_SIZE + layout.xTickMargin + 1} textAnchor="middle" dominantBaseline="hanging" stroke="none">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {model.band && <path d={bandPath(model.rows, model.band.key, scales)} fill={PLACE_COLOURS[0]} fillOpacity={0.16} />}
        {model.lines.map((line, i) => {
          const points = linePoints(model.rows, line.key, scales);
          return (
            <g key={line.key}>
              <polyline
                points={polylinePoints(points)}
                fill="none"
                stroke={line.colour}
                strokeWidth={line.kind === 'actual' && i === 0 ? t.actualLine : t.otherLine}
                strokeDasharray={line.dash}
              />
              {line.shape && points.map(([px, py]) => <Marker key={px} shape={line.shape!} colour={line.colour} r={t.marker} cx={px} cy={py} />)}
            </g>
          );
        })}
        {model.baseline && <Marker shape="square" colour={TARGET_COLOUR} filled={false} r={t.marker + 2} cx={x(model.baseline.t)} cy={y(model.baseline.value)} />}
        {model.annotations.map((a) => (
          <g key={a.t}>
            <line x1={x(a.t)} x2={x(a.t)} y1={plot.top} y2={plot.top + plot.height} stroke={t.ink} strokeDasharray="2 3" />
            <text x={x(a.t)} y={plot.top + 5} textAnchor="middle" dominantBaseline="hanging" fill={t.ink} fontWeight={700}>
              {a.label}
            </text>
          </g>
        ))}
        {model.targets.map((target) => (
          <Marker key={target.label} shape="star" colour={TARGET_COLOUR} r={t.marker + 2} cx={x(target.t)} cy={y(target.value)} />
        ))}
      </svg>
    </ChartBox>
  );
}

/** The interval as one closed shape: along the upper bounds, back along the lower. */
function bandPath(rows: readonly ChartRow[], key: string, { x, y }: ReturnType<typeof plotScales>): string {
  const upper: string[] = [];
  const lower: string[] = [];
  for (const row of rows) {
    const range = row[key];
    if (!Array.isArray(range)) continue;
    upper.push(`${x(row.t).toFixed(1)},${y(range[1]).toFixed(1)}`);
    lower.push(`${x(row.t).toFixed(1)},${y(range[0]).toFixed(1)}`);
  }
  return upper.length ? `M${upper.join('L')}L${lower.reverse().join('L')}Z` : '';
}
