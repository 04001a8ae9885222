import type { TestProject } from 'vitest/node';
import './provided-context';
// @ts-expect-error plain ES modules of the build scripts, without types
import { startLocalCouch } from '../../scripts/couchdb/local-server.mjs';
// @ts-expect-error as above
import { buildDesignDoc } from '../../scripts/couchdb/design-doc.mjs';
// @ts-expect-error as above
import { setUp } from '../../scripts/couchdb/setup.mjs';

// The local CouchDB-compatible server for the tests that need a real database: started in memory
// on a free loopback port before the tests, stopped after. Sample accounts are made once; each
// test file makes its own databases (see tests/helpers/couchdb.ts).

export default async function setup(project: TestProject) {
  const server = (await startLocalCouch()) as { url: string; adminUrl: string; stop: () => Promise<void> };
  const design = await buildDesignDoc();
  await setUp({ url: server.adminUrl, database: 'accounts-check', sampleAccounts: true, design, log: () => undefined });
  project.provide('couchUrl', server.url);
  project.provide('couchAdminUrl', server.adminUrl);
  project.provide('couchDesignDoc', JSON.stringify(design));
  return () => server.stop();
}
