import fc from 'fast-check';
import { periodFromFingertips } from './fingertips-period';
import { parsePeriod } from './period';

const label = (text: string) => {
  const read = periodFromFingertips(text);
  return read.ok ? { label: read.period.label, kind: read.period.kind } : read.error;
};

describe('a Fingertips time period', () => {
  it('becomes the dashboard’s period, for each form Fingertips writes', () => {
    expect(label('2016 - 18')).toEqual({ label: '2016-18', kind: 'pooled-years' });
    expect(label('2019/20')).toEqual({ label: '2019/20', kind: 'financial-year' });
    expect(label('2019/20 Q1')).toEqual({ label: '2019/20 Q1', kind: 'financial-quarter' });
    expect(label('2021 Q3')).toEqual({ label: '2021 Q3', kind: 'calendar-quarter' });
    expect(label('Mar 2021')).toEqual({ label: 'Mar 2021', kind: 'month' });
    expect(label(' 2019 ')).toEqual({ label: '2019', kind: 'calendar-year' });
    expect(label('2017/18 - 19/20')).toEqual({ label: '2017/18-19/20', kind: 'pooled-financial-years' });
    expect(label('1998/99 - 00/01')).toEqual({ label: '1998/99-2000/01', kind: 'pooled-financial-years' });
  });

  it('says why where it cannot be held, and never guesses', () => {
    expect(label('2017/18 - 18/20')).toMatch(/each financial year runs into the next year/);
    expect(label('2019-20')).toMatch(/not a Fingertips time period this dashboard knows/);
    expect(label('')).toMatch(/not a Fingertips time period/);
  });

  it('reads pooled financial years as April of the first to March after the last, and back from their label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 4 }), (start, extra) => {
        const last = start + extra;
        const written = `${start}/${String(start + 1).slice(2)} - ${String(last).slice(2)}/${String(last + 1).slice(2)}`;
        const read = periodFromFingertips(written);
        expect(read.ok && read.period.start === start + 0.25 && read.period.end === last + 1.25).toBe(true);
        const again = read.ok ? parsePeriod(read.period.label) : undefined;
        expect(again?.ok && again.period.start === start + 0.25 && again.period.label === (read.ok ? read.period.label : '')).toBe(true);
      }),
    );
  });

  it('reads every pooled span Fingertips writes as the same span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2022 }), fc.integer({ min: 1, max: 4 }), (start, extra) => {
        const end = start + extra;
        const read = periodFromFingertips(`${start} - ${String(end).slice(2)}`);
        expect(read.ok && read.period.start === start && read.period.end === end + 1).toBe(true);
      }),
    );
  });
});
