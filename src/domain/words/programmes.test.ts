import fc from 'fast-check';
import { formatFunding } from './programmes';

describe('funding as a board paper writes it', () => {
  it('gives millions to two places at most from a million up, whole pounds below', () => {
    expect(formatFunding(2_600_000)).toBe('£2.6m');
    expect(formatFunding(1_000_000)).toBe('£1m');
    expect(formatFunding(8_545_000)).toBe('£8.55m');
    expect(formatFunding(850_000)).toBe('£850,000');
    expect(formatFunding(999_999.5)).toBe('£1,000,000');
    expect(formatFunding(0)).toBe('£0');
  });

  it('writes the figures Intl.NumberFormat en-GB writes', () => {
    const millions = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    const pounds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000_000 }), (amount) => {
        expect(formatFunding(amount)).toBe(amount >= 1_000_000 ? `£${millions.format(amount / 1_000_000)}m` : `£${pounds.format(amount)}`);
      }),
      { numRuns: 2000 },
    );
  });
});
