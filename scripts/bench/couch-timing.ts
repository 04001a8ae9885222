// Times the CouchDB source against the local CouchDB-compatible server (in memory, loopback):
// a save's round trip (read, write, history record) and how long a saved figure takes to reach
// another open page through the _changes feed. Bundled by scripts/bench.mjs and run in Node;
// prints JSON for it to report. Loopback only: the figures leave out network distance.
import { createCouchDataSource } from '../../src/data-source/couchdb/couchdb-data-source';
import type { DataSource } from '../../src/data-source/data-source';
import { browserFetch } from '../../tests/helpers/cookie-jar-fetch';
// @ts-expect-error plain ES modules of the build scripts, without types
import { startLocalCouch } from '../couchdb/local-server.mjs';
// @ts-expect-error as above
import { setUp } from '../couchdb/setup.mjs';

const SAVES = 30;
const LIVE = 15;

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!, count: sorted.length };
};

async function addFigure(source: DataSource, i: number) {
  const before = await source.getSeries('wyh', 'suicide-rate', 'leeds');
  const points = [...before.points, { period: String(2030 + i), value: 11, provenance: 'published' as const }];
  const startedAt = performance.now();
  const saved = await source.saveSeries('wyh', 'suicide-rate', 'leeds', { baseVersion: before.version, points, editor: { name: 'x', organisation: 'y' } });
  return { saved, ms: performance.now() - startedAt, startedAt };
}

const server = (await startLocalCouch()) as { url: string; adminUrl: string; stop: () => Promise<void> };
try {
  await setUp({ url: server.adminUrl, seeds: ['public/data/wyh'], sampleAccounts: true, log: () => undefined });
  const leeds = createCouchDataSource({ url: server.url, database: 'ambitions', fetch: browserFetch() });
  await leeds.auth!.signIn('leeds-lead', 'leeds-lead-demo');
  const viewer = createCouchDataSource({ url: server.url, database: 'ambitions', fetch: browserFetch() });

  const reads: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    const t = performance.now();
    await leeds.getSeries('wyh', 'suicide-rate', 'leeds');
    reads.push(performance.now() - t);
  }
  const saves: number[] = [];
  for (let i = 0; i < SAVES; i += 1) saves.push((await addFigure(leeds, i)).ms);

  const arrivals = new Map<number, number>();
  let connected = false;
  const stop = viewer.watch!(
    'wyh',
    (change) => change.kind === 'series' && arrivals.set(change.series.version, performance.now()),
    (c) => (connected = c),
  );
  while (!connected) await new Promise((r) => setTimeout(r, 20));
  const live: number[] = [];
  for (let i = 0; i < LIVE; i += 1) {
    const { saved, startedAt } = await addFigure(leeds, SAVES + i);
    while (!arrivals.has(saved.version)) await new Promise((r) => setTimeout(r, 5));
    live.push(arrivals.get(saved.version)! - startedAt);
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  console.log(JSON.stringify({ read: stats(reads), save: stats(saves), live: stats(live) }));
} finally {
  await server.stop();
}
