import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Holds a charting-library drawing and lets it go when its page is left. Recharts keeps the last
 * value of each of its module-level selectors (reselect's `lastResult`), among them the SVG layer
 * its z-index portals draw into. Through that element's parent chain the whole page that drew
 * the last chart stayed in memory after it was left: a detached DOM tree, one page per selector.
 * Once this box has left the document (a passive effect's clean-up runs after React has removed
 * it), every element of the drawing is emptied, so what the library holds is one bare element,
 * never the chart or the page around it. Linear in the drawing's size, once per chart left.
 */
export function LetGoWhenLeft({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    return () => {
      if (!element || element.isConnected) return;
      for (const descendant of element.querySelectorAll('*')) descendant.replaceChildren();
      element.replaceChildren();
    };
  }, []);
  return (
    <div className="chart-drawing" ref={box}>
      {children}
    </div>
  );
}
