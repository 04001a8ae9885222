import fc from 'fast-check';
import { fromSpreadsheetCell, looksLikeFormula, spreadsheetSafe } from './spreadsheet-safe';

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+cmd|"/c calc"!A0', `'+cmd|"/c calc"!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['ONS release', 'ONS release'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('makes %j inert', (input, expected) => {
    expect(spreadsheetSafe(input)).toBe(expected);
  });

  it('keeps real numbers, including negatives, as numbers', () => {
    expect(spreadsheetSafe(-3)).toBe(-3);
    expect(spreadsheetSafe(-0.25)).toBe(-0.25);
    expect(spreadsheetSafe('-3')).toBe('-3');
    expect(spreadsheetSafe('+4.5')).toBe('+4.5');
    expect(spreadsheetSafe(undefined)).toBe('');
  });

  it('never lets a cell start a formula, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = String(spreadsheetSafe(text));
        expect(looksLikeFormula(safe)).toBe(false);
        // Nothing is lost: the original is the cell without the one added apostrophe.
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
    );
  });
});

describe('reading a cell back', () => {
  it('undoes exactly what an export did, for any text', () => {
    const text = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom("'", "''", '=', '+', '-', '@', '\t'), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (t) => fromSpreadsheetCell(String(spreadsheetSafe(t))) === t),
      { numRuns: 1000 },
    );
  });

  it('leaves an apostrophe someone typed before plain text alone', () => {
    expect(fromSpreadsheetCell("'tis the season")).toBe("'tis the season");
    expect(fromSpreadsheetCell("'+2 on last year")).toBe('+2 on last year');
  });
});
