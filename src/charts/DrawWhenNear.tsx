import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useDrawnAtBuild } from '../lib/hydrating';

/**
 * Draws a chart once it comes within a screen's height of the viewport, and holds its place until
 * then. A chart drawn by the charting library is some 100 ms of a phone's main thread; drawing only
 * those near the screen keeps the page answering while it loads. Printing draws them all. Where
 * the browser cannot tell (no IntersectionObserver), everything is drawn at once. A page drawn at
 * build time holds the place, as the browser will first draw it; `sizedBy` is a class giving it
 * `height` there, where the page's security policy refuses style attributes.
 */
export function DrawWhenNear({ height, sizedBy, children }: { height: number; sizedBy?: string; children: ReactNode }) {
  const drawnAtBuild = useDrawnAtBuild();
  const [near, setNear] = useState(() => !drawnAtBuild && typeof IntersectionObserver === 'undefined');
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // (Every browser that can take over a page drawn at build time has an IntersectionObserver.)
    if (near || !placeholder.current || typeof IntersectionObserver === 'undefined') return;
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
    <div ref={placeholder} className={`chart-placeholder chart-placeholder--deferred${sizedBy ? ` ${sizedBy}` : ''}`} style={sizedBy ? undefined : { height }}>
      The chart is drawn as it comes into view.
    </div>
  );
}
