import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { WYH_AMBITIONS } from '../../../mocks/data/wyh/ambitions';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/helpers/render-app';

function section(name: string | RegExp) {
  return screen.getByRole('heading', { level: 2, name }).closest('section')!;
}

/** Points at the first chart, as a reader does to see its figures: the charting library then draws it. */
async function explore(container: HTMLElement) {
  const chart = await waitFor(() => container.querySelector('.chart-explore') ?? Promise.reject(new Error('no chart yet')));
  fireEvent.pointerEnter(chart);
  await waitFor(() => expect(container.querySelector('.recharts-wrapper')).not.toBeNull());
}

describe('Ambition detail', () => {
  it('shows the commitment verbatim, each target with its reason, and a summary of the chart', async () => {
    renderApp('/wyh/ambitions/5');
    expect(await screen.findByRole('heading', { level: 1, name: /Suicide/ })).toBeInTheDocument();
    expect(screen.getByText(WYH_AMBITIONS[4]!.commitment)).toBeInTheDocument();
    const suicide = section(/Suicide rate/);
    const targets = await within(suicide).findByRole('list', { name: 'Targets for West Yorkshire and Harrogate' });
    expect(within(targets).getAllByRole('listitem')).toHaveLength(2);
    // Every figure here is published (the suicide prevention programme's pages): no illustrative note.
    expect(within(suicide).queryByText(/are illustrative/)).toBeNull();
    expect(within(targets).getByText('Five-year plan target')).toBeInTheDocument();
    expect(within(targets).getByText(/Target missed, by \d+\.\d per 100,000/)).toBeInTheDocument();
    expect(within(targets).getByText('Suicide prevention strategy 2022–27')).toBeInTheDocument();
    expect(
      within(suicide).getByText(/^Suicide rate in West Yorkshire and Harrogate went from 10\.6 per 100,000 in 2016-18 to 12\.5 per 100,000 in 2020-22 \(worse\)\./),
    ).toBeInTheDocument();
  });

  it('draws the chart with actual figures, the straight path, the trend and the target, with a legend; in plain SVG, then by the library for a reader who points at it', async () => {
    // Bradford District and Craven: illustrative figures, with intervals (the published ones here have none).
    const { container } = renderApp('/wyh/ambitions/5?place=bradford');
    const suicide = await screen.findByRole('heading', { level: 2, name: /Suicide rate/ });
    // The same lines in the plain drawing: actual figures, two straight paths, the trend.
    await waitFor(() => expect(container.querySelectorAll('svg.indicator-chart__plain polyline')).toHaveLength(4));
    await explore(container);
    const legend = within(suicide.closest('section')!);
    for (const entry of [
      'Bradford District and Craven',
      'Straight path: Five-year plan target',
      'Recent trend, continued',
      'Bradford District and Craven: 95% confidence interval',
      'Baseline',
      'Target',
    ]) {
      expect(legend.getByText(entry, { selector: '.chart-legend li' })).toBeInTheDocument();
    }
    // One line per series drawn: actual figures, two straight paths, the trend.
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(4);
  });

  it('switches to a table of the same figures, and puts the choice in the URL', async () => {
    const { user } = renderApp('/wyh/ambitions/5');
    await screen.findByRole('heading', { level: 2, name: /Suicide rate/ });
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(window.location.search).toBe('?view=table');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const table = await screen.findByRole('table', { name: /Suicide rate \(per 100,000\) by period in West Yorkshire and Harrogate/ });
    const rows = within(table).getAllByRole('row');
    // Five published figures, 2016-18 to 2020-22, each with the page it was quoted on.
    expect(rows).toHaveLength(6);
    expect(rows[1]).toHaveTextContent(/^2016-1810\.6Published/);
    for (const row of rows.slice(1)) {
      expect(within(row).getByText('Published')).toBeInTheDocument();
      expect(row).toHaveTextContent(/Source: Suicide rate \(ONS\), age-standardised per 100,000, 3 registration years pooled, quoted on https:\/\//);
    }
    expect(rows[5]).toHaveTextContent(/^2020-2212\.5Published/);
  });

  it('compares places in the table and the summary, from a shared link', async () => {
    renderApp('/wyh/ambitions/5?place=leeds&compare=calderdale,wyh&view=table');
    const table = await screen.findByRole('table', { name: /Leeds, Calderdale, West Yorkshire and Harrogate/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Period', 'Leeds', 'Calderdale', 'West Yorkshire and Harrogate', 'Notes and sources']);
    expect(screen.getByText(/Latest elsewhere: Calderdale 16\.7 per 100,000 \(2020-22\); West Yorkshire and Harrogate 12\.5 per 100,000 \(2020-22\)\./)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Calderdale' })).toBeChecked();
  });

  it('adds a place to compare by ticking it, and the URL follows', async () => {
    const { user } = renderApp('/wyh/ambitions/3?place=leeds');
    await screen.findByRole('heading', { level: 2, name: /Year 6/ });
    await user.click(screen.getByRole('checkbox', { name: 'Kirklees' }));
    expect(window.location.search).toBe('?place=leeds&compare=kirklees');
    expect(screen.queryByRole('checkbox', { name: 'Leeds' })).toBeNull();
  });

  it('keeps one indicator failing to itself', async () => {
    server.use(http.get('/api/frameworks/wyh/indicators/le-gap-female/series/wyh', () => new HttpResponse(null, { status: 503 })));
    renderApp('/wyh/ambitions/1');
    const female = await screen.findByRole('heading', { level: 2, name: /areas, women/ });
    expect(await within(female.closest('section')!).findByRole('alert')).toHaveTextContent('the server is not available just now (it may be restarting). Try again in a minute.');
    expect(await within(section(/areas, men/)).findByText('Original target (five-year plan)')).toBeInTheDocument();
  });

  it('names the field when a payload is malformed', async () => {
    server.use(
      http.get('/api/frameworks/wyh/indicators/suicide-rate/series/leeds', () =>
        HttpResponse.json({ indicatorId: 'suicide-rate', placeId: 'leeds', version: 1, points: [{ period: '2016-18', value: 9, upper: 8, provenance: 'illustrative' }] }),
      ),
    );
    renderApp('/wyh/ambitions/5?place=leeds');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('points[0].upper: the upper bound 8 is below the value 9');
  });

  it('shows an empty state where a place has no figures', async () => {
    renderApp('/wyh/ambitions/4?place=leeds');
    const extra = await screen.findByRole('heading', { level: 2, name: /More people diagnosed early/ });
    expect(await within(extra.closest('section')!).findByText(/No figures for Leeds yet/)).toBeInTheDocument();
    expect(within(extra.closest('section')!).getByText('Not enough data')).toBeInTheDocument();
  });

  it('labels illustrative figures and proxy indicators', async () => {
    renderApp('/wyh/ambitions/8');
    const wres = await screen.findByRole('heading', { level: 2, name: /Fairness of appointment/ });
    expect(
      await within(wres.closest('section')!).findByText('All 7 figures for West Yorkshire and Harrogate are illustrative: not published, for demonstration only.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('The ambition is qualitative; this Workforce Race Equality Standard measure stands in for it.')).toHaveLength(2);
  });

  it('says when there is no such ambition', async () => {
    renderApp('/wyh/ambitions/11');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ambition not found' })).toBeInTheDocument();
  });

  it('links to the neighbouring ambitions, keeping the place', async () => {
    const { user } = renderApp('/wyh/ambitions/5?place=leeds');
    await screen.findByRole('heading', { level: 1, name: /Suicide/ });
    await user.click(screen.getByRole('link', { name: /Ambition 6: Antimicrobial resistance/ }));
    expect(window.location.pathname).toBe('/wyh/ambitions/6');
    expect(window.location.search).toBe('?place=leeds');
    await user.click(await screen.findByRole('link', { name: 'All big ambitions' }));
    expect(window.location.pathname).toBe('/wyh');
  });

  it('lets a reader hide chart layers, puts the choice in the address and remembers it in this browser', async () => {
    const { user, container } = renderApp('/wyh/ambitions/5');
    await explore(container);
    await user.click(screen.getByRole('checkbox', { name: 'Recent trend' }));
    expect(screen.queryByText('Recent trend, continued', { selector: '.chart-legend li' })).toBeNull();
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
    expect(window.location.search).toBe('?hide=trend');
    expect(JSON.parse(localStorage.getItem('ambitions-dashboard:chart-layers')!).state.layers).toEqual({ path: true, trend: false, interval: true });
    await user.click(screen.getByRole('checkbox', { name: 'Recent trend' }));
    expect(screen.getByText('Recent trend, continued', { selector: '.chart-legend li' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('opens a shared link with its places compared and layers hidden, whatever this browser last chose, and copies its own link', async () => {
    const { user, container } = renderApp('/wyh/ambitions/5?place=leeds&compare=kirklees&hide=trend,interval');
    await explore(container);
    expect(screen.getByRole('checkbox', { name: 'Recent trend' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: '95% interval' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Kirklees' })).toBeChecked();
    // The compared place is judged by the same rule as the chosen one.
    expect(screen.getByRole('list', { name: 'Status in the places compared' })).toHaveTextContent(/^Kirklees.*for the 2027 target/);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link to this view copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(
      /\/wyh\/ambitions\/5\?place=leeds&compare=kirklees&hide=trend%2Cinterval$|\/wyh\/ambitions\/5\?place=leeds&compare=kirklees&hide=trend,interval$/,
    );
  });
});

describe('whose words a commitment is (issue 31)', () => {
  it('says an example’s commitment is a news article’s sentence, not the plan’s words', async () => {
    renderApp('/calderdale-cares/ambitions/1');
    expect(await screen.findByText('The words this is set up from')).toBeInTheDocument();
    expect(screen.queryByText('The commitment, in the plan’s words')).toBeNull();
    expect(screen.getByText(/^A sentence of Calderdale Council’s news article .* not a commitment written for this life stage\.$/)).toBeInTheDocument();
  });

  it('names the council leader whose quote One Halton’s areas are set up from', async () => {
    renderApp('/one-halton-carers/ambitions/3');
    expect(await screen.findByText(/^Halton Borough Council’s leader, Rob Polhill, quoted in One Halton’s news of the strategy/)).toBeInTheDocument();
    expect(screen.queryByText('The commitment, in the plan’s words')).toBeNull();
  });

  it('keeps "in the plan’s words" for WY&H, whose commitments are its plan’s', async () => {
    renderApp('/wyh/ambitions/5');
    expect(await screen.findByText('The commitment, in the plan’s words')).toBeInTheDocument();
  });
});
