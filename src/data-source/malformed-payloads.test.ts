import fc from 'fast-check';
import { createStore, set } from 'idb-keyval';
import { http, HttpResponse } from 'msw';
import { db, seriesKey } from '../../mocks/db';
import { server } from '../../mocks/node';
import { servePublic } from '../../tests/helpers/serve-public';
import { createBrowserDataSource } from './browser-data-source';
import type { DataSource } from './data-source';
import { DataSourceError } from './data-source-error';
import { createHttpDataSource } from './http-data-source';
import { malformedSeries, type Damage } from './malformed-payloads';
import { createStaticDataSource } from './static-data-source';

// Fuzz: generated malformed payloads through every source's validation. Each must end as a typed,
// readable DataSourceError, never an uncaught exception or a half-valid series.

const RUNS_PER_SOURCE = 80;
const valid = () => structuredClone(db.series.get(seriesKey('wyh', 'suicide-rate', 'leeds'))!);
let tried = 0;

async function expectReadableRefusal(read: () => Promise<unknown>, damage: Damage) {
  tried += 1;
  const outcome = await read().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`Accepted a payload with ${damage.what}`);
  expect(outcome.error).toBeInstanceOf(DataSourceError);
  const error = outcome.error as DataSourceError;
  expect(error.kind).toBe('invalid-payload');
  // Readable: names what could not be read, and stays short enough to show on a card.
  expect(error.message).toMatch(/^The figures for suicide-rate in leeds .*could not be read/);
  expect(error.message.length).toBeLessThan(1200);
}

const sources: { name: string; serve: (payload: unknown) => Promise<DataSource> }[] = [
  {
    name: 'REST',
    serve: async (payload) => {
      server.use(http.get('/api/frameworks/wyh/indicators/suicide-rate/series/leeds', () => HttpResponse.json(payload as never)));
      return createHttpDataSource({ baseUrl: '/api' });
    },
  },
  {
    name: 'static files',
    serve: async (payload) => {
      const fetchWith = (async (input: URL | RequestInfo) =>
        String(input).endsWith('series.json') ? new Response(JSON.stringify([payload, { ...valid(), placeId: 'wakefield' }])) : servePublic(input)) as typeof fetch;
      return createStaticDataSource({ baseUrl: '/data', fetch: fetchWith });
    },
  },
  {
    name: 'browser-local',
    serve: async (payload) => {
      const databaseName = `fuzz-${tried}`;
      const source = createBrowserDataSource({ seedFrom: createStaticDataSource({ baseUrl: '/data', fetch: servePublic }), databaseName });
      await source.getFramework('wyh');
      // Stored as IndexedDB keeps it: NaN and Infinity survive here, unlike in JSON.
      await set('series/wyh/suicide-rate/leeds', payload, createStore(databaseName, 'records'));
      return source;
    },
  },
];

describe.each(sources)('the $name source, given malformed series', ({ name, serve }) => {
  it(`refuses ${RUNS_PER_SOURCE} generated payloads with a typed, readable error`, async () => {
    await fc.assert(
      fc.asyncProperty(malformedSeries(valid()), async (damage) => {
        // Static files hold every series of a partnership in one file: a broken one fails its own
        // card only (refused, or not found when its ids are what broke), and the others still load.
        const source = await serve(damage.payload);
        if (name === 'static files') {
          tried += 1;
          const error = await source.getSeries('wyh', 'suicide-rate', 'leeds').catch((e: unknown) => e);
          expect(error).toBeInstanceOf(DataSourceError);
          expect(['invalid-payload', 'not-found']).toContain((error as DataSourceError).kind);
          expect((error as DataSourceError).message).toMatch(/^The figures for suicide-rate in leeds (could not be read|are not in the published files)/);
          expect((await source.getSeries('wyh', 'suicide-rate', 'wakefield')).placeId).toBe('wakefield');
          return;
        }
        await expectReadableRefusal(() => source.getSeries('wyh', 'suicide-rate', 'leeds'), damage);
      }),
      { numRuns: RUNS_PER_SOURCE },
    );
  }, 120_000);
});

afterAll(() => {
  // The issue asks for at least 200 generated cases across the sources.
  expect(tried).toBeGreaterThanOrEqual(200);
  console.info(`Fuzz: ${tried} malformed payloads tried across ${sources.length} sources.`);
});
