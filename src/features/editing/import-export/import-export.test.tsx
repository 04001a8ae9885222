import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { db, seriesKey } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/helpers/render-app';
import { captureDownloads } from '../../../../tests/helpers/capture-downloads';
import { identifyEditor } from '../../../../tests/helpers/identify-editor';

const LEEDS = seriesKey('wyh', 'suicide-rate', 'leeds');
// Illustrative, with intervals: the corrections below clear one.
const BRADFORD = seriesKey('wyh', 'suicide-rate', 'bradford');
const storedValue = (period: string, key = LEEDS) => db.series.get(key)!.points.find((p) => p.period === period)?.value;

async function openDataPage() {
  const app = renderApp('/wyh/data');
  await screen.findByRole('heading', { name: 'Import and export figures', level: 1 });
  return app;
}

const csvFile = (rows: string[], name = 'leeds-update.csv') =>
  new File([['indicator_id,place_id,period,value,lower,upper,source,note', ...rows].join('\r\n')], name, { type: 'text/csv' });

describe('Importing figures from CSV', () => {
  it('previews good and bad rows by row and column, then imports only the valid ones', async () => {
    const { user } = await openDataPage();
    await identifyEditor(user);
    const file = csvFile([
      'suicide-rate,bradford,2023-25,10.4,,,ONS 2026 release,',
      // The old interval belongs to the old value: cleared explicitly (a blank cell keeps it).
      'suicide-rate,bradford,2022-24,9.9,[clear],[clear],,Revised',
      'suicide-rate,bradford,2019/21,abc,,,,',
      'no-such-indicator,leeds,2023,1,,,,',
      'suicide-rate,york,2023,1,,,,',
      'suicide-rate,wakefield,2024,=1+2,,,,',
      'suicide-rate,wakefield,2024,5,,,"=HYPERLINK(""http://evil.example"")",',
      ',,,,,,,',
    ]);
    const was2224 = db.series.get(BRADFORD)!.points.find((p) => p.period === '2022-24')!;
    await user.upload(screen.getByLabelText('CSV file of figures'), file);
    const preview = await screen.findByRole('region', { name: 'Check before importing leeds-update.csv' });
    expect(within(preview).getByText(/7 rows with figures: 1 new figure, 1 correction, 0 unchanged figures and/)).toBeInTheDocument();
    const problems = within(preview).getByRole('table', { name: 'Rows with problems (not imported)' });
    const problemRows = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .join(' | ')
          .replace(/^/, `${within(r).getByRole('rowheader').textContent}: `),
      );
    expect(problemRows).toEqual([
      '4: period | "2019/21" is not a period we recognise: a financial year runs into the next year, like 2019/20. Write it like 2019, 2019/20, 2016-18, 2017/18-19/20, 2021 Q3, 2021/22 Q1, Mar 2021, 2021-W09 (a week) or 3 Mar 2021 (a day).',
      '4: value | "abc" is not a number. Write it like 1234.5, 1,234.5, 12% or -3.',
      "5: indicator_id | No indicator “no-such-indicator” in WY&H. Use an id from the template, or the indicator's name.",
      "6: place_id | No place “york” in WY&H. Use a place's id or name: West Yorkshire and Harrogate, Bradford District and Craven, Calderdale, Harrogate, Kirklees, Leeds, Wakefield.",
      '7: value | "=1+2" looks like a formula, not a number.',
      '8: source | This starts with “=”, so a spreadsheet would run it as a formula. Start it with a word instead.',
    ]);
    const changes = within(preview).getByRole('table', { name: 'Figures that will be saved' });
    expect(
      within(changes)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'RowIndicatorPlacePeriodWhat changes (now → after import)',
      '2Suicide rateBradford District and Craven2023-25New figure: 10.4',
      `3Suicide rateBradford District and Craven2022-24Value: ${was2224.value} → 9.9Lower bound: ${was2224.lower} → (none)Upper bound: ${was2224.upper} → (none)Note: ${was2224.note ?? '(none)'} → Revised`,
    ]);
    expect(storedValue('2023-25', BRADFORD)).toBeUndefined();

    await user.click(within(preview).getByRole('button', { name: 'Import 2 valid rows' }));
    const result = await screen.findByRole('region', { name: 'Imported 2 figures from leeds-update.csv' });
    expect(within(result).getByText('1 of 1 series saved.')).toBeInTheDocument();
    expect(within(result).getByRole('row', { name: /Suicide rate, Bradford District and Craven/ })).toHaveTextContent('2Saved');
    expect(storedValue('2023-25', BRADFORD)).toBe(10.4);
    expect(storedValue('2022-24', BRADFORD)).toBe(9.9);
    const [entry] = db.history.get(BRADFORD)!;
    expect(entry).toMatchObject({ editor: { name: 'Alice Adams' }, note: 'Imported from leeds-update.csv' });
    expect(db.series.get(BRADFORD)!.points.find((p) => p.period === '2022-24')!.note).toBe('Revised');
    expect(entry!.changes.map((c) => c.period)).toEqual(['2022-24', '2023-25']);
    expect(db.series.get(seriesKey('wyh', 'suicide-rate', 'wakefield'))!.version).toBe(1);
  });

  it('imports nothing when the lead cancels', async () => {
    const { user } = await openDataPage();
    await identifyEditor(user);
    await user.upload(screen.getByLabelText('CSV file of figures'), csvFile(['suicide-rate,leeds,2023-25,10.4,,,,']));
    await user.click(await screen.findByRole('button', { name: 'Cancel, import nothing' }));
    expect(await screen.findByText('Nothing was imported from leeds-update.csv.')).toBeInTheDocument();
    expect(storedValue('2023-25')).toBeUndefined();
    expect(db.history.get(LEEDS)).toBeUndefined();
  });

  it('refuses a file without the columns it needs, and a file that is not CSV, at the file input', async () => {
    const { user } = await openDataPage();
    await identifyEditor(user);
    // A sheet with headers of its own is not refused: the lead says which column is which, and cannot go on without the four needed.
    await user.upload(screen.getByLabelText('CSV file of figures'), new File(['name,score\nx,1'], 'scores.csv', { type: 'text/csv' }));
    const step = await screen.findByRole('region', { name: 'Which columns of scores.csv are which?' });
    await user.click(within(step).getByRole('button', { name: 'Check the sheet with these columns' }));
    expect(within(step).getByRole('alert')).toHaveTextContent(
      'Choose the column that holds the indicator (its name or id).Choose the column that holds the place (its name or id).Choose the column that holds the period.Choose the column that holds the value.',
    );
    await user.click(within(step).getByRole('button', { name: 'Cancel, import nothing' }));
    expect(await screen.findByText('Nothing was imported from scores.csv.')).toBeInTheDocument();
    const input = screen.getByLabelText('CSV file of figures');
    await user.upload(input, new File(['x'], 'figures.xlsx', { type: 'text/csv' }));
    expect(input).toHaveAccessibleDescription(/figures.xlsx is not a CSV file/);
    const huge = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 6_000_000 });
    await user.upload(input, huge);
    expect(input).toHaveAccessibleDescription(/huge.csv is 6.0 MB; the most this page reads is 5 MB/);
  });
});

describe('Exporting figures', () => {
  it('writes every figure as CSV with formula text made inert and negative numbers kept as numbers', async () => {
    const files = captureDownloads();
    const leeds = db.series.get(LEEDS)!;
    const { lower: _l, upper: _u, ...first } = leeds.points[0]!;
    leeds.points[0] = { ...first, value: -3, note: '=HYPERLINK("http://evil.example","Click")', source: '@SUM(A1:A9)' };
    const { user } = await openDataPage();
    await user.click(screen.getByRole('button', { name: 'Every figure (CSV)' }));
    expect(await screen.findByText(/Downloaded wyh-figures-2026-11-24\.csv: \d+ figures\./)).toBeInTheDocument();
    // A byte-order mark first, so Excel reads the file as UTF-8 (Blob.text() drops it when decoding).
    expect([...new Uint8Array(await files[0]!.blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await files[0]!.blob.text();
    expect(text.startsWith('indicator_id,indicator_name,place_id,place_name,period,value,lower,upper,count,denominator,provenance,source,note,comments\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text).data;
    const row = rows.find((r) => r[0] === 'suicide-rate' && r[2] === 'leeds' && r[4] === leeds.points[0]!.period)!;
    expect(row[5]).toBe('-3');
    expect(row[11]).toBe(`'@SUM(A1:A9)`);
    expect(row[12]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    // Comments on a figure travel with it, in a column import leaves alone.
    const cancer2020 = rows.find((r) => r[0] === 'cancer-early-stage' && r[2] === 'wyh' && r[4] === '2020')!;
    expect(cancer2020[13]).toBe('2020 figure affected by the pandemic: fewer people came forward with symptoms. (Sample programme lead, 2026-09-15)');
    // No cell anywhere starts a formula.
    expect(rows.flat().filter((cell) => /^[=+@\t\r]/.test(cell) || /^-[^\d]/.test(cell))).toEqual([]);
  });

  it('downloads nothing, and says which, when a set of figures cannot be loaded', async () => {
    const files = captureDownloads();
    server.use(http.get('/api/frameworks/wyh/indicators/suicide-rate/series/leeds', () => new HttpResponse(null, { status: 500 })));
    const { user } = await openDataPage();
    await user.click(screen.getByRole('button', { name: 'Every figure (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 set of figures could not be loaded (Suicide rate, Leeds). Nothing was downloaded; try again.');
    expect(files).toEqual([]);
  });

  it('exports everything as JSON, with the history, and the import template', async () => {
    const files = captureDownloads();
    const { user } = await openDataPage();
    await user.click(screen.getByRole('button', { name: 'Everything (JSON)' }));
    await screen.findByText(/Downloaded wyh-export-2026-11-24\.json: 126 sets of figures with their history\./);
    const json = JSON.parse(await files[0]!.blob.text());
    expect(json.framework.ambitions).toHaveLength(10);
    expect(json.series).toHaveLength(126);
    expect(json.history['suicide-rate/leeds']).toEqual([]);
    expect(json.about).toContain('"illustrative"');
    await user.click(screen.getByRole('button', { name: 'Import template (CSV)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const template = Papa.parse<string[]>(await files[1]!.blob.text(), { skipEmptyLines: true }).data;
    expect(template).toHaveLength(1 + 18 * 7);
    const first = db.frameworks.get('wyh')!.ambitions[0]!.indicators[0]!;
    expect(template[1]!.slice(0, 6)).toEqual([first.id, first.name, 'wyh', 'West Yorkshire and Harrogate', '', '']);
  });
});
