import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeViolations, browserForThisFile, identify, openPage, screenshot } from './browser';

const browser = browserForThisFile();
// The recorded download (made-up values in the API's exact layout): every WY&H area, England,
// other areas and all three sexes of indicator 41001, the suicide rate.
const DOWNLOAD = readFileSync(resolve(__dirname, '../fixtures/fingertips/suicide-41001-all-wyh-areas.csv'));

describe('importing a Fingertips download in Chromium', () => {
  it('imports it as it is; the figures show as published, with the Fingertips source, by the chart and in the table; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/data');
    await page.getByRole('heading', { name: 'Import and export figures', level: 1 }).waitFor();
    await identify(page, 'Priya Shah', 'West Yorkshire Health and Care Partnership');

    await page.getByLabel('CSV file of figures').setInputFiles({ name: 'suicide-rate-fingertips.csv', mimeType: 'text/csv', buffer: DOWNLOAD });
    const preview = page.getByRole('region', { name: 'Check before importing suicide-rate-fingertips.csv' });
    await preview.getByText(/41 rows of the Fingertips download are for WY&H; 193 rows not used:/).waitFor();
    await preview.getByText('Other sexes (Male, Female): 156 rows').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'fingertips-preview-desktop');
    await preview.getByRole('button', { name: 'Import 41 rows' }).click();
    await page.getByRole('region', { name: /Imported 41 figures from suicide-rate-fingertips\.csv/ }).waitFor();

    // By the chart: which figures are published, and where they came from.
    await page.goto(page.url().replace(/\/wyh\/data.*/, '/wyh/ambitions/5?place=wyh'));
    const sources = page.getByRole('list', { name: 'Sources of the published figures for West Yorkshire and Harrogate' });
    await sources.getByText(/^OHID Fingertips, indicator 41001, downloaded \d{1,2} \w{3} \d{4}: 6 figures, 2016-18 to 2021-23$/).waitFor();
    await page.locator('.indicator-chart svg').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'fingertips-chart-desktop');

    // In the table: each figure marked published, with its interval, count and the source.
    await page.goto(page.url().replace(/\?.*/, '?place=wyh&view=table'));
    const row = page.getByRole('table', { name: /Suicide rate.*West Yorkshire and Harrogate/ }).getByRole('row', { name: /^2021-23/ });
    await row.getByText('Published').waitFor();
    await row.getByText(/^95% interval /).waitFor();
    await row.getByText(/^Count [\d,]+ of [\d,]+$/).waitFor();
    await row.getByText(/Aggregated from all known lower geography values Source: OHID Fingertips, indicator 41001, downloaded/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'fingertips-table-phone');
    expect(errors).toEqual([]);
    await close();
  });

  it('maps a sheet with plain headers by keyboard, then previews it; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/data');
    await identify(page, 'Priya Shah', 'West Yorkshire Health and Care Partnership');
    const sheet = ['Indicator,Place,Period,Value', 'Suicide rate,Leeds,2013-15,10.1', 'Suicide rate,Wakefield,2013-15,11.2'].join('\r\n');
    await page.getByLabel('CSV file of figures').setInputFiles({ name: 'plain.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    const step = page.getByRole('region', { name: 'Which columns of plain.csv are which?' });
    await step.waitFor();
    // The step takes focus, so a keyboard user starts there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Which columns of plain.csv are which?');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'column-mapping-desktop');
    await step.getByRole('button', { name: 'Check the sheet with these columns' }).focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('region', { name: 'Check before importing plain.csv' });
    await preview.getByText(/2 rows with figures: 2 new figures/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await close();
  });
});
