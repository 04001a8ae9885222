import { act, render } from '@testing-library/react';
import { makeIndicator, points } from '../../tests/helpers/indicator-fixture';
import { assessIndicator } from '../domain/status/assess-indicator';
import { timePoints } from '../domain/periods/timed-point';
import type { Place } from '../domain/types';
import { buildIndicatorChart } from './build-indicator-chart';
import IndicatorChart from './IndicatorChart';
import { PlainIndicatorChart } from './PlainIndicatorChart';

const leeds: Place = { id: 'leeds', name: 'Leeds', isTotal: false };
const indicator = makeIndicator({
  targets: [{ id: 'original', label: 'Original', period: '2024', rule: { kind: 'relative', percent: -10 }, provenance: 'published', source: 'Plan' }],
});
const data = points(['2016-18', 10], ['2017-19', 9.8], ['2018-20', 9.7]).map((p) => ({ ...p, lower: p.value - 0.5, upper: p.value + 0.5 }));
const series = { indicatorId: indicator.id, placeId: 'leeds', version: 1, points: data };
const model = buildIndicatorChart({ places: [{ place: leeds, points: timePoints(data) }], assessments: assessIndicator(indicator, series, 2020) });

/** The first point of a drawn line, from a polyline's points or a path's opening move. */
function firstPoint(d: string): [number, number] {
  const [x, y] = d.replace(/^M/, '').split(/[ ,L]/).map(Number);
  return [x!, y!];
}

describe('PlainIndicatorChart', () => {
  it('draws every line, the figures’ markers, the interval, the baseline and the target, hidden from screen readers', () => {
    const { container } = render(<PlainIndicatorChart model={model} unit={indicator.unit} />);
    const svg = container.querySelector('svg.indicator-chart__plain')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg.querySelectorAll('polyline')).toHaveLength(model.lines.length);
    const [figures] = svg.querySelectorAll('polyline');
    expect(figures!.getAttribute('points')!.split(' ')).toHaveLength(3);
    // Three figures' circles, the baseline's square, the target's star; then the band.
    expect(svg.querySelectorAll('path[transform]')).toHaveLength(5);
    expect(svg.querySelector('path[fill-opacity="0.16"]')).not.toBeNull();
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('2024');
    // The legend and unit, as the library's chart has them.
    expect(container.querySelector('.chart-legend')).toHaveTextContent('Straight path to the target');
  });

  it.each(['screen', 'projector'] as const)('puts the figures where the charting library puts them (%s), so nothing moves when it takes over', (theme) => {
    const plain = render(<PlainIndicatorChart model={model} unit={indicator.unit} fixedWidth={640} theme={theme} />);
    const library = render(<IndicatorChart model={model} unit={indicator.unit} fixedWidth={640} theme={theme} />);
    const plainLine = firstPoint(plain.container.querySelector('polyline')!.getAttribute('points')!);
    const libraryLine = firstPoint(library.container.querySelector('.recharts-line-curve')!.getAttribute('d')!);
    expect(plainLine[0]).toBeCloseTo(libraryLine[0], 0);
    expect(plainLine[1]).toBeCloseTo(libraryLine[1], 0);
  });

  it('draws again at its box’s new width when the box changes (a window resized, zoomed in), so it never overflows', () => {
    let resized = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resized = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    let width = 900;
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => width);
    const { container } = render(<PlainIndicatorChart model={model} unit={indicator.unit} />);
    const svg = container.querySelector('svg.indicator-chart__plain')!;
    expect(svg).toHaveAttribute('width', '900');
    width = 288;
    act(() => resized());
    expect(svg).toHaveAttribute('width', '288');
    expect(svg).toHaveAttribute('viewBox', '0 0 288 340');
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
});
