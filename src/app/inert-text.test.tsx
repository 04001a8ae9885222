import { screen, within } from '@testing-library/react';
import { db, saveSeries, seriesKey } from '../../mocks/db';
import { renderApp } from '../../tests/helpers/render-app';

// Text that arrives with the figures is shown as text everywhere, never run: React escapes it,
// no component sets HTML (a lint rule forbids dangerouslySetInnerHTML), and exports write it as text.

const ATTACKS = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>'];

function plantAttacks() {
  const key = seriesKey('wyh', 'suicide-rate', 'leeds');
  const series = db.series.get(key)!;
  const points = series.points.map((p, i) => (i === series.points.length - 1 ? { ...p, note: ATTACKS[0], source: ATTACKS[1] } : p));
  saveSeries(key, { baseVersion: series.version, points, editor: { name: ATTACKS[1]!, organisation: ATTACKS[0]! }, note: ATTACKS[0] });
  const indicator = db.frameworks.get('wyh')!.ambitions[4]!.indicators[0]!;
  indicator.source = ATTACKS[1]!;
}

const nothingRan = () => {
  expect(document.querySelector('img[src="x"]')).toBeNull();
  expect([...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert'))).toEqual([]);
};

describe('script in text fields', () => {
  beforeEach(plantAttacks);

  it('is shown as text in the table, the history and the indicator details', async () => {
    const { user } = renderApp('/wyh/ambitions/5?place=leeds&view=table');
    expect((await screen.findAllByText(ATTACKS[0]!, { exact: false })).length).toBeGreaterThan(0);
    await user.click(within(await screen.findByRole('region', { name: 'Suicide rate' })).getByText('Changes to these figures'));
    expect(await screen.findByText('1 change, newest first.')).toBeInTheDocument();
    expect(await screen.findByText(`“${ATTACKS[0]}”`)).toBeInTheDocument();
    expect(screen.getAllByText(new RegExp(ATTACKS[1]!.replace(/[()]/g, '\\$&'))).length).toBeGreaterThan(0);
    nothingRan();
  });

  it('is shown as text on a presenter slide', async () => {
    // Bradford District and Craven's figures are illustrative: the slide says where published ones would come from, the indicator's (planted) source.
    renderApp('/wyh/present/5?place=bradford');
    expect((await screen.findAllByText(/<script>alert\(1\)<\/script>/)).length).toBeGreaterThan(0);
    nothingRan();
  });

  it('is shown as text in the board pack', async () => {
    renderApp('/wyh/board-pack?place=leeds&deck=5');
    expect((await screen.findAllByText(/<script>alert\(1\)<\/script>/)).length).toBeGreaterThan(0);
    nothingRan();
  });
});
