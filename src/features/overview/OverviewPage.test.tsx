import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { goBack, renderApp } from '../../../tests/helpers/render-app';

const SERIES = '/api/frameworks/wyh/indicators/:indicatorId/series/:placeId';

function card(number: number) {
  const heading = screen.getByRole('heading', { level: 2, name: new RegExp(`^Ambition ${number}:`) });
  return heading.closest('article')!;
}

async function allCardsLoaded() {
  await waitFor(() => expect(screen.getAllByRole('article').filter((a) => a.getAttribute('aria-busy') === 'true')).toHaveLength(0));
}

describe('Overview', () => {
  it('shows the ten ambitions with a status in words for the whole partnership', async () => {
    renderApp('/wyh');
    expect(await screen.findByRole('heading', { level: 1, name: 'Our ten big ambitions' })).toBeInTheDocument();
    await allCardsLoaded();
    expect(screen.getAllByRole('article')).toHaveLength(10);
    // Suicide, on the published figures: the 2020/21 plan target was missed; against the strategy's 2027 target, in force, it is
    // at risk: 2020-22 is on the straight path, but the trend over the last five figures rises.
    const suicide = card(5);
    expect(within(suicide).getByText('At risk').closest('p')).toHaveTextContent('At risk for the 2027 target');
    expect(within(suicide).getByText('Missed').closest('p')).toHaveTextContent('Plan’s 2020/21 target: Missed');
    expect(within(suicide).getByText(/^Latest figure: 12\.5 per 100,000 in 2020-22\. That is on or ahead of the/)).toBeInTheDocument();
    expect(within(suicide).getByText(/short of the target on the trend$/)).toBeInTheDocument();
    expect(within(suicide).getByText('12.5 per 100,000')).toBeInTheDocument();
    expect(within(suicide).getAllByText('by 2027')).toHaveLength(2);
    expect(within(suicide).getByText('Figures 2016-18 to 2020-22; dashed line: the path to the target; star: the 2027 target')).toBeInTheDocument();
    // No illustrative tag where every figure is published.
    expect(within(suicide).queryByText('Illustrative')).toBeNull();
    expect(within(card(9)).getByText('Off track')).toBeInTheDocument();
    // Ambition 1: its 2024 figure is awaited, and against the Joint Forward Plan's 2028 target it is off track.
    expect(within(card(1)).getByText('Off track').closest('p')).toHaveTextContent('Off track for the 2028 target');
    expect(within(card(1)).getByText('Awaiting figure').closest('p')).toHaveTextContent('Plan’s 2024 target: Awaiting figure');
    // One target only: told once.
    expect(within(card(3)).queryByText(/Plan’s/)).toBeNull();
  });

  it('summarises the statuses across all ten', async () => {
    renderApp('/wyh');
    await allCardsLoaded();
    const summary = within(screen.getByRole('region', { name: 'Summary for West Yorkshire and Harrogate' })).getByRole('list');
    // Counted as the cards lead, against the target in force: ambition 1 counts as off track, not awaited, and 5 as at risk, not missed.
    expect(within(summary).getByText('Missed').closest('li')).toHaveTextContent('4 Missed');
    expect(within(summary).getByText('Off track').closest('li')).toHaveTextContent('3 Off track');
    expect(within(summary).getByText('At risk').closest('li')).toHaveTextContent('1 At risk');
    expect(within(summary).getByText('Awaiting figure').closest('li')).toHaveTextContent('2 Awaiting figure');
  });

  it('answers which, and by how much, from the summary: a row per ambition, what needs attention first, each linking to its page (issue 32, item 5)', async () => {
    const { user } = renderApp('/wyh?place=leeds');
    await allCardsLoaded();
    const table = within(screen.getByRole('region', { name: 'Summary for Leeds' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    const statuses = rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    const order = ['Missed', 'Off track', 'At risk', 'On track', 'Achieved', 'Awaiting figure', 'Not enough data'];
    expect(statuses.map((s) => order.indexOf(s!))).toEqual([...statuses.map((s) => order.indexOf(s!))].sort((a, b) => a - b));
    const offTrack = rows.filter((r) => within(r).queryByText('Off track'));
    expect(offTrack.length).toBeGreaterThan(0);
    for (const row of offTrack) {
      const [, figure, target, gap] = within(row).getAllByRole('cell');
      // The verdict beside the figure it rests on and the target, then by how much.
      expect(figure).toHaveTextContent(/^\d[\d,.]*/);
      expect(target).toHaveTextContent(/by 20\d\d/);
      expect(gap).toHaveTextContent(/^\d[\d,.]* .*short of the target on the trend$/);
    }
    await user.click(within(rows[0]!).getByRole('link'));
    expect(window.location.pathname).toMatch(/^\/wyh\/ambitions\/\d+$/);
    expect(window.location.search).toBe('?place=leeds');
  });

  it('shows a verdict beside the figure it rests on, and a later figure as what it is (issue 32, item 1)', async () => {
    renderApp('/wyh');
    await allCardsLoaded();
    // The partnership's antibiotics target for 2023/24: missed on that year's figure, though a later one is lower.
    const amr = card(6);
    expect(within(amr).getByText('Missed')).toBeInTheDocument();
    const judged = within(amr).getByText('Judged on').closest('dt')!;
    expect(judged).toHaveTextContent('Judged on 2023/24');
    expect(within(amr).getByText(/worse than the target$/)).toBeInTheDocument();
    expect(within(amr).getByText(/^Latest, after the target’s period:/)).toHaveTextContent(/in 20\d\d\/\d\d/);
    expect(within(amr).queryByText('Latest')).toBeNull();
  });

  it('changes every card when a place is chosen, and puts the place in the URL', async () => {
    const { user } = renderApp('/wyh');
    await allCardsLoaded();
    expect(within(card(6)).getByText('Missed')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Show figures for'), 'leeds');
    expect(window.location.search).toBe('?place=leeds');
    expect(await screen.findByText(/Progress in/)).toHaveTextContent('Progress in Leeds');
    await allCardsLoaded();
    expect(within(card(6)).getByText('Achieved')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Summary for Leeds' })).toBeInTheDocument();
  });

  it('holds a choice made with the arrow keys until Enter, so stepping through places does not load each one (issue 32, item 10)', async () => {
    renderApp('/wyh');
    await allCardsLoaded();
    const select = screen.getByLabelText('Show figures for');
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'bradford' } });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'calderdale' } });
    expect(select).toHaveValue('calderdale');
    expect(window.location.search).toBe('');
    fireEvent.keyDown(select, { key: 'Enter' });
    await waitFor(() => expect(window.location.search).toBe('?place=calderdale'));
    // A pick with the pointer (no stepping keys) goes at once.
    fireEvent.change(select, { target: { value: 'leeds' } });
    await waitFor(() => expect(window.location.search).toBe('?place=leeds'));
  });

  it('opens at the place a shared link names, and the back button undoes a choice', async () => {
    const { user } = renderApp('/wyh?place=leeds');
    await allCardsLoaded();
    expect(screen.getByLabelText('Show figures for')).toHaveValue('leeds');
    await user.selectOptions(screen.getByLabelText('Show figures for'), 'kirklees');
    await goBack();
    await waitFor(() => expect(screen.getByLabelText('Show figures for')).toHaveValue('leeds'));
  });

  it('says so when a link names a place the partnership does not have', async () => {
    renderApp('/wyh?place=narnia');
    expect(await screen.findByText(/There is no place called “narnia”/)).toBeInTheDocument();
    expect(screen.getByLabelText('Show figures for')).toHaveValue('wyh');
  });

  it('shows loading placeholders until the figures arrive', async () => {
    server.use(
      http.get(SERIES, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderApp('/wyh');
    await screen.findByRole('heading', { level: 1 });
    expect(within(card(1)).getByText('Loading the figures…')).toBeInTheDocument();
    expect(card(1)).toHaveAttribute('aria-busy', 'true');
  });

  it('keeps the rest of the page working when one indicator fails, and retries it', async () => {
    let failing = true;
    server.use(http.get('/api/frameworks/wyh/indicators/suicide-rate/series/wyh', () => (failing ? new HttpResponse(null, { status: 500 }) : undefined)));
    const { user } = renderApp('/wyh');
    await allCardsLoaded();
    const suicide = card(5);
    expect(within(suicide).getByRole('alert')).toHaveTextContent('The figures for ambition 5 could not be loaded');
    expect(within(suicide).getByRole('alert')).toHaveTextContent('the server answered 500');
    expect(within(card(4)).getByText('Off track')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Summary/ })).toHaveTextContent('1 could not be shown');

    failing = false;
    await user.click(within(suicide).getByRole('button', { name: 'Try again' }));
    expect(await within(card(5)).findByText('Missed')).toBeInTheDocument();
  });

  it('shows a malformed payload as an error on its own card, naming the field', async () => {
    server.use(
      http.get('/api/frameworks/wyh/indicators/nhs-carbon/series/wyh', () =>
        HttpResponse.json({ indicatorId: 'nhs-carbon', placeId: 'wyh', version: 1, points: [{ period: '2019/20', value: 'lots', provenance: 'illustrative' }] }),
      ),
    );
    renderApp('/wyh');
    await allCardsLoaded();
    const alert = within(card(9)).getByRole('alert');
    expect(alert).toHaveTextContent('points[0].value');
    expect(alert).toHaveTextContent('needs correcting at its source');
    expect(within(card(8)).getByText('Missed')).toBeInTheDocument();
  });

  it('renders text from the data as text, never as markup', async () => {
    server.use(
      http.get('/api/frameworks/wyh/indicators/suicide-rate/series/wyh', () =>
        HttpResponse.json({ indicatorId: 'suicide-rate', placeId: 'wyh', version: 1, points: [{ period: '<img src=x onerror=alert(1)>', value: 1, provenance: 'illustrative' }] }),
      ),
    );
    const { container } = renderApp('/wyh');
    await allCardsLoaded();
    expect(within(card(5)).getByRole('alert')).toHaveTextContent('"<img src=x onerror=alert(1)>" is not a period we recognise');
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows an empty series as "no figures yet", not as an error', async () => {
    server.use(
      http.get('/api/frameworks/wyh/indicators/wres-shortlisting/series/wyh', () =>
        HttpResponse.json({ indicatorId: 'wres-shortlisting', placeId: 'wyh', version: 0, points: [] }),
      ),
    );
    renderApp('/wyh');
    await allCardsLoaded();
    expect(within(card(8)).getByText('No figures for West Yorkshire and Harrogate yet.')).toBeInTheDocument();
  });

  it('offers a retry when the list of ambitions cannot be loaded', async () => {
    let failing = true;
    server.use(http.get('/api/frameworks/wyh', () => (failing ? HttpResponse.error() : undefined)));
    const { user } = renderApp('/wyh');
    expect(await screen.findByRole('alert')).toHaveTextContent('The ambitions could not be loaded');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Our ten big ambitions' })).toBeInTheDocument();
  });

  it('marks illustrative figures on the card', async () => {
    renderApp('/wyh');
    await allCardsLoaded();
    expect(within(card(7)).getByText('Illustrative')).toBeInTheDocument();
  });
});
