import { spawn, spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import '../couchdb/provided-context';
// @ts-expect-error plain ES modules of the build scripts, without types
import { startLocalCouch } from '../../scripts/couchdb/local-server.mjs';
// @ts-expect-error as above
import { freePort, waitUntilAnswers } from '../../scripts/lib/local-serving.mjs';
// @ts-expect-error as above
import { setUp } from '../../scripts/couchdb/setup.mjs';

// For the CouchDB browser tests: the local CouchDB-compatible server in memory on a loopback port,
// provisioned as `npm run couch:setup -- --sample-accounts` would; the production app built for
// CouchDB and served by `vite preview`, with /couch passed to the database as a reverse proxy would.

export const COUCH_OUT_DIR = 'dist-couch';

export default async function setup(project: TestProject) {
  const couch = (await startLocalCouch()) as { url: string; adminUrl: string; stop: () => Promise<void> };
  await setUp({ url: couch.adminUrl, database: 'ambitions', seeds: ['public/data/wyh'], sampleAccounts: true, log: () => undefined });
  if (!process.env.E2E_SKIP_BUILD) {
    const build = spawnSync('node_modules/.bin/vite', ['build', '--outDir', COUCH_OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, VITE_DATA_SOURCE: 'couchdb', VITE_COUCHDB_URL: '/couch', VITE_COUCHDB_DATABASE: 'ambitions', VITE_ENABLE_MOCKS: 'false', VITE_TODAY: '2026-11-24' },
    });
    if (build.status !== 0) throw new Error('The CouchDB build failed');
  }
  const port = (await freePort()) as number;
  const preview = spawn('node_modules/.bin/vite', ['preview', '--outDir', COUCH_OUT_DIR, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, COUCH_PROXY_TARGET: couch.url },
  });
  const appURL = `http://127.0.0.1:${port}`;
  await waitUntilAnswers(`${appURL}/couch/`, { child: preview, name: 'vite preview' });
  project.provide('couchAppURL', appURL);
  project.provide('couchUrl', couch.url);
  project.provide('couchAdminUrl', couch.adminUrl);
  return async () => {
    preview.kill();
    await couch.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    couchAppURL: string;
  }
}
