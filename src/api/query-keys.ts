// One factory for every query key, general to specific, so invalidation can target a framework,
// an indicator or one series.
export const queryKeys = {
  frameworks: () => ['frameworks'] as const,
  framework: (frameworkId: string) => ['framework', frameworkId] as const,
  frameworkHistory: (frameworkId: string) => ['framework-history', frameworkId] as const,
  allSeries: (frameworkId: string) => ['series', frameworkId] as const,
  series: (frameworkId: string, indicatorId: string, placeId: string) => ['series', frameworkId, indicatorId, placeId] as const,
  history: (frameworkId: string, indicatorId: string, placeId: string) => ['history', frameworkId, indicatorId, placeId] as const,
  indicatorHistory: (frameworkId: string, indicatorId: string) => ['indicator-history', frameworkId, indicatorId] as const,
};
