import fc from 'fast-check';
import { formatLongDay, formatUkDateTime } from './date-formats';

describe('dates as the dashboard writes them', () => {
  it('writes a calendar day the same wherever the reader is', () => {
    expect(formatLongDay(new Date('2025-03-31T00:00:00Z'))).toBe('31 March 2025');
    expect(formatLongDay(new Date('2025-03-31T23:59:59Z'))).toBe('31 March 2025');
  });

  it('writes a moment in UK time, summer and winter', () => {
    expect(formatUkDateTime(new Date('2026-07-01T09:15:00Z'))).toBe('1 Jul 2026, 10:15');
    expect(formatUkDateTime(new Date('2026-11-24T10:15:00Z'))).toBe('24 Nov 2026, 10:15');
  });

  it('writes a day as Intl.DateTimeFormat en-GB does, for any day from 1900 to 2200', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        expect(formatLongDay(date)).toBe(intl.format(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('builds no Intl formatter until a moment is written (a day needs none)', async () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built += 1;
      }
    } as typeof Original;
    try {
      vi.resetModules();
      const fresh = await import('./date-formats');
      expect(built).toBe(0);
      expect(fresh.formatLongDay(new Date('2025-04-01T00:00:00Z'))).toBe('1 April 2025');
      expect(built).toBe(0);
      fresh.formatUkDateTime(new Date('2026-07-01T09:15:00Z'));
      expect(fresh.formatUkDateTime(new Date('2026-07-01T09:16:00Z'))).toBe('1 Jul 2026, 10:16');
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
