export interface XY {
  x: number;
  y: number;
}

export interface Line {
  slope: number;
  intercept: number;
}

/**
 * Ordinary least-squares line through the points. Undefined when the x values do not spread
 * (fewer than two distinct x), because then no trend can be read from them.
 */
export function fitLine(points: readonly XY[]): Line | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  // Relative to the x scale, so decimal years far from zero still count as spread.
  if (sxx <= 1e-12 * Math.max(1, meanX * meanX)) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

export function valueAt(line: Line, x: number): number {
  return line.intercept + line.slope * x;
}
