import type { Unit } from './types';

const MINUS = '\u2212';

// Building an Intl.NumberFormat costs far more than using one (it was most of the status
// engine's time), so there is one per precision, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits, maximumFractionDigits });
    formatters.set(key, f);
  }
  return f;
}

function number(value: number, decimals: number): string {
  // Rounded first so a tiny negative never shows as "−0.0".
  const rounded = Number(value.toFixed(decimals));
  const text = formatter(decimals, decimals).format(Math.abs(rounded));
  // A true minus sign reads better on screen and to screen readers than a hyphen.
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** A figure as a board member reads it: "19.1%", "10.6 per 100,000", "285,000 tCO2e". */
export function formatValue(value: number, unit: Unit): string {
  const n = number(value, unit.decimals);
  switch (unit.kind) {
    case 'percent':
      return `${n}%`;
    case 'percentage-points':
      return `${n} percentage points`;
    case 'count':
    case 'ratio':
    case 'score':
      return unit.label ? `${n} ${unit.label}` : n;
    default:
      return `${n} ${unit.label}`;
  }
}

/** The size of a difference, without sign: "1.3 percentage points", "0.2 per 100,000". */
export function formatDifference(difference: number, unit: Unit): string {
  const n = number(Math.abs(difference), unit.decimals);
  return unit.kind === 'percent' ? `${n} percentage points` : formatValue(Math.abs(difference), unit);
}

/** Just the number, for tables and axes where the unit is in the heading. */
export function formatNumber(value: number, decimals: number): string {
  return number(value, decimals);
}

/** "10% lower", "15% higher", "no higher". */
export function formatPercentChange(percent: number, lowerIsBetter: boolean): string {
  if (percent === 0) return lowerIsBetter ? 'no higher than' : 'no lower than';
  const size = formatter(0, 1).format(Math.abs(percent));
  return `${size}% ${percent < 0 ? 'lower' : 'higher'} than`;
}

/** How a column or axis heading names a unit: "%", "per 100,000", "items per STAR-PU". */
export function unitLabel(unit: Unit): string {
  return unit.kind === 'percent' ? '%' : unit.label;
}

/** The unit written out above a chart's axis: "Per cent", "per 100,000". */
export function unitName(unit: Unit): string {
  return unit.kind === 'percent' ? 'Per cent' : unit.label;
}
