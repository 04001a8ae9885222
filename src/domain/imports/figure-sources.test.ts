import { sourcesOfPublished } from './figure-sources';
import type { DataPoint } from '../types';

const point = (period: string, provenance: DataPoint['provenance'], source?: string): DataPoint => ({ period, value: 1, provenance, ...(source ? { source } : {}) });

describe('the sources of a series’ published figures', () => {
  it('names each source once, with how many figures and which periods, leaving illustrative figures out', () => {
    const points = [
      point('2016-18', 'published', 'WY&H suicide prevention page'),
      point('2017-19', 'published', 'OHID Fingertips, indicator 41001, downloaded 20 Nov 2026'),
      point('2018-20', 'illustrative'),
      point('2019-21', 'published', 'OHID Fingertips, indicator 41001, downloaded 20 Nov 2026'),
      point('2020-22', 'published'),
    ];
    expect(sourcesOfPublished(points)).toEqual([
      { source: 'WY&H suicide prevention page', count: 1, first: '2016-18', last: '2016-18' },
      { source: 'OHID Fingertips, indicator 41001, downloaded 20 Nov 2026', count: 2, first: '2017-19', last: '2019-21' },
      { source: 'source not given', count: 1, first: '2020-22', last: '2020-22' },
    ]);
    expect(sourcesOfPublished([point('2019', 'illustrative')])).toEqual([]);
  });
});
