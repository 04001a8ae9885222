import { diffIndicator, withDefinitionOf } from '../src/domain/diff-indicator';
import { appliedBefore } from '../src/domain/repeated-save';
import { diffPoints } from '../src/domain/diff-points';
import type { Framework, HistoryEntry, Indicator, IndicatorChange, IndicatorHistoryEntry, Series, SeriesChange } from '../src/domain/types';
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
  /** By "frameworkId/indicatorId". */
  indicatorHistory: Map<string, IndicatorHistoryEntry[]>;
}

export function seriesKey(frameworkId: string, indicatorId: string, placeId: string): string {
  return `${frameworkId}/${indicatorId}/${placeId}`;
}

function seed(): MockDb {
  return {
    frameworks: new Map([[WYH_FRAMEWORK.id, structuredClone(WYH_FRAMEWORK)]]),
    series: new Map(WYH_SERIES.map((s) => [seriesKey(WYH_FRAMEWORK.id, s.indicatorId, s.placeId), structuredClone(s)])),
    history: new Map(),
    indicatorHistory: new Map(),
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
  frameworks: Record<string, Framework>;
  indicatorHistory: Record<string, IndicatorHistoryEntry[]>;
}

function readStored(): Stored {
  try {
    const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '') as Stored;
    return { series: parsed.series ?? {}, history: parsed.history ?? {}, frameworks: parsed.frameworks ?? {}, indicatorHistory: parsed.indicatorHistory ?? {} };
  } catch {
    return { series: {}, history: {}, frameworks: {}, indicatorHistory: {} };
  }
}

/** Keep saves in this browser's storage, and lay earlier saves over the seed now. */
export function persistIn(store: KeyValueStore): void {
  storage = store;
  const stored = readStored();
  for (const [key, series] of Object.entries(stored.series)) db.series.set(key, series);
  for (const [key, entries] of Object.entries(stored.history)) db.history.set(key, entries);
  for (const [key, framework] of Object.entries(stored.frameworks)) db.frameworks.set(key, framework);
  for (const [key, entries] of Object.entries(stored.indicatorHistory)) db.indicatorHistory.set(key, entries);
}

function keep(update: (stored: Stored) => void) {
  if (!storage) return;
  const stored = readStored();
  update(stored);
  storage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

export type SaveOutcome = { ok: true; series: Series } | { ok: false; current: Series };

/** A save succeeds only if it was based on the current version: the rule a real backend must keep. */
export function saveSeries(key: string, change: SeriesChange, now = new Date()): SaveOutcome {
  const current = db.series.get(key)!;
  // A repeat of a save already applied (its reply was lost) gets the series as it is now.
  if (appliedBefore(change.changeId, db.history.get(key) ?? [])) return { ok: true, series: current };
  if (change.baseVersion !== current.version) return { ok: false, current };
  const series: Series = { ...current, version: current.version + 1, points: change.points };
  const entry: HistoryEntry = {
    id: `${key}@${series.version}`,
    at: now.toISOString(),
    editor: change.editor,
    version: series.version,
    changes: diffPoints(current.points, change.points),
    ...(change.note ? { note: change.note } : {}),
    ...(change.changeId ? { changeId: change.changeId } : {}),
  };
  db.series.set(key, series);
  db.history.set(key, [entry, ...(db.history.get(key) ?? [])]);
  keep((stored) => {
    stored.series[key] = series;
    stored.history[key] = db.history.get(key)!;
  });
  return { ok: true, series };
}

export type IndicatorSaveOutcome = { ok: true; indicator: Indicator } | { ok: false; current: Indicator } | { ok: false; current?: undefined };

/** Baselines, targets and sources change under the same version rule as figures, with their own history. */
export function saveIndicator(frameworkId: string, indicatorId: string, change: IndicatorChange, now = new Date()): IndicatorSaveOutcome {
  const framework = db.frameworks.get(frameworkId);
  const ambition = framework?.ambitions.find((a) => a.indicators.some((i) => i.id === indicatorId));
  const current = ambition?.indicators.find((i) => i.id === indicatorId);
  if (!framework || !ambition || !current) return { ok: false };
  if (appliedBefore(change.changeId, db.indicatorHistory.get(`${frameworkId}/${indicatorId}`) ?? [])) return { ok: true, indicator: current };
  if ((current.version ?? 0) !== change.baseVersion) return { ok: false, current };
  const indicator = withDefinitionOf(current, change.indicator);
  ambition.indicators = ambition.indicators.map((i) => (i.id === indicatorId ? indicator : i));
  const key = `${frameworkId}/${indicatorId}`;
  const entry: IndicatorHistoryEntry = {
    id: `${key}@${indicator.version}`,
    at: now.toISOString(),
    editor: change.editor,
    version: indicator.version!,
    changes: diffIndicator(current, indicator),
    ...(change.note ? { note: change.note } : {}),
    ...(change.changeId ? { changeId: change.changeId } : {}),
  };
  db.indicatorHistory.set(key, [entry, ...(db.indicatorHistory.get(key) ?? [])]);
  keep((stored) => {
    stored.frameworks[frameworkId] = framework;
    stored.indicatorHistory[key] = db.indicatorHistory.get(key)!;
  });
  return { ok: true, indicator };
}
