import { forgetKeptCopies } from './kept-copy-readers';
import { removePageCopies } from './page-copy-storage';

// Apart from kept-copy.ts, which the first view carries: only signing out needs these.

/** The service worker's caches of pages and figures (vite.config.ts, offlineReading). */
export const KEPT_CACHES = ['pages', 'figures'];

/** Empties them and the copies of pages (src/app/page-copy-keeper.ts) on sign-out, so nothing that needed a sign-in stays on the device. */
export async function emptyKeptCaches(): Promise<void> {
  forgetKeptCopies();
  try {
    removePageCopies(globalThis.localStorage);
  } catch {
    // No storage here: no copies either.
  }
  if (typeof caches === 'undefined') return;
  await Promise.all(KEPT_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
