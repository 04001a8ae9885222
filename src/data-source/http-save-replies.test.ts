import { http, HttpResponse } from 'msw';
import { db, saveSeries, seriesKey } from '../../mocks/db';
import { server } from '../../mocks/node';
import { seriesChangeSchema } from './schemas';
import { createHttpDataSource } from './http-data-source';
import { failure } from '../../tests/helpers/data-source-failure';

// Replies to a save that a real server or the proxy in front of it may give, and what each must
// mean (issue 13, paths 6 and 8): an expired sign-in is never "your changes were not accepted".

const source = createHttpDataSource({ baseUrl: '/api' });
const alice = { name: 'Alice Adams', organisation: 'Leeds Health and Care Partnership' };
const SERIES = '/api/frameworks/:frameworkId/indicators/:indicatorId/series/:placeId';

async function aChange() {
  const before = await source.getSeries('wyh', 'suicide-rate', 'leeds');
  return { before, change: { baseVersion: before.version, editor: alice, points: [...before.points, { period: '2030', value: 11, provenance: 'published' as const }] } };
}

describe('replies to a save over REST', () => {
  it('reads a 204 (saved, no body) as saved, and hands back the figures as they now are', async () => {
    server.use(
      http.put(SERIES, async ({ request }) => {
        const change = seriesChangeSchema.parse(await request.json());
        saveSeries(seriesKey('wyh', 'suicide-rate', 'leeds'), change);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { before, change } = await aChange();
    const saved = await source.saveSeries('wyh', 'suicide-rate', 'leeds', change);
    expect(saved.version).toBe(before.version + 1);
    expect(saved.points.at(-1)).toMatchObject({ period: '2030', value: 11 });
    expect(db.series.get(seriesKey('wyh', 'suicide-rate', 'leeds'))).toEqual(saved);
  });

  it('reads a sign-in page answered as 200 text/html as "sign in again", never as refused', async () => {
    server.use(http.put(SERIES, () => new HttpResponse('<!doctype html><title>Sign in</title><form>…</form>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    const { change } = await aChange();
    const error = await failure(source.saveSeries('wyh', 'suicide-rate', 'leeds', change));
    expect(error).toMatchObject({ kind: 'sign-in-needed', retryable: true });
    expect(error.message).toMatch(/sign in again/i);
  });

  it('reads a redirect to a sign-in page the same way', async () => {
    // What fetch hands back after following a redirect to a sign-in page on the same site.
    const redirected: typeof fetch = async (input, init) => {
      // Reads go to the mock API as usual; only the save meets the sign-in page.
      if (init?.method !== 'PUT') return globalThis.fetch(input, init);
      const page = new Response('<html><body>Please sign in</body></html>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
      Object.defineProperty(page, 'redirected', { value: true });
      return page;
    };
    const behindSignIn = createHttpDataSource({ baseUrl: '/api', fetch: redirected });
    const { change } = await aChange();
    const error = await failure(behindSignIn.saveSeries('wyh', 'suicide-rate', 'leeds', change));
    expect(error).toMatchObject({ kind: 'sign-in-needed', retryable: true });
    expect(error.message).toContain('web page it redirected to');
  });

  it('reads a 302 to a single sign-on page as "sign in again", and keeps the change to send after (issue 30)', async () => {
    // A sign-on proxy answers the save with a redirect; followed, the PUT would land on its page
    // and be answered 404 or 405, read as "not accepted … could not be found".
    let reachedSignOn = false;
    server.use(
      http.put(SERIES, () => new HttpResponse(null, { status: 302, headers: { Location: '/sso/login?next=%2Fapi' } })),
      http.all('/sso/login', () => {
        reachedSignOn = true;
        return new HttpResponse('Not found', { status: 404 });
      }),
    );
    const { change } = await aChange();
    const error = await failure(source.saveSeries('wyh', 'suicide-rate', 'leeds', change));
    expect(error).toMatchObject({ kind: 'sign-in-needed', retryable: true });
    expect(error.message).toMatch(/sign in again/i);
    expect(reachedSignOn).toBe(false);
  });

  it('reads a 401 as "sign in again"', async () => {
    server.use(http.put(SERIES, () => new HttpResponse(null, { status: 401 })));
    const { change } = await aChange();
    expect(await failure(source.saveSeries('wyh', 'suicide-rate', 'leeds', change))).toMatchObject({ kind: 'sign-in-needed', retryable: true });
  });
});
