import { axeViolations, browserForThisFile, openPage, screenshot, waitForCards } from './browser';

const browser = browserForThisFile();

// The seed partnerships beside WY&H, each with its own words and shape: one place (Calderdale,
// Halton) or two (Cheshire), commitments judged on figures or on actions, programmes with or
// without a published amount. Every view reads right for each; the screenshots are for a person.

const EXAMPLES = [
  { id: 'calderdale-cares', heading: 'Our four ambitions', plural: 'ambitions', actionsOnly: 4 },
  { id: 'one-halton-carers', heading: 'Our nine improvement areas', plural: 'improvement areas', actionsOnly: 3 },
  { id: 'cheshire-pioneer', heading: 'Our four aims', plural: 'aims', actionsOnly: 2 },
];

describe('the example partnerships in Chromium', () => {
  it.each(EXAMPLES)(
    '$id opens from the home page and reads right in every view; axe finds nothing on its overview (the new pages are audited in setup.e2e.ts)',
    async ({ id, heading, plural, actionsOnly }) => {
      const { page, errors, close } = await openPage(browser(), '/');
      try {
        await page
          .getByRole('link', { name: /Calderdale Cares|One Halton|Cheshire integration pioneer/ })
          .first()
          .waitFor();
        await page.locator(`a[href="/${id}"]`).click();
        await waitForCards(page);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.getByText('Example.', { exact: false }).first().waitFor();
        // A commitment with no figures is judged on its actions, and says so.
        await page
          .getByRole('article', { name: new RegExp(`^\\D+ ${actionsOnly}:`) })
          .getByText('Judged on its actions')
          .waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `example-${id}-overview`);

        await page.goto(page.url().replace(/\/[^/]*$/, `/${id}/ambitions/${actionsOnly}`));
        await page.getByRole('heading', { name: 'Actions and milestones' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `example-${id}-actions`);

        await page.goto(page.url().replace(/\/ambitions\/.*$/, '/progress'));
        await page.getByRole('heading', { level: 1, name: `Progress across ${plural}` }).waitFor();
        await page.getByRole('heading', { name: 'Judged on their actions' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);

        await page.goto(page.url().replace(/\/progress$/, `/present/${actionsOnly}`));
        await page.getByText('Judged on its actions: no figures are tracked for it yet').waitFor();
        await screenshot(page, `example-${id}-slide`);

        await page.goto(page.url().replace(/\/present\/.*$/, '/board-pack'));
        await page.getByRole('heading', { level: 1, name: new RegExp(`progress on our ${plural}`) }).waitFor();
        await page.getByRole('heading', { name: 'What is being done, and what it costs' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
    120_000,
  );
});
