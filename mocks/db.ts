import type { Framework, Series } from '../src/domain/types';
import { WYH_FRAMEWORK } from './data/wyh/framework';
import { WYH_SERIES } from './data/wyh/series';

/**
 * The mock API's store: what a real backend would keep. The dev server and the tests share it,
 * and tests call resetDb() so each starts from the seed dataset.
 */
export interface MockDb {
  frameworks: Map<string, Framework>;
  series: Map<string, Series>;
}

export function seriesKey(frameworkId: string, indicatorId: string, placeId: string): string {
  return `${frameworkId}/${indicatorId}/${placeId}`;
}

function seed(): MockDb {
  return {
    frameworks: new Map([[WYH_FRAMEWORK.id, structuredClone(WYH_FRAMEWORK)]]),
    series: new Map(WYH_SERIES.map((s) => [seriesKey(WYH_FRAMEWORK.id, s.indicatorId, s.placeId), structuredClone(s)])),
  };
}

export const db: MockDb = seed();

export function resetDb(): void {
  const fresh = seed();
  db.frameworks = fresh.frameworks;
  db.series = fresh.series;
}
