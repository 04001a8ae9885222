import { http, passthrough } from 'msw';
import { inject } from 'vitest';
import '../couchdb/provided-context';
import { server } from '../../mocks/node';
import { browserFetch } from './cookie-jar-fetch';

export { browserFetch };
import { createCouchDataSource } from '../../src/data-source/couchdb/couchdb-data-source';
import type { DataSource } from '../../src/data-source/data-source';
// @ts-expect-error a plain ES module of the build scripts, without types
import { setUp } from '../../scripts/couchdb/setup.mjs';

// Tests against the local CouchDB-compatible server the couchdb project starts
// (tests/couchdb/global-setup.ts): a fresh database for each test, and a fetch that keeps its own
// cookies as one browser would, so two "browsers" can be signed in as two people.

let made = 0;

/** What the local database's set-up handed over; a test run without it says where the test belongs. */
function provided(key: 'couchUrl' | 'couchAdminUrl' | 'couchDesignDoc'): string {
  const value = inject(key);
  if (!value) throw new Error(`No local database in this run: a test that uses one belongs in DATABASE_TESTS (vite.config.ts), whose project starts it.`);
  return value;
}

/** Lets requests to the local database through the mock API's interceptor. */
export function letCouchThrough() {
  server.use(http.all(`${provided('couchUrl')}/*`, () => passthrough()));
}

/** A new database with the rules and the seed figures, named for this test. */
export async function freshDatabase(): Promise<string> {
  const database = `test-${process.pid}-${Date.now()}-${++made}`;
  await setUp({ url: provided('couchAdminUrl'), database, seeds: ['public/data/wyh'], design: JSON.parse(provided('couchDesignDoc')), log: () => undefined });
  return database;
}

/** A CouchDB source on a database, as one browser; sign in with `signedInAs`. */
export function couchSource(database: string, fetchImpl = browserFetch()): DataSource {
  return createCouchDataSource({ url: provided('couchUrl'), database, fetch: fetchImpl });
}

export async function signedInAs(name: string, database: string): Promise<DataSource> {
  const source = couchSource(database);
  await source.auth!.signIn(name, `${name}-demo`);
  return source;
}
