import { useState, useSyncExternalStore } from 'react';

// A page drawn at build time (scripts/prerender.mjs) must be taken over exactly as it was drawn:
// React keeps the markup and only attaches to it, so what the browser would draw differently (a
// chart whose place is not yet known to be near the screen, a wide screen's open panels) is drawn
// as the build drew it first, and changed after.

const noChanges = () => () => {};

/** Whether this component first appeared in a page drawn at build time (on the server, or while the browser took it over). Fixed for its life. */
export function useDrawnAtBuild(): boolean {
  // The server's value is read while drawing at build time and while taking that drawing over; the browser's in every other render.
  const hydrating = useSyncExternalStore(
    noChanges,
    () => false,
    () => true,
  );
  const [drawnAtBuild] = useState(hydrating);
  return drawnAtBuild;
}
