import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCouchDataSource } from '../../src/data-source/couchdb/couchdb-data-source';
import { browserFetch } from '../helpers/couchdb';
import { server as mockApi } from '../../mocks/node';
import { http, passthrough } from 'msw';
// @ts-expect-error plain ES modules of the build scripts, without types
import { freePort, startLocalCouch } from '../../scripts/couchdb/local-server.mjs';
// @ts-expect-error as above
import { setUp } from '../../scripts/couchdb/setup.mjs';

// What `npm run dev:couch` does at each start (a server persisted to a folder, then the
// idempotent set-up), twice: a figure saved in between is still there, not overwritten by the seed.

describe('the local server persisted to a folder', () => {
  it('keeps a saved figure across a stop and a start, and the set-up leaves it alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'couch-persist-'));
    try {
      const port = (await freePort()) as number;
      mockApi.use(http.all(`http://127.0.0.1:${port}/*`, () => passthrough()));
      const first = await startLocalCouch({ dir, port });
      await setUp({ url: first.adminUrl, seeds: ['public/data/wyh'], sampleAccounts: true, log: () => undefined });
      const leeds = createCouchDataSource({ url: first.url, database: 'ambitions', fetch: browserFetch() });
      await leeds.auth!.signIn('leeds-lead', 'leeds-lead-demo');
      const before = await leeds.getSeries('wyh', 'suicide-rate', 'leeds');
      const saved = await leeds.saveSeries('wyh', 'suicide-rate', 'leeds', {
        baseVersion: before.version,
        points: [...before.points, { period: '2030', value: 11.2, provenance: 'published' }],
        editor: { name: 'x', organisation: 'y' },
      });
      await first.stop();

      const second = await startLocalCouch({ dir, port });
      const report = await setUp({ url: second.adminUrl, seeds: ['public/data/wyh'], sampleAccounts: true, log: () => undefined });
      expect(report.created).toEqual([]);
      const again = createCouchDataSource({ url: second.url, database: 'ambitions', fetch: browserFetch() });
      expect(await again.getSeries('wyh', 'suicide-rate', 'leeds')).toEqual(saved);
      expect((await again.getHistory('wyh', 'suicide-rate', 'leeds'))[0]).toMatchObject({ editor: { name: 'leeds-lead' }, version: saved.version });
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
