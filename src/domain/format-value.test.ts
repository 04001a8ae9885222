import { formatDifference, formatPercentChange, formatValue } from './format-value';
import type { Unit } from './types';

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
});

describe('formatPercentChange', () => {
  it('says a zero change as "no higher" or "no lower"', () => {
    expect(formatPercentChange(0, true)).toBe('no higher than');
    expect(formatPercentChange(0, false)).toBe('no lower than');
    expect(formatPercentChange(-10, true)).toBe('10% lower than');
    expect(formatPercentChange(2.5, false)).toBe('2.5% higher than');
  });
});
