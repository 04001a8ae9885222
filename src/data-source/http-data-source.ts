import type { z } from 'zod';
import type { Framework, HistoryEntry, Series, SeriesChange } from '../domain/types';
import type { DataSource } from './data-source';
import { DataSourceError, invalidPayload } from './data-source-error';
import { conflictSchema, frameworkSchema, historySchema, seriesSchema } from './schemas';

export interface HttpDataSourceOptions {
  /** Absolute, or relative to the page: "/api", "https://figures.example.nhs.uk/api". */
  baseUrl: string;
  /** Sent with every request, e.g. an Authorization header the deployment supplies. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** The REST contract is in docs/data-contract.md; every JSON body is validated here. */
export function createHttpDataSource(options: HttpDataSourceOptions): DataSource {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = options.baseUrl.replace(/\/+$/, '');

  async function request<T>(path: string, schema: z.ZodType<T>, what: string, body?: unknown): Promise<T> {
    // Relative to the page so "/api" works in the browser and under jsdom alike.
    const url = new URL(`${base}${path}`, globalThis.location?.href ?? 'http://localhost/');
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const failed = body === undefined ? 'could not be fetched' : 'could not be saved';
    let response: Response;
    try {
      response = await doFetch(url, { method: body === undefined ? 'GET' : 'PUT', headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new DataSourceError('network', `${what} ${failed}: the connection failed. Check you are online and try again.`, { what });
    }
    if (response.status === 404) {
      throw new DataSourceError('not-found', `${what} could not be found.`, { status: 404, what });
    }
    if (response.status === 409) {
      const conflict = conflictSchema.safeParse(await response.json().catch(() => undefined));
      if (!conflict.success) throw invalidPayload(`${what} (a conflict reply)`, conflict.error);
      throw new DataSourceError('conflict', `${what} were changed by someone else since you started. Compare and choose.`, {
        status: 409,
        what,
        current: conflict.data.current,
      });
    }
    if (response.status === 400 || response.status === 422) {
      const reply: unknown = await response.json().catch(() => undefined);
      const reason = typeof reply === 'object' && reply && 'error' in reply && typeof reply.error === 'string' ? reply.error.slice(0, 500) : 'it was not valid';
      throw new DataSourceError('rejected', `${what} were not saved: ${reason}.`, { status: response.status, what });
    }
    if (!response.ok) {
      throw new DataSourceError('server', `${what} ${failed}: the server answered ${response.status}.`, {
        status: response.status,
        what,
      });
    }
    let reply: unknown;
    try {
      reply = await response.json();
    } catch {
      throw new DataSourceError('invalid-payload', `${what} could not be read: the server did not send JSON.`, { what });
    }
    const parsed = schema.safeParse(reply);
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return parsed.data;
  }

  const segment = encodeURIComponent;
  const seriesPath = (frameworkId: string, indicatorId: string, placeId: string) =>
    `/frameworks/${segment(frameworkId)}/indicators/${segment(indicatorId)}/series/${segment(placeId)}`;

  /** A server that answers with another series is as wrong as one that sends junk. */
  function checkIdentity(series: Series, indicatorId: string, placeId: string, what: string): Series {
    if (series.indicatorId !== indicatorId || series.placeId !== placeId) {
      throw new DataSourceError('invalid-payload', `${what} could not be read: the server sent the figures for ${series.indicatorId} in ${series.placeId} instead.`, { what });
    }
    return series;
  }

  return {
    kind: 'http',
    description: `the figures service at ${options.baseUrl}`,
    getFramework: (frameworkId) =>
      request<Framework>(`/frameworks/${segment(frameworkId)}`, frameworkSchema, 'The list of ambitions'),
    async getSeries(frameworkId, indicatorId, placeId) {
      const what = `The figures for ${indicatorId} in ${placeId}`;
      return checkIdentity(await request<Series>(seriesPath(frameworkId, indicatorId, placeId), seriesSchema, what), indicatorId, placeId, what);
    },
    async saveSeries(frameworkId, indicatorId, placeId, change: SeriesChange) {
      const what = `The figures for ${indicatorId} in ${placeId}`;
      return checkIdentity(await request<Series>(seriesPath(frameworkId, indicatorId, placeId), seriesSchema, what, change), indicatorId, placeId, what);
    },
    getHistory: (frameworkId, indicatorId, placeId) =>
      request<HistoryEntry[]>(`${seriesPath(frameworkId, indicatorId, placeId)}/history`, historySchema, `The history of ${indicatorId} in ${placeId}`),
  };
}
