import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { servePublic } from '../../tests/helpers/serve-public';
import { App } from '../app/App';
import { readConfig } from '../config/env';
import { createStaticDataSource } from '../data-source/static-data-source';
import { createQueryClient } from '../app/query-client';
import { prerenderedHere } from './prerendered-here';
import { takenOverClient } from './taken-over-client';
import { partnershipToDraw, renderAmbition, renderOverview, stateScript, type PageSettings, type Prerendered } from './render-page';

const source = () => createStaticDataSource({ baseUrl: '/data', fetch: servePublic });
const config = readConfig({ VITE_DATA_SOURCE: 'static', VITE_ENABLE_MOCKS: 'false', VITE_TODAY: '2026-11-24' }, false);
const settings = { demoData: false, homeFrameworkId: 'wyh' };
const pageOf = async (from = source()): Promise<PageSettings> => ({ source: from, framework: await partnershipToDraw(from, 'wyh'), today: config.today!, settings });

/**
 * Puts a drawn page in the document at its address and lets the app take it over, as main.tsx
 * does; returns what React reported (a mismatch is a recoverable error or a logged one).
 */
async function takeOver({ html, state }: Prerendered, kept: string): Promise<{ recoverable: unknown[]; logged: unknown[][]; sameNode: boolean }> {
  document.body.innerHTML = `<div id="root">${html}</div>${stateScript(state)}`;
  const before = document.querySelector(kept);
  window.history.replaceState(null, '', state.path);
  const prerendered = prerenderedHere(document, window.location, '/');
  expect(prerendered?.path).toBe(state.path);
  const recoverable: unknown[] = [];
  const consoleErrors = vi.spyOn(console, 'error');
  await act(async () => {
    hydrateRoot(
      document.getElementById('root')!,
      <StrictMode>
        <App config={config} source={source()} queryClient={takenOverClient(createQueryClient(), prerendered!)} prerendered={prerendered} />
      </StrictMode>,
      { onRecoverableError: (error) => recoverable.push(error) },
    );
  });
  const logged = [...consoleErrors.mock.calls];
  consoleErrors.mockRestore();
  return { recoverable, logged, sameNode: before !== null && document.querySelector(kept) === before };
}

describe('the overview drawn at build time', () => {
  it('holds every ambition’s status in its markup, with the figures it was drawn from', async () => {
    const { html, state } = await renderOverview(await pageOf());
    const page = document.createElement('div');
    page.innerHTML = html;
    const cards = page.querySelectorAll('.ambition-card');
    expect(cards).toHaveLength(10);
    for (const card of cards) expect(card.querySelector('.status-badge')?.textContent).toMatch(/Achieved|On track|At risk|Off track|Missed|Awaiting figure|Not enough data/);
    expect(state).toMatchObject({ path: '/wyh', today: '2026-11-24T12:00:00.000Z' });
    // The framework and one series per headline indicator, for the whole partnership.
    expect(state.queries.queries.map((q) => q.queryKey[0])).toEqual(['framework', ...Array<string>(10).fill('series')]);
  });

  it('is taken over by the app in the browser as it is: the same nodes, no mismatch', async () => {
    const { recoverable, logged, sameNode } = await takeOver(await renderOverview(await pageOf()), '.ambition-card');
    expect(recoverable).toEqual([]);
    expect(logged).toEqual([]);
    expect(sameNode).toBe(true);
    const cards = [...document.querySelectorAll('.ambition-card')];
    expect(cards).toHaveLength(10);
    expect(cards.every((card) => card.querySelector('.status-badge'))).toBe(true);
  });

  it('draws a card whose figures cannot be read as still loading (the browser then says what is wrong), and the rest as usual; the build goes on', async () => {
    const broken = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const response = await servePublic(input, init);
      if (!String(input instanceof Request ? input.url : input).endsWith('/data/wyh/series.json')) return response;
      const series = (await response.json()) as { indicatorId: string; placeId: string; points: { value: unknown }[] }[];
      series.find((s) => s.indicatorId === 'suicide-rate' && s.placeId === 'wyh')!.points[0]!.value = 'lots';
      return new Response(JSON.stringify(series), { headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    const { html, state } = await renderOverview(await pageOf(createStaticDataSource({ baseUrl: '/data', fetch: broken })));
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(page.querySelectorAll('.ambition-card')).toHaveLength(10);
    expect(page.querySelectorAll('.ambition-card .status-badge').length).toBeGreaterThanOrEqual(9);
    const suicide = [...page.querySelectorAll('.ambition-card')].find((card) => card.textContent?.includes('Suicide'))!;
    // As the browser first draws it too (so the page is taken over as it is); the browser then
    // fetches the figures again and says what is wrong with them.
    expect(suicide.textContent).toContain('Loading the figures…');
    // Only what was read is carried: the broken series is fetched again (and explained) in the browser.
    expect(state.queries.queries).toHaveLength(10);
  });

  it('is not taken over at another address served the same file (a chosen place), which the app draws afresh', () => {
    document.body.innerHTML = stateScript({ path: '/wyh', today: '2026-11-24T12:00:00.000Z', queries: { mutations: [], queries: [] } });
    expect(prerenderedHere(document, { pathname: '/wyh', search: '?place=leeds' }, '/')).toBeUndefined();
    expect(prerenderedHere(document, { pathname: '/calderdale-cares', search: '' }, '/')).toBeUndefined();
    expect(prerenderedHere(document, { pathname: '/dash/wyh/', search: '' }, '/dash/')?.path).toBe('/wyh');
  });

  it('keeps its data block inert inside the page, whatever the figures’ text holds', () => {
    const script = stateScript({
      path: '/wyh',
      today: 'x',
      queries: { mutations: [], queries: [{ queryKey: ['note'], queryHash: '', state: { data: '</script><script>alert(1)</script>' } } as never] },
    });
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    document.body.innerHTML = script;
    expect(prerenderedHere(document, { pathname: '/wyh', search: '' }, '/')).toBeDefined();
  });
});

describe('an ambition’s page drawn at build time', () => {
  it('holds its statuses and a chart of each indicator’s figures in its markup, with the figures it was drawn from', async () => {
    const drawn = await renderAmbition(await pageOf(), 1);
    const page = document.createElement('div');
    page.innerHTML = drawn!.html;
    expect(page.querySelector('h1')?.textContent).toContain('Years lived in good health');
    const charts = [...page.querySelectorAll('.indicator-chart')];
    expect(charts).toHaveLength(4);
    // Drawn in plain SVG (the charting library draws nothing outside a browser): a line per series.
    for (const chart of charts) expect(chart.querySelectorAll('svg polyline, svg path').length).toBeGreaterThan(0);
    expect(page.querySelector('.status-badge')?.textContent).toMatch(/Achieved|On track|At risk|Off track|Missed|Awaiting figure|Not enough data/);
    // Closed, as a phone shows it: the build cannot know the screen.
    expect(page.querySelector('details.commitment')?.hasAttribute('open')).toBe(false);
    expect(drawn!.state.path).toBe('/wyh/ambitions/1');
    // The page's security policy refuses style attributes in its markup: a place-holder sized by one would collapse.
    expect(drawn!.html).not.toMatch(/\sstyle="/);
    expect(drawn!.state.queries.queries.map((q) => q.queryKey.join(' '))).toEqual([
      'framework wyh',
      'series wyh le-gap-male wyh',
      'series wyh le-gap-female wyh',
      'series wyh hle-male wyh',
      'series wyh hle-female wyh',
    ]);
  });

  it('is taken over by the app as it is: no mismatch, the same nodes', async () => {
    const drawn = (await renderAmbition(await pageOf(), 1))!;
    // A browser where nothing has scrolled near the screen yet.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { recoverable, logged, sameNode } = await takeOver(drawn, 'h1');
    vi.unstubAllGlobals();
    expect(recoverable).toEqual([]);
    expect(logged).toEqual([]);
    expect(sameNode).toBe(true);
    // This test's screen is wide (no matchMedia says otherwise), but what was drawn closed stays so: opening it would move the figures.
    expect(document.querySelector<HTMLDetailsElement>('details.commitment')?.open).toBe(false);
    // The indicators' charts stay as drawn (the library draws one only for a reader who shows an
    // interest in it); the deprivation-gap charts, left to the browser, wait to come near the screen.
    expect(document.querySelectorAll('.indicator-chart--plain')).toHaveLength(4);
    expect(document.querySelectorAll('.chart-placeholder--deferred')).toHaveLength(2);
  });

  it('is not drawn for an ambition the partnership does not have', async () => {
    expect(await renderAmbition(await pageOf(), 99)).toBeUndefined();
  });
});
