import { inject } from 'vitest';
import { couchSource, freshDatabase, letCouchThrough, signedInAs } from '../../../tests/helpers/couchdb';

// A page's first view in one request, against the local CouchDB-compatible server: the same
// partnership and figures the page's separate reads give, for the whole partnership or a place.

let database: string;

beforeEach(async () => {
  letCouchThrough();
  database = await freshDatabase();
});

const sortedByIndicator = <T extends { indicatorId: string }>(series: T[]) => [...series].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId));

describe('the CouchDB first view', () => {
  it('reads the partnership and the whole partnership’s figures in one request, the same as the separate reads', async () => {
    const asked: string[] = [];
    const source = couchSource(database, (input, init) => {
      asked.push(String(input));
      return fetch(input, init);
    });
    const { framework, series } = await source.readFirstView!('wyh', undefined);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('/_view/first-view?include_docs=true&keys=');

    expect(framework).toEqual(await source.getFramework('wyh'));
    const indicatorIds = framework.ambitions.flatMap((a) => a.indicators.map((i) => i.id));
    expect(series).toHaveLength(indicatorIds.length);
    expect(new Set(series.map((s) => s.placeId))).toEqual(new Set(['wyh']));
    const separately = await Promise.all(indicatorIds.map((id) => source.getSeries('wyh', id, 'wyh')));
    expect(sortedByIndicator(series)).toEqual(sortedByIndicator(separately));
  });

  it('reads a named place’s figures, and none for a place the partnership does not have', async () => {
    const source = couchSource(database);
    const leeds = await source.readFirstView!('wyh', 'leeds');
    expect(leeds.series.length).toBeGreaterThan(0);
    expect(leeds.series.every((s) => s.placeId === 'leeds')).toBe(true);
    const nowhere = await source.readFirstView!('wyh', 'atlantis');
    expect(nowhere.framework.id).toBe('wyh');
    expect(nowhere.series).toEqual([]);
  });

  it('shows a figure saved a moment ago: the figures are read with the view, not kept in it', async () => {
    const leedsLead = await signedInAs('leeds-lead', database);
    const before = await leedsLead.getSeries('wyh', 'suicide-rate', 'leeds');
    const saved = await leedsLead.saveSeries('wyh', 'suicide-rate', 'leeds', {
      baseVersion: before.version,
      points: [...before.points, { period: '2031', value: 8.8, provenance: 'published' }],
      editor: { name: 'x', organisation: 'y' },
      note: 'New release',
    });
    const { series } = await couchSource(database).readFirstView!('wyh', 'leeds');
    expect(series.find((s) => s.indicatorId === 'suicide-rate')).toEqual(saved);
  });

  it('leaves out a series document that does not read, for its own read to report', async () => {
    const admin = new URL(inject('couchAdminUrl'));
    const headers = {
      Authorization: `Basic ${Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`).toString('base64')}`,
      'Content-Type': 'application/json',
    };
    const at = (id: string) => `${inject('couchUrl')}/${database}/${encodeURIComponent(id)}`;
    const read = async (id: string) => (await (await fetch(at(id), { headers })).json()) as Record<string, unknown>;
    // Written by the server's administrator with the rules set aside: they refuse it to anyone.
    const design = await read('_design/ambitions-dashboard');
    await fetch(at('_design/ambitions-dashboard'), { method: 'PUT', headers, body: JSON.stringify({ ...design, validate_doc_update: undefined }) });
    const doc = await read('wyh:series:suicide-rate:wyh');
    const put = await fetch(at('wyh:series:suicide-rate:wyh'), { method: 'PUT', headers, body: JSON.stringify({ ...doc, points: 'not figures' }) });
    expect(put.ok).toBe(true);
    const { series } = await couchSource(database).readFirstView!('wyh', undefined);
    expect(series.some((s) => s.indicatorId === 'suicide-rate')).toBe(false);
    expect(series.length).toBeGreaterThan(0);
  });
});
