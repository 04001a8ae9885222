import { FINGERTIPS_API, fetchIndicator, type IndicatorDownload } from '../data-source/fingertips/fingertips-api';
import type { FingertipsIndicator } from '../domain/types';

export type { IndicatorDownload };

// Read here, not from config/env: this module is only in the lazily loaded import page, and
// importing the app's config from there would split it out of the first view's script into a
// request of its own. config/env validates the same variable when the app starts.
const CONFIGURED: string | undefined = import.meta.env.VITE_FINGERTIPS_API_URL;

/**
 * Fetching an indicator's figures from the Fingertips API in the browser, where the deployment
 * allows it; undefined where it turned the check off ("off"). The browser may still be refused
 * (the API's cross-origin rules, a network that blocks it): the failures say so, and the CSV
 * route remains.
 */
export function fingertipsFetcher(apiUrl = CONFIGURED ?? FINGERTIPS_API): ((mapping: FingertipsIndicator) => Promise<IndicatorDownload>) | undefined {
  if (apiUrl === 'off') return undefined;
  return (mapping) => fetchIndicator(apiUrl, mapping);
}
