// A production build served on loopback as each kind of deployment serves it, for the benches:
//  - rest: the REST build (dist/) on `vite preview`, /api answered by the mock handlers on the
//    server side, files compressed as any real host sends them (Lighthouse counts the bytes);
//  - couchdb: the CouchDB build (dist-couch/) behind docs/hosting/nginx-couchdb.conf as documented
//    (without TLS), in front of the local CouchDB-compatible server, in memory, set up with the
//    WY&H seed as `npm run couch:setup` does; the first-view index built once first, as a
//    database in service has it;
//  - static: the static-files build (dist-static/), its pages drawn at build time.
import { startLocalCouch } from '../couchdb/local-server.mjs';
import { setUp } from '../couchdb/setup.mjs';
import { servePreview } from './local-serving.mjs';
import { startCouchNginx } from './nginx.mjs';
import { TEST_BUILDS } from './test-builds.mjs';

export const SOURCE_BUILDS = { rest: 'production', couchdb: 'couchdb', static: 'static' };

/** Resolves to `{ origin, outDir, stop }` once the app and what it reads from both answer. */
export async function serveSource(source) {
  const outDir = TEST_BUILDS[SOURCE_BUILDS[source]].outDir;
  if (source !== 'couchdb') {
    const preview = await servePreview({ outDir, env: { MOCK_API_SERVER: 'true' }, waitPath: '/favicon.svg' });
    return { ...preview, outDir };
  }
  return serveCouchDeployment(outDir);
}

/**
 * A CouchDB build served as docs/hosting/nginx-couchdb.conf serves it (without TLS), in front of the
 * local CouchDB-compatible server in memory, set up with the WY&H seed; the first-view index built
 * once, as a database in service has it. Shared with the browser tests (tests/e2e/couch-app.ts).
 */
export async function serveCouchDeployment(outDir) {
  const couch = await startLocalCouch();
  try {
    await setUp({ url: couch.adminUrl, database: 'ambitions', seeds: ['public/data/wyh'], log: () => undefined });
    const nginx = await startCouchNginx({ root: outDir, couchHost: new URL(couch.url).host });
    const keys = encodeURIComponent(JSON.stringify([['wyh', 'definition']]));
    const warmed = await fetch(`${nginx.origin}/couch/ambitions/_design/ambitions-dashboard/_view/first-view?keys=${keys}`);
    if (!warmed.ok) throw new Error(`The first-view view did not answer through nginx (${warmed.status})`);
    return {
      origin: nginx.origin,
      outDir,
      stop: async () => {
        await nginx.stop();
        await couch.stop();
      },
    };
  } catch (error) {
    await couch.stop();
    throw error;
  }
}
