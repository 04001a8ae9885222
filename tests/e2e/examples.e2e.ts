import { axeViolations, browserForThisFile, openPage, screenshot, waitForCards } from './browser';

const browser = browserForThisFile();

// The seed partnerships beside WY&H, each with its own words and shape: one place (Calderdale,
// Halton) or two (Cheshire), commitments judged on figures or on actions, programmes with or
// without a published amount. Each opens from the home page and reads in its own words; one of
// them is followed through every view. The new pages are audited in setup.e2e.ts; the
// screenshots are for a person to look at.

const EXAMPLES = [
  { id: 'calderdale-cares', heading: 'Our four ambitions', actionsOnly: 4 },
  { id: 'one-halton-carers', heading: 'Our nine improvement areas', actionsOnly: 3 },
  { id: 'cheshire-pioneer', heading: 'Our four aims', actionsOnly: 2 },
];

describe('the example partnerships in Chromium', () => {
  it('each opens from the home page, in its own words, with a commitment judged on its actions; axe finds nothing', async () => {
    const { page, errors, close } = await openPage(browser(), '/');
    try {
      for (const { id, heading, actionsOnly } of EXAMPLES) {
        await page.locator(`a[href="/${id}"]`).click();
        await waitForCards(page);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.getByText('Example.', { exact: false }).first().waitFor();
        await page
          .getByRole('article', { name: new RegExp(`^\\D+ ${actionsOnly}:`) })
          .getByText('Judged on its actions')
          .waitFor();
        await screenshot(page, `example-${id}-overview`);
        if (id === 'cheshire-pioneer') expect(await axeViolations(page)).toEqual([]);
        await page.getByRole('link', { name: 'All partnerships' }).click();
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it('One Halton reads right in every view: a commitment’s actions, progress, its slide, the board pack', async () => {
    const { page, errors, close } = await openPage(browser(), '/one-halton-carers/ambitions/3');
    try {
      await page.getByRole('heading', { name: 'Actions and milestones' }).waitFor();
      await page.getByText(/its status is judged on these actions, not on figures/).waitFor();
      await screenshot(page, 'example-one-halton-carers-actions');
      await page.goto(page.url().replace(/\/ambitions\/3$/, '/progress'));
      await page.getByRole('heading', { level: 1, name: 'Progress across improvement areas' }).waitFor();
      await page.getByRole('heading', { name: 'Judged on their actions' }).waitFor();
      await page.goto(page.url().replace(/\/progress$/, '/present/3'));
      await page.getByText('Judged on its actions: no figures are tracked for it yet').waitFor();
      await screenshot(page, 'example-one-halton-carers-slide');
      await page.goto(page.url().replace(/\/present\/3$/, '/board-pack'));
      await page.getByRole('heading', { level: 1, name: /progress on our improvement areas/ }).waitFor();
      await page.getByRole('heading', { name: 'What is being done, and what it costs' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
