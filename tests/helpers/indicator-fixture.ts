import type { DataPoint, Indicator, Target } from '../../src/domain/types';

/** A small suicide-rate-like indicator: lower is better, −10% by 2020/21 from 2016-18. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'test-rate',
    name: 'Test rate',
    definition: 'A rate used in tests.',
    unit: { kind: 'rate', label: 'per 100,000', decimals: 1 },
    direction: 'lower-is-better',
    baselinePeriod: '2016-18',
    targets: [makeTarget()],
    source: 'Test source',
    provenance: 'illustrative',
    ...overrides,
  };
}

export function makeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: 'original',
    label: 'Original',
    period: '2020/21',
    rule: { kind: 'relative', percent: -10 },
    provenance: 'published',
    source: 'Test plan',
    ...overrides,
  };
}

export function points(...pairs: [string, number][]): DataPoint[] {
  return pairs.map(([period, value]) => ({ period, value, provenance: 'illustrative' }));
}
