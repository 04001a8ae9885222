import { frameworkSchema, seriesSchema } from '../../../src/data-source/schemas';
import { assessTarget } from '../../../src/domain/status/assess-target';
import { decimalYear } from '../../../src/domain/periods/period';
import { timePoints } from '../../../src/domain/periods/timed-point';
import { WYH_FRAMEWORK } from './framework';
import { WYH_SERIES } from './series';
import { WYH_PUBLISHED_FIGURES } from './published-figures';

const TODAY = decimalYear(new Date('2026-11-24'));
const indicators = WYH_FRAMEWORK.ambitions.flatMap((a) => a.indicators);

describe('the WY&H seed dataset', () => {
  it('passes the same validation as any API payload', () => {
    expect(frameworkSchema.safeParse(WYH_FRAMEWORK).error).toBeUndefined();
    for (const series of WYH_SERIES) expect(seriesSchema.safeParse(series).error).toBeUndefined();
  });

  it('covers all ten ambitions, every indicator and all seven places', () => {
    expect(WYH_FRAMEWORK.ambitions.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(WYH_FRAMEWORK.places).toHaveLength(7);
    expect(WYH_SERIES).toHaveLength(indicators.length * 7);
  });

  it('says for every indicator where its figures are in Fingertips, or why they are not, and gives every place its area codes', () => {
    for (const indicator of indicators) {
      expect(indicator.fingertips, indicator.id).toBeDefined();
      if (indicator.fingertips?.kind === 'none') expect(indicator.fingertips.reason.length).toBeGreaterThan(40);
    }
    const mapped = indicators.filter((i) => i.fingertips?.kind === 'indicator').map((i) => i.id);
    expect(mapped).toEqual(['le-gap-male', 'le-gap-female', 'hle-male', 'hle-female', 'smi-excess-mortality', 'obesity-year6', 'obesity-reception', 'suicide-rate']);
    for (const place of WYH_FRAMEWORK.places) {
      expect(
        place.areaCodes?.every((c) => /^E0[678]\d{6}$/.test(c)),
        place.id,
      ).toBe(true);
      // An aggregate of several councils names the Fingertips area that stands for it.
      if (place.areaCodes!.length > 1) expect(place.fingertips?.kind).toBe('area');
    }
  });

  it('labels published exactly the figures the published-figures import gave, each with its source; every other figure illustrative', () => {
    // tests/published-figures.test.ts checks those against the shared files themselves.
    const given = new Set(WYH_PUBLISHED_FIGURES.map((f) => `${f.indicatorId}/${f.placeId}/${f.period}=${f.value}`));
    const published = WYH_SERIES.flatMap((s) => s.points.filter((p) => p.provenance === 'published').map((p) => `${s.indicatorId}/${s.placeId}/${p.period}=${p.value}`));
    expect(published.sort()).toEqual([...given].sort());
    expect(published.length).toBeGreaterThanOrEqual(300);
    for (const s of WYH_SERIES) for (const p of s.points) if (p.provenance === 'published') expect(p.source).toBeTruthy();
    for (const s of WYH_SERIES) for (const p of s.points) expect(['published', 'illustrative']).toContain(p.provenance);
  });

  it('gives the headline indicators a spread of statuses across places, so choosing a place matters', () => {
    const statuses = new Set<string>();
    for (const ambition of WYH_FRAMEWORK.ambitions) {
      const indicator = ambition.indicators[0]!;
      for (const place of WYH_FRAMEWORK.places) {
        const series = WYH_SERIES.find((s) => s.indicatorId === indicator.id && s.placeId === place.id)!;
        const a = assessTarget({ indicator, target: indicator.targets[0]!, points: timePoints(series.points), today: TODAY });
        statuses.add(a.status);
      }
    }
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });
});
