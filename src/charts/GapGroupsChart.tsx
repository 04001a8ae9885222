import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatValue, unitName } from '../domain/words/format-value';
import type { GapRow } from '../domain/status/gap-series';
import type { Unit } from '../domain/types';
import { niceAxis } from './build-indicator-chart';
import { CHART_THEMES, PLACE_COLOURS } from './chart-style';
import { LetGoWhenLeft } from './LetGoWhenLeft';
import { Marker } from './MarkerShape';

export interface GapGroupsChartProps {
  rows: readonly GapRow[];
  groups: readonly [string, string];
  unit: Unit;
  height?: number;
}

/**
 * The two groups behind a gap indicator, one line each: different colours from the Okabe–Ito set,
 * different markers and a solid against a dashed line, so they are told apart without colour.
 * Default export for lazy loading (recharts).
 */
export default function GapGroupsChart({ rows, groups, unit, height = 260 }: GapGroupsChartProps) {
  const t = CHART_THEMES.screen;
  const axis = niceAxis(rows.flatMap((r) => [r.first, r.second]));
  const labels = new Map(rows.map((r) => [r.mid, r.label]));
  const data = rows.map((r) => ({ t: r.mid, first: r.first, second: r.second }));
  const names: Record<string, string> = { first: groups[0], second: groups[1] };
  return (
    <div className="indicator-chart">
      <p className="indicator-chart__unit" aria-hidden="true">
        {unitName(unit)}
      </p>
      <LetGoWhenLeft>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={t.grid} vertical={false} />
            <XAxis
              type="number"
              dataKey="t"
              domain={['dataMin', 'dataMax']}
              ticks={rows.map((r) => r.mid)}
              tickFormatter={(v: number) => labels.get(v) ?? ''}
              tick={{ fill: t.ink, fontSize: t.tickFont }}
              stroke={t.ink}
            />
            <YAxis
              domain={axis.yDomain}
              ticks={axis.yTicks}
              tickFormatter={(v: number) => formatNumber(v, Math.min(unit.decimals, 1))}
              tick={{ fill: t.ink, fontSize: t.tickFont }}
              stroke={t.ink}
              width={64}
            />
            <Tooltip labelFormatter={(v) => labels.get(Number(v)) ?? ''} formatter={(value, name) => [formatValue(Number(value), unit), names[String(name)] ?? String(name)]} />
            <Legend formatter={(name: string) => names[name] ?? name} />
            {(['first', 'second'] as const).map((key, i) => (
              <Line
                key={key}
                dataKey={key}
                name={key}
                stroke={PLACE_COLOURS[i === 0 ? 0 : 1]}
                strokeWidth={t.actualLine}
                strokeDasharray={i === 0 ? undefined : '8 5'}
                isAnimationActive={false}
                dot={(props: { cx?: number; cy?: number; index?: number }) => (
                  <Marker key={`${key}-${props.index}`} shape={i === 0 ? 'circle' : 'square'} colour={PLACE_COLOURS[i === 0 ? 0 : 1]!} r={t.marker} cx={props.cx} cy={props.cy} />
                )}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </LetGoWhenLeft>
    </div>
  );
}
