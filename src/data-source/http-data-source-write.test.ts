import { db, persistIn, resetDb, seriesKey } from '../../mocks/db';
import type { Editor, SeriesChange } from '../domain/types';
import { DataSourceError } from './data-source-error';
import { createHttpDataSource } from './http-data-source';

const source = createHttpDataSource({ baseUrl: '/api' });
const alice: Editor = { name: 'Alice Adams', organisation: 'Leeds Health and Care Partnership' };
const bob: Editor = { name: 'Bob Brown', organisation: 'Kirklees Council' };

async function changeTo(editor: Editor, value: number, note?: string): Promise<SeriesChange> {
  const series = await source.getSeries('wyh', 'suicide-rate', 'bradford');
  return { baseVersion: series.version, editor, note, points: series.points.map((p) => (p.period === '2022-24' ? { period: p.period, value, provenance: p.provenance } : p)) };
}

describe('HTTP data source: saving and history', () => {
  it('saves a change, bumps the version and records who changed what', async () => {
    const change = await changeTo(alice, 9.9, 'Corrected from the ONS release');
    const saved = await source.saveSeries('wyh', 'suicide-rate', 'bradford', change);
    expect(saved.version).toBe(change.baseVersion + 1);
    expect(saved.points.find((p) => p.period === '2022-24')?.value).toBe(9.9);
    const [entry] = await source.getHistory('wyh', 'suicide-rate', 'bradford');
    expect(entry).toMatchObject({ editor: alice, note: 'Corrected from the ONS release', version: saved.version });
    expect(entry!.changes).toEqual([{ period: '2022-24', before: expect.objectContaining({ value: expect.any(Number) }), after: expect.objectContaining({ value: 9.9 }) }]);
  });

  it("refuses a save based on an old version, and hands back the colleague's figures", async () => {
    const mine = await changeTo(alice, 9.9);
    const theirs = await changeTo(bob, 10.1);
    await source.saveSeries('wyh', 'suicide-rate', 'bradford', theirs);
    const error = await source.saveSeries('wyh', 'suicide-rate', 'bradford', mine).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataSourceError);
    expect(error).toMatchObject({ kind: 'conflict', retryable: false });
    const current = (error as DataSourceError).details.current!;
    expect(current.points.find((p) => p.period === '2022-24')?.value).toBe(10.1);
    expect(current.version).toBe(mine.baseVersion + 1);
  });

  it('is refused by the server when the figures break the rules, saying why', async () => {
    const change = await changeTo(alice, 9.9);
    change.points = [...change.points, { ...change.points[0]! }];
    const error = await source.saveSeries('wyh', 'suicide-rate', 'bradford', change).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rejected' });
    expect((error as Error).message).toContain('appears twice');
  });

  it('keeps saves across a reload of the mock API when given storage', async () => {
    const storage = new Map<string, string>();
    const fake = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    persistIn(fake);
    await source.saveSeries('wyh', 'suicide-rate', 'bradford', await changeTo(alice, 9.7));
    resetDb();
    expect(db.series.get(seriesKey('wyh', 'suicide-rate', 'bradford'))!.version).toBe(1);
    persistIn(fake);
    expect(db.series.get(seriesKey('wyh', 'suicide-rate', 'bradford'))!.points.find((p) => p.period === '2022-24')?.value).toBe(9.7);
    expect(db.history.get(seriesKey('wyh', 'suicide-rate', 'bradford'))).toHaveLength(1);
  });
});
