import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

// A local stand-in for the Fingertips API: answers `/api/all_data/csv/by_indicator_id` with the
// recorded responses in tests/fixtures/fingertips (named <what>-<indicator>-area-type-<id>.csv).
// An indicator and area type with no recording answers with the header only, as Fingertips does
// for an area type it has no figures for; `failing` area types answer 500.

const FIXTURES = resolve(__dirname, '../fixtures/fingertips');

export interface FixtureApi {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

export async function startFingertipsFixture({ failing = [] as number[] } = {}): Promise<FixtureApi> {
  const recorded = new Map<string, string>();
  for (const name of readdirSync(FIXTURES)) {
    const m = name.match(/-(\d+)-area-type-(\d+)\.csv$/);
    if (m) recorded.set(`${m[1]}/${m[2]}`, readFileSync(resolve(FIXTURES, name), 'utf8'));
  }
  const headerOnly = [...recorded.values()][0]!.split('\r\n')[0] + '\r\n';
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push(url.pathname + url.search);
    if (url.pathname !== '/api/all_data/csv/by_indicator_id' || !url.searchParams.get('parent_area_type_id')) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    const areaType = Number(url.searchParams.get('child_area_type_id'));
    if (failing.includes(areaType)) {
      res.writeHead(500, 'Internal Server Error', { 'Content-Type': 'text/plain' }).end('CSV data could not be built');
      return;
    }
    const body = recorded.get(`${url.searchParams.get('indicator_ids')}/${areaType}`) ?? headerOnly;
    res.writeHead(200, { 'Content-Type': 'text/csv' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((done) => server.close(() => done())) };
}
