import { figuresPageAt } from './page-address';
import { freshSince, keptSince } from '../lib/kept-copy';
import { buildOf, LOADING, writePageCopy } from '../lib/page-copy-storage';

// Keeping a copy of a page of figures for the next visit (page-copy-storage.ts says why). Loaded
// once the page has loaded (main.tsx): a copy is kept as the reader leaves, never before.

/**
 * As the reader leaves (the tab hidden or the page unloaded: the moments a browser promises to
 * tell), keeps a copy of an overview or ambition's page whose figures are all in and fresh. Not
 * one whose figures came from the service worker's kept copy: the copy kept before says their
 * date. Inline styles become data-copy-style and ids are dropped, for the starter to show it
 * under the Content-Security-Policy beside the app's hidden root. Returns a function that stops.
 */
export function keepPageCopies(root: HTMLElement, baseUrl: string, storage: Storage | undefined = globalThis.localStorage): () => void {
  if (!storage) return () => undefined;
  const keep = () => {
    const keptAt = freshSince.at;
    const build = buildOf(document);
    if (root.hidden || keptAt === undefined || !build || keptSince.size > 0 || !figuresPageAt(location.pathname, baseUrl) || root.querySelector(LOADING)) return;
    const copy = root.cloneNode(true) as HTMLElement;
    // What a form control shows lives in its properties, which a clone does not carry: written as
    // attributes, so the place chosen shows as chosen.
    const [live, cloned] = [root, copy].map((tree) => [...tree.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input')]);
    live!.forEach((control, i) => {
      const twin = cloned![i]!;
      if (control instanceof HTMLSelectElement)
        for (const [j, option] of [...control.options].entries()) twin.querySelectorAll('option')[j]?.toggleAttribute('selected', option.selected);
      else if (control.type === 'checkbox' || control.type === 'radio') twin.toggleAttribute('checked', control.checked);
      else if (control.type !== 'password') twin.setAttribute('value', control.value);
    });
    // Messages of the moment (a save, the connection) are not part of the page to come back to.
    for (const element of copy.querySelectorAll('[role="alert"], [role="dialog"], .kept-copy-notice, .toast')) element.remove();
    for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
    for (const element of copy.querySelectorAll('[style]')) {
      element.setAttribute('data-copy-style', element.getAttribute('style') ?? '');
      element.removeAttribute('style');
    }
    const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].flatMap((l) => {
      const href = l.getAttribute('href');
      return href && !(l as HTMLLinkElement).media.includes('not all') ? [href] : [];
    });
    writePageCopy(storage, location.pathname + location.search, { keptAt, build, stylesheets, html: copy.innerHTML, title: document.title });
  };
  const whenHidden = () => {
    if (document.visibilityState === 'hidden') keep();
  };
  addEventListener('pagehide', keep);
  document.addEventListener('visibilitychange', whenHidden);
  return () => {
    removeEventListener('pagehide', keep);
    document.removeEventListener('visibilitychange', whenHidden);
  };
}
