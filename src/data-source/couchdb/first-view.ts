import type { Framework, Series } from '../../domain/types';
import { DataSourceError } from '../data-source-error';
import type { CouchHttp } from './couchdb-http';
import { safeId, seriesOf, type CouchReads, type DefinitionDoc, type SeriesDoc } from './couchdb-reads';
import { firstViewPath } from './first-view-address';
import { docIds, seriesOfDocument } from './store-documents';

interface FirstViewRow {
  id: string;
  key: [string, string, string?];
  doc?: (DefinitionDoc & Partial<SeriesDoc>) | null;
}

/**
 * A page's first view in one read of the design document's first-view view: the partnership (its
 * definition and indicators' records, read as getFramework reads them) and every indicator's
 * figures for the place. A series document that does not read is left out, so the page's own read
 * of it meets and reports the problem.
 */
export async function readFirstView(
  http: CouchHttp,
  reads: CouchReads,
  database: string,
  frameworkId: string,
  placeId: string | undefined,
): Promise<{ framework: Framework; series: Series[] }> {
  const what = 'The list of ambitions';
  if (!safeId(frameworkId) || (placeId !== undefined && !safeId(placeId))) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
  const { body } = await http.request<{ rows?: FirstViewRow[] }>('GET', firstViewPath(database, frameworkId, placeId), what);
  const rows = Array.isArray(body?.rows) ? body.rows : [];
  const framework = reads.frameworkOfDocs(
    frameworkId,
    rows.filter((r) => r.key?.[1] === 'definition'),
  );
  const series: Series[] = [];
  for (const row of rows) {
    if (row.key?.[1] !== 'place' || !row.doc) continue;
    const parsed = seriesOfDocument(row.doc as SeriesDoc);
    // Kept under the indicator and place it names only where its id says the same.
    if (parsed.success && row.doc._id === docIds.series(frameworkId, parsed.data.indicatorId, parsed.data.placeId))
      series.push(seriesOf({ ...(row.doc as SeriesDoc), ...parsed.data }));
  }
  return { framework, series };
}
