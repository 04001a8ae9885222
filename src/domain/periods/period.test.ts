import fc from 'fast-check';
import { decimalYear, parsePeriod, periodOf, samePeriod, whenWords } from './period';

function parsed(text: string) {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(result.error);
  return result.period;
}

describe('parsePeriod', () => {
  it.each([
    ['2019', 'calendar-year', '2019', 2019, 2020],
    ['2019/20', 'financial-year', '2019/20', 2019.25, 2020.25],
    ['2019/2020', 'financial-year', '2019/20', 2019.25, 2020.25],
    ['1999/00', 'financial-year', '1999/00', 1999.25, 2000.25],
    ['2016-18', 'pooled-years', '2016-18', 2016, 2019],
    ['2016–2018', 'pooled-years', '2016-18', 2016, 2019],
    ['2017/18-19/20', 'pooled-financial-years', '2017/18-19/20', 2017.25, 2020.25],
    ['2017/2018 - 2019/2020', 'pooled-financial-years', '2017/18-19/20', 2017.25, 2020.25],
    ['2021 Q3', 'calendar-quarter', '2021 Q3', 2021.5, 2021.75],
    ['Q3 2021', 'calendar-quarter', '2021 Q3', 2021.5, 2021.75],
    ['2021/22 Q1', 'financial-quarter', '2021/22 Q1', 2021.25, 2021.5],
    ['2021/22 Q4', 'financial-quarter', '2021/22 Q4', 2022, 2022.25],
    ['2021-03', 'month', 'Mar 2021', 2021 + 2 / 12, 2021 + 3 / 12],
    ['March 2021', 'month', 'Mar 2021', 2021 + 2 / 12, 2021 + 3 / 12],
    ['sept 2021', 'month', 'Sep 2021', 2021 + 8 / 12, 2021 + 9 / 12],
    ['  2019 ', 'calendar-year', '2019', 2019, 2020],
  ])('reads %s as a %s labelled %s', (text, kind, label, start, end) => {
    const period = parsed(text);
    expect(period).toMatchObject({ kind, label });
    expect(period.start).toBeCloseTo(start, 10);
    expect(period.end).toBeCloseTo(end, 10);
    expect(period.mid).toBeCloseTo((start + end) / 2, 10);
  });

  it.each([
    ['2019/21', 'runs into the next year'],
    ['2018-16', 'must end after it starts'],
    ['2000-2015', 'at most ten years'],

    ['2000-13', 'at most ten years'],
    ['2021 Q5', 'form is not one we know'],
    ['2021-13', 'nor a month'],
    ['Ma 2021', 'January to December'],
    ['1066', 'between 1900 and 2200'],
    ['n/a', 'form is not one we know'],
    ['', 'A period is needed'],
    ['<script>', 'form is not one we know'],
  ])('rejects %s with a message that says why', (text, why) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(why);
      expect(result.error).toContain('2019/20');
    }
  });

  it('puts a pooled period and the calendar year at its centre at the same time position', () => {
    expect(parsed('2016-18').mid).toBe(parsed('2017').mid);
  });

  it('reads YYYY-NN as pooled years when it can be, and as a month only when it cannot', () => {
    expect(parsed('2010-12')).toMatchObject({ kind: 'pooled-years', label: '2010-12' });
    expect(parsed('2021-12')).toMatchObject({ kind: 'month', label: 'Dec 2021' });
  });

  it('reads a span as plans write it, "2025/26 to 2027/28", as the pooled period', () => {
    expect(parsePeriod('2025/26 to 2027/28')).toMatchObject({ ok: true, period: { label: '2025/26-27/28', kind: 'pooled-financial-years' } });
    expect(parsePeriod('2025 to 2028')).toMatchObject({ ok: true, period: { label: '2025-28', kind: 'pooled-years' } });
    expect(parsePeriod('2025/26 TO 27/28')).toMatchObject({ ok: true, period: { label: '2025/26-27/28' } });
    expect(parsePeriod('2028 to 2025').ok).toBe(false);
    expect(parsePeriod('last year to 2025').ok).toBe(false);
  });

  it('treats two spellings of one period as the same period', () => {
    expect(samePeriod(parsed('2019/2020'), parsed('2019/20'))).toBe(true);
    expect(samePeriod(parsed('2019'), parsed('2019/20'))).toBe(false);
  });

  it('property: never returns a NaN position, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parsePeriod(text);
        if (result.ok) {
          const { start, end, mid } = result.period;
          expect(Number.isFinite(start) && Number.isFinite(end) && Number.isFinite(mid)).toBe(true);
          expect(end).toBeGreaterThan(start);
        } else {
          expect(result.error.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('property: a canonical label parses back to the same period', () => {
    const year = fc.integer({ min: 1950, max: 2150 });
    const written = fc.oneof(
      year.map(String),
      year.map((y) => `${y}/${String(y + 1).slice(2)}`),
      fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y} Q${q}`),
      fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      // Pooled years, some across a century (1998-2000 must not become "1998-00").
      fc.tuple(year, fc.integer({ min: 1, max: 9 })).map(([y, n]) => `${y}-${y + n}`),
      fc.tuple(year, fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y} W${w}`),
      fc.date({ min: new Date('1950-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(written, (text) => {
        const once = parsed(text);
        expect(parsed(once.label)).toEqual(once);
      }),
    );
  });
});

describe('weeks and days', () => {
  it.each([
    ['2021-W09', '2021-W09', Date.UTC(2021, 2, 1)],
    ['2021 w9', '2021-W09', Date.UTC(2021, 2, 1)],
    // 2020 has 53 weeks; its week 1 began on Monday 30 December 2019.
    ['2020-W01', '2020-W01', Date.UTC(2019, 11, 30)],
    ['2020-W53', '2020-W53', Date.UTC(2020, 11, 28)],
  ])('reads %s as the ISO week %s, Monday to Sunday', (text, label, monday) => {
    const week = parsed(text);
    expect(week).toMatchObject({ kind: 'week', label });
    expect(week.start).toBe(decimalYear(new Date(monday)));
    expect(week.end).toBe(decimalYear(new Date(monday + 7 * 86_400_000)));
  });

  it.each([
    ['2021-03-03', '3 Mar 2021'],
    ['03/03/2021', '3 Mar 2021'],
    ['3 March 2021', '3 Mar 2021'],
    ['29 Feb 2024', '29 Feb 2024'],
    ['31 Dec 2199', '31 Dec 2199'],
  ])('reads %s as the day %s', (text, label) => {
    const day = parsed(text);
    expect(day).toMatchObject({ kind: 'day', label });
    expect((day.end - day.start) * 365).toBeCloseTo(1, 1);
  });

  it.each([
    ['2021-W53', '2021 has weeks 1 to 52'],
    ['2021-W00', 'weeks 1 to 52'],
    ['29 Feb 2023', 'Feb 2023 has no day 29'],
    ['31/04/2021', 'Apr 2021 has no day 31'],
    ['2021-13-01', 'not one of January to December'],
    ['1 Smarch 2021', 'not one of January to December'],
  ])('refuses %s: %s', (text, why) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(why);
  });

  it('property: consecutive days and weeks abut, each ending where the next begins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const day = (k: number) => parsed(new Date(Date.UTC(1901, 0, 1) + k * 86_400_000).toISOString().slice(0, 10));
        expect(day(n).end).toBe(day(n + 1).start);
      }),
    );
    // Years with 53 weeks (2020, 2026) and 52 (2021) alike: the last week ends as week 1 begins.
    const weeks53 = [];
    for (let year = 1990; year < 2040; year++) {
      const has53 = parsePeriod(`${year}-W53`).ok;
      if (has53) weeks53.push(year);
      expect(parsed(`${year}-W${has53 ? 53 : 52}`).end).toBe(parsed(`${year + 1}-W01`).start);
    }
    expect(weeks53).toEqual([1992, 1998, 2004, 2009, 2015, 2020, 2026, 2032, 2037]);
  });
});

describe('decimalYear', () => {
  it('is the year plus the share of it gone', () => {
    expect(decimalYear(new Date(Date.UTC(2026, 0, 1)))).toBe(2026);
    expect(decimalYear(new Date(Date.UTC(2026, 6, 2, 12)))).toBeCloseTo(2026.5, 2);
  });
});

describe('whenWords', () => {
  it('says a day is "on" it and any longer period "in" it', () => {
    expect(whenWords(periodOf('2025-08-22'))).toBe('on 22 Aug 2025');
    expect(whenWords(periodOf('2019/20'))).toBe('in 2019/20');
    expect(whenWords(periodOf('Mar 2021'))).toBe('in Mar 2021');
  });
});
