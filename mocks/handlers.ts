import { http, HttpResponse } from 'msw';
import { firstIssue } from '../src/data-source/data-source-error';
import { frameworkChangeSchema, indicatorChangeSchema, seriesChangeSchema } from '../src/data-source/schemas';
import { pageOf } from '../src/data-source/data-source';
import { db, listFrameworks, saveFramework, saveIndicator, saveSeries, seriesKey, storedSeries } from './db';

// The REST contract of docs/data-contract.md, served from the mock store. One list, used by the
// browser worker in development and by the Node server in tests.

export const API = '/api';
const INDICATOR = `${API}/frameworks/:frameworkId/indicators/:indicatorId`;
const SERIES = `${INDICATOR}/series/:placeId`;

type SeriesParams = { frameworkId: string; indicatorId: string; placeId: string };
const keyOf = (p: SeriesParams) => seriesKey(p.frameworkId, p.indicatorId, p.placeId);
const notFound = (what: string) => HttpResponse.json({ error: `No such ${what}` }, { status: 404 });

export const handlers = [
  http.get(`${API}/frameworks`, () => HttpResponse.json(listFrameworks())),

  http.get<{ frameworkId: string }>(`${API}/frameworks/:frameworkId`, ({ params }) => {
    const framework = db.frameworks.get(params.frameworkId);
    return framework ? HttpResponse.json(framework) : notFound('framework');
  }),

  http.put<{ frameworkId: string }>(`${API}/frameworks/:frameworkId`, async ({ params, request }) => {
    const change = frameworkChangeSchema.safeParse(await request.json().catch(() => undefined));
    if (!change.success) return HttpResponse.json({ error: firstIssue(change.error) }, { status: 400 });
    if (!/^[a-z0-9-]{1,60}$/.test(params.frameworkId)) return HttpResponse.json({ error: 'the address must be lower-case letters, digits and dashes' }, { status: 400 });
    const outcome = saveFramework(params.frameworkId, change.data);
    if (outcome.ok) return HttpResponse.json(outcome.framework);
    return outcome.current ? HttpResponse.json({ current: outcome.current }, { status: 409 }) : notFound('framework');
  }),

  // A page's first view: the partnership and every indicator's figures for one place (the whole
  // partnership when none is named); none for a place the partnership does not have.
  http.get<{ frameworkId: string }>(`${API}/frameworks/:frameworkId/first-view`, ({ params, request }) => {
    const framework = db.frameworks.get(params.frameworkId);
    if (!framework) return notFound('framework');
    const placeId = new URL(request.url).searchParams.get('place') ?? framework.places.find((p) => p.isTotal)?.id ?? '';
    const indicators = framework.ambitions.flatMap((a) => a.indicators);
    const series = framework.places.some((p) => p.id === placeId) ? indicators.flatMap((i) => storedSeries(params.frameworkId, i.id, placeId) ?? []) : [];
    return HttpResponse.json({ framework, series });
  }),

  http.get<{ frameworkId: string }>(`${API}/frameworks/:frameworkId/history`, ({ params }) =>
    db.frameworks.has(params.frameworkId) ? HttpResponse.json(db.frameworkHistory.get(params.frameworkId) ?? []) : notFound('framework'),
  ),

  http.get<SeriesParams>(SERIES, ({ params }) => {
    const series = storedSeries(params.frameworkId, params.indicatorId, params.placeId);
    return series ? HttpResponse.json(series) : notFound('series');
  }),

  http.put<SeriesParams>(SERIES, async ({ params, request }) => {
    const key = keyOf(params);
    if (!storedSeries(params.frameworkId, params.indicatorId, params.placeId)) return notFound('series');
    // A real backend validates too: the client's checks are a courtesy, not a guarantee.
    const change = seriesChangeSchema.safeParse(await request.json().catch(() => undefined));
    if (!change.success) return HttpResponse.json({ error: firstIssue(change.error) }, { status: 400 });
    const outcome = saveSeries(key, change.data);
    return outcome.ok ? HttpResponse.json(outcome.series) : HttpResponse.json({ current: outcome.current }, { status: 409 });
  }),

  http.put<{ frameworkId: string; indicatorId: string }>(INDICATOR, async ({ params, request }) => {
    const change = indicatorChangeSchema.safeParse(await request.json().catch(() => undefined));
    if (!change.success) return HttpResponse.json({ error: firstIssue(change.error) }, { status: 400 });
    const outcome = saveIndicator(params.frameworkId, params.indicatorId, change.data);
    if (outcome.ok) return HttpResponse.json(outcome.indicator);
    return outcome.current ? HttpResponse.json({ current: outcome.current }, { status: 409 }) : notFound('indicator');
  }),

  http.get<{ frameworkId: string; indicatorId: string }>(`${INDICATOR}/history`, ({ params }) => {
    const framework = db.frameworks.get(params.frameworkId);
    const known = framework?.ambitions.some((a) => a.indicators.some((i) => i.id === params.indicatorId));
    return known ? HttpResponse.json(db.indicatorHistory.get(`${params.frameworkId}/${params.indicatorId}`) ?? []) : notFound('indicator');
  }),

  // ?limit=N&before=V: the page of at most N saves older than version V, as the client asks.
  http.get<SeriesParams>(`${SERIES}/history`, ({ params, request }) => {
    const key = keyOf(params);
    if (!storedSeries(params.frameworkId, params.indicatorId, params.placeId)) return notFound('series');
    const query = new URL(request.url).searchParams;
    const limit = Number(query.get('limit'));
    const before = query.get('before');
    const page = Number.isInteger(limit) && limit > 0 ? { limit, ...(before !== null && Number.isInteger(Number(before)) ? { beforeVersion: Number(before) } : {}) } : undefined;
    return HttpResponse.json(pageOf(db.history.get(key) ?? [], page));
  }),
];
