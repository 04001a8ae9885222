import { screen, waitFor } from '@testing-library/react';
import Papa from 'papaparse';
import { db, seriesKey } from '../../../mocks/db';
import { renderApp } from '../../../tests/helpers/render-app';
import { captureDownloads } from '../../../tests/helpers/capture-downloads';

describe('Chart downloads', () => {
  it('gives the chart as a 16:9 SVG that carries its title, places, status, comments, source, date and the illustrative warning', async () => {
    const files = captureDownloads();
    // Bradford District and Craven's figures are illustrative (Leeds' and Kirklees' are published): the warning must travel.
    const { user, container } = renderApp('/wyh/ambitions/5?place=bradford&compare=kirklees');
    // From the plain drawing the page shows first (the library's, drawn on request, has the same figures in the same places).
    await waitFor(() => expect(container.querySelector('svg.indicator-chart__plain')).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Chart (SVG)' }));
    expect(files[0]!.name).toBe('wyh-suicide-rate-bradford-kirklees.svg');
    const svg = new DOMParser().parseFromString(await files[0]!.blob.text(), 'image/svg+xml');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Suicide rate',
        'Bradford District and Craven, Kirklees (per 100,000)',
        expect.stringMatching(/^Source: OHID Fingertips/),
        'Downloaded 24 November 2026 from the Ambitions dashboard. Includes illustrative figures: not published, not to be quoted.',
        'Bradford District and Craven',
        'Kirklees',
        'Bradford District and Craven: off track for the 2027 target; plan’s 2020/21 target: missed.',
        expect.stringMatching(/^\[1\] /),
      ]),
    );
    // A slide's proportions; the drawing is scaled into the room between the words, none of it off the picture.
    expect([svg.documentElement.getAttribute('width'), svg.documentElement.getAttribute('height')]).toEqual(['1280', '720']);
    const drawing = svg.querySelector('svg > svg')!;
    const top = Number(drawing.getAttribute('y'));
    const bottom = top + Number(drawing.getAttribute('height'));
    expect(top).toBeGreaterThan(100);
    expect(bottom).toBeLessThan(720 - 80);
    expect(drawing.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    for (const text of svg.querySelectorAll('svg > text')) expect(Number(text.getAttribute('y'))).toBeLessThanOrEqual(720);
  });

  it('gives the figures behind the chart, every place shown, as CSV', async () => {
    const files = captureDownloads();
    const { user } = renderApp('/wyh/ambitions/5?place=leeds&compare=kirklees&view=table');
    await user.click(await screen.findByRole('button', { name: 'Figures (CSV)' }));
    // The CSV writer's code loads on the click.
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('wyh-suicide-rate-leeds-kirklees.csv');
    const rows = Papa.parse<string[]>(await files[0]!.blob.text(), { skipEmptyLines: true }).data;
    const expected = ['leeds', 'kirklees'].flatMap((place) => db.series.get(seriesKey('wyh', 'suicide-rate', place))!.points.map((p) => [place, p.period, p.value]));
    expect(rows.slice(1).map((r) => [r[2], r[4], Number(r[5])])).toEqual(expected);
    // Without a drawn chart there is no picture to download.
    expect(screen.queryByRole('button', { name: 'Chart (PNG)' })).toBeNull();
  });

  it('says so when the CSV writer cannot be loaded (the connection dropped), and downloads nothing', async () => {
    vi.doMock('../../lib/figures-csv-file', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const files = captureDownloads();
      const { user } = renderApp('/wyh/ambitions/5?place=leeds&view=table');
      await user.click(await screen.findByRole('button', { name: 'Figures (CSV)' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('The figures could not be prepared for download: the connection may have dropped. Try again.');
      expect(files).toHaveLength(0);
    } finally {
      vi.doUnmock('../../lib/figures-csv-file');
    }
  });
});
