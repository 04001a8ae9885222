import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';

const grid = () => screen.getByRole('table', { name: /Status of each ambition in each place/ });
const rowLabels = () =>
  within(grid())
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.status-grid__number')!.textContent);

async function loaded() {
  await screen.findByRole('heading', { level: 1, name: 'Every place, every ambition' });
  await waitFor(() => expect(within(grid()).queryAllByText('Loading…')).toHaveLength(0));
}

describe('the place × ambition grid', () => {
  it('gives every place’s status for every ambition, in icon and word, judged as the overview judges them', async () => {
    renderApp('/wyh/grid');
    await loaded();
    const headers = within(grid())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers[1]).toMatch(/^West Yorkshire and Harrogate/);
    expect(headers).toHaveLength(1 + 7);
    expect(rowLabels()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const leeds = within(grid())
      .getAllByRole('columnheader')
      .findIndex((th) => th.textContent!.startsWith('Leeds'));
    const ambition1 = within(grid())
      .getByRole('rowheader', { name: /Ambition 1:/ })
      .closest('tr')!;
    const cell = within(ambition1).getAllByRole('cell')[leeds - 1]!;
    expect(cell).toHaveTextContent(/^\d+\.\d(2022-24)?Off tracktarget \d+\.\d; \d+\.\d worse2024: Missed$/);
    expect(ambition1.querySelector('th')).toHaveTextContent('For the 2028 target; beneath, the plan’s 2024 target.');
    expect(cell.querySelector('svg')).not.toBeNull();
  });

  it('shows in every cell the figure the verdict rests on, the verdict and by how much, as Fingertips shows values (issue 32, item 6)', async () => {
    renderApp('/wyh/grid');
    await loaded();
    const cells = within(grid())
      .getAllByRole('cell')
      .filter((c) => c.getAttribute('colspan') === null);
    expect(cells.length).toBeGreaterThanOrEqual(60);
    for (const cell of cells) {
      if (/No figures|Could not be loaded/.test(cell.textContent!)) continue;
      expect(cell.querySelector('.status-grid__value')?.textContent).toMatch(/^-?[\d,]+(\.\d+)?%?/);
      expect(cell.querySelector('.status-badge')).not.toBeNull();
      if (cell.querySelector('.status-badge')!.textContent !== 'Not enough data') expect(cell.querySelector('.status-grid__gap')?.textContent).toMatch(/^target /);
    }
    // An illustrative figure is marked where it stands, in words for a screen reader.
    expect(within(grid()).getAllByText('(illustrative, not published)').length).toBeGreaterThan(0);
  });

  it('sorts by a place, worst first, with the choice in the address and announced on the heading', async () => {
    const app = renderApp('/wyh/grid');
    await loaded();
    await app.user.click(screen.getByRole('button', { name: /^Leeds: sort by status here/ }));
    expect(window.location.search).toBe('?sort=leeds');
    expect(screen.getByRole('columnheader', { name: /^Leeds/ })).toHaveAttribute('aria-sort', 'ascending');
    // Leeds: missed first (3, 8), then off track (1, 4, 9), achieved (5, on its published figures; 6, 10), awaited (2, 7).
    expect(rowLabels()).toEqual(['3', '8', '1', '4', '9', '5', '6', '10', '2', '7']);
    await app.user.click(screen.getByRole('button', { name: /^Ambition: sort in the partnership’s order/ }));
    expect(rowLabels()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('opens sorted from a shared link, and is linked from every page', async () => {
    renderApp('/wyh/grid?sort=wakefield');
    await loaded();
    expect(grid()).toHaveAccessibleName(/sorted by Wakefield/);
    expect(screen.getByRole('link', { name: 'Every place' })).toHaveAttribute('href', '/wyh/grid');
  });
});
