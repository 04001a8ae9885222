import { axeViolations, openPage, screenshot, browserForThisFile } from './browser';

const browser = browserForThisFile();

describe('updating figures in Chromium, on the built app with the mock API', () => {
  it('changes a value that is still there, and in the history, after a reload; no axe violations', async () => {
    const { page, errors, close } = await openPage(browser(), '/wyh/ambitions/5?place=leeds&view=table');
    await page.getByRole('button', { name: 'Update figures' }).click();
    await page.getByLabel('Your name').fill('Alice Adams');
    await page.getByLabel('Organisation').fill('Leeds Health and Care Partnership');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start updating' }).click();

    const editor = page.getByRole('region', { name: 'Update Suicide rate for Leeds' });
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

    await page.reload();
    const table = page.getByRole('table', { name: /Suicide rate.*Leeds/ });
    await table.waitFor();
    await table.getByRole('row', { name: /2022-24/ }).getByText('9.9').waitFor();
    await page.getByText(/Changes to these figures \(1\)/).click();
    await page.getByText(/2022-24: .* → 9\.9/).waitFor();
    await page.getByText('“Checked against the 2025 release”').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
