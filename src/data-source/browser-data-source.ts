import { createStore, get, getMany, keys as allKeysOf, setMany, type UseStore } from 'idb-keyval';
import { z } from 'zod/mini';
import { acceptChange } from '../domain/changes/accept-change';
import { acceptSetupChange, indicatorDefinition, seriesFigures } from '../domain/changes/change-kinds';
import { frameworkSummary } from '../domain/framework-change';
import { readThenWrite } from '../lib/idb-transaction';
import type { Framework, IndicatorChange, Series, SeriesChange } from '../domain/types';
import type { DataSource, DataSnapshot } from './data-source';
import { DataSourceError, firstIssue, invalidPayload } from './data-source-error';
import { frameworkChangeSchema, frameworkSchema, historySchema, indicatorChangeSchema, indicatorHistorySchema, seriesChangeSchema, seriesSchema } from './schemas';

export interface BrowserDataSourceOptions {
  /** Where a partnership's figures come from the first time this browser opens it. */
  seedFrom: DataSource;
  /** The IndexedDB database name; tests give each run its own. */
  databaseName?: string;
}

export const BROWSER_ONLY_WARNING =
  'Figures you change here are kept in this browser only: colleagues will not see them. To share them, download everything as JSON and send the file; they can load it on their own device.';

const snapshotSchema = z.object({ framework: frameworkSchema, series: z.array(seriesSchema), history: z.optional(z.record(z.string(), historySchema)) });

/**
 * Read and write, entirely in this browser's IndexedDB: for a lead preparing figures on their own
 * device, or a demonstration without a server. The first visit copies a partnership's figures from
 * `seedFrom`; after that, this browser's copy is the record.
 */
export function createBrowserDataSource(options: BrowserDataSourceOptions): DataSource {
  const store: UseStore = createStore(options.databaseName ?? 'ambitions-dashboard-local', 'records');
  const seeding = new Map<string, Promise<void>>();
  const seriesKey = (f: string, i: string, p: string) => `series/${f}/${i}/${p}`;
  const historyKey = (f: string, i: string, p: string) => `history/${f}/${i}/${p}`;

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
        [`framework/${f}`, snapshot.framework],
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
        if (await get(`framework/${frameworkId}`, store).catch(() => undefined)) return;
        const framework = await options.seedFrom.getFramework(frameworkId);
        const pairs = framework.ambitions.flatMap((a) => a.indicators.flatMap((i) => framework.places.map((p) => [i.id, p.id] as const)));
        const series = await Promise.all(pairs.map(([i, p]) => options.seedFrom.getSeries(frameworkId, i, p).catch(() => undefined)));
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
    return seriesOrEmpty(undefined, await read<Framework>(`framework/${frameworkId}`, frameworkSchema, 'The list of ambitions'), indicatorId, placeId, what);
  }

  return {
    kind: 'browser',
    description: 'this browser’s own copy (not shared with anyone)',
    localOnlyWarning: BROWSER_ONLY_WARNING,
    async getFramework(frameworkId) {
      await ensureSeeded(frameworkId);
      const framework = await read<Framework>(`framework/${frameworkId}`, frameworkSchema, 'The list of ambitions');
      if (!framework) throw new DataSourceError('not-found', 'The list of ambitions could not be found.', { what: 'The list of ambitions' });
      return framework;
    },
    getSeries: currentSeries,
    async listFrameworks() {
      const seeded = (await options.seedFrom.listFrameworks?.().catch(() => undefined)) ?? [];
      let local: Framework[];
      try {
        const keys = (await allKeysOf(store)).filter((k): k is string => typeof k === 'string' && k.startsWith('framework/'));
        const values = await getMany(keys, store);
        local = values.flatMap((raw) => {
          const parsed = frameworkSchema.safeParse(raw);
          return parsed.success ? [parsed.data] : [];
        });
      } catch {
        throw new DataSourceError('server', "The list of partnerships could not be read from this browser's storage. It may be blocked (private browsing).", {
          what: 'The list of partnerships',
        });
      }
      // This browser's copy of a partnership is the record once it has one.
      const mine = new Map(local.map((f) => [f.id, frameworkSummary(f)]));
      return [...seeded.map((s) => mine.get(s.id) ?? s), ...[...mine.values()].filter((m) => !seeded.some((s) => s.id === m.id))];
    },
    async saveFramework(frameworkId, change) {
      const what = `The set-up of ${change.framework.shortName}`;
      const valid = frameworkChangeSchema.safeParse(change);
      if (!valid.success) throw new DataSourceError('rejected', `${what} was not saved: ${firstIssue(valid.error)}.`, { what });
      // A new partnership may not take the address of one the seed source has.
      await ensureSeeded(frameworkId).catch((error: unknown) => {
        if (!(change.creating && error instanceof DataSourceError && error.kind === 'not-found')) throw error;
      });
      const keys = [`framework/${frameworkId}`, `framework-history/${frameworkId}`] as const;
      const saved = await inOneTransaction(what, [...keys], ([rawFramework, rawHistory]) => {
        const current = parseStored(rawFramework, frameworkSchema, 'The list of ambitions');
        const history = parseStored(rawHistory, indicatorHistorySchema, 'The history of the set-up') ?? [];
        const accepted = acceptSetupChange(current, { ...valid.data, framework: { ...valid.data.framework, id: frameworkId } }, history, {
          entryId: (version) => `${frameworkId}@${version}`,
          at: new Date().toISOString(),
        });
        if (accepted.outcome === 'not-found') throw new DataSourceError('not-found', `${what} could not be found.`, { what });
        if (accepted.outcome === 'repeat') return { writes: [], result: accepted.record };
        if (accepted.outcome === 'conflict') {
          throw new DataSourceError(
            'conflict',
            change.creating
              ? `A partnership at the address “${frameworkId}” is already here. Choose another address.`
              : `${what} was changed (in another tab) since you started. Compare and choose.`,
            { what, currentFramework: accepted.current },
          );
        }
        return {
          writes: [
            [keys[0], accepted.record],
            [keys[1], [accepted.entry, ...history]],
          ],
          result: accepted.record,
        };
      });
      seeding.set(frameworkId, Promise.resolve());
      return saved;
    },
    async getFrameworkHistory(frameworkId) {
      await ensureSeeded(frameworkId);
      return (await read(`framework-history/${frameworkId}`, indicatorHistorySchema, 'The history of the set-up')) ?? [];
    },
    async saveSeries(frameworkId, indicatorId, placeId, change: SeriesChange) {
      const what = `The figures for ${indicatorId} in ${placeId}`;
      // Checked as a server would: the form's checks are a courtesy, not a guarantee.
      const valid = seriesChangeSchema.safeParse(change);
      if (!valid.success) throw new DataSourceError('rejected', `${what} were not saved: ${firstIssue(valid.error)}.`, { what });
      await ensureSeeded(frameworkId);
      const keys = [seriesKey(frameworkId, indicatorId, placeId), historyKey(frameworkId, indicatorId, placeId), `framework/${frameworkId}`] as const;
      // The version check and the write are one transaction: a save from another tab cannot fall between them.
      return inOneTransaction(what, [...keys], ([rawSeries, rawHistory, rawFramework]) => {
        const current = seriesOrEmpty(
          parseStored(rawSeries, seriesSchema, what),
          rawSeries === undefined ? parseStored(rawFramework, frameworkSchema, 'The list of ambitions') : undefined,
          indicatorId,
          placeId,
          what,
        );
        const history = parseStored(rawHistory, historySchema, `The history of ${indicatorId} in ${placeId}`) ?? [];
        const accepted = acceptChange(seriesFigures, current, valid.data, history, {
          entryId: (version) => `${frameworkId}/${indicatorId}/${placeId}@${version}`,
          at: new Date().toISOString(),
        });
        if (accepted.outcome === 'repeat') return { writes: [], result: accepted.record };
        if (accepted.outcome === 'conflict')
          throw new DataSourceError('conflict', `${what} were changed (in another tab) since you started. Compare and choose.`, { what, current });
        return {
          writes: [
            [keys[0], accepted.record],
            [keys[1], [accepted.entry, ...history]],
          ],
          result: accepted.record,
        };
      });
    },
    async saveIndicator(frameworkId, indicatorId, change: IndicatorChange) {
      const what = `The baseline and targets of ${indicatorId}`;
      const valid = indicatorChangeSchema.safeParse(change);
      if (!valid.success) throw new DataSourceError('rejected', `${what} were not saved: ${firstIssue(valid.error)}.`, { what });
      await ensureSeeded(frameworkId);
      const keys = [`framework/${frameworkId}`, `indicator-history/${frameworkId}/${indicatorId}`] as const;
      return inOneTransaction(what, [...keys], ([rawFramework, rawHistory]) => {
        const framework = parseStored(rawFramework, frameworkSchema, 'The list of ambitions');
        const ambition = framework?.ambitions.find((a) => a.indicators.some((i) => i.id === indicatorId));
        const current = ambition?.indicators.find((i) => i.id === indicatorId);
        if (!framework || !ambition || !current) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
        const history = parseStored(rawHistory, indicatorHistorySchema, `The history of ${indicatorId}'s targets`) ?? [];
        const accepted = acceptChange(indicatorDefinition, current, valid.data, history, {
          entryId: (version) => `${frameworkId}/${indicatorId}@${version}`,
          at: new Date().toISOString(),
        });
        if (accepted.outcome === 'repeat') return { writes: [], result: accepted.record };
        if (accepted.outcome === 'conflict') {
          throw new DataSourceError('conflict', `${what} were changed (in another tab) since you started. Compare and choose.`, { what, currentIndicator: current });
        }
        ambition.indicators = ambition.indicators.map((i) => (i.id === indicatorId ? accepted.record : i));
        // The framework moves on too: an admin's set-up based on the old indicator is then a conflict.
        framework.version = (framework.version ?? 0) + 1;
        return {
          writes: [
            [keys[0], framework],
            [keys[1], [accepted.entry, ...history]],
          ],
          result: accepted.record,
        };
      });
    },
    async getIndicatorHistory(frameworkId, indicatorId) {
      await ensureSeeded(frameworkId);
      return (await read(`indicator-history/${frameworkId}/${indicatorId}`, indicatorHistorySchema, `The history of ${indicatorId}'s targets`)) ?? [];
    },
    async getHistory(frameworkId, indicatorId, placeId, page) {
      await ensureSeeded(frameworkId);
      const what = `The history of ${indicatorId} in ${placeId}`;
      if (!page) return (await read(historyKey(frameworkId, indicatorId, placeId), historySchema, what)) ?? [];
      // Only the page asked for is checked: a long history costs a slice, not a full check.
      const raw = await readRaw(historyKey(frameworkId, indicatorId, placeId), what);
      if (raw === undefined) return [];
      if (!Array.isArray(raw)) throw invalidPayload(`${what} (kept in this browser)`, historySchema.safeParse(raw).error!);
      const versions = raw as { version?: unknown }[];
      const from = page.beforeVersion === undefined ? 0 : versions.findIndex((e) => typeof e?.version === 'number' && e.version < page.beforeVersion!);
      return from < 0 ? [] : (parseStored(versions.slice(from, from + page.limit), historySchema, what) ?? []);
    },
    async replaceAll(snapshot: unknown) {
      const parsed = snapshotSchema.safeParse(snapshot);
      if (!parsed.success) throw invalidPayload('The file', parsed.error);
      const incoming = parsed.data;
      const f = incoming.framework.id;
      const indicators = new Set(incoming.framework.ambitions.flatMap((a) => a.indicators.map((i) => i.id)));
      const places = new Set(incoming.framework.places.map((p) => p.id));
      // Validated first, then one transaction: the file's records replace this browser's, and if
      // any write fails, none is made. Series the file does not carry are kept while their
      // indicator and place are still in its framework, so a partial file never leaves an
      // ambition without the figures it had; those of indicators or places it dropped go.
      await inOneTransaction(
        'The file’s figures',
        [],
        (_values, allKeys) => {
          const writes: [IDBValidKey, unknown][] = [];
          const replaced = new Set<string>();
          const put = (key: string, value: unknown) => {
            replaced.add(key);
            writes.push([key, value]);
          };
          put(`framework/${f}`, incoming.framework);
          for (const s of incoming.series) put(seriesKey(f, s.indicatorId, s.placeId), s);
          for (const [k, entries] of Object.entries(incoming.history ?? {})) put(`history/${f}/${k}`, entries);
          for (const key of allKeys) {
            if (typeof key !== 'string' || replaced.has(key)) continue;
            const [kind, framework, indicatorId = '', placeId = ''] = key.split('/');
            if (framework !== f || (kind !== 'series' && kind !== 'history' && kind !== 'indicator-history')) continue;
            const stillShown = indicators.has(indicatorId) && (kind === 'indicator-history' || places.has(placeId));
            if (!stillShown) writes.push([key, undefined]);
          }
          return { writes, result: undefined };
        },
        { withAllKeys: true },
      );
      seeding.set(f, Promise.resolve());
    },
  };
}
