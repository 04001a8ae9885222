import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';

// Issue 31: the home page says, for each partnership, how many of its figures are published and
// how many illustrative, and marks one with illustrative figures, the WY&H sample as the examples.

describe('the list of partnerships', () => {
  it('counts each partnership’s published and illustrative figures, and marks every one with illustrative figures', async () => {
    renderApp('/');
    const wyh = (await screen.findByRole('link', { name: 'West Yorkshire and Harrogate Health and Care Partnership' })).closest('li')!;
    expect(within(wyh).getByText('Illustrative')).toBeInTheDocument();
    expect(within(wyh).getByText(/^330 of its 9\d\d figures are published, each with its source; the other \d+ are illustrative\.$/)).toBeInTheDocument();
    const calderdale = screen.getByRole('link', { name: 'Calderdale Cares' }).closest('li')!;
    expect(within(calderdale).getByText('Example')).toBeInTheDocument();
    expect(within(calderdale).getByText(/^All \d+ of its figures are illustrative: none is published\.$/)).toBeInTheDocument();
  });

  it('counts each partnership’s statuses on its card, as its overview counts them (issue 32, item 10)', async () => {
    renderApp('/');
    const wyh = (await screen.findByRole('link', { name: 'West Yorkshire and Harrogate Health and Care Partnership' })).closest('li')!;
    const statuses = await within(wyh).findByRole('list', { name: 'Statuses for West Yorkshire and Harrogate' });
    // The overview's summary for the whole partnership: 4 missed, 3 off track, 1 at risk, 2 awaited.
    expect(
      within(statuses)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['4 Missed', '3 Off track', '1 At risk', '2 Awaiting figure']);
  });
});
