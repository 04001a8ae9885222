import { z } from 'zod/mini';
import type { Series } from '../domain/types';
import type { DataSource } from './data-source';
import { DataSourceError } from './data-source-error';
import { createJsonRequester, type JsonRequestOptions } from './fetch-json';
import { frameworkSchema, seriesSchema } from './schemas';

export interface StaticDataSourceOptions extends JsonRequestOptions {
  /** Where the files are served: "/data" holds /data/<framework>/framework.json and series.json. */
  baseUrl: string;
}

export const STATIC_READ_ONLY_REASON =
  'These figures come from files published with the dashboard, so they cannot be changed here. To update them, change the files (see docs/data-contract.md) or ask whoever runs this dashboard.';

const seriesFileSchema = z.array(seriesSchema);

/**
 * Figures from two JSON files per partnership, served with the app: the simplest deployment (any
 * static host, no server). Read-only; the editing screens say why.
 */
export function createStaticDataSource(options: StaticDataSourceOptions): DataSource {
  const base = options.baseUrl.replace(/\/+$/, '');
  const request = createJsonRequester(options);
  const files = new Map<string, Promise<Series[]>>();
  const segment = encodeURIComponent;

  /** One file holds every series: fetched once, shared by every card. A failure is not cached. */
  function allSeries(frameworkId: string): Promise<Series[]> {
    let file = files.get(frameworkId);
    if (!file) {
      file = request(`${base}/${segment(frameworkId)}/series.json`, seriesFileSchema, 'The file of figures');
      file.catch(() => files.delete(frameworkId));
      files.set(frameworkId, file);
    }
    return file;
  }

  return {
    kind: 'static',
    description: `files published with the dashboard (${options.baseUrl})`,
    readOnlyReason: STATIC_READ_ONLY_REASON,
    getFramework: (frameworkId) => request(`${base}/${segment(frameworkId)}/framework.json`, frameworkSchema, 'The list of ambitions'),
    async getSeries(frameworkId, indicatorId, placeId) {
      const series = (await allSeries(frameworkId)).find((s) => s.indicatorId === indicatorId && s.placeId === placeId);
      if (!series)
        throw new DataSourceError('not-found', `The figures for ${indicatorId} in ${placeId} are not in the published files.`, {
          what: `The figures for ${indicatorId} in ${placeId}`,
        });
      return series;
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
