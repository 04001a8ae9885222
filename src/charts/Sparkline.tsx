import { Line, LineChart, ReferenceDot, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { IndicatorChartModel } from './build-indicator-chart';
import { TARGET_COLOUR } from './chart-style';
import { Marker } from './MarkerShape';

/**
 * The small trend on an overview card: figures, the straight path and the target. Decorative:
 * the card says the same in words. Default export for lazy loading.
 */
export default function Sparkline({ model }: { model: IndicatorChartModel }) {
  const target = model.targets[0];
  return (
    <div className="sparkline" aria-hidden="true">
      <ResponsiveContainer width="100%" height={72} initialDimension={{ width: 280, height: 72 }}>
        <LineChart data={model.rows} margin={{ top: 10, right: 12, bottom: 6, left: 12 }} accessibilityLayer={false}>
          <XAxis type="number" dataKey="t" domain={model.xDomain} hide />
          <YAxis domain={model.yDomain} hide />
          {model.lines
            .filter((l) => l.kind !== 'projection')
            .map((line) => (
              <Line
                key={line.key}
                dataKey={line.key}
                stroke={line.colour}
                strokeWidth={line.kind === 'actual' ? 2.5 : 1.5}
                strokeDasharray={line.dash}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          {target && <ReferenceDot x={target.t} y={target.value} r={6} shape={(p: { cx?: number; cy?: number }) => <Marker shape="star" colour={TARGET_COLOUR} r={5} cx={p.cx} cy={p.cy} />} />}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
