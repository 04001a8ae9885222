import { DataSourceError, firstIssue } from '../data-source-error';
import type { CouchHttp } from './couchdb-http';
import type { CouchReads, Stored } from './couchdb-reads';
import type { CouchSession } from './couchdb-session';
import { documentSizeProblem } from './store-documents';

// What every save to the CouchDB store does on its way: check the change as the database will,
// write on the revision it read, and record the change in an append-only history document.

export function createCouchWrites(http: CouchHttp, reads: CouchReads, session: CouchSession) {
  const { docPath } = reads;

  /** A change checked as the database will check it, for a clear message at once. */
  function checked<T>(result: { success: true; data: T } | { success: false; error: Parameters<typeof firstIssue>[0] }, what: string, verb = 'were'): T {
    if (!result.success) throw new DataSourceError('rejected', `${what} ${verb} not saved: ${firstIssue(result.error)}.`, { what });
    return result.data;
  }

  /**
   * Writes a document on the revision it was read at. CouchDB runs validate_doc_update against
   * the document as it is now, before it compares revisions: a save overtaken by a colleague's can
   * be refused for its version number (403) rather than answered 409. When the document has moved
   * on since it was read, that refusal is a conflict, and is answered as one (409).
   */
  async function putOnRevision(
    what: string,
    doc: Stored | (Record<string, unknown> & { _id: string }),
    readAgain: () => Promise<{ _rev: string } | undefined>,
    readRev: string | undefined,
  ) {
    const tooLarge = documentSizeProblem(doc);
    if (tooLarge) throw new DataSourceError('rejected', `${what} were not saved: ${tooLarge}.`, { what });
    const { status } = await http
      .request('PUT', docPath(doc._id), what, { body: doc, expected: [409] })
      .catch(session.forgetExpiredSession)
      .catch(async (error: unknown) => {
        if (error instanceof DataSourceError && error.kind === 'rejected') {
          const now = await readAgain().catch(() => undefined);
          if (now && now._rev !== readRev) return { status: 409 };
        }
        throw error;
      });
    return status;
  }

  /** The history document of an accepted change. The record carries its last change too, so one lost on the way loses nothing. */
  async function recordHistory(id: string, body: Record<string, unknown>) {
    await http.request('PUT', docPath(id), 'The record of this change', { body, expected: [409] }).catch(() => undefined);
  }

  return { checked, putOnRevision, recordHistory };
}

export type CouchWrites = ReturnType<typeof createCouchWrites>;
