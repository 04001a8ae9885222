import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/render-app';
import { captureDownloads } from '../../../tests/helpers/capture-downloads';

async function loaded() {
  await waitFor(() => expect(screen.queryByText(/Loading the figures for/)).not.toBeInTheDocument());
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('a')!.textContent);

describe('Progress across big ambitions', () => {
  it('puts every ambition on one scale, furthest behind first, with a summary and a table', async () => {
    // Bradford District and Craven: illustrative figures throughout, with a suicide rate that moved the wrong way.
    renderApp('/wyh/progress?place=bradford');
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress across big ambitions' })).toBeInTheDocument();
    await loaded();
    const chart = screen.getByRole('img', { name: /big ambitions have made at least as much of the change as the time used/ });
    expect(chart).toBeInTheDocument();
    // Year 6 obesity rose when the target asked it to hold, and its 2023/24 target period is over.
    expect(chart).toHaveAccessibleName(
      /Furthest behind: ambition 3 \(Year 6 children living with obesity\): Not kept at the level the target asks, with the target period over by 2024\/25\./,
    );
    const table = screen.getByRole('table', { name: /Progress across big ambitions/ });
    expect(rowNames(table).slice(0, 2)).toEqual(['3. Children in the lowest-income households', '8. A more diverse leadership']);
    // Suicide is measured towards the strategy's 2027 target, the one in force; the plan's 2020/21 verdict is beneath.
    const suicide = within(table).getByRole('rowheader', { name: /^5\./ }).closest('tr')!;
    expect(suicide).toHaveTextContent('Off track for the 2027 target');
    expect(suicide).toHaveTextContent('Plan’s 2020/21 target: Missed');
    const cells = within(suicide)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // No share beyond 0–100%: the wrong way is said in words, and the pace compares the capped shares.
    expect(cells.slice(1)).toEqual(['None: moved the wrong way, by 65% of the change asked', '43%', '91%', '43 percentage points behind schedule', '2022-24 Illustrative']);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Ambition',
      'Status, against the target in force',
      'Share of the change made, baseline to target',
      'Share of the time used, by the latest figure',
      'Share of the time used, by today',
      'Against schedule',
      'Latest figure’s period',
    ]);
  });

  it('sorts by ambition number or furthest ahead, and keeps the choice in the URL', async () => {
    const app = renderApp('/wyh/progress');
    await screen.findByRole('heading', { level: 1, name: 'Progress across big ambitions' });
    await loaded();
    await app.user.selectOptions(screen.getByLabelText('Order'), 'Ambition number');
    const table = screen.getByRole('table', { name: /Progress across big ambitions/ });
    expect(rowNames(table).map((n) => n!.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(window.location.search).toBe('?order=ambition');
    await app.user.selectOptions(screen.getByLabelText('Order'), 'Furthest ahead first');
    // The pace column, read as points (behind positive), now falls down the table: furthest ahead first.
    const lags = within(screen.getByRole('table', { name: /Progress across big ambitions/ }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell'))
      .filter((cells) => cells.length > 2)
      .map((cells) => {
        const match = cells[4]!.textContent!.match(/^(\d+) points? (behind|ahead)/);
        return match ? (match[2] === 'behind' ? 1 : -1) * Number(match[1]) : 0;
      });
    expect(lags.length).toBeGreaterThan(5);
    expect(lags).toEqual([...lags].sort((a, b) => a - b));
  });

  it('downloads the chart as a 16:9 picture with each row’s words, capped bars and the summary', async () => {
    const files = captureDownloads();
    const { user } = renderApp('/wyh/progress?place=bradford');
    await user.click(await screen.findByRole('button', { name: 'Chart (SVG)' }));
    expect(files[0]!.name).toBe('wyh-progress-bradford.svg');
    const svg = new DOMParser().parseFromString(await files[0]!.blob.text(), 'image/svg+xml');
    expect([svg.documentElement.getAttribute('width'), svg.documentElement.getAttribute('height')]).toEqual(['1280', '720']);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Progress across big ambitions: Bradford District and Craven',
        '5. Suicide',
        expect.stringMatching(/^None: moved the wrong way, by 65% of the change/),
      ]),
    );
    // No bar runs past the target line.
    const [baseline, target] = [...svg.querySelectorAll('line')].map((l) => Number(l.getAttribute('x1')));
    for (const bar of svg.querySelectorAll('rect[height="18"]')) expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).toBeLessThanOrEqual(target! + 0.01);
    expect(baseline).toBeLessThan(target!);
  });

  it('is linked from every page', async () => {
    renderApp('/wyh');
    expect(await screen.findByRole('link', { name: 'Progress' })).toHaveAttribute('href', '/wyh/progress');
  });
});
