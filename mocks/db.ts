import { diffPoints } from '../src/domain/diff-points';
import type { Framework, HistoryEntry, Series, SeriesChange } from '../src/domain/types';
import { WYH_FRAMEWORK } from './data/wyh/framework';
import { WYH_SERIES } from './data/wyh/series';

/**
 * The mock API's store: what a real backend would keep. The dev server and the tests share it;
 * tests call resetDb() so each starts from the seed dataset. In the browser, saves are kept in
 * localStorage so a demo behaves like a real backend across reloads.
 */
export interface MockDb {
  frameworks: Map<string, Framework>;
  series: Map<string, Series>;
  history: Map<string, HistoryEntry[]>;
}

export function seriesKey(frameworkId: string, indicatorId: string, placeId: string): string {
  return `${frameworkId}/${indicatorId}/${placeId}`;
}

function seed(): MockDb {
  return {
    frameworks: new Map([[WYH_FRAMEWORK.id, structuredClone(WYH_FRAMEWORK)]]),
    series: new Map(WYH_SERIES.map((s) => [seriesKey(WYH_FRAMEWORK.id, s.indicatorId, s.placeId), structuredClone(s)])),
    history: new Map(),
  };
}

export const db: MockDb = seed();

export function resetDb(): void {
  Object.assign(db, seed());
}

// Only what was saved is stored: the seed is rebuilt at every start and the saves laid over it.
const STORAGE_KEY = 'ambitions-dashboard:mock-api';
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;
let storage: KeyValueStore | undefined;

interface Stored {
  series: Record<string, Series>;
  history: Record<string, HistoryEntry[]>;
}

function readStored(): Stored {
  try {
    const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '') as Stored;
    return { series: parsed.series ?? {}, history: parsed.history ?? {} };
  } catch {
    return { series: {}, history: {} };
  }
}

/** Keep saves in this browser's storage, and lay earlier saves over the seed now. */
export function persistIn(store: KeyValueStore): void {
  storage = store;
  const stored = readStored();
  for (const [key, series] of Object.entries(stored.series)) db.series.set(key, series);
  for (const [key, entries] of Object.entries(stored.history)) db.history.set(key, entries);
}

export type SaveOutcome = { ok: true; series: Series } | { ok: false; current: Series };

/** A save succeeds only if it was based on the current version: the rule a real backend must keep. */
export function saveSeries(key: string, change: SeriesChange, now = new Date()): SaveOutcome {
  const current = db.series.get(key)!;
  if (change.baseVersion !== current.version) return { ok: false, current };
  const series: Series = { ...current, version: current.version + 1, points: change.points };
  const entry: HistoryEntry = {
    id: `${key}@${series.version}`,
    at: now.toISOString(),
    editor: change.editor,
    version: series.version,
    changes: diffPoints(current.points, change.points),
    ...(change.note ? { note: change.note } : {}),
  };
  db.series.set(key, series);
  db.history.set(key, [entry, ...(db.history.get(key) ?? [])]);
  if (storage) {
    const stored = readStored();
    stored.series[key] = series;
    stored.history[key] = db.history.get(key)!;
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
  }
  return { ok: true, series };
}
