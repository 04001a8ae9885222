import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { server } from '../../../../mocks/node';
import { resolve } from 'node:path';
import { db, seriesKey } from '../../../../mocks/db';
import { renderApp } from '../../../../tests/helpers/render-app';
import { identifyEditor } from '../../../../tests/helpers/identify-editor';

// A lead chooses a Fingertips download as it is (recorded layout, made-up values): every WY&H
// area, England, other areas and all three sexes in one file.
const DOWNLOAD = readFileSync(resolve(__dirname, '../../../../tests/fixtures/fingertips/suicide-41001-all-wyh-areas.csv'), 'utf8');
const downloaded = new Date('2026-11-20T10:00:00Z');
const recorded = (areaType: string) => {
  try {
    return readFileSync(resolve(__dirname, `../../../../tests/fixtures/fingertips/suicide-41001-area-type-${areaType}.csv`), 'utf8');
  } catch {
    return undefined;
  }
};
const FINGERTIPS = 'https://fingertips.phe.org.uk/api/all_data/csv/by_indicator_id';

describe('Importing a Fingertips download', () => {
  it('imports the rows for every WY&H place in one step, counting the rest, and keeps intervals, counts and notes', async () => {
    const { user } = renderApp('/wyh/data');
    await screen.findByRole('heading', { name: 'Import and export figures', level: 1 });
    await identifyEditor(user);
    const file = new File([DOWNLOAD], 'indicators-DistrictUApre419.data.csv', { type: 'text/csv', lastModified: downloaded.getTime() });
    await user.upload(screen.getByLabelText('CSV file of figures'), file);

    const preview = await screen.findByRole('region', { name: 'Check before importing indicators-DistrictUApre419.data.csv' });
    expect(within(preview).getByText(/41 rows of the Fingertips download are for WY&H; 193 rows not used:/)).toBeInTheDocument();
    const unusedList = within(preview).getByText(/rows not used:/).nextElementSibling as HTMLElement;
    const unused = within(unusedList)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(unused).toEqual([
      'Other sexes (Male, Female): 156 rows',
      'Other areas (England, Bradford, Craven and 3 more): 36 rows',
      expect.stringMatching(/^No value in Fingertips \(Value suppressed.*\): 1 row$/),
    ]);
    expect(within(preview).queryByRole('table', { name: 'Rows with problems (not imported)' })).toBeNull();

    await user.click(within(preview).getByRole('button', { name: /^Import 41 rows$/ }));
    // Seven series saved one after another through the mock API: some 3 s on a quiet machine, so
    // more than the usual 5 s wait on a busy one.
    await screen.findByRole('region', { name: /Imported 41 figures from/ });
    const board = db.series.get(seriesKey('wyh', 'suicide-rate', 'wyh'))!.points.find((p) => p.period === '2021-23')!;
    expect(board).toMatchObject({
      provenance: 'published',
      source: 'OHID Fingertips, indicator 41001, downloaded 20 Nov 2026',
      note: 'Aggregated from all known lower geography values',
      count: expect.any(Number),
      denominator: expect.any(Number),
    });
    expect(board.lower).toBeLessThan(board.value);
    // Bradford District and Craven's figures are the sub-ICB location's, not Bradford district's.
    const bdc = db.series.get(seriesKey('wyh', 'suicide-rate', 'bradford'))!.points.find((p) => p.period === '2016-18')!;
    expect(bdc.value).toBe(11.8);
  });

  it('takes cells pasted from a spreadsheet, tab-separated, with place names instead of ids', async () => {
    const { user } = renderApp('/wyh/data');
    await screen.findByRole('heading', { name: 'Import and export figures', level: 1 });
    await identifyEditor(user);
    await user.click(screen.getByText('Or paste cells from a spreadsheet'));
    const box = screen.getByLabelText('Cells, with their header row');
    await user.click(box);
    await user.paste('indicator_id\tplace_name\tperiod\tvalue\tsource\nsuicide-rate\tWakefield\t2014-16\t9.1\tLocal audit 2028');
    await user.click(screen.getByRole('button', { name: 'Check the pasted cells' }));
    const preview = await screen.findByRole('region', { name: 'Check before importing the pasted cells' });
    expect(within(preview).getByText(/1 row with figures: 1 new figure, 0 corrections/)).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: 'Figures that will be saved' })).toHaveTextContent('Suicide rateWakefield2014-16New figure: 9.1');
  });

  it('checks Fingertips from the indicator’s link: fetches each area type, then the usual preview', async () => {
    const asked: string[] = [];
    server.use(
      http.get(FINGERTIPS, ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.search);
        const body = url.searchParams.get('indicator_ids') === '41001' ? recorded(url.searchParams.get('child_area_type_id')!) : undefined;
        return body ? new HttpResponse(body, { headers: { 'Content-Type': 'text/csv' } }) : new HttpResponse('', { status: 200 });
      }),
    );
    const { user } = renderApp('/wyh/data?fingertips=suicide-rate');
    await screen.findByRole('heading', { name: 'Import and export figures', level: 1 });
    await identifyEditor(user);
    const preview = await screen.findByRole('region', { name: 'Check before importing Fingertips indicator 41001 (Suicide rate)' });
    expect(asked).toEqual([
      '?indicator_ids=41001&child_area_type_id=401&parent_area_type_id=15',
      '?indicator_ids=41001&child_area_type_id=66&parent_area_type_id=15',
      '?indicator_ids=41001&child_area_type_id=221&parent_area_type_id=15',
    ]);
    expect(within(preview).getByText(/41 rows of the Fingertips download are for WY&H/)).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: 'Figures that will be saved' })).toHaveTextContent(
      /Source: .* → OHID Fingertips, indicator 41001, downloaded \d+ \w{3} 2026/,
    );
  });

  it('says when the browser cannot reach Fingertips, and offers the CSV route', async () => {
    server.use(http.get(FINGERTIPS, () => HttpResponse.error()));
    const { user } = renderApp('/wyh/data');
    await screen.findByRole('heading', { name: 'Import and export figures', level: 1 });
    await identifyEditor(user);
    await user.click(screen.getByText('Or check Fingertips for new figures'));
    await user.click(screen.getByRole('button', { name: 'Check Fingertips for Suicide rate' }));
    expect(
      await screen.findByText(
        /Fingertips indicator 41001 \(Suicide rate\) could not be fetched from this browser \(Area type 401: .*\)\..*Download the indicator's data as CSV from fingertips.phe.org.uk and choose that file above/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('CSV file of figures')).toBeInTheDocument();
  });

  it('maps a sheet with its own headers through a clear step, names the sheet’s columns in problems, and can say every row is for one place', async () => {
    const { user } = renderApp('/wyh/data');
    await screen.findByRole('heading', { name: 'Import and export figures', level: 1 });
    await identifyEditor(user);
    const sheet = ['Indicator,Year,Rate', 'Suicide rate,2013-15,10.1', 'Suicide rates,2014-16,10.3'].join('\r\n');
    await user.upload(screen.getByLabelText('CSV file of figures'), new File([sheet], 'wakefield.csv', { type: 'text/csv' }));
    const step = await screen.findByRole('region', { name: 'Which columns of wakefield.csv are which?' });
    expect(within(step).getByLabelText('Indicator (its name or id)')).toHaveDisplayValue('Column “Indicator” (first row: Suicide rate)');
    expect(within(step).getByLabelText('Period')).toHaveDisplayValue('Column “Year” (first row: 2013-15)');
    expect(within(step).getByLabelText('Value')).toHaveDisplayValue('Column “Rate” (first row: 10.1)');
    await user.click(within(step).getByRole('button', { name: 'Check the sheet with these columns' }));
    expect(within(step).getByRole('alert')).toHaveTextContent('Choose the column that holds the place (its name or id).');
    await user.selectOptions(within(step).getByLabelText('Place (its name or id)'), 'Wakefield');
    await user.click(within(step).getByRole('button', { name: 'Check the sheet with these columns' }));
    const preview = await screen.findByRole('region', { name: 'Check before importing wakefield.csv' });
    expect(within(preview).getByText(/2 rows with figures: 1 new figure, 0 corrections/)).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: 'Rows with problems (not imported)' })).toHaveTextContent('3Indicator' + 'No indicator “Suicide rates” in WY&H.');
  });
});
