import { takeStartedReply } from '../lib/started-replies';
import type { PageCopy } from '../lib/page-copy-storage';
import { writePageCopy } from '../lib/page-copy-storage';
import { handOverWhenDrawn, preloadPageCode, runStarterInHead, showPageCopy, startFigures, whenKept, type StarterConfig } from './starter';

// The page's starter, as index.html runs it before the app's code: the first view's request
// leaves with the HTML, and a repeat visit shows the copy kept at the last one.

const at = (path: string) => {
  const url = new URL(path, 'https://dashboard.example.nhs.uk');
  return { pathname: url.pathname, search: url.search, href: url.href };
};
const reply = (..._args: Parameters<typeof fetch>) => Promise.resolve(new Response('{}'));

describe('the first request, sent with the HTML', () => {
  const couchdb: StarterConfig = { baseUrl: '/', pageCopies: true, couchdb: { url: '/couch/', database: 'ambitions' } };
  const rest: StarterConfig = { baseUrl: '/', pageCopies: true, rest: { baseUrl: 'https://api.example.nhs.uk/v1/', withCredentials: true } };

  it('asks CouchDB’s first-view view for the place in the address, as the app will, and leaves the reply for it', async () => {
    const asked = vi.fn(reply);
    const href = startFigures(couchdb, at('/wyh/ambitions/5?place=leeds'), asked);
    expect(href).toBe(
      `https://dashboard.example.nhs.uk/couch/ambitions/_design/ambitions-dashboard/_view/first-view?include_docs=true&keys=${encodeURIComponent('[["wyh","definition"],["wyh","place","leeds"]]')}`,
    );
    expect(asked).toHaveBeenCalledWith(href, { credentials: 'include', headers: { Accept: 'application/json' } });
    const taken = takeStartedReply(href!);
    expect(await taken).toBeInstanceOf(Response);
    // Taken once: a later read of the same address goes to the network.
    expect(takeStartedReply(href!)).toBeUndefined();
  });

  it('asks the REST API for the whole partnership when no place is named, with cookies only where it signs in with them', () => {
    const asked = vi.fn(reply);
    expect(startFigures(rest, at('/wyh'), asked)).toBe('https://api.example.nhs.uk/v1/frameworks/wyh/first-view');
    expect(asked.mock.calls[0]![1]).toMatchObject({ credentials: 'include' });
    startFigures({ ...rest, rest: { baseUrl: '/api', withCredentials: false } }, at('/wyh?place=kirklees'), asked);
    expect(asked.mock.calls[1]).toEqual(['https://dashboard.example.nhs.uk/api/frameworks/wyh/first-view?place=kirklees', expect.objectContaining({ credentials: 'same-origin' })]);
  });

  it('asks for nothing on pages that are not a partnership’s figures, or with no source to ask (static files, a token only the app holds)', () => {
    const asked = vi.fn(reply);
    for (const path of ['/', '/new', '/wyh/grid', '/wyh/present/1']) expect(startFigures(couchdb, at(path), asked)).toBeUndefined();
    expect(startFigures({ baseUrl: '/', pageCopies: false }, at('/wyh'), asked)).toBeUndefined();
    expect(asked).not.toHaveBeenCalled();
  });

  it('on a repeat visit with a kept copy, leaves the request to the app, after the copy is painted', () => {
    const asked = vi.spyOn(globalThis, 'fetch').mockImplementation(reply);
    try {
      window.history.replaceState(null, '', '/wyh?place=leeds');
      localStorage.clear();
      runStarterInHead(couchdb);
      expect(asked).toHaveBeenCalledTimes(1);
      writePageCopy(localStorage, '/wyh?place=leeds', { keptAt: 0, build: '/assets/index-abc.js', stylesheets: [], html: '<main></main>', title: 'Overview' });
      runStarterInHead(couchdb);
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
      localStorage.clear();
    }
  });

  it('fetches an ambition’s page code and stylesheets with the app’s own, on that page only', () => {
    const config = { ...couchdb, ambitionPageCode: { js: ['/assets/AmbitionRoute-1.js'], css: ['/assets/AmbitionPage-1.css'] } };
    preloadPageCode(config, at('/wyh'), document);
    expect(document.head.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    preloadPageCode(config, at('/wyh/ambitions/3'), document);
    expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe('/assets/AmbitionRoute-1.js');
    expect(document.head.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/assets/AmbitionPage-1.css');
  });
});

describe('the copy of a page kept at the last visit', () => {
  const NOW = Date.parse('2026-12-08T09:30:00');
  const kept: PageCopy = {
    keptAt: Date.parse('2026-12-08T08:05:00'),
    build: '/assets/index-abc.js',
    stylesheets: ['/assets/index-abc.css', '/assets/AmbitionPage-1.css'],
    html: '<main class="app-main"><article class="ambition-card"><span class="status-badge">On track</span><div data-copy-style="height: 120px;">chart</div></article></main>',
    title: 'Overview',
  };

  beforeEach(() => {
    document.head.innerHTML = '<link rel="modulepreload" href="/assets/index-abc.js" data-app><link rel="stylesheet" href="/assets/index-abc.css">';
    document.body.innerHTML = '<div id="root"><main class="app-shell"><p class="loading-line">Loading…</p></main></div>';
  });

  it('shows it at once, inert, dated, with its styles and the stylesheets it needs; the app’s root hidden until it hands over', () => {
    expect(showPageCopy(document, kept, NOW, true)).toBe(true);
    const copy = document.getElementById('page-copy')!;
    expect(copy.inert).toBe(true);
    expect(copy.querySelector('.status-badge')?.textContent).toBe('On track');
    expect(copy.querySelector<HTMLElement>('[data-copy-style]')!.style.height).toBe('120px');
    expect(document.getElementById('root')!.hidden).toBe(true);
    expect(document.getElementById('page-copy-note')?.textContent).toBe('These are the figures as fetched at 08:05 today; newer ones are on their way.');
    expect(document.getElementById('page-copy-note')?.getAttribute('role')).toBe('status');
    expect([...document.head.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual(['/assets/index-abc.css', '/assets/AmbitionPage-1.css']);
  });

  it('says when there is no connection, and the day when it was not today', () => {
    showPageCopy(document, { ...kept, keptAt: Date.parse('2026-12-01T17:45:00') }, NOW, false);
    expect(document.getElementById('page-copy-note')?.textContent).toBe('No connection: these are the figures as fetched on 1 December 2026 at 17:45, kept on this device.');
    expect(whenKept(Date.parse('2026-12-08T00:10:00'), NOW)).toBe('at 00:10 today');
  });

  it('shows nothing kept by another build (its markup and stylesheets may not match), or when none was kept', () => {
    expect(showPageCopy(document, { ...kept, build: '/assets/index-old.js' }, NOW, true)).toBe(false);
    expect(showPageCopy(document, undefined, NOW, true)).toBe(false);
    expect(document.getElementById('page-copy')).toBeNull();
    expect(document.getElementById('root')!.hidden).toBe(false);
  });

  it('hands over to the app once its page has its figures, not while any of it is loading', async () => {
    showPageCopy(document, kept, NOW, true);
    handOverWhenDrawn(document);
    const root = document.getElementById('root')!;
    root.innerHTML = '<main><article class="ambition-card" aria-busy="true"></article></main>';
    await Promise.resolve();
    expect(document.getElementById('page-copy')).not.toBeNull();
    root.querySelector('article')!.setAttribute('aria-busy', 'false');
    await vi.waitFor(() => expect(document.getElementById('page-copy')).toBeNull());
    expect(document.getElementById('page-copy-note')).toBeNull();
    expect(root.hidden).toBe(false);
  });

  it('hands over after a while whatever happens, so the app’s own word on a failure is not held back', () => {
    vi.useFakeTimers();
    try {
      showPageCopy(document, kept, NOW, true);
      handOverWhenDrawn(document, 15_000);
      vi.advanceTimersByTime(15_000);
      expect(document.getElementById('page-copy')).toBeNull();
      expect(document.getElementById('root')!.hidden).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
