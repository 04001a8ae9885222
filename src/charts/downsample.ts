// Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the shape of a long line — its peaks,
// troughs and turns — with far fewer points. A chart 1,000 px wide cannot show 10,000 points
// anyway; drawing them all only freezes the page. The table view keeps every figure.

export interface XY {
  x: number;
  y: number;
}

/** At most `threshold` of the points, always the first and the last, in order. */
export function downsample<T extends XY>(points: readonly T[], threshold: number): T[] {
  if (threshold >= points.length || threshold < 3) return [...points];
  const sampled: T[] = [points[0]!];
  const bucketSize = (points.length - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i += 1) {
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * bucketSize) + 1, points.length);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j += 1) {
      avgX += points[j]!.x;
      avgY += points[j]!.y;
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;
    // Of this bucket's points, keep the one making the largest triangle with the last kept point.
    const start = Math.floor(i * bucketSize) + 1;
    const end = Math.floor((i + 1) * bucketSize) + 1;
    const pa = points[a]!;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j += 1) {
      const area = Math.abs((pa.x - avgX) * (points[j]!.y - pa.y) - (pa.x - points[j]!.x) * (avgY - pa.y));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    sampled.push(points[best]!);
    a = best;
  }
  sampled.push(points[points.length - 1]!);
  return sampled;
}
