import type { AppConfig } from '../config/env';
import type { DataSource } from './data-source';
import type { HeadersProvider } from './fetch-json';
import { createHttpDataSource } from './http-data-source';

export type SourceConfig = Pick<AppConfig, 'dataSource' | 'apiBaseUrl' | 'staticBaseUrl' | 'apiAuth' | 'apiTokenKey' | 'couchdbUrl' | 'couchdbDatabase'>;

/**
 * Which source stands behind the app is configuration, not code: each kind of source is one entry
 * here, and a new one plugs in by adding its entry (and its name to VITE_DATA_SOURCE) with no
 * change to any screen. The REST source is the usual one and is built in; the others are loaded
 * only by a deployment that picks them, so they cost the first view nothing.
 */
export const SOURCE_FACTORIES: Record<AppConfig['dataSource'], (config: SourceConfig) => Promise<DataSource>> = {
  http: async (config) =>
    createHttpDataSource({
      baseUrl: config.apiBaseUrl,
      withCredentials: config.apiAuth === 'session-cookie',
      ...(config.apiAuth === 'bearer' ? { headers: bearerFrom(config.apiTokenKey) } : {}),
    }),
  static: async (config) => {
    const { createStaticDataSource } = await import('./static-data-source');
    return createStaticDataSource({ baseUrl: config.staticBaseUrl });
  },
  browser: async (config) => {
    const [{ createStaticDataSource }, { createBrowserDataSource }] = await Promise.all([import('./static-data-source'), import('./browser-data-source')]);
    return createBrowserDataSource({ seedFrom: createStaticDataSource({ baseUrl: config.staticBaseUrl }) });
  },
  couchdb: async (config) => {
    const { createCouchDataSource } = await import('./couchdb/couchdb-data-source');
    return createCouchDataSource({ url: config.couchdbUrl, database: config.couchdbDatabase });
  },
};

export function createDataSource(config: SourceConfig): Promise<DataSource> {
  return SOURCE_FACTORIES[config.dataSource](config);
}

/** Read at each request, so a token renewed by the sign-in page is used at once. */
function bearerFrom(storageKey: string): HeadersProvider {
  return (): Record<string, string> => {
    const token = globalThis.sessionStorage?.getItem(storageKey);
    return token ? { Authorization: `Bearer ${token}` } : {};
  };
}
