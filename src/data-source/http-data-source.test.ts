import { http, HttpResponse } from 'msw';
import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { server } from '../../mocks/node';
import { createHttpDataSource } from './http-data-source';
import { failure } from '../../tests/helpers/data-source-failure';

const source = createHttpDataSource({ baseUrl: '/api' });
const SERIES_URL = '/api/frameworks/wyh/indicators/suicide-rate/series/leeds';

describe('HTTP data source', () => {
  it('reads the framework and a series through the REST contract', async () => {
    const framework = await source.getFramework('wyh');
    expect(framework.ambitions).toHaveLength(10);
    const series = await source.getSeries('wyh', 'suicide-rate', 'wyh');
    expect(series.points[0]).toMatchObject({ period: '2016-18', value: 10.6, provenance: 'published' });
  });

  it('names the field when a value is not a number', async () => {
    server.use(
      http.get(SERIES_URL, () =>
        HttpResponse.json({ indicatorId: 'suicide-rate', placeId: 'leeds', version: 1, points: [{ period: '2016-18', value: 'n/a', provenance: 'illustrative' }] }),
      ),
    );
    const error = await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'));
    expect(error.kind).toBe('invalid-payload');
    expect(error.retryable).toBe(false);
    expect(error.details.issues?.[0]?.path).toBe('points[0].value');
    expect(error.message).toContain('points[0].value');
  });

  it('rejects a period it cannot parse, saying what periods look like', async () => {
    server.use(
      http.get(SERIES_URL, () =>
        HttpResponse.json({ indicatorId: 'suicide-rate', placeId: 'leeds', version: 1, points: [{ period: '2019/21', value: 1, provenance: 'illustrative' }] }),
      ),
    );
    const error = await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'));
    expect(error.message).toMatch(/points\[0\]\.period: "2019\/21" is not a period we recognise/);
  });

  it.each([
    ['NaN as null', { value: null }],
    ['bounds that do not contain the value', { value: 5, lower: 6 }],
    ['an unknown provenance', { provenance: 'guessed' }],
    ['an unexpected field', { colour: 'red' }],
  ])('rejects %s', async (_, change) => {
    server.use(
      http.get(SERIES_URL, () =>
        HttpResponse.json({ indicatorId: 'suicide-rate', placeId: 'leeds', version: 1, points: [{ period: '2019', value: 1, provenance: 'illustrative', ...change }] }),
      ),
    );
    expect((await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'))).kind).toBe('invalid-payload');
  });

  it('rejects the same period twice, even spelt differently', async () => {
    server.use(
      http.get(SERIES_URL, () =>
        HttpResponse.json({
          indicatorId: 'suicide-rate',
          placeId: 'leeds',
          version: 1,
          points: [
            { period: '2019/20', value: 1, provenance: 'illustrative' },
            { period: '2019/2020', value: 2, provenance: 'illustrative' },
          ],
        }),
      ),
    );
    expect((await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'))).message).toContain('2019/20 appears twice (also at points[0])');
  });

  it('rejects a series for another indicator or place', async () => {
    server.use(http.get(SERIES_URL, () => HttpResponse.json({ indicatorId: 'suicide-rate', placeId: 'kirklees', version: 1, points: [] })));
    expect((await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'))).message).toContain('instead');
  });

  it('rejects a framework whose places have no total, naming the field', async () => {
    server.use(http.get('/api/frameworks/wyh', () => HttpResponse.json({ ...WYH_FRAMEWORK, places: WYH_FRAMEWORK.places.filter((p) => !p.isTotal) })));
    const error = await failure(source.getFramework('wyh'));
    expect(error.details.issues?.[0]).toEqual({ path: 'places', message: 'exactly one place must be the whole partnership (found 0)' });
  });

  it('reports a body that is not JSON', async () => {
    server.use(http.get(SERIES_URL, () => new HttpResponse('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } })));
    expect((await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'))).message).toContain('did not send JSON');
  });

  it('tells not-found, server and network failures apart, and which may pass on retry', async () => {
    server.use(http.get(SERIES_URL, () => new HttpResponse(null, { status: 404 })));
    expect(await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'))).toMatchObject({ kind: 'not-found', retryable: false });
    server.use(http.get(SERIES_URL, () => new HttpResponse(null, { status: 503 })));
    expect(await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'))).toMatchObject({ kind: 'server', retryable: true });
    server.use(http.get(SERIES_URL, () => HttpResponse.error()));
    expect(await failure(source.getSeries('wyh', 'suicide-rate', 'leeds'))).toMatchObject({ kind: 'network', retryable: true });
  });

  it('sends the headers the deployment configures', async () => {
    let seen: string | null = null;
    server.use(
      http.get('/api/frameworks/wyh', ({ request }) => {
        seen = request.headers.get('Authorization');
        return HttpResponse.json(WYH_FRAMEWORK);
      }),
    );
    await createHttpDataSource({ baseUrl: '/api/', headers: { Authorization: 'Bearer test' } }).getFramework('wyh');
    expect(seen).toBe('Bearer test');
  });

  it('checks only the page of a history it asked for, when the server sends the whole history whatever the page (issue 30)', async () => {
    const entry = (version: number) => ({
      id: `save-${version}`,
      at: '2026-01-01T00:00:00.000Z',
      editor: { name: 'A lead', organisation: 'Leeds' },
      version,
      changes: [{ period: '2019', after: { period: '2019', value: version, provenance: 'illustrative' } }],
    });
    // 3,000 saves, newest first; the oldest is malformed, as old data on a real server can be.
    const whole: unknown[] = Array.from({ length: 3000 }, (_, k) => entry(3001 - k));
    whole[2999] = { ...entry(2), changes: 'not a list' };
    server.use(http.get(`${SERIES_URL}/history`, () => HttpResponse.json(whole)));
    const first = await source.getHistory('wyh', 'suicide-rate', 'leeds', { limit: 50 });
    expect(first.map((e) => e.version)).toEqual(Array.from({ length: 50 }, (_, k) => 3001 - k));
    const older = await source.getHistory('wyh', 'suicide-rate', 'leeds', { limit: 50, beforeVersion: 2952 });
    expect(older[0]!.version).toBe(2951);
    expect(older).toHaveLength(50);
    // The malformed save is still named when its page is the one asked for.
    const last = await failure(source.getHistory('wyh', 'suicide-rate', 'leeds', { limit: 50, beforeVersion: 3 }));
    expect(last.kind).toBe('invalid-payload');
  });
});
