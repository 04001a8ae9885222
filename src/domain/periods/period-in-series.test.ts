import { parsePeriod } from './period';
import { notEndedYet, parsePeriodIn } from './period-in-series';

describe('a period read in its series', () => {
  it('reads 2019-20 and 2019–20 as the financial year on a series of financial years', () => {
    for (const written of ['2019-20', '2019–20', '2019 - 20'])
      expect(parsePeriodIn(written, 'financial-year')).toMatchObject({ ok: true, period: { label: '2019/20', kind: 'financial-year' } });
  });

  it('reads it as pooled years on a series of pooled years, and asks where the series does not say', () => {
    expect(parsePeriodIn('2019-20', 'pooled-years')).toMatchObject({ ok: true, period: { label: '2019-20', kind: 'pooled-years' } });
    const asked = parsePeriodIn('2019-20', undefined);
    expect(asked).toEqual({ ok: false, error: expect.stringContaining('could be the financial year 2019/20 or the years 2019 and 2020 pooled') });
    // Not ambiguous: three years pooled, or a year that does not follow.
    expect(parsePeriodIn('2016-18', 'financial-year')).toMatchObject({ ok: true, period: { kind: 'pooled-years' } });
  });

  it('refuses a figure for a period that has not ended', () => {
    const today = new Date('2026-11-25T12:00:00Z');
    const of = (label: string) => (parsePeriod(label) as { ok: true; period: never }).period;
    expect(notEndedYet(of('2031'), today)).toBe('2031 has not ended yet, so it cannot have a figure. Give a figure once its period is over; a projection belongs in a note.');
    expect(notEndedYet(of('2026'), today)).toContain('has not ended yet');
    expect(notEndedYet(of('2026/27'), today)).toContain('has not ended yet');
    expect(notEndedYet(of('2025'), today)).toBeUndefined();
    expect(notEndedYet(of('Oct 2026'), today)).toBeUndefined();
    expect(notEndedYet(of('2026 Q3'), today)).toBeUndefined();
  });
});
