import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useDrawnAtBuild } from '../lib/hydrating';

/**
 * Draws a chart once it comes within a screen's height of the viewport, and holds its place until
 * then. A detail page has up to four charts, each some 100 ms of a phone's main thread; drawing
 * only those near the screen keeps the page answering while it loads. Printing draws them all.
 * Where the browser cannot tell (no IntersectionObserver), everything is drawn at once, and so it is
 * in a page drawn at build time, which the browser then keeps as drawn.
 */
export function DrawWhenNear({ height, children }: { height: number; children: ReactNode }) {
  const drawnAtBuild = useDrawnAtBuild();
  const [near, setNear] = useState(() => drawnAtBuild || typeof IntersectionObserver === 'undefined');
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near || !placeholder.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '100% 0px' });
    observer.observe(placeholder.current);
    // Synchronously, so the chart is in the page the browser is about to lay out for print.
    const beforePrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [near]);
  if (near) return children;
  return (
    <div ref={placeholder} className="chart-placeholder chart-placeholder--deferred" style={{ height }}>
      The chart is drawn as it comes into view.
    </div>
  );
}
