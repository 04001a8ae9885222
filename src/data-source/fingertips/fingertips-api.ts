import { isFingertipsHeader } from '../../domain/imports/fingertips-csv';
import type { FingertipsIndicator } from '../../domain/types';
import { parseFiguresCsv } from '../../lib/figures-csv-file';

// The public OHID Fingertips API: the one request the dashboard makes of it, from the pull command
// (Node) and from the browser's "Check Fingertips for new figures". The same code in both, and in
// the tests, which point it at recorded responses (tests/fixtures/fingertips).

export const FINGERTIPS_API = 'https://fingertips.phe.org.uk';

/** England as the parent area: valid for every child area type, and what the download page uses. */
const ENGLAND_AREA_TYPE = 15;

/** Every area of one type, with England, for one indicator, as CSV (`DataController.GetDataFileForIndicatorList`). */
export function allDataCsvUrl(base: string, indicatorId: number, childAreaTypeId: number): string {
  const query = new URLSearchParams({ indicator_ids: String(indicatorId), child_area_type_id: String(childAreaTypeId), parent_area_type_id: String(ENGLAND_AREA_TYPE) });
  return `${base.replace(/\/+$/, '')}/api/all_data/csv/by_indicator_id?${query}`;
}

export interface IndicatorDownload {
  /** The rows of every area type fetched, each once, keyed by the download's lower-case column names. */
  records: Record<string, string | undefined>[];
  header: string[];
  /** Area types that could not be fetched, and why: the rest are still used. */
  failures: string[];
}

/**
 * Fetches an indicator for each of its area types and joins the rows. England (and any area in
 * two area types) comes in every response: a row already taken is left out, so nothing is twice.
 */
export async function fetchIndicator(base: string, mapping: FingertipsIndicator, fetchImpl: typeof fetch = fetch): Promise<IndicatorDownload> {
  const download: IndicatorDownload = { records: [], header: [], failures: [] };
  const seen = new Set<string>();
  for (const areaType of mapping.areaTypeIds) {
    const url = allDataCsvUrl(base, mapping.indicatorId, areaType);
    let text: string;
    try {
      const response = await fetchImpl(url, { headers: { Accept: 'text/csv' } });
      if (!response.ok) {
        download.failures.push(`Area type ${areaType}: Fingertips answered ${response.status} ${response.statusText}`.trim());
        continue;
      }
      text = await response.text();
    } catch (error) {
      download.failures.push(`Area type ${areaType}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    // An area type Fingertips does not publish the indicator for answers with no rows.
    if (text.trim() === '') continue;
    const parsed = parseFiguresCsv(text);
    if (!isFingertipsHeader(parsed.header)) {
      download.failures.push(`Area type ${areaType}: the answer was not a Fingertips CSV (it starts “${text.slice(0, 60).replace(/\s+/g, ' ')}”)`);
      continue;
    }
    if (parsed.problems.length > 0) {
      download.failures.push(`Area type ${areaType}: ${parsed.problems.join(' ')}`);
      continue;
    }
    if (download.header.length === 0) download.header = parsed.header;
    for (const record of parsed.records) {
      const key = ['area code', 'sex', 'age', 'category type', 'category', 'time period'].map((c) => record[c] ?? '').join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      download.records.push(record);
    }
  }
  return download;
}
