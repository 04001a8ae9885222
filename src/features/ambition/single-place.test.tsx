import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { server } from '../../../mocks/node';
import { renderApp } from '../../../tests/helpers/render-app';

// Issue 15: a partnership of one place (One Halton is one borough) reads as one place, and a
// source is written as the partnership writes it.
describe('a partnership of a single place', () => {
  it('names the place plainly, offers nothing to compare with, and keeps the source’s capitals', async () => {
    const onePlace = { ...WYH_FRAMEWORK, source: 'One Halton All Age Carers Strategy 2022–2025', places: WYH_FRAMEWORK.places.filter((p) => p.isTotal) };
    server.use(http.get('/api/frameworks/wyh', () => HttpResponse.json(onePlace)));
    renderApp('/wyh/ambitions/5');
    await screen.findByRole('heading', { level: 1, name: /Suicide/ });
    expect(screen.getByRole('option', { name: 'West Yorkshire and Harrogate' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Compare with' })).toBeNull();
    expect(screen.getByText('The commitment. Source: One Halton All Age Carers Strategy 2022–2025.')).toBeInTheDocument();
  });
});
