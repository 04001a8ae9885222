// Figures read from the service worker's kept copy (offline, or the network too slow) arrive
// with the Date header of the reply they were kept from. A reply dated well before now is that
// copy: the app then says when the figures were fetched, so nothing stale passes for current. A
// fresh reply for the same address clears it, without a reload. Only the noting is here, in the
// first view; the readers (kept-copy-readers.ts) load with the notice.

/** A reply older than this was not just fetched: it is a kept copy. */
const KEPT_AFTER_MS = 2 * 60 * 1000;

/** Which addresses' figures on screen came from the kept copy, and when each was fetched; read by kept-copy-readers.ts. */
export const keptSince = new Map<string, number>();
/** Told whenever that changes. */
export const keptCopyListeners = new Set<() => void>();

export function keptCopyChanged(): void {
  for (const listener of keptCopyListeners) listener();
}

/** When this page's first fresh figures arrived: the date a copy of the page is kept with (src/app/page-copy-keeper.ts). */
export const freshSince: { at?: number } = {};

/** Called with every reply of figures read: notes a kept copy, or that a fresh one has replaced it. */
export function noteReply(url: string, response: Pick<Response, 'headers'>, now = Date.now(), online = globalThis.navigator?.onLine ?? true): void {
  const dated = Date.parse(response.headers.get('Date') ?? '');
  // With no connection, any reply is the kept copy, however recent.
  if (Number.isFinite(dated) && (!online || now - dated > KEPT_AFTER_MS)) keptSince.set(url, dated);
  else {
    freshSince.at ??= now;
    if (!keptSince.delete(url)) return;
  }
  keptCopyChanged();
}
