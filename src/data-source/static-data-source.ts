import { z } from 'zod/mini';
import type { DataSource } from './data-source';
import { DataSourceError, invalidPayload } from './data-source-error';
import { createJsonRequester, type JsonRequestOptions } from './fetch-json';
import { readFramework } from './read-framework';
import { frameworkSummariesSchema, seriesSchema } from './schemas';

export interface StaticDataSourceOptions extends JsonRequestOptions {
  /** Where the files are served: "/data" holds /data/<framework>/framework.json and series.json. */
  baseUrl: string;
}

export const STATIC_READ_ONLY_REASON =
  'These figures come from files published with the dashboard, so they cannot be changed here. To update them, change the files (see docs/data-contract.md) or ask whoever runs this dashboard.';

// The file is read as a list of anything: each series is checked when it is asked for, so one
// broken series fails its own card only, not every card on the page.
const seriesFileSchema = z.array(z.unknown());
const keyOf = (raw: unknown) =>
  raw && typeof raw === 'object' ? `${String((raw as Record<string, unknown>).indicatorId)}|${String((raw as Record<string, unknown>).placeId)}` : '';

/**
 * Figures from two JSON files per partnership, served with the app: the simplest deployment (any
 * static host, no server). Read-only; the editing screens say why.
 */
export function createStaticDataSource(options: StaticDataSourceOptions): DataSource {
  const base = options.baseUrl.replace(/\/+$/, '');
  const request = createJsonRequester(options);
  const files = new Map<string, Promise<Map<string, unknown>>>();
  const segment = encodeURIComponent;

  /** One file holds every series: fetched once, shared by every card. A failure is not cached. */
  function allSeries(frameworkId: string): Promise<Map<string, unknown>> {
    let file = files.get(frameworkId);
    if (!file) {
      file = request(`${base}/${segment(frameworkId)}/series.json`, seriesFileSchema, 'The file of figures').then((list) => new Map(list.map((raw) => [keyOf(raw), raw])));
      file.catch(() => files.delete(frameworkId));
      files.set(frameworkId, file);
    }
    return file;
  }

  return {
    kind: 'static',
    description: `files published with the dashboard (${options.baseUrl})`,
    readOnlyReason: STATIC_READ_ONLY_REASON,
    // index.json lists the partnerships published with the dashboard; without it, only the default one is offered.
    listFrameworks: () => request(`${base}/index.json`, frameworkSummariesSchema, 'The list of partnerships'),
    getFramework: async (frameworkId) =>
      readFramework(await request(`${base}/${segment(frameworkId)}/framework.json`, z.unknown(), 'The list of ambitions'), 'The list of ambitions'),
    async getSeries(frameworkId, indicatorId, placeId) {
      const raw = (await allSeries(frameworkId)).get(`${indicatorId}|${placeId}`);
      if (raw === undefined)
        throw new DataSourceError('not-found', `The figures for ${indicatorId} in ${placeId} are not in the published files.`, {
          what: `The figures for ${indicatorId} in ${placeId}`,
        });
      const parsed = seriesSchema.safeParse(raw);
      if (!parsed.success) throw invalidPayload(`The figures for ${indicatorId} in ${placeId}`, parsed.error);
      return parsed.data;
    },
    saveSeries: async () => {
      throw new DataSourceError('rejected', STATIC_READ_ONLY_REASON);
    },
    saveIndicator: async () => {
      throw new DataSourceError('rejected', STATIC_READ_ONLY_REASON);
    },
    // Published files carry no record of changes.
    getHistory: async () => [],
    getIndicatorHistory: async () => [],
  };
}
