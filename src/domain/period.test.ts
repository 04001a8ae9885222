import fc from 'fast-check';
import { decimalYear, parsePeriod, samePeriod } from './period';

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
    );
    fc.assert(
      fc.property(written, (text) => {
        const once = parsed(text);
        expect(parsed(once.label)).toEqual(once);
      }),
    );
  });
});

describe('decimalYear', () => {
  it('is the year plus the share of it gone', () => {
    expect(decimalYear(new Date(Date.UTC(2026, 0, 1)))).toBe(2026);
    expect(decimalYear(new Date(Date.UTC(2026, 6, 2, 12)))).toBeCloseTo(2026.5, 2);
  });
});
