import type { TestProject } from 'vitest/node';
import '../couchdb/provided-context';
// @ts-expect-error plain ES modules of the build scripts, without types
import { startLocalCouch } from '../../scripts/couchdb/local-server.mjs';
// @ts-expect-error as above
import { servePreview } from '../../scripts/lib/local-serving.mjs';
// @ts-expect-error as above
import { setUp } from '../../scripts/couchdb/setup.mjs';
// @ts-expect-error as above
import { testBuild } from '../../scripts/lib/test-builds.mjs';

// For the CouchDB browser tests only (a project of their own, so no other run starts a database):
// the local CouchDB-compatible server in memory on a loopback port, provisioned as `npm run
// couch:setup -- --sample-accounts` would; the production app built for CouchDB (once per test run)
// and served by `vite preview`, with /couch passed to the database as a reverse proxy would.

type Server = { stop: () => Promise<void> };

export default async function setup(project: TestProject) {
  const couch = (await startLocalCouch()) as Server & { url: string; adminUrl: string };
  let preview: (Server & { origin: string }) | undefined;
  const stop = async () => {
    await preview?.stop();
    await couch.stop();
  };
  try {
    await setUp({ url: couch.adminUrl, database: 'ambitions', seeds: ['public/data/wyh'], sampleAccounts: true, log: () => undefined });
    preview = await servePreview({ outDir: testBuild('couchdb'), env: { COUCH_PROXY_TARGET: couch.url }, waitPath: '/couch/' });
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('couchAppURL', preview!.origin);
  project.provide('couchUrl', couch.url);
  project.provide('couchAdminUrl', couch.adminUrl);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    couchAppURL: string;
  }
}
