// Figures for a place made of several areas, from the areas' own counts and denominators: only
// for measures that are a count over a population (a proportion, a crude rate), where summing
// both is exact. Age-standardised rates and slope indices cannot be combined this way; their
// mapping leaves `combine` out and the place needs a Fingertips area that stands for it.
// Intervals are the methods OHID's technical guide to confidence intervals gives: Wilson's score
// interval for a proportion and Byar's approximation to the Poisson for a rate.

export type CombineMethod = 'proportion' | 'crude-rate';

export interface CountsOf {
  count: number;
  denominator: number;
}

export interface CombinedFigure {
  value: number;
  lower: number;
  upper: number;
  count: number;
  denominator: number;
}

const Z95 = 1.959963984540054;

/** Wilson's score interval for x events out of n, as proportions (0 to 1). */
export function wilson(x: number, n: number, z = Z95): [number, number] {
  const p = x / n;
  const centre = 2 * x + z * z;
  const spread = z * Math.sqrt(z * z + 4 * x * (1 - p));
  const below = 2 * (n + z * z);
  return [Math.max(0, (centre - spread) / below), Math.min(1, (centre + spread) / below)];
}

/** Byar's approximation of the Poisson interval for a count of events. */
export function byar(events: number, z = Z95): [number, number] {
  const lower = events === 0 ? 0 : events * Math.pow(1 - 1 / (9 * events) - z / (3 * Math.sqrt(events)), 3);
  const next = events + 1;
  const upper = next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
  return [Math.max(0, lower), upper];
}

/**
 * One figure from several areas' counts and denominators: the sums, their ratio times the
 * multiplier (100 for a percentage, 100,000 for a rate per 100,000), and its 95% interval.
 * Undefined when the areas' denominators sum to nothing.
 */
export function combineCounts(parts: readonly CountsOf[], method: CombineMethod, multiplier: number): CombinedFigure | undefined {
  let count = 0;
  let denominator = 0;
  for (const part of parts) {
    count += part.count;
    denominator += part.denominator;
  }
  if (!(denominator > 0) || count < 0 || (method === 'proportion' && count > denominator)) return undefined;
  const [low, high] = method === 'proportion' ? wilson(count, denominator) : byar(count).map((e) => e / denominator);
  return { value: (count / denominator) * multiplier, lower: low! * multiplier, upper: high! * multiplier, count, denominator };
}
