import { createStore, get, setMany, type UseStore } from 'idb-keyval';
import type { z } from 'zod/mini';
import type { Framework, Series } from '../domain/types';
import { readThenWrite } from '../lib/idb-transaction';
import type { DataSnapshot, DataSource } from './data-source';
import { DataSourceError, invalidPayload } from './data-source-error';
import { frameworkSchema, seriesSchema } from './schemas';

// This browser's IndexedDB as a store of partnerships: every record read back is checked like
// any input, a read-check-write is one transaction, and a partnership opened here for the first
// time is copied from the seed source.

export const keysOf = {
  framework: (f: string) => `framework/${f}`,
  frameworkHistory: (f: string) => `framework-history/${f}`,
  series: (f: string, i: string, p: string) => `series/${f}/${i}/${p}`,
  history: (f: string, i: string, p: string) => `history/${f}/${i}/${p}`,
  indicatorHistory: (f: string, i: string) => `indicator-history/${f}/${i}`,
};

export function createBrowserStorage(databaseName: string, seedFrom: DataSource) {
  const store: UseStore = createStore(databaseName, 'records');
  const seeding = new Map<string, Promise<void>>();
  const seriesKey = keysOf.series;

  async function readRaw(key: string, what: string): Promise<unknown> {
    try {
      return await get(key, store);
    } catch {
      throw new DataSourceError('server', `${what} could not be read from this browser's storage. It may be blocked (private browsing) or full.`, { what });
    }
  }

  const read = async <T>(key: string, schema: z.ZodMiniType<T>, what: string): Promise<T | undefined> => parseStored(await readRaw(key, what), schema, what);

  /** A stored record checked like any input; undefined when there is none. */
  function parseStored<T>(raw: unknown, schema: z.ZodMiniType<T>, what: string): T | undefined {
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw invalidPayload(`${what} (kept in this browser)`, parsed.error);
    return parsed.data;
  }

  /** A read-check-write as one IndexedDB transaction; a storage failure becomes a clear message and changes nothing. */
  async function inOneTransaction<R>(what: string, keys: IDBValidKey[], decide: Parameters<typeof readThenWrite<R>>[2], options?: { withAllKeys?: boolean }): Promise<R> {
    try {
      return await readThenWrite(store, keys, decide, options);
    } catch (error) {
      if (error instanceof DataSourceError) throw error;
      throw new DataSourceError('server', `${what} could not be kept in this browser's storage (it may be full or blocked). Nothing in this browser was changed.`, { what });
    }
  }

  async function write(entries: [string, unknown][], what: string) {
    try {
      await setMany(entries, store);
    } catch {
      throw new DataSourceError('server', `${what} could not be kept in this browser's storage. It may be full.`, { what });
    }
  }

  async function storeSnapshot(snapshot: DataSnapshot) {
    const f = snapshot.framework.id;
    await write(
      [
        [keysOf.framework(f), snapshot.framework],
        ...snapshot.series.map((s): [string, unknown] => [seriesKey(f, s.indicatorId, s.placeId), s]),
        ...Object.entries(snapshot.history ?? {}).map(([k, entries]): [string, unknown] => [`history/${f}/${k}`, entries]),
      ],
      'The figures',
    );
  }

  /** The first time a partnership is opened here, copy its figures from the seed source. */
  function ensureSeeded(frameworkId: string): Promise<void> {
    let done = seeding.get(frameworkId);
    if (!done) {
      done = (async () => {
        if (await get(keysOf.framework(frameworkId), store).catch(() => undefined)) return;
        const framework = await seedFrom.getFramework(frameworkId);
        const pairs = framework.ambitions.flatMap((a) => a.indicators.flatMap((i) => framework.places.map((p) => [i.id, p.id] as const)));
        const series = await Promise.all(pairs.map(([i, p]) => seedFrom.getSeries(frameworkId, i, p).catch(() => undefined)));
        await storeSnapshot({ framework, series: series.filter((s): s is Series => Boolean(s)) });
      })();
      done.catch(() => seeding.delete(frameworkId));
      seeding.set(frameworkId, done);
    }
    return done;
  }

  /** A new indicator's or place's series starts empty at version 0; one the framework lacks is not found. */
  function seriesOrEmpty(stored: Series | undefined, framework: Framework | undefined, indicatorId: string, placeId: string, what: string): Series {
    if (stored) return stored;
    const known = framework?.places.some((p) => p.id === placeId) && framework.ambitions.some((a) => a.indicators.some((i) => i.id === indicatorId));
    if (!known) throw new DataSourceError('not-found', `${what} are not in this browser's copy.`, { what });
    return { indicatorId, placeId, version: 0, points: [] };
  }

  async function currentSeries(frameworkId: string, indicatorId: string, placeId: string): Promise<Series> {
    await ensureSeeded(frameworkId);
    const what = `The figures for ${indicatorId} in ${placeId}`;
    const series = await read(seriesKey(frameworkId, indicatorId, placeId), seriesSchema, what);
    if (series) return series;
    return seriesOrEmpty(undefined, await read<Framework>(keysOf.framework(frameworkId), frameworkSchema, 'The list of ambitions'), indicatorId, placeId, what);
  }

  /** Marks a partnership as this browser's own from now on (it was created or replaced here). */
  const ownedHere = (frameworkId: string) => void seeding.set(frameworkId, Promise.resolve());

  return { store, readRaw, read, parseStored, inOneTransaction, ensureSeeded, seriesOrEmpty, currentSeries, ownedHere };
}

export type BrowserStorage = ReturnType<typeof createBrowserStorage>;
