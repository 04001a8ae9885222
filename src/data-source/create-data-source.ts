import type { AppConfig } from '../config/env';
import { createBrowserDataSource } from './browser-data-source';
import type { DataSource } from './data-source';
import type { HeadersProvider } from './fetch-json';
import { createHttpDataSource } from './http-data-source';
import { createStaticDataSource } from './static-data-source';

type SourceConfig = Pick<AppConfig, 'dataSource' | 'apiBaseUrl' | 'staticBaseUrl' | 'apiAuth' | 'apiTokenKey'>;

/** Which source stands behind the app is configuration, not code. */
export function createDataSource(config: SourceConfig): DataSource {
  switch (config.dataSource) {
    case 'http':
      return createHttpDataSource({
        baseUrl: config.apiBaseUrl,
        withCredentials: config.apiAuth === 'session-cookie',
        ...(config.apiAuth === 'bearer' ? { headers: bearerFrom(config.apiTokenKey) } : {}),
      });
    case 'static':
      return createStaticDataSource({ baseUrl: config.staticBaseUrl });
    case 'browser':
      return createBrowserDataSource({ seedFrom: createStaticDataSource({ baseUrl: config.staticBaseUrl }) });
  }
}

/** Read at each request, so a token renewed by the sign-in page is used at once. */
function bearerFrom(storageKey: string): HeadersProvider {
  return (): Record<string, string> => {
    const token = globalThis.sessionStorage?.getItem(storageKey);
    return token ? { Authorization: `Bearer ${token}` } : {};
  };
}
