import { config } from '../config/env';
import { fetchIndicator, type IndicatorDownload } from '../data-source/fingertips/fingertips-api';
import type { FingertipsIndicator } from '../domain/types';

export type { IndicatorDownload };

/**
 * Fetching an indicator's figures from the Fingertips API in the browser, where the deployment
 * allows it; undefined where it turned the check off. The browser may still be refused (the API's
 * cross-origin rules, a network that blocks it): the failures say so, and the CSV route remains.
 */
export function fingertipsFetcher(apiUrl = config.fingertipsApiUrl): ((mapping: FingertipsIndicator) => Promise<IndicatorDownload>) | undefined {
  if (!apiUrl) return undefined;
  return (mapping) => fetchIndicator(apiUrl, mapping);
}
