import { http, HttpResponse } from 'msw';
import { db, seriesKey } from './db';

// The REST contract of docs/data-contract.md, served from the mock store. One list, used by the
// browser worker in development and by the Node server in tests.

export const API = '/api';

export const handlers = [
  http.get(`${API}/frameworks/:frameworkId`, ({ params }) => {
    const framework = db.frameworks.get(String(params.frameworkId));
    return framework ? HttpResponse.json(framework) : HttpResponse.json({ error: 'No such framework' }, { status: 404 });
  }),

  http.get(`${API}/frameworks/:frameworkId/indicators/:indicatorId/series/:placeId`, ({ params }) => {
    const key = seriesKey(String(params.frameworkId), String(params.indicatorId), String(params.placeId));
    const series = db.series.get(key);
    return series ? HttpResponse.json(series) : HttpResponse.json({ error: 'No such series' }, { status: 404 });
  }),
];
