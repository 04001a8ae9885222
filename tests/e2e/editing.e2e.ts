import { axeViolations, baseURL, browserForThisFile, identify, openFiguresHistory, openPage, screenshot } from './browser';

const browser = browserForThisFile();

describe('updating figures in Chromium, on the built app with the mock API', () => {
  it('changes a value that is still there, and in the history, after a reload; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/ambitions/5?place=bradford&view=table');
    await page.getByRole('button', { name: 'Update figures' }).click();
    await page.getByLabel('Your name').fill('Alice Adams');
    await page.getByLabel('Organisation').fill('Leeds Health and Care Partnership');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start updating' }).click();

    const editor = page.getByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
    await editor.getByRole('button', { name: 'Correct 2022-24' }).click();
    const form = editor.getByRole('form', { name: 'Correct the 2022-24 figure' });
    await form.getByLabel(/^Value/).fill('9.87');
    await form.getByLabel('Lower bound (optional)').fill('');
    await form.getByLabel('Upper bound (optional)').fill('');
    await form.getByLabel(/Why are you making this change/).fill('Checked against the 2025 release');
    // Show a validation message too, so the audit covers the error state.
    await form.getByLabel('Period').fill('2019/21');
    await form.getByRole('button', { name: 'Save figure' }).click();
    await form.getByText(/is not a period we recognise/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'editing-desktop');
    await form.getByLabel('Period').fill('2022-24');
    await form.getByRole('button', { name: 'Save figure' }).click();
    await editor.getByText(/Saved: correct the 2022-24 figure to 9.87/).waitFor();

    // The baseline, targets and source form, with a validation message showing, at desktop and phone width.
    await page.getByText('Change the baseline, targets or source of Suicide rate').click();
    const definition = page.getByRole('form', { name: 'Baseline, targets and source of Suicide rate' });
    await definition.getByRole('button', { name: 'Add a target (e.g. a revised one)' }).click();
    await definition.getByRole('button', { name: 'Save baseline, targets and source' }).click();
    await definition.getByText('Give the target a name, e.g. “Revised (2023 plan)”.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'editing-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1920, height: 1080 });

    await page.reload();
    const table = page.getByRole('table', { name: /Suicide rate.*Bradford District and Craven/ });
    await table.waitFor();
    await table
      .getByRole('row', { name: /2022-24/ })
      .getByText('9.9')
      .waitFor();
    await openFiguresHistory(page, '1 change, newest first.');
    await page.getByText(/2022-24: .* → 9\.9/).waitFor();
    await page.getByText('“Checked against the 2025 release”').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('importing figures from a CSV file in Chromium', () => {
  it('previews good and bad rows, imports the good ones, and they are there after a reload; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/data');
    await page.getByRole('heading', { name: 'Import and export figures', level: 1 }).waitFor();
    await identify(page);
    expect(await axeViolations(page)).toEqual([]);

    const csv = [
      'indicator_id,place_id,period,value,lower,upper,source,note',
      'suicide-rate,bradford,2023-25,10.4,,,ONS 2026 release,',
      'suicide-rate,bradford,2019/21,abc,,,,',
      'suicide-rate,york,2023,1,,,,',
      'suicide-rate,wakefield,2023-25,=1+2,,,,',
    ].join('\r\n');
    await page.getByLabel('CSV file of figures').setInputFiles({ name: 'leeds-update.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.getByRole('region', { name: 'Check before importing leeds-update.csv' });
    await preview.waitFor();
    const problems = preview.getByRole('table', { name: 'Rows with problems (not imported)' });
    expect(await problems.getByRole('row').count()).toBe(1 + 4);
    await problems
      .getByRole('row', { name: /^5 value/ })
      .getByText('looks like a formula')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-preview-desktop');

    await preview.getByRole('button', { name: 'Import 1 valid row' }).click();
    const result = page.getByRole('region', { name: 'Imported 1 figure from leeds-update.csv' });
    await result.getByText('1 of 1 series saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await result.getByRole('link', { name: 'Suicide rate, Bradford District and Craven' }).click();
    await page.reload();
    const table = page.getByRole('table', { name: /Suicide rate.*Bradford District and Craven/ });
    await table
      .getByRole('row', { name: /2023-25/ })
      .getByText('10.4')
      .waitFor();
    await openFiguresHistory(page, '1 change, newest first.');
    await page.getByText('“Imported from leeds-update.csv”').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});

describe('an edit made offline in Chromium', () => {
  it('is kept when the tab is closed, and saved when the app is opened again online', async () => {
    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/wyh/ambitions/5?place=bradford&view=table`);
    await page.getByRole('button', { name: 'Update figures' }).click();
    await identify(page);
    const editor = page.getByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
    await editor.waitFor();

    await context.setOffline(true);
    await editor.getByRole('button', { name: 'Delete 2016-18' }).click();
    await editor.getByRole('button', { name: 'Yes, delete 2016-18' }).click();
    await editor.getByText(/This device is offline/).waitFor();
    const counter = page.getByRole('button', { name: '1 change not yet saved' });
    await counter.click();
    await page
      .getByText(/delete the 2016-18 figure/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pending-offline-desktop');
    await page.close();

    // Back online, a new tab of the app sends what the closed one kept.
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${baseURL()}/wyh/ambitions/5?place=bradford&view=table`);
    await again.getByRole('table', { name: /Suicide rate.*Bradford District and Craven/ }).waitFor();
    await openFiguresHistory(again, '1 change, newest first.');
    expect(await again.getByRole('button', { name: /not yet saved/ }).count()).toBe(0);
    expect(
      await again
        .getByRole('table', { name: /Suicide rate.*Bradford District and Craven/ })
        .getByRole('rowheader', { name: '2016-18' })
        .count(),
    ).toBe(0);
    await context.close();
  });
});

describe('two tabs of one browser editing offline in Chromium (issue 13, path 1)', () => {
  it('keeps and sends the edits of both tabs, and each tab shows them all', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const openTab = async () => {
      const page = await context.newPage();
      await page.goto(`${baseURL()}/wyh/ambitions/5?place=bradford&view=table`);
      return page;
    };
    const tabA = await openTab();
    await tabA.getByRole('button', { name: 'Update figures' }).click();
    await tabA.getByLabel('Your name').fill('Alice Adams');
    await tabA.getByLabel('Organisation').fill('Leeds Health and Care Partnership');
    await tabA.getByRole('button', { name: 'Start updating' }).click();
    await tabA.getByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' }).waitFor();
    // Update mode and who is editing are kept by the browser: the second tab opens in them.
    const tabB = await openTab();
    await tabB.getByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' }).waitFor();

    await context.setOffline(true);
    const deleteIn = async (page: typeof tabA, period: string) => {
      const editor = page.getByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
      await editor.getByRole('button', { name: `Delete ${period}` }).click();
      await editor.getByRole('button', { name: `Yes, delete ${period}` }).click();
      await editor.getByText(/This device is offline/).waitFor();
    };
    await deleteIn(tabA, '2016-18');
    await deleteIn(tabB, '2017-19');
    // Each tab shows the true state: both edits, kept.
    for (const page of [tabA, tabB]) await page.getByRole('button', { name: '2 changes not yet saved' }).waitFor();

    await context.setOffline(false);
    await tabA.evaluate(() => window.dispatchEvent(new Event('online')));
    await tabB.evaluate(() => window.dispatchEvent(new Event('online')));
    for (const page of [tabA, tabB]) await page.getByRole('button', { name: /not yet saved/ }).waitFor({ state: 'detached' });

    const check = await openTab();
    const table = check.getByRole('table', { name: /Suicide rate.*Bradford District and Craven/ });
    await table.waitFor();
    await openFiguresHistory(check, '1 change, newest first.');
    for (const period of ['2016-18', '2017-19']) expect(await table.getByRole('rowheader', { name: period }).count()).toBe(0);
    await context.close();
  });
});
