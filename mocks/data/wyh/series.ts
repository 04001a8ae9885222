import type { DataPoint, HistoryEntry, Series } from '../../../src/domain/types';
import { generateSeries, vintageHistory } from '../generate-series';
import { WYH_FRAMEWORK } from './framework';
import { POPULATION_SHARE } from './places';
import { WYH_SERIES_PROFILES } from './series-profiles';
import { WYH_PUBLISHED_FIGURES } from './published-figures';

const round1 = (v: number) => Math.round(v * 10) / 10;

// Illustrative figures for the two groups behind each gap, chosen so the gap is exactly what the
// series already holds: the better-off group's figure is generated, the other follows from the gap.
const GROUP_LEVEL: Record<string, number> = { wyh: 0, bradford: -0.6, calderdale: -0.3, harrogate: 0.9, kirklees: -0.1, leeds: -0.2, wakefield: -0.4 };
const MORTALITY_LEVEL: Record<string, number> = { wyh: 1, bradford: 1.1, calderdale: 1.03, harrogate: 0.82, kirklees: 1.02, leeds: 1.04, wakefield: 1.06 };

function withGroups(series: Series): Series {
  // Only illustrative figures get illustrative groups: a published figure carries what was published, nothing made up.
  const add = (fn: (p: DataPoint, i: number) => [number, number]) => ({
    ...series,
    points: series.points.map((p, i) => (p.provenance === 'published' ? p : { ...p, groups: fn(p, i) })),
  });
  const level = GROUP_LEVEL[series.placeId] ?? 0;
  switch (series.indicatorId) {
    case 'le-gap-male':
    case 'le-gap-female': {
      const start = series.indicatorId === 'le-gap-male' ? 83.0 : 86.2;
      return add((p, i) => {
        const least = round1(start + level + 0.06 * i);
        return [least, round1(least - p.value)];
      });
    }
    case 'smi-excess-mortality':
      return add((p, i) => {
        const all = round1(335 * (MORTALITY_LEVEL[series.placeId] ?? 1) * (1 - 0.012 * i));
        return [round1(all * (1 + p.value / 100)), all];
      });
    default:
      return series;
  }
}

const generated = generateSeries(WYH_FRAMEWORK, WYH_SERIES_PROFILES, WYH_PUBLISHED_FIGURES, POPULATION_SHARE).map(withGroups);

/**
 * Where a newer vintage replaced a published figure (Fingertips revised it; its figure stood over a
 * local paper's), the seed's history holds that save: the earlier figure with its source, then the
 * one shown. The series is at version 2, that save's.
 */
export const WYH_HISTORY: Record<string, HistoryEntry[]> = vintageHistory(WYH_PUBLISHED_FIGURES);

export const WYH_SERIES: Series[] = generated.map((s) => (WYH_HISTORY[`${s.indicatorId}|${s.placeId}`] ? { ...s, version: 2 } : s));
