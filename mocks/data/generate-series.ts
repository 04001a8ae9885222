import type { DataPoint, Framework, HistoryEntry, Indicator, Place, Series } from '../../src/domain/types';
import { periodOf } from '../../src/domain/periods/period';

// Illustrative figures, generated deterministically so every run of the dev server and the tests
// sees the same numbers. They are shaped to look like the real indicators (levels, trends,
// uncertainty) so the dashboard can be judged, and each one is marked illustrative.

export interface SeriesProfile {
  indicatorId: string;
  periods: string[];
  /** The partnership's value at the first period. */
  start: number;
  /** Improvement per period as a share of the value: 0.02 is 2% better each period. */
  trend: number;
  /** How far each place's trend differs from the partnership's, at most. */
  trendSpread: number;
  /** Each place's level relative to the partnership (1 = the same). */
  levels: Record<string, number>;
  /** Random variation period to period, as a share of the value. */
  noise: number;
  /** Half-width of the 95% interval for the whole partnership, as a share of the value. */
  interval?: number;
  /** Rates average over places weighted by population; counts add up. */
  combine: 'weighted-mean' | 'sum';
  /** Some figures only exist for the partnership as a whole. */
  totalOnly?: boolean;
  /** Exact illustrative values by place, where a shape is easier written than generated. */
  explicit?: Record<string, number[]>;
  /** Notes on particular periods, for every place. */
  notes?: Record<string, string>;
}

export interface PublishedFigure extends Omit<DataPoint, 'provenance'> {
  indicatorId: string;
  placeId: string;
  source?: string;
  provenance?: 'published';
  /** Vintages this figure replaced, oldest first, with their sources: the seed's history shows them. */
  earlier?: DataPoint[];
}

/** mulberry32: a tiny seeded generator, enough for reproducible sample data. */
function random(seedText: string): () => number {
  let seed = [...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0, 2166136261);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function placeValues(profile: SeriesProfile, indicator: Indicator, place: Place, share: number): number[] {
  const explicit = profile.explicit?.[place.id];
  if (explicit) return explicit;
  const rand = random(`${profile.indicatorId}/${place.id}`);
  // A count's places are shares of the whole; a rate's places sit around the partnership's level.
  const level = (profile.levels[place.id] ?? 1) * (profile.combine === 'sum' ? share : 1);
  const trend = profile.trend + (rand() * 2 - 1) * profile.trendSpread;
  const step = indicator.direction === 'lower-is-better' ? 1 - trend : 1 + trend;
  // Smaller places vary more from period to period.
  const noise = profile.noise / Math.sqrt(Math.max(share * 6, 0.2));
  return profile.periods.map((_, i) => profile.start * level * step ** i * (1 + (rand() * 2 - 1) * noise));
}

function toPoints(profile: SeriesProfile, indicator: Indicator, values: number[], share: number): DataPoint[] {
  const { decimals } = indicator.unit;
  return profile.periods.map((period, i) => {
    const value = round(values[i]!, decimals);
    const point: DataPoint = { period, value, provenance: 'illustrative' };
    if (profile.interval) {
      const half = Math.abs(value) * profile.interval * Math.sqrt(1 / Math.max(share * 6, 1 / 6));
      point.lower = round(value - half, decimals);
      point.upper = round(value + half, decimals);
    }
    const note = profile.notes?.[period];
    if (note) point.note = note;
    return point;
  });
}

/**
 * A series with published figures shows those alone, in time order. Generated figures beside
 * them would have a verdict rest on numbers nobody published, at a level of their own: a made-up
 * 2016-18 baseline against a published 2020-22, or a made-up 2022-24 "achieving" a target the
 * published figures do not. A series with none stays generated, and labelled illustrative.
 */
function publishedOnly(published: PublishedFigure[]): DataPoint[] {
  const points = published.map(({ indicatorId: _i, placeId: _p, earlier: _e, ...figure }): DataPoint => ({ ...figure, provenance: 'published' }));
  return points.sort((a, b) => periodOf(a.period).mid - periodOf(b.period).mid);
}

export function generateSeries(framework: Framework, profiles: SeriesProfile[], published: PublishedFigure[], populationShare: Record<string, number>): Series[] {
  const indicators = new Map(framework.ambitions.flatMap((a) => a.indicators).map((i) => [i.id, i]));
  const total = framework.places.find((p) => p.isTotal)!;
  const places = framework.places.filter((p) => !p.isTotal);
  const totalShare = places.reduce((sum, p) => sum + (populationShare[p.id] ?? 0), 0);
  // Grouped once by series: each series then finds its own published figures without a pass over all of them.
  const publishedBySeries = new Map<string, PublishedFigure[]>();
  for (const figure of published) {
    const key = `${figure.indicatorId}|${figure.placeId}`;
    const list = publishedBySeries.get(key);
    if (list) list.push(figure);
    else publishedBySeries.set(key, [figure]);
  }
  return profiles.flatMap((profile) => {
    const indicator = indicators.get(profile.indicatorId);
    if (!indicator) throw new Error(`No indicator ${profile.indicatorId} in ${framework.id}`);
    const byPlace = new Map(places.map((p) => [p.id, placeValues(profile, indicator, p, populationShare[p.id] ?? 0.1)]));
    const weight = (p: Place) => (profile.combine === 'sum' ? 1 : (populationShare[p.id] ?? 0) / totalShare);
    // A partnership of one place is its own total.
    const totalValues =
      profile.explicit?.[total.id] ??
      (places.length === 0 ? placeValues(profile, indicator, total, 1) : profile.periods.map((_, i) => places.reduce((sum, p) => sum + byPlace.get(p.id)![i]! * weight(p), 0)));
    const all: [Place, number[], number][] = [[total, totalValues, 1], ...places.map((p): [Place, number[], number] => [p, byPlace.get(p.id)!, populationShare[p.id] ?? 0.1])];
    return all.map(([place, values, share]) => {
      const mine = publishedBySeries.get(`${indicator.id}|${place.id}`) ?? [];
      if (mine.length > 0) return { indicatorId: indicator.id, placeId: place.id, version: 1, points: publishedOnly(mine) };
      const generated = profile.totalOnly && !place.isTotal ? [] : toPoints(profile, indicator, values, share);
      return { indicatorId: indicator.id, placeId: place.id, version: 1, points: generated };
    });
  });
}

/** When the published figures were brought in: the newest extract's date (May 2026). */
const VINTAGES_IMPORTED_AT = '2026-05-13T00:00:00.000Z';

/**
 * The seed's history, by `indicatorId|placeId`: for each series where a published figure replaced
 * an earlier vintage, one save (version 2) from the last earlier figure to the one shown.
 */
export function vintageHistory(published: readonly PublishedFigure[]): Record<string, HistoryEntry[]> {
  const bySeries = new Map<string, PublishedFigure[]>();
  for (const figure of published) {
    if (!figure.earlier?.length) continue;
    const key = `${figure.indicatorId}|${figure.placeId}`;
    bySeries.set(key, [...(bySeries.get(key) ?? []), figure]);
  }
  return Object.fromEntries(
    [...bySeries].map(([key, figures]) => [
      key,
      [
        {
          id: `${key}@2`,
          at: VINTAGES_IMPORTED_AT,
          editor: { name: 'Published figures import', organisation: 'Ambitions dashboard sample data' },
          note: 'A newer vintage replaced these figures (npm run figures:published): the earlier figure and its source are kept here.',
          version: 2,
          changes: figures.map(({ indicatorId: _i, placeId: _p, earlier, ...after }) => ({
            period: after.period,
            before: earlier!.at(-1)!,
            after: { ...after, provenance: 'published' as const },
          })),
        },
      ],
    ]),
  );
}
