import type { AppConfig } from '../config/env';
import type { DataSource } from './data-source';
import { createHttpDataSource } from './http-data-source';

/** Which source stands behind the app is configuration, not code. */
export function createDataSource(config: Pick<AppConfig, 'dataSource' | 'apiBaseUrl'>): DataSource {
  switch (config.dataSource) {
    case 'http':
      return createHttpDataSource({ baseUrl: config.apiBaseUrl });
  }
}
