import { historySchema, indicatorHistorySchema } from '../schemas';
import type { DataSource } from '../data-source';
import { followChanges } from './couchdb-changes';
import { createCouchHttp } from './couchdb-http';
import { createCouchReads, seriesOf, type SeriesDoc } from './couchdb-reads';
import { readFirstView } from './first-view';
import { createCouchSaves } from './couchdb-saves';
import { createCouchSession } from './couchdb-session';
import { docIds, seriesOfDocument } from './store-documents';

export interface CouchDataSourceOptions {
  /** The CouchDB server: absolute, or relative to the page behind a same-origin proxy ("/couch"). */
  url: string;
  /** The database holding the partnerships' figures (`npm run couch:setup` makes it). */
  database: string;
  fetch?: typeof fetch;
}

/**
 * Figures in an Apache CouchDB database, shared by everyone who opens the dashboard: programme
 * leads sign in with CouchDB's own accounts (couchdb-session.ts), and the database's
 * validate_doc_update (built from store-rules.ts) decides who may change what and what a change
 * may hold, so a write forced past the app meets the same rules. One document per series; every
 * save also writes an append-only history document (couchdb-saves.ts); reads are
 * couchdb-reads.ts, the live feed couchdb-changes.ts. See docs/deploy.md.
 */
export function createCouchDataSource(options: CouchDataSourceOptions): DataSource {
  const http = createCouchHttp({ url: options.url, fetch: options.fetch });
  const reads = createCouchReads(http, options.database);
  const session = createCouchSession(http);
  const saves = createCouchSaves(http, reads, session);

  return {
    kind: 'couchdb',
    description: `the partnership’s shared copy, kept up to date by its programme leads (database “${options.database}”)`,
    auth: session.auth,
    getFramework: reads.getFramework,
    readProblems: (frameworkId) => reads.readProblems.get(frameworkId) ?? [],
    listFrameworks: reads.listFrameworks,
    saveFramework: saves.saveFramework,
    getFrameworkHistory: (frameworkId) =>
      reads.historyOf(
        docIds.frameworkHistoryPrefix(frameworkId),
        reads.readFrameworkDoc(frameworkId).then((doc) => doc && { version: doc.framework.version ?? 0, lastChange: doc.lastChange }),
        indicatorHistorySchema,
        'The history of the set-up',
      ),
    async getSeries(frameworkId, indicatorId, placeId) {
      return seriesOf(await reads.readSeriesDoc(frameworkId, indicatorId, placeId));
    },
    readFirstView: (frameworkId, placeId) => readFirstView(http, reads, options.database, frameworkId, placeId),
    saveSeries: saves.saveSeries,
    getHistory: (frameworkId, indicatorId, placeId, page) =>
      reads.historyOf(
        docIds.historyPrefix(frameworkId, indicatorId, placeId),
        reads.readSeriesDoc(frameworkId, indicatorId, placeId).then((doc) => ({ version: doc.version, lastChange: doc.lastChange })),
        historySchema,
        `The history of ${indicatorId} in ${placeId}`,
        page && {
          limit: page.limit,
          ...(page.beforeVersion === undefined
            ? {}
            : { before: docIds.history(frameworkId, indicatorId, placeId, Math.max(0, page.beforeVersion - 1)), beforeVersion: page.beforeVersion }),
        },
      ),
    saveIndicator: saves.saveIndicator,
    getIndicatorHistory: (frameworkId, indicatorId) =>
      reads.historyOf(
        docIds.indicatorHistoryPrefix(frameworkId, indicatorId),
        reads.readIndicatorDoc(frameworkId, indicatorId).then((doc) => doc && { version: doc.indicator.version ?? 0, lastChange: doc.lastChange }),
        indicatorHistorySchema,
        `The history of ${indicatorId}'s targets`,
      ),
    watch: (frameworkId, onChange, onConnection) =>
      followChanges({ http, db: reads.db, frameworkId, onChange, onConnection, parseSeries: (doc) => seriesOfDocument(doc as SeriesDoc) }),
  };
}
