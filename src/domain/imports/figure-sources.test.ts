import { describeProvenance, sourcesOfPublished } from './figure-sources';
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

describe('describeProvenance: published or illustrative, where the figures are shown (issue 31)', () => {
  const published = (period: string, source: string) => ({ period, value: 1, provenance: 'published' as const, source });
  const illustrative = (period: string) => ({ period, value: 1, provenance: 'illustrative' as const });

  it('names the source of an all-published series', () => {
    expect(describeProvenance([published('2019', 'ONS'), published('2020', 'ONS')], 'Leeds', 'OHID Fingertips 41001. More.')).toEqual({
      provenance: 'published',
      text: 'Published figures. Source: ONS.',
    });
  });

  it('says no published figure for the place is to hand, and where one would come from, when all are illustrative', () => {
    expect(describeProvenance([illustrative('2019')], 'Bradford District and Craven', 'OHID Fingertips 41001. Pooled.')).toEqual({
      provenance: 'illustrative',
      text: 'Illustrative figures, not published: no published figure for Bradford District and Craven is to hand yet. It would come from OHID Fingertips 41001.',
    });
  });

  it('counts the illustrative ones in a mixed series, and names the others’ sources', () => {
    expect(describeProvenance([illustrative('2018'), published('2019', 'ONS'), published('2020', 'NHS')], 'Leeds', 'X')).toEqual({
      provenance: 'illustrative',
      text: '1 of 3 figures illustrative, not published; the others from ONS and 1 more source.',
    });
  });

  it('briefly, for a slide: the indicator’s source in a few words, not each figure’s', () => {
    expect(describeProvenance([published('2019', 'ONS, quoted on https://example.org/a/very/long/address')], 'Leeds', 'OHID Fingertips 41001. More.', { brief: true })).toEqual({
      provenance: 'published',
      text: 'Source: OHID Fingertips 41001.',
    });
    expect(describeProvenance([illustrative('2019')], 'Leeds', 'NDRS staging data. More.', { brief: true })!.text).toBe(
      'Not published. Source, once published: NDRS staging data.',
    );
  });

  it('says nothing of a series with no figures', () => {
    expect(describeProvenance([], 'Leeds', 'X')).toBeUndefined();
  });
});
