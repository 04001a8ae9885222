import type { ResolvedTarget } from '../domain/status/resolve-target';
import type { TimedPoint } from '../domain/periods/timed-point';
import { PATH_COLOUR, PLACE_COLOURS, REQUIRED_DASH, TARGET_COLOUR } from './chart-style';
import { Marker } from './MarkerShape';
import { plotScales, polylinePoints } from './plot-scales';

const WIDTH = 280;
const HEIGHT = 72;
const PAD = { top: 10, right: 12, bottom: 8, left: 12 };

/**
 * The small trend on an overview card: figures, the straight path and the target. Decorative:
 * the card says the same in words. Plain SVG, drawn from the figures themselves rather than the
 * detail chart's model: the overview's first view then carries neither the charting library nor
 * the model builder (build-indicator-chart.ts) with its bands, trends and comparisons.
 */
export default function Sparkline({ points, target }: { points: readonly TimedPoint[]; target?: ResolvedTarget }) {
  const path = target
    ? [
        { t: target.base.at.mid, value: target.base.value },
        { t: target.period.mid, value: target.value },
      ]
    : [];
  const figures = points.map((p) => ({ t: p.at.mid, value: p.value }));
  const all = [...figures, ...path];
  const ts = all.map((p) => p.t);
  const values = all.map((p) => p.value);
  const spread = Math.max(...values) - Math.min(...values) || Math.abs(values[0] ?? 1) * 0.1 || 1;
  const scales = plotScales(
    { xDomain: [Math.min(...ts) - 0.4, Math.max(...ts) + 0.4], yDomain: [Math.min(...values) - spread * 0.05, Math.max(...values) + spread * 0.05] },
    { left: PAD.left, top: PAD.top, width: WIDTH - PAD.left - PAD.right, height: HEIGHT - PAD.top - PAD.bottom },
  );
  const drawn = (line: readonly { t: number; value: number }[]) => polylinePoints(line.map((p) => [scales.x(p.t), scales.y(p.value)]));
  return (
    <div className="sparkline" aria-hidden="true">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} preserveAspectRatio="xMidYMid meet" focusable="false">
        {path.length > 0 && <polyline points={drawn(path)} fill="none" stroke={PATH_COLOUR} strokeWidth={1.5} strokeDasharray={REQUIRED_DASH} strokeLinejoin="round" />}
        {figures.length > 1 && <polyline points={drawn(figures)} fill="none" stroke={PLACE_COLOURS[0]} strokeWidth={2.5} strokeLinejoin="round" />}
        {target && <Marker shape="star" colour={TARGET_COLOUR} r={5} cx={scales.x(target.period.mid)} cy={scales.y(target.value)} />}
      </svg>
    </div>
  );
}
