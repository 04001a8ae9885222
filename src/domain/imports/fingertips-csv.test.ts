import { parseFiguresCsv } from '../../lib/figures-csv-file';
import { isFingertipsHeader, readFingertipsRows } from './fingertips-csv';

// In the layout of a Fingertips download (indicator 41001, suicide rate); the values are made up
// for the test, the layout is not. Real downloads add "Compared to …", "Time period Sortable", "New
// data", "Compared to goal" and sometimes "Time period range" after these.
const HEADER =
  'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal';
const SAMPLE = [
  HEADER,
  '41001,Suicide rate,,,E92000001,England,England,Persons,10+ yrs,,,2016 - 18,9.6,9.5,9.8,9.4,9.9,15000,155000000,,,,,20160000,,',
  '41001,Suicide rate,E12000003,Yorkshire and the Humber region,E08000035,Leeds,Counties & UAs (from Apr 2023),Persons,10+ yrs,,,2016 - 18,10.9,9.9,12.0,9.4,12.6,395,3620000,,,Similar,Similar,20160000,,',
  '41001,Suicide rate,E12000003,Yorkshire and the Humber region,E08000035,Leeds,Counties & UAs (from Apr 2023),Male,10+ yrs,,,2016 - 18,16.8,15.0,18.7,14.1,19.8,302,1780000,,,Worse,Similar,20160000,,',
  '41001,Suicide rate,E12000003,Yorkshire and the Humber region,E08000032,Bradford,Counties & UAs (from Apr 2023),Female,10+ yrs,,,2017/18 - 19/20,,,,,,,,Value suppressed for disclosure control,,,,20170000,,',
].join('\r\n');

describe('a Fingertips download', () => {
  it('is recognised by its header, beside our own template', () => {
    const parsed = parseFiguresCsv(SAMPLE);
    expect(isFingertipsHeader(parsed.header)).toBe(true);
    expect(isFingertipsHeader(['indicator_id', 'place_id', 'period', 'value'])).toBe(false);
  });

  it('reads each row with its period, value, both intervals, count, denominator and value note', () => {
    const { rows, problems } = readFingertipsRows(parseFiguresCsv(SAMPLE).records);
    expect(problems).toEqual([]);
    expect(rows[1]).toMatchObject({
      row: 3,
      indicatorId: '41001',
      areaCode: 'E08000035',
      sex: 'Persons',
      age: '10+ yrs',
      period: { ok: true, period: { label: '2016-18' } },
      value: 10.9,
      lower95: 9.9,
      upper95: 12,
      lower998: 9.4,
      upper998: 12.6,
      count: 395,
      denominator: 3620000,
    });
    expect(rows[3]).toMatchObject({
      valueNote: 'Value suppressed for disclosure control',
      period: { ok: true, period: { label: '2017/18-19/20', kind: 'pooled-financial-years' } },
    });
    expect(rows[3]).not.toHaveProperty('value');
  });

  it('names a cell that is not a number, by row and column', () => {
    const broken = SAMPLE.replace('10.9,9.9,12.0', '10.9,n/a,12.0');
    expect(readFingertipsRows(parseFiguresCsv(broken).records).problems).toEqual([{ row: 3, column: 'Lower CI 95.0 limit', reason: '“n/a” is not a number.' }]);
  });
});
