import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';

async function loaded() {
  await waitFor(() => expect(screen.queryByText(/Loading the figures for/)).not.toBeInTheDocument(), { timeout: 10_000 });
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('a')!.textContent);

describe('Progress across big ambitions', () => {
  it('puts every ambition on one scale, furthest behind first, with a summary and a table', async () => {
    renderApp('/wyh/progress?place=leeds');
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress across big ambitions' })).toBeInTheDocument();
    await loaded();
    const chart = screen.getByRole('img', { name: /big ambitions have made at least as much of the change as the time gone/ });
    expect(chart).toBeInTheDocument();
    // Leeds: the men's life-expectancy gap widened (−145% of the change) with 75% of the time gone.
    expect(chart).toHaveAccessibleName(
      /Furthest behind: ambition 1 \(Gap in life expectancy between most and least deprived areas, men\): Moved the wrong way \(\u2212145% of the change\) with 75% of the time gone \(by 2021-23\)\./,
    );
    const table = screen.getByRole('table', { name: /Progress across big ambitions/ });
    expect(rowNames(table).slice(0, 2)).toEqual(['1. Years lived in good health, and the deprivation gap', '5. Suicide']);
    const suicide = within(table).getByRole('rowheader', { name: /^5\./ }).closest('tr')!;
    expect(within(suicide).getByText('Missed')).toBeInTheDocument();
    expect(within(suicide).getByText('\u221297%')).toBeInTheDocument();
    expect(within(suicide).getByText('185%')).toBeInTheDocument();
    // Time is capped at 100% once the target period has passed: 100 − (−97) = 197 points behind.
    expect(within(suicide).getByText('+197')).toBeInTheDocument();
  });

  it('sorts by ambition number or furthest ahead, and keeps the choice in the URL', async () => {
    const app = renderApp('/wyh/progress');
    await screen.findByRole('heading', { level: 1, name: 'Progress across big ambitions' });
    await loaded();
    await app.user.selectOptions(screen.getByLabelText('Order'), 'Ambition number');
    const table = screen.getByRole('table', { name: /Progress across big ambitions/ });
    expect(rowNames(table).map((n) => n!.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(app.router.state.location.search).toBe('?order=ambition');
    await app.user.selectOptions(screen.getByLabelText('Order'), 'Furthest ahead first');
    // The "behind or ahead" column, read as numbers, now rises down the table.
    const lags = within(screen.getByRole('table', { name: /Progress across big ambitions/ }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell'))
      .filter((cells) => cells.length > 2)
      .map((cells) => Number(cells[4]!.textContent!.replace('\u2212', '-')));
    expect(lags.length).toBeGreaterThan(5);
    expect(lags).toEqual([...lags].sort((a, b) => a - b));
  });

  it('is linked from every page', async () => {
    renderApp('/wyh');
    expect(await screen.findByRole('link', { name: 'Progress' })).toHaveAttribute('href', '/wyh/progress');
  });
});
