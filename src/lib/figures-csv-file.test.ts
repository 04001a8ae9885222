import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { checkImport } from '../domain/imports/figures-csv';
import type { DataPoint } from '../domain/types';
import { figuresToCsv, parseFiguresCsv, decodeCsv } from './figures-csv-file';

// Issue 13, path 11: an export read back by the import changes nothing. Text a spreadsheet would
// run as a formula gets an apostrophe on export (OWASP's advice); the import takes it off again.

const indicator = WYH_FRAMEWORK.ambitions[4]!.indicators[0]!;
const place = WYH_FRAMEWORK.places.find((p) => p.id === 'leeds')!;

describe('an export read back by the import', () => {
  it('keeps notes and sources that start with + or − exactly, and sees nothing to change', () => {
    const points: DataPoint[] = [
      { period: '2016-18', value: 10.3, provenance: 'published', note: '+0.4 on the previous release', source: '+2 releases combined' },
      { period: '2017-19', value: 10.5, lower: 10.1, upper: 10.9, provenance: 'illustrative', note: '-3 after revision' },
      { period: '2018-20', value: 10.8, provenance: 'published', note: "It's plain text", source: 'OHID Fingertips' },
    ];
    const csv = figuresToCsv([{ indicator, place, points }]);
    expect(csv).toContain("'+0.4 on the previous release");
    const parsed = parseFiguresCsv(csv);
    expect(parsed.records.map((r) => r.note)).toEqual(['+0.4 on the previous release', '-3 after revision', "It's plain text"]);
    expect(parsed.records[0]!.source).toBe('+2 releases combined');
    const check = checkImport({
      header: parsed.header,
      records: parsed.records,
      framework: WYH_FRAMEWORK,
      today: new Date('2026-11-25T12:00:00Z'),
      pointsOf: (i, p) => (i === indicator.id && p === place.id ? points : undefined),
    });
    expect(check.fileProblems).toEqual([]);
    expect(check.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('reading a CSV file as it comes (issue 13, bad input)', () => {
  const header = 'indicator_id,place_id,period,value,source,note';

  it('reads UTF-8 with or without a byte-order mark, and UTF-16, without a word', () => {
    const text = `${header}\r\nsuicide-rate,leeds,2019,10,ONS £ report,café\r\n`;
    expect(decodeCsv(new TextEncoder().encode(text).buffer as ArrayBuffer)).toEqual({ text });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeCsv(utf16.buffer).text).toBe(text);
  });

  it('reads a Windows-1252 file from Excel as Windows-1252, and says so', () => {
    // "£" is 0xA3 and "é" is 0xE9 in Windows-1252: not valid UTF-8 on their own.
    const bytes = new Uint8Array([...new TextEncoder().encode(`${header}\r\nsuicide-rate,leeds,2019,10,ONS `), 0xa3, ...new TextEncoder().encode(' report,caf'), 0xe9]);
    const decoded = decodeCsv(bytes.buffer);
    expect(decoded.text).toContain('ONS £ report,café');
    expect(decoded.notice).toMatch(/not saved as UTF-8, so it was read as Windows-1252/);
  });

  it('refuses a row with more cells than the header (an unquoted comma) rather than read it shifted', () => {
    const parsed = parseFiguresCsv(`${header}\r\nsuicide-rate,leeds,2019,10,ONS, 2023 release,Revised\r\nsuicide-rate,leeds,2020,11,ONS,\r\nsuicide-rate,leeds,2021,12,",\r\n`);
    expect([...parsed.rowProblems]).toEqual([
      [0, expect.stringContaining('This row has 7 cells but the header names 6. A comma or a quote inside a text cell needs the cell in double quotes')],
      // A quote that swallowed the comma after it: one cell short.
      [2, expect.stringContaining('This row has 5 cells but the header names 6')],
    ]);
    const check = checkImport({ header: parsed.header, records: parsed.records, framework: WYH_FRAMEWORK, pointsOf: () => [], today: new Date(), rowProblems: parsed.rowProblems });
    expect(check.rows.map((r) => r.outcome)).toEqual(['error', 'add', 'error']);
    expect(check.rows[0]!.problems[0]!.column).toBe('whole row');
  });

  it('refuses a file whose header names a column twice', () => {
    const parsed = parseFiguresCsv('indicator_id,place_id,period,value,Value\r\nsuicide-rate,leeds,2019,10,12\r\n');
    expect(parsed.problems).toEqual(['The column “value” appears 2 times in the header. Keep one of them and save the file again.']);
  });
});
