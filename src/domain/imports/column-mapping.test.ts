import fc from 'fast-check';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { mappedColumnNames, mappedRecords, mappingProblems, needsMapping, suggestMapping } from './column-mapping';
import { checkImport, FIGURE_COLUMNS } from './figures-csv';

const TODAY = new Date('2026-11-26T12:00:00Z');

describe('a sheet with its own headers', () => {
  it('needs the mapping step; our template and a sheet naming places do not', () => {
    expect(needsMapping(['indicator', 'place', 'period', 'value'])).toBe(true);
    expect(needsMapping(['indicator_id', 'place_id', 'period', 'value'])).toBe(false);
    expect(needsMapping(['indicator_id', 'place_name', 'period', 'value'])).toBe(false);
  });

  it('is mapped by the names people give columns, each column used once', () => {
    expect(suggestMapping(['Indicator', 'Area Name', 'Time period', 'Rate', 'Lower CI', 'Upper CI', 'Notes', 'Anything else'])).toEqual({
      indicator: { column: 'Indicator' },
      place: { column: 'Area Name' },
      period: { column: 'Time period' },
      value: { column: 'Rate' },
      lower: { column: 'Lower CI' },
      upper: { column: 'Upper CI' },
      note: { column: 'Notes' },
    });
    expect(mappingProblems(suggestMapping(['Indicator', 'Figure']))).toEqual([
      'Choose the column that holds the place (its name or id).',
      'Choose the column that holds the period.',
    ]);
  });

  it('finds indicators and places by name in any case, and checks the rows as any import, naming the sheet’s columns', () => {
    const header = ['Indicator', 'Place', 'Period', 'Value'];
    const mapping = suggestMapping(header);
    const records = mappedRecords(
      [
        { Indicator: 'suicide RATE', Place: 'leeds', Period: '2013-15', Value: '10.1' },
        { Indicator: 'Sucide rate', Place: 'Leeds', Period: '2013-15', Value: '10.1' },
        { Indicator: 'Suicide rate', Place: 'York', Period: '2013-15', Value: 'n/a' },
      ],
      mapping,
      WYH_FRAMEWORK,
    );
    const { rows } = checkImport({ header: FIGURE_COLUMNS, records, framework: WYH_FRAMEWORK, pointsOf: () => [], today: TODAY, columnNames: mappedColumnNames(mapping) });
    expect(rows[0]).toMatchObject({ outcome: 'add', indicator: { id: 'suicide-rate' }, place: { id: 'leeds' } });
    expect(rows[1]!.problems).toEqual([{ column: 'Indicator', reason: expect.stringContaining('No indicator “Sucide rate” in WY&H') }]);
    expect(rows[2]!.problems.map((p) => p.column)).toEqual(['Place']);
  });

  it('can say once that every row is for one indicator or one place', () => {
    const records = mappedRecords(
      [{ Year: '2013-15', Figure: '9' }],
      { indicator: { every: 'suicide-rate' }, place: { every: 'wakefield' }, period: { column: 'Year' }, value: { column: 'Figure' } },
      WYH_FRAMEWORK,
    );
    expect(records[0]).toMatchObject({ indicator_id: 'suicide-rate', place_name: 'wakefield', period: '2013-15', value: '9' });
  });

  it('never maps one column of the sheet to two of ours', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Indicator', 'Area', 'Place', 'Year', 'Value', 'Rate', 'Count', 'Number', 'Notes', 'Source', 'x'), { maxLength: 12 }), (header) => {
        const used = Object.values(suggestMapping(header)).map((c) => ('column' in c ? c.column : ''));
        expect(new Set(used).size).toBe(used.length);
      }),
    );
  });
});
