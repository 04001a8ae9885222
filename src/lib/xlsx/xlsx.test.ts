import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { columnIndex, readWorkbook, WorkbookError } from './read-xlsx';
import { columnName, writeWorkbook } from './write-xlsx';

describe('an .xlsx workbook written and read back', () => {
  it('keeps every sheet, its text and numbers, in order, and never writes a formula', () => {
    const bytes = writeWorkbook([
      {
        name: 'Places',
        rows: [
          ['Id', 'Name', 'Note'],
          ['halton', 'Halton & Widnes <north>', '=HYPERLINK("x")'],
          ['runcorn', 'Runcorn', undefined],
        ],
      },
      { name: 'Numbers', rows: [['Number'], [12], [0.5], [-3]] },
    ]);
    const sheets = readWorkbook(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Places', 'Numbers']);
    expect(sheets[0]!.rows).toEqual([
      ['Id', 'Name', 'Note'],
      ['halton', 'Halton & Widnes <north>', '=HYPERLINK("x")'],
      ['runcorn', 'Runcorn'],
    ]);
    expect(sheets[1]!.rows).toEqual([['Number'], ['12'], ['0.5'], ['-3']]);
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(xml).not.toContain('<f>');
  });

  it('reads shared strings, as Excel itself writes them', () => {
    const bytes = writeWorkbook([{ name: 'S', rows: [['a']] }]);
    const files = unzipSync(bytes);
    // The same sheet as Excel saves it: text in a shared table, cells pointing at it.
    const shared = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Young carers</t></si><si><r><t>Rich </t></r><r><t>text</t></r></si></sst>';
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="3"><c r="B3"><v>42</v></c></row></sheetData></worksheet>';
    const rebuilt = zipSync({ ...files, 'xl/sharedStrings.xml': strToU8(shared), 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    expect(readWorkbook(rebuilt)[0]!.rows).toEqual([['Young carers', '', 'Rich text'], [], ['', '42']]);
  });

  it('says plainly when a file is not a workbook', () => {
    expect(() => readWorkbook(new TextEncoder().encode('Id,Name\nhalton,Halton'))).toThrow(WorkbookError);
    expect(() => readWorkbook(new TextEncoder().encode('Id,Name'))).toThrow(/not an Excel workbook/);
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(['A1', 'Z9', 'AA1', 'ZZ3', 'AAA7'].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });
});
