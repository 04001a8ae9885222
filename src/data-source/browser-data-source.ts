import { getMany, keys as allKeysOf } from 'idb-keyval';
import { z } from 'zod/mini';
import { frameworkSummary } from '../domain/changes/framework-change';
import type { Framework } from '../domain/types';
import { createBrowserSaves } from './browser-saves';
import { createBrowserStorage, keysOf } from './browser-storage';
import type { DataSource } from './data-source';
import { DataSourceError, invalidPayload } from './data-source-error';
import { frameworkSchema, historySchema, indicatorHistorySchema, seriesSchema } from './schemas';

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
  const storage = createBrowserStorage(options.databaseName ?? 'ambitions-dashboard-local', options.seedFrom);
  const { store, readRaw, read, parseStored, inOneTransaction, ensureSeeded, currentSeries } = storage;
  const seriesKey = keysOf.series;
  const historyKey = keysOf.history;
  const saves = createBrowserSaves(storage);

  return {
    kind: 'browser',
    description: 'this browser’s own copy (not shared with anyone)',
    localOnlyWarning: BROWSER_ONLY_WARNING,
    async getFramework(frameworkId) {
      await ensureSeeded(frameworkId);
      const framework = await read<Framework>(keysOf.framework(frameworkId), frameworkSchema, 'The list of ambitions');
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
    saveFramework: saves.saveFramework,
    async getFrameworkHistory(frameworkId) {
      await ensureSeeded(frameworkId);
      return (await read(keysOf.frameworkHistory(frameworkId), indicatorHistorySchema, 'The history of the set-up')) ?? [];
    },
    saveSeries: saves.saveSeries,
    saveIndicator: saves.saveIndicator,
    async getIndicatorHistory(frameworkId, indicatorId) {
      await ensureSeeded(frameworkId);
      return (await read(keysOf.indicatorHistory(frameworkId, indicatorId), indicatorHistorySchema, `The history of ${indicatorId}'s targets`)) ?? [];
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
          put(keysOf.framework(f), incoming.framework);
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
      storage.ownedHere(f);
    },
  };
}
