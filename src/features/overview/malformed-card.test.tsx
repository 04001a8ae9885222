import { screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { db, seriesKey } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/helpers/render-app';
import { malformedSeries } from '../../data-source/malformed-payloads';

// Fuzzed payloads on screen: whatever is wrong with one indicator's figures, its card says so and
// the other nine keep working.
const samples = fc.sample(malformedSeries(db.series.get(seriesKey('wyh', 'suicide-rate', 'leeds'))!), { numRuns: 6, seed: 2026 });

describe.each(samples.map((s, i) => ({ ...s, i })))('a malformed payload ($what)', ({ payload }) => {
  it('fails its own card only', async () => {
    server.use(http.get('/api/frameworks/wyh/indicators/suicide-rate/series/leeds', () => HttpResponse.json(payload as never)));
    renderApp('/wyh?place=leeds');
    const card = await screen.findByRole('article', { name: /Ambition 5/ });
    expect(await within(card).findByRole('alert')).toHaveTextContent(/could not be read: .+/);
    const others = screen.getAllByRole('article').filter((a) => a !== card);
    expect(others).toHaveLength(9);
    for (const other of others) expect(within(other).queryByRole('alert')).toBeNull();
    expect(await screen.findByText((_, el) => el?.tagName === 'LI' && /^1\s*could not be shown$/.test(el.textContent ?? ''))).toBeInTheDocument();
  });
});
