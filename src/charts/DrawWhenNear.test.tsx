import { act, render, screen } from '@testing-library/react';
import { DrawWhenNear } from './DrawWhenNear';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A stand-in IntersectionObserver the test can fire, as scrolling would. */
function fakeObserver() {
  const observers: Callback[] = [];
  class FakeIntersectionObserver {
    constructor(callback: Callback) {
      observers.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return { scrollNear: () => act(() => observers.forEach((fire) => fire([{ isIntersecting: true }]))) };
}

describe('DrawWhenNear', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws at once where the browser cannot tell what is near the screen', () => {
    render(<DrawWhenNear height={300}>{<svg aria-label="chart" />}</DrawWhenNear>);
    expect(screen.getByLabelText('chart')).toBeInTheDocument();
  });

  it('holds the chart’s place (its height) until it comes near, then draws it', () => {
    const { scrollNear } = fakeObserver();
    const { container } = render(<DrawWhenNear height={300}>{<svg aria-label="chart" />}</DrawWhenNear>);
    expect(screen.queryByLabelText('chart')).toBeNull();
    expect(container.querySelector<HTMLElement>('.chart-placeholder--deferred')!.style.height).toBe('300px');
    scrollNear();
    expect(screen.getByLabelText('chart')).toBeInTheDocument();
  });

  it('draws every chart before the page is printed', () => {
    fakeObserver();
    render(<DrawWhenNear height={300}>{<svg aria-label="chart" />}</DrawWhenNear>);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByLabelText('chart')).toBeInTheDocument();
  });
});
