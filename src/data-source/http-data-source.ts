import type { z } from 'zod';
import type { Framework, Series } from '../domain/types';
import type { DataSource } from './data-source';
import { DataSourceError, invalidPayload } from './data-source-error';
import { frameworkSchema, seriesSchema } from './schemas';

export interface HttpDataSourceOptions {
  /** Absolute, or relative to the page: "/api", "https://figures.example.nhs.uk/api". */
  baseUrl: string;
  /** Sent with every request, e.g. an Authorization header the deployment supplies. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** The REST contract is in docs/data-contract.md: two GET routes, JSON bodies validated here. */
export function createHttpDataSource(options: HttpDataSourceOptions): DataSource {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = options.baseUrl.replace(/\/+$/, '');

  async function getJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
    // Relative to the page so "/api" works in the browser and under jsdom alike.
    const url = new URL(`${base}${path}`, globalThis.location?.href ?? 'http://localhost/');
    let response: Response;
    try {
      response = await doFetch(url, { headers: { Accept: 'application/json', ...options.headers } });
    } catch {
      throw new DataSourceError('network', `${what} could not be fetched: the connection failed. Check you are online and try again.`, { what });
    }
    if (response.status === 404) {
      throw new DataSourceError('not-found', `${what} could not be found.`, { status: 404, what });
    }
    if (!response.ok) {
      throw new DataSourceError('server', `${what} could not be fetched: the server answered ${response.status}.`, {
        status: response.status,
        what,
      });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new DataSourceError('invalid-payload', `${what} could not be read: the server did not send JSON.`, { what });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return parsed.data;
  }

  const segment = encodeURIComponent;

  return {
    kind: 'http',
    description: `the figures service at ${options.baseUrl}`,
    getFramework: (frameworkId) =>
      getJson<Framework>(`/frameworks/${segment(frameworkId)}`, frameworkSchema, 'The list of ambitions'),
    async getSeries(frameworkId, indicatorId, placeId) {
      const what = `The figures for ${indicatorId} in ${placeId}`;
      const series = await getJson<Series>(
        `/frameworks/${segment(frameworkId)}/indicators/${segment(indicatorId)}/series/${segment(placeId)}`,
        seriesSchema,
        what,
      );
      // A server that answers with another series is as wrong as one that sends junk.
      if (series.indicatorId !== indicatorId || series.placeId !== placeId) {
        throw new DataSourceError('invalid-payload', `${what} could not be read: the server sent the figures for ${series.indicatorId} in ${series.placeId} instead.`, { what });
      }
      return series;
    },
  };
}
