import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../tests/helpers/render-app';

// Issue 32, item 9: what a board member reads is what they would say. Phrases found on the pages
// and rewritten; none may come back on the pages they were found on.
const NOT_PLAIN = [/times as likely (better|worse)/, /holding the line/i, /time gone/, /figures service/, /\(the figure for /, /by 0\.0\b/];

async function settled() {
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(document.body.textContent).not.toMatch(/Loading/));
}

describe('plain words on the pages a board member reads', () => {
  for (const address of ['/wyh?place=leeds', '/wyh', '/wyh/ambitions/8?place=leeds', '/wyh/progress', '/wyh/grid', '/calderdale-cares/ambitions/1']) {
    it(`says nothing a board member would not on ${address}`, async () => {
      renderApp(address);
      await settled();
      const text = document.body.textContent!;
      for (const phrase of NOT_PLAIN) expect(text).not.toMatch(phrase);
    });
  }
});
