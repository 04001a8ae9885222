import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error plain ES modules of the build scripts, without types
import { startLocalCouch } from '../../scripts/couchdb/local-server.mjs';
// @ts-expect-error as above
import { servePreview } from '../../scripts/lib/local-serving.mjs';
// @ts-expect-error as above
import { setUp } from '../../scripts/couchdb/setup.mjs';
// @ts-expect-error as above
import { testBuild } from '../../scripts/lib/test-builds.mjs';
// @ts-expect-error as above
import { serveCouchDeployment } from '../../scripts/lib/serve-source.mjs';

type Server = { stop: () => Promise<void> };

/**
 * For a browser test file on CouchDB, and only for it (so no other file waits for a database): the
 * local CouchDB-compatible server in memory on a loopback port, provisioned as `npm run
 * couch:setup -- --sample-accounts` would, and the production app built for CouchDB (once per test
 * run) served by `vite preview`, with /couch passed to the database as a reverse proxy would.
 * Started before the file's tests, stopped after them; returns the app's address.
 */
export function couchAppForThisFile(): () => string {
  let couch: (Server & { url: string; adminUrl: string }) | undefined;
  let preview: (Server & { origin: string }) | undefined;
  beforeAll(async () => {
    couch = await startLocalCouch();
    await setUp({ url: couch!.adminUrl, database: 'ambitions', seeds: ['public/data/wyh'], sampleAccounts: true, log: () => undefined });
    preview = await servePreview({ outDir: testBuild('couchdb'), env: { COUCH_PROXY_TARGET: couch!.url }, waitPath: '/couch/_session' });
  });
  afterAll(async () => {
    await preview?.stop();
    await couch?.stop();
  });
  return () => preview!.origin;
}

/**
 * For a browser test file: the production app built for CouchDB served by nginx with
 * docs/hosting/nginx-couchdb.conf as documented (without TLS), in front of the local
 * CouchDB-compatible server in memory, set up with the WY&H seed (scripts/lib/serve-source.mjs, as
 * the benches serve it). Its headers are the deployment's own (the Content-Security-Policy among
 * them). Returns the app's address.
 */
export function couchOnNginxForThisFile(): () => string {
  let served: (Server & { origin: string }) | undefined;
  beforeAll(async () => {
    served = await serveCouchDeployment(testBuild('couchdb'));
  });
  afterAll(async () => {
    await served?.stop();
  });
  return () => served!.origin;
}
