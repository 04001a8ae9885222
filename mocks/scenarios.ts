import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { db, saveSeries, seriesKey } from './db';
import { API } from './handlers';

// Ways the API misbehaves, to show anyone how the app copes, and to drive the tests the same way.
// In the dev app: add ?scenario=slow (or error, malformed, offline, conflict) to any address; it
// holds for the tab until ?scenario=none.

export const SCENARIOS = {
  slow: 'Every answer takes 2.5 seconds: loading states show.',
  error: 'The suicide figures answer 500 in every place: that card fails, the rest work.',
  malformed: 'The suicide figures arrive with a value of "lots": that card names the field.',
  offline: 'The API cannot be reached at all: the page says so and offers Try again.',
  conflict: 'Every save finds that a colleague saved first: the conflict view opens.',
  large: 'Every series has 40 yearly figures (1987–2026): the overview and charts with long histories.',
  'long-series': 'The suicide rate has 9,000 daily figures in every place: one very long series on its ambition page.',
  'unpaged-history': 'Every series has a history of 3,000 saves, and the server sends all of them whatever page is asked for.',
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

export const isScenario = (name: string | null | undefined): name is ScenarioName => Boolean(name && name in SCENARIOS);

const SUICIDE = `${API}/frameworks/:frameworkId/indicators/suicide-rate/series/:placeId`;
const SERIES = `${API}/frameworks/:frameworkId/indicators/:indicatorId/series/:placeId`;

const DAY_MS = 86_400_000;
/** 9,000 days from 1 January 2001: a daily series of some twenty-five years. */
const LONG_SERIES_DAYS = 9_000;
const UNPAGED_HISTORY_SAVES = 3_000;

/**
 * Handlers to put in front of the normal ones; answering nothing passes the request on to them.
 * Each scenario shapes the figures one series at a time, so a page's first view (one request for
 * them all) is not served in it: the app then reads them one by one, as it does from a server
 * without that route, and meets what the scenario shows.
 */
export function scenarioHandlers(name: ScenarioName): RequestHandler[] {
  const noFirstView = http.get(`${API}/frameworks/:frameworkId/first-view`, () => HttpResponse.json({ error: 'No such route' }, { status: 404 }));
  return name === 'slow' || name === 'offline' ? scenarioOwnHandlers(name) : [noFirstView, ...scenarioOwnHandlers(name)];
}

function scenarioOwnHandlers(name: ScenarioName): RequestHandler[] {
  switch (name) {
    case 'slow':
      return [
        http.all(`${API}/*`, async () => {
          await delay(2500);
        }),
      ];
    case 'error':
      return [http.get(SUICIDE, () => HttpResponse.json({ error: 'Internal Server Error' }, { status: 500 }))];
    case 'malformed':
      return [
        http.get<{ frameworkId: string; placeId: string }>(SUICIDE, ({ params }) => {
          const series = structuredClone(db.series.get(seriesKey(params.frameworkId, 'suicide-rate', params.placeId)));
          if (!series) return undefined;
          (series.points[0] as unknown as { value: unknown }).value = 'lots';
          return HttpResponse.json(series);
        }),
      ];
    case 'offline':
      return [http.all(`${API}/*`, () => HttpResponse.error())];
    case 'large':
      return [
        http.get<{ frameworkId: string; indicatorId: string; placeId: string }>(SERIES, ({ params }) => {
          const series = db.series.get(seriesKey(params.frameworkId, params.indicatorId, params.placeId));
          if (!series || series.points.length === 0) return undefined;
          const start = series.points[0]!.value;
          const points = Array.from({ length: 40 }, (_, i) => ({
            period: String(1987 + i),
            value: Number((start * (1 + 0.004 * (i - 30)) + Math.sin(i) * start * 0.01).toFixed(3)),
            provenance: 'illustrative' as const,
          }));
          return HttpResponse.json({ ...series, points });
        }),
      ];
    case 'long-series':
      return [
        http.get<{ frameworkId: string; placeId: string }>(SUICIDE, ({ params }) => {
          const series = db.series.get(seriesKey(params.frameworkId, 'suicide-rate', params.placeId));
          if (!series) return undefined;
          const start = Date.UTC(2001, 0, 1);
          const points = Array.from({ length: LONG_SERIES_DAYS }, (_, k) => ({
            period: new Date(start + k * DAY_MS).toISOString().slice(0, 10),
            value: Number((11 - k / 3000 + Math.sin(k / 30)).toFixed(1)),
            provenance: 'illustrative' as const,
          }));
          return HttpResponse.json({ ...series, points });
        }),
      ];
    case 'unpaged-history':
      return [
        http.get<{ frameworkId: string; indicatorId: string; placeId: string }>(`${SERIES}/history`, ({ params }) => {
          const series = db.series.get(seriesKey(params.frameworkId, params.indicatorId, params.placeId));
          if (!series) return undefined;
          // Newest first, every save, whatever ?limit= and ?before= say.
          const entries = Array.from({ length: UNPAGED_HISTORY_SAVES }, (_, k) => {
            const version = UNPAGED_HISTORY_SAVES + 1 - k;
            return {
              id: `scenario-${version}`,
              at: new Date(Date.UTC(2026, 0, 1) - k * 3_600_000).toISOString(),
              editor: { name: 'A colleague (demonstration)', organisation: 'Scenario "unpaged-history"' },
              note: `Save ${version}`,
              version,
              changes: [
                {
                  period: '2019',
                  before: { period: '2019', value: 10, provenance: 'illustrative' as const },
                  after: { period: '2019', value: 10 + (k % 10) / 10, provenance: 'illustrative' as const },
                },
              ],
            };
          });
          return HttpResponse.json(entries);
        }),
      ];
    case 'conflict':
      return [
        http.put<{ frameworkId: string; indicatorId: string; placeId: string }>(SERIES, ({ params }) => {
          // A colleague saves just before: their last figure goes up by one. The normal handler
          // then answers 409, as the lead's save is based on the version before theirs.
          const key = seriesKey(params.frameworkId, params.indicatorId, params.placeId);
          const current = db.series.get(key);
          if (!current || current.points.length === 0) return undefined;
          const points = current.points.map((p, i) => (i === current.points.length - 1 ? { period: p.period, value: p.value + 1, provenance: p.provenance } : p));
          saveSeries(key, { baseVersion: current.version, points, editor: { name: 'A colleague (demonstration)', organisation: 'Scenario "conflict"' } });
          return undefined;
        }),
      ];
  }
}
