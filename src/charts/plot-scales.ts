import type { ChartRow, IndicatorChartModel } from './build-indicator-chart';

// Plain-SVG drawing from a chart model, shared by the overview's sparklines and the detail
// chart drawn before the charting library arrives. Small on purpose: the overview's first view
// carries it.

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Pixel positions for the model's domains within the plotting area; the y axis grows upwards. */
export function plotScales(model: Pick<IndicatorChartModel, 'xDomain' | 'yDomain'>, plot: PlotArea) {
  const [x0, x1] = model.xDomain;
  const [y0, y1] = model.yDomain;
  return {
    x: (t: number) => plot.left + ((t - x0) / (x1 - x0 || 1)) * plot.width,
    y: (v: number) => plot.top + (1 - (v - y0) / (y1 - y0 || 1)) * plot.height,
  };
}

/** A line's drawn points, gaps joined over as the charting library joins them (connectNulls). */
export function linePoints(rows: readonly ChartRow[], key: string, scales: ReturnType<typeof plotScales>): [number, number][] {
  const points: [number, number][] = [];
  for (const row of rows) {
    const value = row[key];
    if (typeof value === 'number') points.push([scales.x(row.t), scales.y(value)]);
  }
  return points;
}

/** As an SVG polyline's `points`. */
export const polylinePoints = (points: readonly [number, number][]) => points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
