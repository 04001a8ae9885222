import type { Unit } from '../types';

const MINUS = '\u2212';

/**
 * A non-negative number as en-GB writes it, "1,234.5": what Intl.NumberFormat('en-GB') gives (a
 * property test holds the two together), written out because the first Intl formatter a page
 * builds loads the browser's locale data: traced at ~190 ms of a slow phone's main thread, in one
 * task, in the middle of drawing the first statuses.
 */
export function enGbDigits(nonNegative: number, minimumFractionDigits: number, maximumFractionDigits: number): string {
  let text = roundedDecimal(nonNegative, maximumFractionDigits);
  // Trailing zeros beyond the minimum go, and the point with them when none are left.
  for (let extra = maximumFractionDigits - minimumFractionDigits; extra > 0 && text.endsWith('0'); extra -= 1) text = text.slice(0, -1);
  if (text.endsWith('.')) text = text.slice(0, -1);
  const point = text.indexOf('.');
  const whole = point === -1 ? text : text.slice(0, point);
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (point === -1 ? '' : text.slice(point));
}

/**
 * Rounded as Intl rounds: the shortest decimal that reads back as the number ("352.565"), a half
 * away from zero ("352.57"). toFixed would round the binary value (352.5649999…) down.
 */
function roundedDecimal(nonNegative: number, decimals: number): string {
  const [mantissa, exponent] = nonNegative.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const kept = Number(exponent) + 1 + decimals; // how many of the digits stay
  let scaled = kept <= 0 ? '' : digits.slice(0, kept).padEnd(kept, '0');
  if (kept >= 0 && (digits[kept] ?? '0') >= '5') scaled = plusOne(scaled);
  scaled = scaled.padStart(decimals + 1, '0');
  const whole = scaled.slice(0, scaled.length - decimals);
  return decimals > 0 ? `${whole}.${scaled.slice(-decimals)}` : whole;
}

/** "0999" → "1000": one more, in decimal digits. */
function plusOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  return i < 0 ? `1${'0'.repeat(digits.length)}` : `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
}

function number(value: number, decimals: number): string {
  // Rounded first so a tiny negative never shows as "−0.0".
  const rounded = Number(value.toFixed(decimals));
  const text = enGbDigits(Math.abs(rounded), decimals, decimals);
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
  if (unit.kind === 'percent') return `${n} percentage points`;
  // A gap between two "1.8 times as likely" is not itself "0.16 times as likely": the bare number.
  if (unit.kind === 'ratio' && /^times\b/i.test(unit.label)) return n;
  return formatValue(Math.abs(difference), unit);
}

/** Just the number, for tables and axes where the unit is in the heading. */
export function formatNumber(value: number, decimals: number): string {
  return number(value, decimals);
}

/** "10% lower", "15% higher", "no higher". */
export function formatPercentChange(percent: number, lowerIsBetter: boolean): string {
  if (percent === 0) return lowerIsBetter ? 'no higher than' : 'no lower than';
  const size = enGbDigits(Math.abs(percent), 0, 1);
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
