import type { IndicatorChartModel } from './build-indicator-chart';
import { TARGET_COLOUR } from './chart-style';
import { Marker } from './MarkerShape';

const WIDTH = 280;
const HEIGHT = 72;
const PAD = { top: 10, right: 12, bottom: 8, left: 12 };

/**
 * The small trend on an overview card: figures, the straight path and the target. Decorative:
 * the card says the same in words. Plain SVG, not the charting library: the overview then needs
 * none of recharts, and its first view does not wait for it.
 */
export default function Sparkline({ model }: { model: IndicatorChartModel }) {
  const [x0, x1] = model.xDomain;
  const [y0, y1] = model.yDomain;
  const x = (t: number) => PAD.left + ((t - x0) / (x1 - x0 || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - y0) / (y1 - y0 || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const target = model.targets[0];
  return (
    <div className="sparkline" aria-hidden="true">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} preserveAspectRatio="xMidYMid meet" focusable="false">
        {model.lines
          .filter((l) => l.kind !== 'projection')
          .map((line) => {
            const points = model.rows.flatMap((r) => (typeof r[line.key] === 'number' ? [`${x(r.t).toFixed(1)},${y(r[line.key] as number).toFixed(1)}`] : []));
            return points.length > 1 ? (
              <polyline
                key={line.key}
                points={points.join(' ')}
                fill="none"
                stroke={line.colour}
                strokeWidth={line.kind === 'actual' ? 2.5 : 1.5}
                strokeDasharray={line.dash}
                strokeLinejoin="round"
              />
            ) : null;
          })}
        {target && <Marker shape="star" colour={TARGET_COLOUR} r={5} cx={x(target.t)} cy={y(target.value)} />}
      </svg>
    </div>
  );
}
