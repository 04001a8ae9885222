import { freshSince, keptSince } from '../lib/kept-copy';
import { readPageCopy } from '../lib/page-copy-storage';
import { keepPageCopies } from './page-copy-keeper';

// Keeping a copy of a page of figures as the reader leaves, for the starter to show next time.

const PAGE = `<main class="app-main"><h1 id="title">Overview</h1>
  <article class="ambition-card" aria-labelledby="title"><span class="status-badge">On track</span><svg style="height: 80px"></svg></article>
  <p role="alert">Saved</p><p class="kept-copy-notice">No connection</p></main>`;

let root: HTMLElement;
let stop: (() => void) | undefined;
const leave = () => window.dispatchEvent(new Event('pagehide'));

afterEach(() => stop?.());

beforeEach(() => {
  document.head.innerHTML = '<link rel="modulepreload" href="/assets/index-abc.js" data-app><link rel="stylesheet" href="/assets/index-abc.css">';
  document.body.innerHTML = `<div id="root">${PAGE}</div>`;
  root = document.getElementById('root')!;
  window.history.replaceState(null, '', '/wyh?place=leeds');
  freshSince.at = Date.parse('2026-12-08T08:05:00');
  keptSince.clear();
  localStorage.clear();
});

describe('keeping a copy of the page as the reader leaves', () => {
  it('keeps the page drawn, dated by when its figures were fetched: inert markup, no ids, styles set aside, no messages of the moment', () => {
    stop = keepPageCopies(root, '/', localStorage);
    leave();
    const copy = readPageCopy(localStorage, '/wyh?place=leeds')!;
    expect(copy).toMatchObject({ keptAt: Date.parse('2026-12-08T08:05:00'), build: '/assets/index-abc.js', stylesheets: ['/assets/index-abc.css'] });
    expect(copy.html).toContain('class="status-badge">On track');
    expect(copy.html).not.toMatch(/\sid=|\sstyle=|role="alert"|kept-copy-notice/);
    expect(copy.html).toContain('data-copy-style="height: 80px"');
    // The page itself is untouched.
    expect(root.querySelector('#title')).not.toBeNull();
  });

  it('keeps what the form controls show: the place chosen, a box ticked', () => {
    root
      .querySelector('main')!
      .insertAdjacentHTML(
        'beforeend',
        '<select><option value="wyh">Whole partnership</option><option value="leeds">Leeds</option></select><input type="checkbox"><input type="text">',
      );
    root.querySelector('select')!.value = 'leeds';
    root.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked = true;
    root.querySelector<HTMLInputElement>('input[type=text]')!.value = 'typed';
    stop = keepPageCopies(root, '/', localStorage);
    leave();
    const kept = document.createElement('div');
    kept.innerHTML = readPageCopy(localStorage, '/wyh?place=leeds')!.html;
    expect(kept.querySelector('select')!.value).toBe('leeds');
    expect(kept.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    expect(kept.querySelector<HTMLInputElement>('input[type=text]')!.value).toBe('typed');
  });

  it('keeps nothing while the page is loading, or shows figures from the worker’s copy, or is not a page of figures', () => {
    stop = keepPageCopies(root, '/', localStorage);
    root.querySelector('article')!.setAttribute('aria-busy', 'true');
    leave();
    expect(readPageCopy(localStorage, '/wyh?place=leeds')).toBeUndefined();

    root.querySelector('article')!.removeAttribute('aria-busy');
    keptSince.set('/couch/x', Date.parse('2026-12-01T08:00:00'));
    leave();
    expect(readPageCopy(localStorage, '/wyh?place=leeds')).toBeUndefined();

    keptSince.clear();
    window.history.replaceState(null, '', '/wyh/grid');
    leave();
    expect(readPageCopy(localStorage, '/wyh/grid')).toBeUndefined();
  });

  it('keeps a copy when the tab is hidden too, the moment a phone’s browser promises to tell', () => {
    stop = keepPageCopies(root, '/', localStorage);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    expect(readPageCopy(localStorage, '/wyh?place=leeds')).toBeDefined();
  });
});
