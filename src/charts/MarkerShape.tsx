import type { MarkerShape as Shape } from './chart-style';

const SYMBOL: Record<Shape, (r: number) => string> = {
  circle: (r) => `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`,
  square: (r) => `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}z`,
  triangle: (r) => `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}H${-r * 1.1}z`,
  diamond: (r) => `M0,${-r * 1.3}L${r * 1.1},0L0,${r * 1.3}L${-r * 1.1},0z`,
  cross: (r) => `M${-r},${-r}L${r},${r}M${r},${-r}L${-r},${r}`,
  star: (r) =>
    Array.from({ length: 10 }, (_, i) => {
      const radius = i % 2 === 0 ? r * 1.4 : r * 0.6;
      const angle = (Math.PI / 5) * i - Math.PI / 2;
      return `${i === 0 ? 'M' : 'L'}${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`;
    }).join('') + 'z',
  wye: (r) => `M0,0V${-r * 1.2}M0,0L${r},${r * 0.7}M0,0L${-r},${r * 0.7}`,
};

export interface MarkerProps {
  shape: Shape;
  colour: string;
  r?: number;
  filled?: boolean;
  /** Undefined where recharts has no position for this row; then nothing is drawn. */
  cx: number | undefined;
  cy: number | undefined;
}

/** A marker drawn at (cx, cy); usable as a recharts dot and inside an HTML legend's small SVG. */
export function Marker({ shape, colour, r = 4, filled = true, cx, cy }: MarkerProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const open = shape === 'cross' || shape === 'wye';
  return (
    <path
      d={SYMBOL[shape](r)}
      transform={`translate(${cx},${cy})`}
      fill={open || !filled ? '#fff' : colour}
      stroke={colour}
      strokeWidth={(open ? 2.5 : 1.5) * Math.max(1, r / 5)}
    />
  );
}
