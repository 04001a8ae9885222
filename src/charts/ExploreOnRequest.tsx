import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A chart drawn in plain SVG until the reader shows an interest in it (points at it, touches it or
 * moves focus to it); then the charting library's drawing of the same figures takes its place, with
 * each figure shown on hover and the arrow keys. Drawing every chart with the library as the page
 * opened cost a phone over a second of frozen main thread (Lighthouse mobile: total blocking time
 * 1.6 s on an ambition with four charts), for figures the page already states in words.
 * A keyboard reader finds the chart as one stop in the tab order and, once the library has drawn
 * it, is moved on to the library's chart, where the arrow keys step through the figures.
 */
export function ExploreOnRequest({ plain, interactive }: { plain: ReactNode; interactive: ReactNode }) {
  const [asked, setAsked] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const askedByKeyboard = useRef(false);
  useEffect(() => {
    const element = box.current;
    if (!asked || !askedByKeyboard.current || !element) return;
    const focusLibraryChart = () => {
      const chart = element.querySelector<SVGSVGElement>('svg.recharts-surface');
      chart?.focus();
      return Boolean(chart);
    };
    if (focusLibraryChart()) return;
    const observer = new MutationObserver(() => focusLibraryChart() && observer.disconnect());
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [asked]);
  const ask = () => setAsked(true);
  if (asked) {
    return (
      <div ref={box} className="chart-explore">
        <Suspense fallback={plain}>{interactive}</Suspense>
      </div>
    );
  }
  return (
    <div
      ref={box}
      className="chart-explore"
      role="group"
      tabIndex={0}
      aria-label="Chart: focus here to read its figures one by one with the arrow keys"
      onPointerEnter={ask}
      onTouchStart={ask}
      onFocus={(event) => {
        if (event.target === event.currentTarget) askedByKeyboard.current = true;
        ask();
      }}
    >
      {plain}
    </div>
  );
}
