import { screen, within } from '@testing-library/react';
import { server } from '../../mocks/node';
import { scenarioHandlers, SCENARIOS } from '../../mocks/scenarios';
import { renderApp } from '../../tests/helpers/render-app';
import { identifyEditor } from '../../tests/helpers/identify-editor';

// The demonstration scenarios (?scenario=… in the dev app) drive these tests with the same handlers.

describe('mock API scenarios', () => {
  it('lists each, with what it shows', () => {
    expect(Object.keys(SCENARIOS)).toEqual(['slow', 'error', 'malformed', 'offline', 'conflict', 'large', 'long-series', 'unpaged-history']);
  });

  it('large: forty years of figures on every card', async () => {
    server.use(...scenarioHandlers('large'));
    renderApp('/wyh?place=bradford');
    const card = await screen.findByRole('article', { name: /Ambition 5/ });
    expect(await within(card).findByText('2026')).toBeInTheDocument();
  });

  it('slow: loading states show, then the figures', async () => {
    server.use(...scenarioHandlers('slow'));
    renderApp('/wyh');
    expect(screen.getByText('Loading the ambitions…')).toBeInTheDocument();
    expect(await screen.findAllByRole('article')).toHaveLength(10);
    expect(screen.getAllByText('Loading the figures…').length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { name: /Summary for/ })).toBeInTheDocument();
  }, 30_000);

  it('error: the suicide card fails with Try again, the other nine work', async () => {
    server.use(...scenarioHandlers('error'));
    renderApp('/wyh?place=bradford');
    const card = await screen.findByRole('article', { name: /Ambition 5/ });
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('the server answered 500');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    const others = screen.getAllByRole('article').filter((a) => a !== card);
    for (const other of others) expect(within(other).queryByRole('alert')).toBeNull();
  });

  it('malformed: the card names the field that is wrong', async () => {
    server.use(...scenarioHandlers('malformed'));
    renderApp('/wyh');
    const card = await screen.findByRole('article', { name: /Ambition 5/ });
    expect(await within(card).findByRole('alert')).toHaveTextContent('points[0].value');
  });

  it('offline: the page says the connection failed and offers Try again', async () => {
    server.use(...scenarioHandlers('offline'));
    renderApp('/wyh');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/The ambitions could not be loaded.*the connection failed/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('conflict: a save finds a colleague saved first, and the conflict view opens', async () => {
    server.use(...scenarioHandlers('conflict'));
    const { user } = renderApp('/wyh/ambitions/5?place=bradford&view=table');
    await user.click(await screen.findByRole('button', { name: 'Update figures' }));
    await identifyEditor(user, 'Alice Adams', 'Leeds');
    const editor = await screen.findByRole('region', { name: 'Update Suicide rate for Bradford District and Craven' });
    await user.click(within(editor).getByRole('button', { name: 'Delete 2016-18' }));
    await user.click(within(editor).getByRole('button', { name: 'Yes, delete 2016-18' }));
    expect(await within(editor).findByRole('alertdialog', { name: 'Someone else changed these figures while you were editing' })).toBeInTheDocument();
  });

  it('long-series: 9,000 daily figures for the suicide rate, shown on its ambition page', async () => {
    server.use(...scenarioHandlers('long-series'));
    renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const table = await screen.findByRole('table', { name: /Suicide rate.*Bradford District and Craven/ }, { timeout: 10_000 });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(await screen.findAllByText(/2025/)).not.toHaveLength(0);
  }, 20_000);

  it('unpaged-history: the history shows its newest page though the server sends every save', async () => {
    server.use(...scenarioHandlers('unpaged-history'));
    const { user } = renderApp('/wyh/ambitions/5?place=bradford&view=table');
    const section = await screen.findByRole('region', { name: 'Suicide rate' });
    await user.click(await within(section).findByText('Changes to these figures'));
    expect(await within(section).findByText('The latest 50 changes, newest first.')).toBeInTheDocument();
    expect(within(section).getByText('“Save 3001”')).toBeInTheDocument();
  });
});
