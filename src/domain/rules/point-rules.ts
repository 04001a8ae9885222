import type { DataPoint } from '../types';

// The rules of one figure beyond each field's shape, written once: the schema every source reads
// figures with runs them, and so does a screen that puts a figure together from two versions
// (the conflict view) before it offers it.

/** A figure's interval must hold its value: each problem with the field it belongs to. */
export function intervalProblems(point: Pick<DataPoint, 'value' | 'lower' | 'upper'>): { field: 'lower' | 'upper'; message: string }[] {
  const problems: { field: 'lower' | 'upper'; message: string }[] = [];
  if (point.lower !== undefined && point.lower > point.value) problems.push({ field: 'lower', message: `the lower bound ${point.lower} is above the value ${point.value}` });
  if (point.upper !== undefined && point.upper < point.value) problems.push({ field: 'upper', message: `the upper bound ${point.upper} is below the value ${point.value}` });
  return problems;
}
