import { createCouchDataSource } from './couchdb-data-source';

// CouchDB sends the session cookie again with its answers, so a reply already on its way when a
// person signs out (the live feed's long poll, woken by a colleague's save) would sign the
// browser back in. This browser is played by a fake fetch whose cookie such a reply sets again.

function fakeBrowser() {
  let cookie = false;
  const waiting: { answer: () => void; signal?: AbortSignal | null }[] = [];
  const reply = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    if (url.pathname === '/_session' && method === 'POST') {
      cookie = true;
      return reply({ ok: true, name: 'leeds-lead', roles: ['wyh:lead:leeds'] });
    }
    if (url.pathname === '/_session' && method === 'DELETE') {
      cookie = false;
      return reply({ ok: true });
    }
    if (url.pathname === '/_session') return reply({ userCtx: cookie ? { name: 'leeds-lead', roles: ['wyh:lead:leeds'] } : { name: null, roles: [] } });
    if (url.pathname.startsWith('/_users/')) return reply({ organisation: 'Leeds' });
    if (url.searchParams.get('feed') !== 'longpoll') return reply({ results: [], last_seq: 1 });
    // The long poll: answered only when a colleague saves; its answer carries the cookie again.
    const sentWithCookie = cookie;
    return new Promise<Response>((resolve, reject) => {
      const entry = {
        signal: init?.signal,
        answer: () => {
          if (init?.signal?.aborted) return;
          if (sentWithCookie) cookie = true;
          resolve(reply({ results: [], last_seq: 2 }));
        },
      };
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      waiting.push(entry);
    });
  };
  return {
    fetchImpl,
    waitingPolls: () => waiting.filter((w) => !w.signal?.aborted).length,
    /** A colleague saves: every long poll on its way is answered. */
    colleagueSaves: () => waiting.splice(0).forEach((w) => w.answer()),
  };
}

describe('signing out with the live feed open', () => {
  it('stays signed out when a reply sent with the old cookie arrives afterwards', async () => {
    const browser = fakeBrowser();
    const source = createCouchDataSource({ url: 'http://couch.test', database: 'ambitions', fetch: browser.fetchImpl });
    await source.auth!.signIn('leeds-lead', 'leeds-lead-demo');
    const stop = source.watch!('wyh', () => undefined);
    await vi.waitFor(() => expect(browser.waitingPolls()).toBe(1));
    await source.auth!.signOut();
    browser.colleagueSaves();
    await new Promise((done) => setTimeout(done, 20));
    expect(await source.auth!.getSession()).toBeNull();
    stop();
  });
});
