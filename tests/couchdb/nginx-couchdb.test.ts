import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { inject } from 'vitest';
import { server } from '../../mocks/node';
import './provided-context';
// @ts-expect-error a plain ES module of the build scripts, without types
import { freePort } from '../../scripts/lib/local-serving.mjs';
// @ts-expect-error as above
import { setUp } from '../../scripts/couchdb/setup.mjs';
import { letCouchThrough } from '../helpers/couchdb';
import { startCouchNginx, type TestNginx } from '../helpers/nginx';

// docs/hosting/nginx-couchdb.conf as documented, in front of the local database: only the
// partnerships' database, sign-in and a person's own account reach it, with the headers that
// keep a stored document from running as a page, and sign-in limited per address. The TLS lines
// are taken out (no certificate here) and the addresses pointed at this machine.

let nginx: TestNginx | undefined;
let origin = '';

beforeAll(async () => {
  const couch = new URL(inject('couchUrl'));
  letCouchThrough();
  await setUp({
    url: inject('couchAdminUrl'),
    database: 'ambitions',
    seeds: ['public/data/wyh'],
    sampleAccounts: true,
    design: JSON.parse(inject('couchDesignDoc')),
    log: () => undefined,
  });
  const port = (await freePort()) as number;
  origin = `http://127.0.0.1:${port}`;
  letNginxThrough();
  const www = mkdtempSync(join(tmpdir(), 'www-'));
  writeFileSync(join(www, 'index.html'), '<!doctype html><title>app</title>');
  nginx = await startCouchNginx({ root: www, couchHost: couch.host, port });
});

afterAll(async () => {
  await nginx?.stop();
});

/** Lets requests to nginx through the mock API's interceptor, as letCouchThrough does for the database. */
function letNginxThrough() {
  server.use(http.all(`${origin}/*`, () => passthrough()));
}

beforeEach(() => {
  letCouchThrough();
  letNginxThrough();
});

const signIn = (name: string, password: string, type = 'application/json') =>
  fetch(`${origin}/couch/_session`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: type === 'application/json' ? JSON.stringify({ name, password }) : `name=${name}&password=${password}`,
  });

describe('CouchDB behind nginx, as docs/hosting/nginx-couchdb.conf serves it', () => {
  it('passes on only the database, sign-in and a person’s own account, with the headers that keep a document from running as a page', async () => {
    const signedIn = await signIn('leeds-lead', 'leeds-lead-demo');
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const get = (path: string, init: RequestInit = {}) => fetch(`${origin}${path}`, { ...init, headers: { Cookie: cookie, ...init.headers } });

    const doc = await get('/couch/ambitions/wyh%3Aseries%3Asuicide-rate%3Aleeds');
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-security-policy')).toBe('sandbox');
    expect(doc.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('/couch/ambitions/_changes?descending=true&limit=1')).status).toBe(200);
    expect((await get('/couch/_users/org.couchdb.user%3Aleeds-lead')).status).toBe(200);

    // Not served: the server root, the list of databases, another database, the list of
    // accounts, a change to an account, creating a database.
    for (const path of ['/couch/', '/couch/_all_dbs', '/couch/_users/_all_docs', '/couch/accounts-check/_all_docs', '/couch/_config', '/couch/_replicator']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get('/couch/_users/org.couchdb.user%3Aleeds-lead', { method: 'PUT', body: '{}' })).status).toBe(403);
    expect((await get('/couch/anything', { method: 'PUT' })).status).toBe(404);
  });

  it('refuses a sign-in posted as a form, and limits sign-in per address', async () => {
    expect((await signIn('leeds-lead', 'leeds-lead-demo', 'application/x-www-form-urlencoded')).status).toBe(415);
    const statuses: number[] = [];
    // A name of this test's own: the local server also locks an account after five wrong passwords.
    const name = `no-such-account-${process.pid}`;
    for (let i = 0; i < 12; i += 1) statuses.push((await signIn(name, `wrong-${i}`)).status);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(429);
  });
});
