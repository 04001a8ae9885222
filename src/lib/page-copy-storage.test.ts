import { hasPageCopy, PAGE_COPIES_KEPT, readPageCopy, removePageCopies, writePageCopy, type PageCopy } from './page-copy-storage';

const copy = (html: string): PageCopy => ({ keptAt: 1_765_000_000_000, build: '/assets/index-abc.js', stylesheets: ['/assets/index.css'], html, title: 'Overview' });

/** localStorage with a quota of `limit` characters, as a browser's fills up. */
function storageOf(limit = Infinity): Storage {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      const before = items.get(k);
      items.set(k, v);
      if (used() > limit) {
        if (before === undefined) items.delete(k);
        else items.set(k, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe('copies of pages kept for the next visit', () => {
  it('reads back what was kept, by address; nothing for another address or a copy that does not read', () => {
    const storage = storageOf();
    writePageCopy(storage, '/wyh', copy('<p>overview</p>'));
    expect(readPageCopy(storage, '/wyh')).toEqual(copy('<p>overview</p>'));
    expect(hasPageCopy(storage, '/wyh')).toBe(true);
    expect(hasPageCopy(storage, '/wyh?place=leeds')).toBe(false);
    expect(readPageCopy(storage, '/wyh?place=leeds')).toBeUndefined();
    storage.setItem('ambitions-dashboard:page-copy:/bad', '{"keptAt":"yesterday"}');
    storage.setItem('ambitions-dashboard:page-copy:/worse', 'not json');
    expect(readPageCopy(storage, '/bad')).toBeUndefined();
    expect(readPageCopy(storage, '/worse')).toBeUndefined();
  });

  it(`keeps the last ${PAGE_COPIES_KEPT} addresses read, dropping the oldest`, () => {
    const storage = storageOf();
    for (let i = 0; i <= PAGE_COPIES_KEPT; i += 1) writePageCopy(storage, `/wyh/ambitions/${i}`, copy(`<p>${i}</p>`));
    expect(readPageCopy(storage, '/wyh/ambitions/0')).toBeUndefined();
    expect(readPageCopy(storage, `/wyh/ambitions/${PAGE_COPIES_KEPT}`)?.html).toBe(`<p>${PAGE_COPIES_KEPT}</p>`);
    // Read again, an address is the newest: the next one dropped is the oldest after it.
    writePageCopy(storage, '/wyh/ambitions/1', copy('<p>1 again</p>'));
    writePageCopy(storage, '/wyh', copy('<p>overview</p>'));
    expect(readPageCopy(storage, '/wyh/ambitions/1')?.html).toBe('<p>1 again</p>');
    expect(readPageCopy(storage, '/wyh/ambitions/2')).toBeUndefined();
  });

  it('makes room when the browser says it is full, and never throws: a copy not kept costs only speed', () => {
    const storage = storageOf(900);
    writePageCopy(storage, '/a', copy('x'.repeat(300)));
    writePageCopy(storage, '/b', copy('y'.repeat(300)));
    expect(readPageCopy(storage, '/a')).toBeUndefined();
    expect(readPageCopy(storage, '/b')?.html).toHaveLength(300);
    expect(() => writePageCopy(storage, '/c', copy('z'.repeat(5_000)))).not.toThrow();
    expect(readPageCopy(storage, '/c')).toBeUndefined();
  });

  it('removes every copy on sign-out, and nothing else', () => {
    const storage = storageOf();
    storage.setItem('ambitions-dashboard:outbox', 'kept');
    writePageCopy(storage, '/wyh', copy('<p>overview</p>'));
    storage.setItem('ambitions-dashboard:page-copy:/orphan', JSON.stringify(copy('<p>no index</p>')));
    removePageCopies(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem('ambitions-dashboard:outbox')).toBe('kept');
  });
});
