import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFile, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WYH_FRAMEWORK } from '../mocks/data/wyh/framework';
import { WYH_SERIES } from '../mocks/data/wyh/series';
import { createStaticDataSource } from '../src/data-source/static-data-source';
import { pullFromFingertips } from '../src/data-source/fingertips/fingertips-refresh';
import { http, passthrough } from 'msw';
import { server } from '../mocks/node';
import { startFingertipsFixture, type FixtureApi } from './helpers/fingertips-fixture-server';

// `npm run fingertips:pull` against a local HTTP stand-in for the Fingertips API that answers with
// recorded responses (made-up values, the API's exact layout): the command writes the static files,
// the static source loads them, and its report names what changed.

const read = promisify(readFile);
let api: FixtureApi;
let dataDir: string;

beforeAll(async () => {
  api = await startFingertipsFixture();
});
afterAll(() => api.close());
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'fingertips-pull-'));
  cpSync(resolve(__dirname, '../public/data'), dataDir, { recursive: true });
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function pull(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('node', ['scripts/fingertips-pull.mjs', ...args], { cwd: resolve(__dirname, '..') });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => done({ status, output }));
  });
}

/** Reads the written files as the static source does, through a fetch that serves the folder. */
const serveDir = (async (input: URL | RequestInfo) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  try {
    return new Response(await read(join(dataDir, url.pathname.replace(/^\/data\//, '')), 'utf8'), { headers: { 'Content-Type': 'application/json' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}) as typeof fetch;

describe('npm run fingertips:pull', () => {
  it('fetches each mapped indicator’s area types, writes the files the static source loads, and reports what changed', async () => {
    const { status, output } = await pull(['--data', dataDir, '--framework', 'wyh', '--api', api.url]);
    expect(output).toMatch(/Suicide rate \(Fingertips 41001\): 22 new, 19 changed, 0 unchanged/);
    // Where the seed has a figure (its published ones, or illustrative where none is published), each is named with what changed.
    expect(output).toMatch(/changed {2}West Yorkshire and Harrogate 2016-18: 10\.6 → 11\.3 \(value, lower, upper, count, denominator, source, note\)\n/);
    expect(output).toMatch(/changed {2}Bradford District and Craven 2021-23: 11\.5 → 12\.98 \(value, lower, upper, count, denominator, source, provenance\)\n/);
    expect(output).toMatch(/not used: Other sexes \(Male, Female\): 156; Other areas \(England, Bradford, Craven and 3 more\): 36; No value in Fingertips/);
    expect(output).toMatch(/Wrote .*series\.json: 41 figures new or changed\./);
    expect(status).toBe(0);
    // Each mapped indicator's three area types, with England as the parent.
    expect(api.requests).toContain('/api/all_data/csv/by_indicator_id?indicator_ids=41001&child_area_type_id=66&parent_area_type_id=15');
    expect(new Set(api.requests.map((r) => r.match(/indicator_ids=(\d+)/)![1]))).toEqual(new Set(['92901', '90362', '91096', '90323', '90319', '41001']));

    const source = createStaticDataSource({ baseUrl: 'http://static.example/data', fetch: serveDir });
    const board = await source.getSeries('wyh', 'suicide-rate', 'wyh');
    expect(board.points.find((p) => p.period === '2021-23')).toMatchObject({
      provenance: 'published',
      source: expect.stringMatching(/^OHID Fingertips, indicator 41001, downloaded \d{1,2} \w{3} \d{4}$/),
      note: 'Aggregated from all known lower geography values',
      count: expect.any(Number),
      denominator: expect.any(Number),
    });
    expect(board.version).toBe(WYH_SERIES.find((s) => s.indicatorId === 'suicide-rate' && s.placeId === 'wyh')!.version + 1);
    // Series with nothing new are written as they were.
    expect(await source.getSeries('wyh', 'nhs-carbon', 'leeds')).toEqual(WYH_SERIES.find((s) => s.indicatorId === 'nhs-carbon' && s.placeId === 'leeds'));

    // A second pull finds nothing new and writes nothing.
    const again = await pull(['--data', dataDir, '--framework', 'wyh', '--api', api.url]);
    expect(again.output).toMatch(/Suicide rate \(Fingertips 41001\): 0 new, 0 changed, 41 unchanged/);
    expect(again.output).toMatch(/Nothing new or changed: no file written\./);
  }, 120_000);

  it('says which area type could not be fetched, keeps the rest, and fails the run so a scheduled job is noticed', async () => {
    const failing = await startFingertipsFixture({ failing: [66] });
    // The mock API answers the app's requests in these tests; this one goes to the local stand-in.
    server.use(http.all(`${failing.url}/*`, () => passthrough()));
    try {
      const { report, series } = await pullFromFingertips({ framework: WYH_FRAMEWORK, series: WYH_SERIES, apiBase: failing.url, now: new Date('2026-11-26T08:00:00Z') });
      const suicide = report.find((r) => r.fingertipsId === 41001)!;
      expect(suicide.failures).toEqual(['Area type 66: Fingertips answered 500 Internal Server Error']);
      expect(suicide.changed.some((a) => a.place === 'Leeds')).toBe(true);
      expect(suicide.changed.some((a) => a.place === 'Bradford District and Craven')).toBe(false);
      expect(series.find((s) => s.indicatorId === 'suicide-rate' && s.placeId === 'bradford')).toEqual(
        WYH_SERIES.find((s) => s.indicatorId === 'suicide-rate' && s.placeId === 'bradford'),
      );
      const { status, output } = await pull(['--data', dataDir, '--api', failing.url]);
      expect(output).toMatch(/not fetched: Area type 66: Fingertips answered 500/);
      expect(output).toMatch(/\d of 8 indicators could not be fetched in full \(.*Suicide rate.*\): run it again later\. What was fetched is written to .*series\.json/);
      expect(status).toBe(1);
    } finally {
      await failing.close();
    }
  }, 120_000);

  it('with no connection, says nothing could be fetched and what to do, not that nothing was new (issue 30)', async () => {
    // A port nothing listens on: every request fails as it does offline.
    const { status, output } = await pull(['--data', dataDir, '--api', 'http://127.0.0.1:9']);
    expect(output).toMatch(
      /Nothing could be fetched from http:\/\/127\.0\.0\.1:9 \(.+\)\. Check the connection, or the address given with --api, and run it again\. No file was written\./,
    );
    expect(output).not.toMatch(/Nothing new or changed/);
    expect(status).toBe(1);
  }, 120_000);

  it('names the partnerships there are for an unknown --framework, without a stack trace (issue 30)', async () => {
    const { status, output } = await pull(['--data', dataDir, '--framework', 'nowhere']);
    expect(output).toMatch(/There is no partnership “nowhere” in .*: the partnerships there are .*wyh.*\. Give one of them with --framework\./);
    expect(output).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
    expect(status).toBe(2);
  }, 120_000);
});
