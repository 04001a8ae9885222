import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { checkImport } from '../domain/figures-csv';
import type { DataPoint } from '../domain/types';
import { figuresToCsv, parseFiguresCsv } from './figures-csv-file';

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
      pointsOf: (i, p) => (i === indicator.id && p === place.id ? points : undefined),
    });
    expect(check.fileProblems).toEqual([]);
    expect(check.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});
