import { z } from 'zod/mini';
import type { Framework, HistoryEntry, Series, SeriesChange } from '../domain/types';
import { pageOf, type DataSource } from './data-source';
import { DataSourceError } from './data-source-error';
import { createJsonRequester, type JsonRequestOptions } from './fetch-json';
import { restFirstViewPath } from './first-view-address';
import { readFramework } from './read-framework';
import { frameworkSchema, frameworkSummariesSchema, historySchema, indicatorHistorySchema, indicatorSchema, seriesSchema } from './schemas';

export interface HttpDataSourceOptions extends JsonRequestOptions {
  /** Absolute, or relative to the page: "/api", "https://figures.example.nhs.uk/api". */
  baseUrl: string;
}

/** An entry's version as the server wrote it, before the entry is checked (NaN when it has none). */
function versionBeforeChecking(entry: unknown): number {
  const version = typeof entry === 'object' && entry !== null ? (entry as { version?: unknown }).version : undefined;
  return typeof version === 'number' ? version : Number.NaN;
}

/** A page's first view, before its partnership and figures are each read with their own schema. */
const firstViewSchema = z.object({ framework: z.unknown(), series: z.array(z.unknown()) });

/** The REST contract is in docs/data-contract.md; every JSON body is validated here. */
export function createHttpDataSource(options: HttpDataSourceOptions): DataSource {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchJson = createJsonRequester(options);
  const request = <T>(path: string, schema: z.ZodMiniType<T>, what: string, body?: unknown, conflictOf?: 'series' | 'indicator' | 'framework', afterNoContent?: () => Promise<T>) =>
    fetchJson(`${base}${path}`, schema, what, body, conflictOf, afterNoContent);

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
    // Said to board members in the footer: what the figures are, not how they are served.
    description: 'the partnership’s shared copy, kept up to date by its programme leads',
    getFramework: async (frameworkId) => readFramework(await request(`/frameworks/${segment(frameworkId)}`, z.unknown(), 'The list of ambitions'), 'The list of ambitions'),
    listFrameworks: () => request('/frameworks', frameworkSummariesSchema, 'The list of partnerships'),
    saveFramework: (frameworkId, change) => {
      const path = `/frameworks/${segment(frameworkId)}`;
      const what = `The set-up of ${change.framework.shortName}`;
      return request<Framework>(path, frameworkSchema, what, change, 'framework', () => request<Framework>(path, frameworkSchema, what));
    },
    getFrameworkHistory: (frameworkId) => request(`/frameworks/${segment(frameworkId)}/history`, indicatorHistorySchema, 'The history of the set-up'),
    async readFirstView(frameworkId, placeId) {
      const what = 'The list of ambitions';
      const reply = await request(restFirstViewPath(frameworkId, placeId), firstViewSchema, what);
      const framework = await readFramework(reply.framework, what);
      const place = placeId ?? framework.places.find((p) => p.isTotal)?.id;
      // Figures that do not read, or are another place's, are left for their own reads to report.
      const series = reply.series.flatMap((raw) => {
        const parsed = seriesSchema.safeParse(raw);
        return parsed.success && parsed.data.placeId === place ? [parsed.data] : [];
      });
      return { framework, series };
    },
    async getSeries(frameworkId, indicatorId, placeId) {
      const what = `The figures for ${indicatorId} in ${placeId}`;
      return checkIdentity(await request<Series>(seriesPath(frameworkId, indicatorId, placeId), seriesSchema, what), indicatorId, placeId, what);
    },
    async saveSeries(frameworkId, indicatorId, placeId, change: SeriesChange) {
      const what = `The figures for ${indicatorId} in ${placeId}`;
      const path = seriesPath(frameworkId, indicatorId, placeId);
      // A server may answer a save with 204 and no body: the figures are then read back.
      const saved = await request<Series>(path, seriesSchema, what, change, 'series', () => request<Series>(path, seriesSchema, what));
      return checkIdentity(saved, indicatorId, placeId, what);
    },
    saveIndicator: (frameworkId, indicatorId, change) => {
      const readBack = async () => {
        const framework = await request<Framework>(`/frameworks/${segment(frameworkId)}`, frameworkSchema, 'The list of ambitions');
        const indicator = framework.ambitions.flatMap((a) => a.indicators).find((i) => i.id === indicatorId);
        if (!indicator) throw new DataSourceError('not-found', `The baseline and targets of ${indicatorId} could not be found.`);
        return indicator;
      };
      return request(
        `/frameworks/${segment(frameworkId)}/indicators/${segment(indicatorId)}`,
        indicatorSchema,
        `The baseline and targets of ${indicatorId}`,
        change,
        'indicator',
        readBack,
      );
    },
    getIndicatorHistory: (frameworkId, indicatorId) =>
      request(`/frameworks/${segment(frameworkId)}/indicators/${segment(indicatorId)}/history`, indicatorHistorySchema, `The history of ${indicatorId}'s targets`),
    // The page is asked for; a server that gives the whole history anyway is cut to it before any
    // entry is checked: checking 3,000 saves to show 50 froze the page for over half a second.
    getHistory: (frameworkId, indicatorId, placeId, page) => {
      const query = page ? `?limit=${page.limit}${page.beforeVersion === undefined ? '' : `&before=${page.beforeVersion}`}` : '';
      const schema = page
        ? z.pipe(
            z.pipe(
              z.array(z.unknown()),
              z.transform((all: unknown[]) => pageOf(all, page, versionBeforeChecking)),
            ),
            historySchema,
          )
        : historySchema;
      return request<HistoryEntry[]>(`${seriesPath(frameworkId, indicatorId, placeId)}/history${query}`, schema, `The history of ${indicatorId} in ${placeId}`);
    },
  };
}
