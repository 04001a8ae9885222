import type { IndicatorChartModel } from './build-indicator-chart';
import { TARGET_COLOUR } from './chart-style';
import { Marker } from './MarkerShape';
import { linePoints, plotScales, polylinePoints } from './plot-scales';

const WIDTH = 280;
const HEIGHT = 72;
const PAD = { top: 10, right: 12, bottom: 8, left: 12 };

/**
 * The small trend on an overview card: figures, the straight path and the target. Decorative:
 * the card says the same in words. Plain SVG, not the charting library: the overview then needs
 * none of recharts, and its first view does not wait for it.
 */
export default function Sparkline({ model }: { model: IndicatorChartModel }) {
  const scales = plotScales(model, { left: PAD.left, top: PAD.top, width: WIDTH - PAD.left - PAD.right, height: HEIGHT - PAD.top - PAD.bottom });
  const { x, y } = scales;
  const target = model.targets[0];
  return (
    <div className="sparkline" aria-hidden="true">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} preserveAspectRatio="xMidYMid meet" focusable="false">
        {model.lines
          .filter((l) => l.kind !== 'projection')
          .map((line) => {
            const points = linePoints(model.rows, line.key, scales);
            return points.length > 1 ? (
              <polyline
                key={line.key}
                points={polylinePoints(points)}
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
