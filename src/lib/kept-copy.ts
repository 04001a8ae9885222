// Figures read from the service worker's kept copy (offline, or the network too slow) arrive
// with the Date header of the reply they were kept from. A reply dated well before now is that
// copy: the app then says when the figures were fetched, so nothing stale passes for current. A
// fresh reply for the same address clears it, without a reload.

/** A reply older than this was not just fetched: it is a kept copy. */
const KEPT_AFTER_MS = 2 * 60 * 1000;

const keptSince = new Map<string, number>();
const listeners = new Set<() => void>();
let oldest: number | undefined;

function changed() {
  let next: number | undefined;
  for (const at of keptSince.values()) if (next === undefined || at < next) next = at;
  if (next === oldest) return;
  oldest = next;
  for (const listener of listeners) listener();
}

/** Called with every reply of figures read: notes a kept copy, or that a fresh one has replaced it. */
export function noteReply(url: string, response: Pick<Response, 'headers'>, now = Date.now(), online = globalThis.navigator?.onLine ?? true): void {
  const dated = Date.parse(response.headers.get('Date') ?? '');
  // With no connection, any reply is the kept copy, however recent.
  if (Number.isFinite(dated) && (!online || now - dated > KEPT_AFTER_MS)) keptSince.set(url, dated);
  else if (!keptSince.delete(url)) return;
  changed();
}

/**
 * When the oldest figures on screen were fetched, where any came from the kept copy. With no
 * connection and no figures read since (a page drawn at build time carries its figures in it),
 * the page's own date: the day its figures were published, or it was kept.
 */
export function oldestKeptCopy(): number | undefined {
  if (oldest !== undefined) return oldest;
  if (globalThis.navigator?.onLine !== false || typeof document === 'undefined') return undefined;
  const page = Date.parse(document.lastModified);
  return Number.isFinite(page) ? page : undefined;
}

export function subscribeToKeptCopy(listener: () => void): () => void {
  listeners.add(listener);
  // Losing or finding the connection changes what is said, with or without a reply.
  globalThis.addEventListener?.('online', listener);
  globalThis.addEventListener?.('offline', listener);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('online', listener);
    globalThis.removeEventListener?.('offline', listener);
  };
}

/** Asks every reader to look again (after taking over a page drawn at build time). */
export function recheckKeptCopy(): void {
  for (const listener of listeners) listener();
}

/** Whether any figures on screen came from the kept copy (whatever the connection now). */
export function hadKeptCopies(): boolean {
  return keptSince.size > 0;
}

/** Forgets every kept copy it knew of (signing out). */
export function forgetKeptCopies(): void {
  keptSince.clear();
  changed();
}

/** The service worker's caches of pages and figures: emptied on sign-out, so nothing that needed a sign-in stays. */
export const KEPT_CACHES = ['pages', 'figures'];

export async function emptyKeptCaches(): Promise<void> {
  forgetKeptCopies();
  if (typeof caches === 'undefined') return;
  await Promise.all(KEPT_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
