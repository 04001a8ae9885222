import { acceptChange } from '../src/domain/changes/accept-change';
import { acceptSetupChange, indicatorDefinition, seriesFigures } from '../src/domain/changes/change-kinds';
import { figureCounts, frameworkSummary } from '../src/domain/changes/framework-change';
import type {
  Framework,
  FrameworkChange,
  FrameworkHistoryEntry,
  FrameworkSummary,
  HistoryEntry,
  Indicator,
  IndicatorChange,
  IndicatorHistoryEntry,
  Series,
  SeriesChange,
} from '../src/domain/types';
import { EXAMPLE_DATASETS } from './data/examples/index';
import { WYH_FRAMEWORK } from './data/wyh/framework';
import { WYH_HISTORY, WYH_SERIES } from './data/wyh/series';

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
  /** By framework id. */
  frameworkHistory: Map<string, FrameworkHistoryEntry[]>;
}

/** WY&H first, then the seed partnerships' examples. */
export const SEED_DATASETS: { framework: Framework; series: Series[]; history?: Record<string, HistoryEntry[]> }[] = [
  { framework: WYH_FRAMEWORK, series: WYH_SERIES, history: WYH_HISTORY },
  ...EXAMPLE_DATASETS,
];

export function seriesKey(frameworkId: string, indicatorId: string, placeId: string): string {
  return `${frameworkId}/${indicatorId}/${placeId}`;
}

function seed(): MockDb {
  return {
    frameworks: new Map(SEED_DATASETS.map(({ framework }) => [framework.id, structuredClone(framework)])),
    series: new Map(SEED_DATASETS.flatMap(({ framework, series }) => series.map((s) => [seriesKey(framework.id, s.indicatorId, s.placeId), structuredClone(s)] as const))),
    // By `indicatorId|placeId` in the dataset: published figures' earlier vintages (mocks/data/generate-series.ts).
    history: new Map(
      SEED_DATASETS.flatMap(({ framework, history }) =>
        Object.entries(history ?? {}).map(([key, entries]) => {
          const [indicatorId, placeId] = key.split('|') as [string, string];
          return [seriesKey(framework.id, indicatorId, placeId), structuredClone(entries)] as const;
        }),
      ),
    ),
    indicatorHistory: new Map(),
    frameworkHistory: new Map(),
  };
}

/**
 * A series as stored; a new indicator's or place's series starts empty at version 0, as a real
 * backend's would once an admin adds them. Undefined for an indicator or place the framework lacks.
 */
export function storedSeries(frameworkId: string, indicatorId: string, placeId: string): Series | undefined {
  const key = seriesKey(frameworkId, indicatorId, placeId);
  const stored = db.series.get(key);
  if (stored) return stored;
  const framework = db.frameworks.get(frameworkId);
  const known = framework?.places.some((p) => p.id === placeId) && framework.ambitions.some((a) => a.indicators.some((i) => i.id === indicatorId));
  return known ? { indicatorId, placeId, version: 0, points: [] } : undefined;
}

/** Each partnership as the home page lists it, with how many of its figures are published. Linear in the figures. */
export function listFrameworks(): FrameworkSummary[] {
  const seriesOf = new Map<string, Series[]>();
  for (const [key, series] of db.series) {
    const frameworkId = key.slice(0, key.indexOf('/'));
    const list = seriesOf.get(frameworkId);
    if (list) list.push(series);
    else seriesOf.set(frameworkId, [series]);
  }
  return [...db.frameworks.values()].map((f) => ({ ...frameworkSummary(f), figures: figureCounts(seriesOf.get(f.id) ?? []) }));
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
  frameworkHistory: Record<string, FrameworkHistoryEntry[]>;
}

function readStored(): Stored {
  try {
    const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '') as Stored;
    return {
      series: parsed.series ?? {},
      history: parsed.history ?? {},
      frameworks: parsed.frameworks ?? {},
      indicatorHistory: parsed.indicatorHistory ?? {},
      frameworkHistory: parsed.frameworkHistory ?? {},
    };
  } catch {
    return { series: {}, history: {}, frameworks: {}, indicatorHistory: {}, frameworkHistory: {} };
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
  for (const [key, entries] of Object.entries(stored.frameworkHistory)) db.frameworkHistory.set(key, entries);
}

function keep(update: (stored: Stored) => void) {
  if (!storage) return;
  const stored = readStored();
  update(stored);
  storage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

export type SaveOutcome = { ok: true; series: Series } | { ok: false; current: Series };

/** A save succeeds only if it was based on the current version: the rule every store keeps (domain/changes). */
export function saveSeries(key: string, change: SeriesChange, now = new Date()): SaveOutcome {
  const [frameworkId, indicatorId, placeId] = key.split('/') as [string, string, string];
  const current = storedSeries(frameworkId, indicatorId, placeId)!;
  const accepted = acceptChange(seriesFigures, current, change, db.history.get(key) ?? [], { entryId: (version) => `${key}@${version}`, at: now.toISOString() });
  if (accepted.outcome === 'repeat') return { ok: true, series: accepted.record };
  if (accepted.outcome === 'conflict') return { ok: false, current };
  db.series.set(key, accepted.record);
  db.history.set(key, [accepted.entry, ...(db.history.get(key) ?? [])]);
  keep((stored) => {
    stored.series[key] = accepted.record;
    stored.history[key] = db.history.get(key)!;
  });
  return { ok: true, series: accepted.record };
}

export type IndicatorSaveOutcome = { ok: true; indicator: Indicator } | { ok: false; current: Indicator } | { ok: false; current?: undefined };

/** Baselines, targets and sources change under the same version rule as figures, with their own history. */
export function saveIndicator(frameworkId: string, indicatorId: string, change: IndicatorChange, now = new Date()): IndicatorSaveOutcome {
  const framework = db.frameworks.get(frameworkId);
  const ambition = framework?.ambitions.find((a) => a.indicators.some((i) => i.id === indicatorId));
  const current = ambition?.indicators.find((i) => i.id === indicatorId);
  if (!framework || !ambition || !current) return { ok: false };
  const key = `${frameworkId}/${indicatorId}`;
  const accepted = acceptChange(indicatorDefinition, current, change, db.indicatorHistory.get(key) ?? [], { entryId: (version) => `${key}@${version}`, at: now.toISOString() });
  if (accepted.outcome === 'repeat') return { ok: true, indicator: accepted.record };
  if (accepted.outcome === 'conflict') return { ok: false, current };
  ambition.indicators = ambition.indicators.map((i) => (i.id === indicatorId ? accepted.record : i));
  // The framework moves on too: an admin's set-up based on the old indicator is then a conflict.
  framework.version = (framework.version ?? 0) + 1;
  db.indicatorHistory.set(key, [accepted.entry, ...(db.indicatorHistory.get(key) ?? [])]);
  keep((stored) => {
    stored.frameworks[frameworkId] = framework;
    stored.indicatorHistory[key] = db.indicatorHistory.get(key)!;
  });
  return { ok: true, indicator: accepted.record };
}

export type FrameworkSaveOutcome = { ok: true; framework: Framework } | { ok: false; current: Framework } | { ok: false; current?: undefined };

/** A partnership's set-up changes under the same version rule, with its own history in words. */
export function saveFramework(frameworkId: string, change: FrameworkChange, now = new Date()): FrameworkSaveOutcome {
  const current = db.frameworks.get(frameworkId);
  const history = db.frameworkHistory.get(frameworkId) ?? [];
  const accepted = acceptSetupChange(current, { ...change, framework: { ...change.framework, id: frameworkId } }, history, {
    entryId: (version) => `${frameworkId}@${version}`,
    at: now.toISOString(),
  });
  if (accepted.outcome === 'not-found') return { ok: false };
  if (accepted.outcome === 'repeat') return { ok: true, framework: accepted.record };
  if (accepted.outcome === 'conflict') return { ok: false, current: accepted.current };
  db.frameworks.set(frameworkId, accepted.record);
  db.frameworkHistory.set(frameworkId, [accepted.entry, ...history]);
  keep((stored) => {
    stored.frameworks[frameworkId] = accepted.record;
    stored.frameworkHistory[frameworkId] = db.frameworkHistory.get(frameworkId)!;
  });
  return { ok: true, framework: accepted.record };
}
