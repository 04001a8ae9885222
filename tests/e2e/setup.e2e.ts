import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, browserForThisFile, identify, openPage, screenshot } from './browser';

const browser = browserForThisFile();

/** Fills a set-up form's fields by label and submits it with the named button. */
async function submit(page: Page, formName: string | RegExp, fields: Record<string, string>, button: string) {
  const form = page.getByRole('form', { name: formName });
  for (const [label, value] of Object.entries(fields)) {
    const field = form.getByLabel(label, { exact: true });
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await form.getByRole('button', { name: button }).click();
}

async function saved(page: Page, what: string | RegExp) {
  await page.getByRole('status').filter({ hasText: what }).first().waitFor();
}

describe('an admin sets up a partnership in the app (built app, mock API, Chromium)', () => {
  it('creates a partnership with two places, an ambition with an indicator and one with only actions; a figure and an update; all there after a reload; axe finds nothing', async () => {
    const { page, errors, close } = await openPage(browser(), '/');
    page.setDefaultTimeout(10_000);
    try {
      await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
      await page.getByRole('link', { name: 'Calderdale Cares' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Set up a new partnership' }).click();
      await page.getByRole('heading', { level: 1, name: 'Set up a new partnership' }).waitFor();
      await identify(page, 'Sam Patel', 'Riverside Borough Council');
      // Nothing typed yet: every problem is named beside its field, and nothing is saved.
      await page.getByRole('button', { name: 'Set up the partnership' }).click();
      await page.getByText(/There are \d+ problems/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'setup-new-errors');

      await submit(
        page,
        'The partnership',
        {
          Name: 'Riverside Health and Care Partnership',
          'Short name': 'Riverside',
          'Word for one commitment': 'priority area',
          'Word for several': 'priority areas',
          'Where the commitments are published': 'Riverside health and wellbeing strategy (a test)',
          'The area as a whole': 'Riverside',
          'Its ONS codes (optional)': 'E06000006',
        },
        'Set up the partnership',
      );
      await page.getByRole('heading', { level: 1, name: 'Set up Riverside' }).waitFor();
      expect(page.url()).toMatch(/\/riverside\/setup$/);

      for (const [name, code] of [
        ['North Riverside', 'E0600000'],
        ['South Riverside', 'E06000007'],
      ]) {
        await page.getByRole('button', { name: 'Add a place' }).click();
        await submit(page, 'Add a place', { Name: name!, 'ONS codes (optional)': code! }, 'Add the place');
        if (code === 'E0600000') {
          // A mistyped code is refused beside its field.
          await page.getByText('“E0600000” is not an ONS code: a code is a letter and eight digits, like E08000033.').waitFor();
          await submit(page, 'Add a place', { 'ONS codes (optional)': 'E06000008' }, 'Add the place');
        }
        await saved(page, `Saved: Added the place ${name}.`);
      }

      await page.getByRole('button', { name: 'Add a priority area' }).click();
      await submit(page, 'Add a priority area', { Title: 'Healthy weight', Commitment: 'We will halve childhood obesity by 2030.' }, 'Add the priority area');
      await saved(page, 'Saved: Added Priority area 1: Healthy weight.');
      await page.getByRole('button', { name: 'Add an indicator to Priority area 1' }).click();
      await submit(
        page,
        'Add an indicator to Priority area 1',
        {
          Name: 'Children obese in Year 6',
          Definition: 'Children in Year 6 measured as obese, as a percentage of those measured.',
          'Which way is better': 'Lower is better',
          'Baseline period': '2023/24',
          'Source of the figures': 'National Child Measurement Programme',
          'Target period': '2029/30',
          'Target value': '12',
          // Nothing is published by default (issue 31): the admin says so.
          'Is the indicator published?': 'Published by the partnership',
        },
        'Add the indicator',
      );
      await saved(page, 'Saved: Added the indicator “Children obese in Year 6” to Priority area 1.');

      await page.getByRole('button', { name: 'Add a priority area' }).click();
      await submit(page, 'Add a priority area', { Title: 'Unpaid carers', Commitment: 'Every carer is known and supported.' }, 'Add the priority area');
      await saved(page, 'Saved: Added Priority area 2: Unpaid carers.');
      await page.getByRole('button', { name: 'Add an action to Priority area 2' }).click();
      await submit(
        page,
        'Add an action to Priority area 2',
        {
          'What will be done': 'Carers’ register shared by every GP practice',
          'Who is responsible': 'Riverside Primary Care Network',
          Due: '2027-03-31',
          Status: 'On track',
          'Is the action published?': 'Illustrative (an example, not published)',
        },
        'Add the action',
      );
      await saved(page, /Saved: Added the action/);
      // A form open with a problem showing, so the audit covers the error state.
      await page.getByRole('button', { name: 'Add a programme' }).click();
      await submit(page, 'Add a programme', { Name: 'Carers’ support fund', 'Funding (optional)': 'lots' }, 'Add the programme');
      await page.getByText('“lots” is not an amount. Write it like £2.6m, £850,000 or 1200000.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'setup-page');
      await page.getByRole('form', { name: 'Add a programme' }).getByRole('button', { name: 'Cancel' }).click();

      // A figure for the indicator, as a programme lead adds one.
      await page.goto(page.url().replace(/\/setup$/, '/ambitions/1?view=table'));
      await page.getByRole('button', { name: 'Update figures' }).click();
      const editor = page.getByRole('region', { name: 'Update Children obese in Year 6 for Riverside' });
      await editor.getByRole('button', { name: 'Add a figure' }).click();
      const form = editor.getByRole('form', { name: 'Add a figure' });
      await form.getByLabel('Period').fill('2024/25');
      await form.getByLabel(/^Value/).fill('21.4');
      await form.getByRole('button', { name: 'Save figure' }).click();
      await editor.getByText(/Saved: add 21.4 for 2024\/25/).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // An update to the action, on the priority area judged on its actions.
      await page.getByRole('link', { name: /Priority area 2: Unpaid carers/ }).click();
      await page.getByRole('heading', { level: 1, name: /Unpaid carers/ }).waitFor();
      await page.getByRole('button', { name: 'Add an update to “Carers’ register shared by every GP practice”' }).click();
      const update = page.getByRole('form', { name: 'Update “Carers’ register shared by every GP practice”' });
      await update.getByLabel('Status now').selectOption({ label: 'At risk' });
      await update.getByLabel('What has happened').fill('Two practices have not signed the data-sharing agreement.');
      await update.getByRole('button', { name: 'Save the update' }).click();
      await saved(page, 'Your update to “Carers’ register shared by every GP practice” is saved.');
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await page.getByText('Latest update', { exact: false }).filter({ hasText: 'Two practices have not signed the data-sharing agreement.' }).waitFor();
      await page.getByText('Actions at risk').first().waitFor();
      await screenshot(page, 'setup-actions-only');

      await page.goto(page.url().replace(/\/ambitions\/2.*$/, '/ambitions/1?view=table'));
      await page
        .getByRole('table', { name: /Children obese in Year 6.*Riverside/ })
        .getByRole('row', { name: /2024\/25/ })
        .waitFor();

      await page.goto(page.url().replace(/\/ambitions\/1.*$/, ''));
      await page.getByRole('heading', { level: 1, name: 'Our two priority areas' }).waitFor();
      await page
        .getByRole('article', { name: /Priority area 2: Unpaid carers/ })
        .getByText('Actions at risk')
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(page.url().replace(/\/riverside$/, '/riverside/setup'));
      await page.getByRole('heading', { name: 'Changes to the set-up' }).waitFor();
      // The set-up as a workbook, and back: read in the browser, nothing changed.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the set-up (.xlsx)' }).click()]);
      expect(download.suggestedFilename()).toBe('riverside-set-up.xlsx');
      const path = await download.path();
      await page
        .getByLabel('Import a workbook')
        .setInputFiles({ name: 'riverside-set-up.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(path!) });
      await page.getByText('riverside-set-up.xlsx: no changes').waitFor();
      await page.getByText(/Update to the action “Carers’ register shared by every GP practice” — Sam Patel/).waitFor();
      await page.getByText(/Set up Riverside Health and Care Partnership — Sam Patel/).waitFor();
      expect(errors).toEqual([]);
    } catch (failure) {
      await screenshot(page, 'setup-failure');
      throw failure;
    } finally {
      await close();
    }
  }, 180_000);
});
