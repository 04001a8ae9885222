// Copies of the pages a board member read, kept in this browser's localStorage for the next
// visit: the page's starter (src/starter) shows the copy, dated, the moment the HTML arrives, and
// the app replaces it with fresh figures once they are in (stale while revalidate, for the page).
// localStorage because the starter must read it before the first paint, and only it is synchronous.
// Written by src/app/page-copy-keeper.ts, shown and handed over by the starter; no imports, as the
// starter is inlined into index.html.

/** What says a page is still loading: nothing of it is worth keeping, or handing over to, yet. */
export const LOADING = '[aria-busy="true"], .loading-line, .skeleton';

/** The build that drew a page: the address of the app's code, marked data-app (vite.config.ts, pageStarter). */
export const buildOf = (doc: Document) => doc.querySelector('[data-app]')?.getAttribute('href') ?? undefined;

/** A page as it was last seen. */
export interface PageCopy {
  /** When its figures were fetched (ms since 1970). */
  keptAt: number;
  /** The build that drew it (its module script's address): another build's markup and stylesheets may not match. */
  build: string;
  /** Stylesheets the page had beyond index.html's own (a lazily loaded page's). */
  stylesheets: string[];
  /** The markup of the app's root, inert: no ids, inline styles moved to data-copy-style (the policy allows no inline style). */
  html: string;
  title: string;
}

const PREFIX = 'ambitions-dashboard:page-copy:';
const INDEX = 'ambitions-dashboard:page-copies';
/** The last few addresses read: enough for a board member's usual pages, small beside localStorage's 5 MB. */
export const PAGE_COPIES_KEPT = 8;

function addresses(storage: Storage): string[] {
  try {
    const list: unknown = JSON.parse(storage.getItem(INDEX) ?? '[]');
    return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether a copy is kept for an address: read from the short list of addresses, not the copy. */
export function hasPageCopy(storage: Storage, address: string): boolean {
  return addresses(storage).includes(address);
}

/** The copy kept for an address (path and query), if one reads. */
export function readPageCopy(storage: Storage, address: string): PageCopy | undefined {
  try {
    const copy = JSON.parse(storage.getItem(PREFIX + address) ?? 'null') as PageCopy | null;
    const valid = copy && typeof copy.keptAt === 'number' && typeof copy.build === 'string' && typeof copy.html === 'string' && Array.isArray(copy.stylesheets);
    return valid ? copy : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a copy for an address, newest first, dropping the oldest beyond PAGE_COPIES_KEPT, and the
 * oldest again while the browser says it is full. Never throws: a copy not kept costs only speed.
 */
export function writePageCopy(storage: Storage, address: string, copy: PageCopy): void {
  const kept = [address, ...addresses(storage).filter((a) => a !== address)];
  while (kept.length > PAGE_COPIES_KEPT) storage.removeItem(PREFIX + kept.pop()!);
  for (;;) {
    try {
      storage.setItem(PREFIX + address, JSON.stringify(copy));
      storage.setItem(INDEX, JSON.stringify(kept));
      return;
    } catch {
      if (kept.length <= 1) {
        storage.removeItem(PREFIX + address);
        return;
      }
      storage.removeItem(PREFIX + kept.pop()!);
    }
  }
}

/** Removes every copy (signing out: a copy may show figures that needed a sign-in). */
export function removePageCopies(storage: Storage): void {
  for (const address of addresses(storage)) storage.removeItem(PREFIX + address);
  storage.removeItem(INDEX);
  // Any left behind by an index that was lost.
  for (let i = storage.length - 1; i >= 0; i -= 1) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) storage.removeItem(key);
  }
}
