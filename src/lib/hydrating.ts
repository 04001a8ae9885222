import { useState, useSyncExternalStore } from 'react';

// A page drawn at build time (scripts/prerender.mjs) must be taken over exactly as it was drawn:
// React keeps the markup and only attaches to it, so what the browser would draw differently (a
// chart whose place is not yet known to be near the screen, a wide screen's open panels) is drawn
// as the build drew it first, and changed after.

const noChanges = () => () => {};

/** True while the page is drawn at build time or taken over from that drawing; false in every other render. */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => false,
    () => true,
  );
}

/** Whether this component first appeared in a page drawn at build time (on the server, or while the browser took it over). Fixed for its life. */
export function useDrawnAtBuild(): boolean {
  const hydrating = useHydrating();
  const [drawnAtBuild] = useState(hydrating);
  return drawnAtBuild;
}
