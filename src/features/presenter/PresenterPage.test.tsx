import { fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import { currentAddress, goBack, renderApp } from '../../../tests/helpers/render-app';
import { useAutoAdvance } from './use-auto-advance';

const heading = () => screen.findByRole('heading', { level: 1 });

describe('Presenter', () => {
  it('starts with every status, then steps through the deck with the keys a clicker sends', async () => {
    const app = renderApp('/wyh/present/summary?place=leeds&deck=5,1,3');
    expect(await heading()).toHaveTextContent('WY&H: 3 of our 10 big ambitions');
    // The summary lists the deck's ambitions only, in the deck's order.
    expect(screen.getAllByRole('rowheader').map((th) => th.querySelector('.summary-table__number')?.textContent)).toEqual(['5', '1', '3']);
    // Each status in one column, lined up, and by how much (issue 32, item 10).
    const table = screen.getByRole('table', { name: /status against the target in force in Leeds/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Ambition', 'Status', 'By how much']);
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.querySelector('td .status-badge')).not.toBeNull());
    expect(within(table).getAllByRole('row')[1]!.querySelectorAll('td')[1]).toHaveTextContent(/per 100,000 (short of|better than|worse than)/);
    await app.user.keyboard('{ArrowRight}');
    expect(await heading()).toHaveTextContent('Ambition 5 Suicide');
    expect(currentAddress()).toBe('/wyh/present/5?place=leeds&deck=5,1,3');
    expect(screen.getByText('Slide 2 of 4: Ambition 5: Suicide')).toBeInTheDocument();
    await app.user.keyboard('{PageDown}');
    expect(await heading()).toHaveTextContent(/Ambition 1/);
    await app.user.keyboard(' ');
    expect(await heading()).toHaveTextContent(/Ambition 3/);
    // The end of the deck stays put.
    await app.user.keyboard('{ArrowRight}');
    expect(currentAddress()).toBe('/wyh/present/3?place=leeds&deck=5,1,3');
    await app.user.keyboard('{PageUp}');
    expect(await heading()).toHaveTextContent(/Ambition 1/);
    await app.user.keyboard('{Home}');
    expect(await heading()).toHaveTextContent('3 of our 10 big ambitions');
    await app.user.keyboard('{End}');
    expect(await heading()).toHaveTextContent(/Ambition 3/);
    // The back button steps back, like any page.
    await goBack();
    expect(await heading()).toHaveTextContent('3 of our 10 big ambitions');
  });

  it('jumps with number keys, 0 for ambition 10, only to ambitions in the deck', async () => {
    const app = renderApp('/wyh/present/summary?deck=1,10');
    await heading();
    await app.user.keyboard('0');
    expect(await heading()).toHaveTextContent(/Ambition 10/);
    await app.user.keyboard('5');
    expect(currentAddress()).toBe('/wyh/present/10?deck=1,10');
    await app.user.keyboard('1');
    expect(await heading()).toHaveTextContent(/Ambition 1 /);
  });

  it('toggles chart and table with T, in the URL', async () => {
    const app = renderApp('/wyh/present/5?place=leeds');
    await heading();
    await app.user.keyboard('t');
    expect(currentAddress()).toBe('/wyh/present/5?place=leeds&view=table');
    const table = await screen.findByRole('table', { name: /Suicide rate in Leeds/ });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
    await app.user.keyboard('T');
    expect(currentAddress()).toBe('/wyh/present/5?place=leeds');
  });

  it('blanks the screen with B and brings it back with B or any move', async () => {
    const app = renderApp('/wyh/present/5');
    await heading();
    await app.user.keyboard('b');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByText('The screen is blanked. Press B to show the slide again.')).toBeInTheDocument();
    await app.user.keyboard('b');
    expect(await heading()).toHaveTextContent(/Ambition 5/);
    await app.user.keyboard('b');
    await app.user.keyboard('{ArrowRight}');
    // The first key after blanking only brings the slide back; it does not also move on.
    expect(await heading()).toHaveTextContent(/Ambition 5/);
  });

  it("shows each place's status and the key sentence on an ambition slide", async () => {
    renderApp('/wyh/present/5?place=bradford');
    const strip = await screen.findByRole('table', { name: /^Each place: figure, its own 2027 target, gap \(per 100,000, 2022-24; gap on trend if open/ });
    expect(within(strip).getAllByRole('row')).toHaveLength(1 + 6);
    const bradford = within(strip).getByRole('row', { name: /Bradford District and Craven/ });
    expect(bradford).toHaveAttribute('aria-current', 'true');
    // The figures the status stands on are in the place's own row; the gap in words beside the status.
    await waitFor(() => expect(within(bradford).getAllByRole('cell')[0]).toHaveTextContent(/^\d+\.\d/));
    const status = document.querySelector('.slide__status')!;
    expect(within(status as HTMLElement).getByText(/ per 100,000 (short of|better than) the target on the trend$/)).toBeInTheDocument();
  });

  it('draws the trend its words quote: an open target’s slide shows the recent trend, continued (issue 32, item 4)', async () => {
    renderApp('/wyh/present/4?place=leeds');
    const status = await screen.findByText(/short of the target on the trend$/);
    expect(status).toBeInTheDocument();
    expect(await screen.findByText('Recent trend, continued')).toBeInTheDocument();
  });

  it('puts the whole partnership’s own row first in the strip on its slide', async () => {
    renderApp('/wyh/present/5');
    const strip = await screen.findByRole('table', { name: /^Each place: figure, its own/ });
    const rows = within(strip).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toHaveAttribute('aria-current', 'true');
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(/^West Yorkshire and Harrogate/);
  });

  it('shows each place beside the figure its verdict rests on, its own target and the gap, so one figure met here and missed there is explained (issue 32, item 2)', async () => {
    renderApp('/wyh/present/6');
    const strip = await screen.findByRole('table', { name: /^Each place: figure, its own/ });
    expect(
      within(strip)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Place', 'Figure', 'Target', 'Gap']);
    const rows = within(strip).getAllByRole('row').slice(1);
    await waitFor(() => expect(rows.every((r) => /Achieved|Missed|Awaiting figure|On track|At risk|Off track|Not enough data/.test(r.textContent!))).toBe(true));
    let checked = 0;
    for (const row of rows) {
      const [figure, target, gap] = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent!);
      const status = within(row).getByRole('rowheader').textContent!;
      if (/Achieved|Missed/.test(status) && /^\d/.test(gap!)) {
        // The gap is the place's own figure against its own target, the way the verdict says.
        const diff = Math.abs(parseFloat(figure!) - parseFloat(target!));
        expect(Math.abs(diff - parseFloat(gap!))).toBeLessThan(0.0011);
        expect(gap).toMatch(/Achieved/.test(status) ? /better|exactly/ : /worse/);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('headlines Bradford District and Craven’s ambition 1 as the overview does: off track for the 2028 target, the 2024 plan target’s figure awaited', async () => {
    renderApp('/wyh/present/1?place=bradford');
    const status = (await screen.findAllByText('for the 2028 target')).find((el) => el.closest('.slide__status'))!;
    expect(status.closest('.slide__status')).toHaveTextContent('Off track for the 2028 target');
    expect(status.closest('.slide__status')).toHaveTextContent('Plan’s 2024 target: Awaiting figure');
  });

  it('headlines the board pack’s cover and Bradford District and Craven’s ambition 1 page by the same rule', async () => {
    renderApp('/wyh/board-pack?place=bradford&deck=1');
    const cover = await screen.findByRole('table', { name: /headline status/ });
    const row = await within(cover).findByRole('row', { name: /^1\. / });
    await within(row).findByText('Off track');
    expect(row).toHaveTextContent('Off track for the 2028 target');
    expect(row).toHaveTextContent('Plan’s 2024 target: Awaiting figure');
    const page = screen.getByRole('region', { name: /^Ambition 1: / });
    expect(await within(page).findByText('Off track')).toBeInTheDocument();
    expect(page).toHaveTextContent('Off track for the 2028 target');
    expect(page).toHaveTextContent('Plan’s 2024 target: Awaiting figure');
  });

  it('brings the controls up only when the pointer comes down to their strip, not as it crosses the chart (issue 32, item 10)', async () => {
    renderApp('/wyh/present/5');
    await heading();
    const controls = screen.getByRole('navigation', { name: 'Presenter controls' });
    fireEvent.pointerMove(window, { clientY: window.innerHeight * 0.5 });
    expect(controls).not.toHaveClass('presenter__controls--shown');
    fireEvent.pointerMove(window, { clientY: window.innerHeight - 5 });
    await waitFor(() => expect(controls).toHaveClass('presenter__controls--shown'));
  });

  it('leaves with Esc for the set-up page, keeping the deck', async () => {
    const app = renderApp('/wyh/present/5?deck=5,1');
    await heading();
    await app.user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Present at a meeting' })).toBeInTheDocument();
    expect(currentAddress()).toBe('/wyh/present?deck=5,1');
  });

  it('says so when the address names a slide that is not in the deck', async () => {
    renderApp('/wyh/present/7?deck=1,2');
    expect(await heading()).toHaveTextContent('This slide is not in the deck');
  });
});

describe('Setting up the deck', () => {
  it('keeps the place, the order and the timer in the address for the start link', async () => {
    const app = renderApp('/wyh/present');
    await screen.findByRole('heading', { name: 'Present at a meeting' });
    await app.user.selectOptions(screen.getByLabelText('Figures for'), 'kirklees');
    for (const n of [2, 3, 4, 6, 7, 8, 9, 10]) await app.user.click(screen.getByRole('checkbox', { name: new RegExp(`^${n}\\. `) }));
    await app.user.click(screen.getByRole('button', { name: 'Move Suicide earlier' }));
    await app.user.selectOptions(screen.getByLabelText('Move to the next slide on its own'), '30');
    await app.user.click(screen.getByRole('radio', { name: 'A table' }));
    expect(screen.getByRole('link', { name: 'Start presenting' })).toHaveAttribute('href', '/wyh/present/summary?place=kirklees&deck=5,1&view=table&timer=30');
    expect(screen.getByRole('link', { name: 'Board pack to print or save as PDF' })).toHaveAttribute('href', '/wyh/board-pack?place=kirklees&deck=5,1&view=table&timer=30');
  });
});

describe('useAutoAdvance', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves on after the chosen seconds, starts again on each slide, and waits while paused', () => {
    const next = vi.fn();
    const { rerender } = renderHook(({ slide, paused }) => useAutoAdvance(30, slide, paused, next), { initialProps: { slide: '1', paused: false } });
    vi.advanceTimersByTime(29_000);
    rerender({ slide: '2', paused: false });
    vi.advanceTimersByTime(29_000);
    expect(next).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(next).toHaveBeenCalledTimes(1);
    rerender({ slide: '3', paused: true });
    vi.advanceTimersByTime(120_000);
    expect(next).toHaveBeenCalledTimes(1);
  });
});
