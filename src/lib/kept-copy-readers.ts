import { keptCopyChanged, keptCopyListeners, keptSince } from './kept-copy';

// Read by the notice (src/app/KeptCopyNotice.tsx), which loads once figures are in.

/**
 * When the oldest figures on screen were fetched, where any came from the kept copy. With no
 * connection and no figures read since (a page drawn at build time carries its figures in it),
 * the page's own date: the day its figures were published, or it was kept.
 */
export function oldestKeptCopy(): number | undefined {
  let oldest: number | undefined;
  for (const at of keptSince.values()) if (oldest === undefined || at < oldest) oldest = at;
  if (oldest !== undefined) return oldest;
  if (globalThis.navigator?.onLine !== false || typeof document === 'undefined') return undefined;
  const page = Date.parse(document.lastModified);
  return Number.isFinite(page) ? page : undefined;
}

export function subscribeToKeptCopy(listener: () => void): () => void {
  keptCopyListeners.add(listener);
  // Losing or finding the connection changes what is said, with or without a reply.
  globalThis.addEventListener?.('online', listener);
  globalThis.addEventListener?.('offline', listener);
  return () => {
    keptCopyListeners.delete(listener);
    globalThis.removeEventListener?.('online', listener);
    globalThis.removeEventListener?.('offline', listener);
  };
}

/** Asks every reader to look again (after taking over a page drawn at build time). */
export const recheckKeptCopy = keptCopyChanged;

/** Whether any figures on screen came from the kept copy (whatever the connection now). */
export function hadKeptCopies(): boolean {
  return keptSince.size > 0;
}

/** Forgets every kept copy it knew of (signing out). */
export function forgetKeptCopies(): void {
  keptSince.clear();
  keptCopyChanged();
}
