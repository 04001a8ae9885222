import type { AppConfig } from '../config/env';
import type { DataSource } from './data-source';
import type { HeadersProvider } from './fetch-json';
import { createHttpDataSource } from './http-data-source';

type SourceConfig = Pick<AppConfig, 'dataSource' | 'apiBaseUrl' | 'staticBaseUrl' | 'apiAuth' | 'apiTokenKey'>;

/**
 * Which source stands behind the app is configuration, not code. The REST source is the usual one
 * and is built in; the others are loaded only by a deployment that picks them, so they cost the
 * first view nothing.
 */
export async function createDataSource(config: SourceConfig): Promise<DataSource> {
  switch (config.dataSource) {
    case 'http':
      return createHttpDataSource({
        baseUrl: config.apiBaseUrl,
        withCredentials: config.apiAuth === 'session-cookie',
        ...(config.apiAuth === 'bearer' ? { headers: bearerFrom(config.apiTokenKey) } : {}),
      });
    case 'static': {
      const { createStaticDataSource } = await import('./static-data-source');
      return createStaticDataSource({ baseUrl: config.staticBaseUrl });
    }
    case 'browser': {
      const [{ createStaticDataSource }, { createBrowserDataSource }] = await Promise.all([import('./static-data-source'), import('./browser-data-source')]);
      return createBrowserDataSource({ seedFrom: createStaticDataSource({ baseUrl: config.staticBaseUrl }) });
    }
  }
}

/** Read at each request, so a token renewed by the sign-in page is used at once. */
function bearerFrom(storageKey: string): HeadersProvider {
  return (): Record<string, string> => {
    const token = globalThis.sessionStorage?.getItem(storageKey);
    return token ? { Authorization: `Bearer ${token}` } : {};
  };
}
