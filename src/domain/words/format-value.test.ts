import fc from 'fast-check';
import { enGbDigits, formatDifference, formatPercentChange, formatValue } from './format-value';
import type { Unit } from '../types';

const rate: Unit = { kind: 'rate', label: 'per 100,000', decimals: 1 };
const percent: Unit = { kind: 'percent', label: '%', decimals: 1 };
const tonnes: Unit = { kind: 'tonnes', label: 'tCO2e', decimals: 0 };

describe('formatValue', () => {
  it('writes figures the way a board paper does', () => {
    expect(formatValue(10.6, rate)).toBe('10.6 per 100,000');
    expect(formatValue(19.1, percent)).toBe('19.1%');
    expect(formatValue(285000, tonnes)).toBe('285,000 tCO2e');
    expect(formatValue(-3, { kind: 'count', label: '', decimals: 0 })).toBe('\u22123');
  });

  it('never shows a negative zero', () => {
    expect(formatValue(-0.04, rate)).toBe('0.0 per 100,000');
  });
});

describe('formatDifference', () => {
  it('gives percentage points for percentages and drops the sign', () => {
    expect(formatDifference(-1.25, percent)).toBe('1.3 percentage points');
    expect(formatDifference(-0.1, rate)).toBe('0.1 per 100,000');
  });

  it('gives the bare number for a gap between two likelihood ratios, never "0.16 times as likely" (issue 32, item 9)', () => {
    expect(formatDifference(0.16, { kind: 'ratio', label: 'times as likely', decimals: 2 })).toBe('0.16');
    expect(formatDifference(0.015, { kind: 'ratio', label: 'items per STAR-PU', decimals: 3 })).toBe('0.015 items per STAR-PU');
  });
});

describe('formatPercentChange', () => {
  it('says a zero change as "no higher" or "no lower"', () => {
    expect(formatPercentChange(0, true)).toBe('no higher than');
    expect(formatPercentChange(0, false)).toBe('no lower than');
    expect(formatPercentChange(-10, true)).toBe('10% lower than');
    expect(formatPercentChange(2.5, false)).toBe('2.5% higher than');
  });
});

describe('enGbDigits', () => {
  const intl = (min: number, max: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });

  it('writes a number as Intl.NumberFormat en-GB does, at every precision the app uses', () => {
    const precisions = [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [0, 1],
      [0, 2],
    ] as const;
    const formats = precisions.map(([min, max]) => ({ min, max, format: intl(min, max) }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e15, noNaN: true }),
          fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
          fc.integer({ min: 0, max: 99_999 }).map((n) => n + 0.5),
          fc.integer({ min: 0, max: 99_999 }).map((n) => n / 100 + 0.005),
        ),
        (value) => {
          for (const { min, max, format } of formats) expect(enGbDigits(value, min, max)).toBe(format.format(value));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('groups thousands and keeps the decimals asked for', () => {
    expect(enGbDigits(1234567.891, 2, 2)).toBe('1,234,567.89');
    expect(enGbDigits(1000, 1, 1)).toBe('1,000.0');
    expect(enGbDigits(999.96, 0, 1)).toBe('1,000');
    expect(enGbDigits(0, 0, 2)).toBe('0');
    expect(enGbDigits(12.5, 0, 0)).toBe('13');
  });
});
