import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { DataPoint, Series } from '../src/domain/types';

// Issue 31: every published figure in the project's copy of the shared real-figures files that
// fits one of WY&H's indicators and places is in the shipped data (public/data/wyh/series.json,
// what a static deployment serves and the seed every source starts from), with the value of its
// newest vintage and labelled published. Read here on its own, not through the converter
// (scripts/published-figures/), so a converter that drops or mislabels a figure fails this test.

const published = resolve(__dirname, '../mocks/data/wyh/published');
const shipped: Series[] = JSON.parse(readFileSync(resolve(__dirname, '../public/data/wyh/series.json'), 'utf8'));
const pointOf = new Map<string, DataPoint>(shipped.flatMap((s) => s.points.map((p) => [`${s.indicatorId}|${s.placeId}|${p.period}`, p] as const)));

/** The places with one council each, by its ONS code; and the Fingertips area that stands for the partnership. */
const PLACE_BY_CODE: Record<string, string> = {
  E08000033: 'calderdale',
  E07000165: 'harrogate',
  E08000034: 'kirklees',
  E08000035: 'leeds',
  E08000036: 'wakefield',
  E54000054: 'wyh',
};

const FILES: { prefix: string; indicator: (sex: string) => string; sexColumn?: string }[] = [
  { prefix: 'fingertips_92901_', indicator: (sex) => (sex === 'Male' ? 'le-gap-male' : 'le-gap-female') },
  { prefix: 'fingertips_90362_', indicator: (sex) => (sex === 'Male' ? 'hle-male' : 'hle-female') },
  { prefix: 'fingertips_90323_', indicator: () => 'obesity-year6' },
  { prefix: 'fingertips_90319_', indicator: () => 'obesity-reception' },
];

interface Expected {
  key: string;
  value: number;
  file: string;
}

function read(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(published, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Every figure the files give that fits, the newest vintage's where two give one period (the files with "extract20" in their name are the older). */
function expectedFigures(): Map<string, Expected> {
  const expected = new Map<string, Expected>();
  const names = readdirSync(published).filter((n) => n.endsWith('.csv'));
  const older = names.filter((n) => /extract20\d\d/.test(n));
  const newer = names.filter((n) => !older.includes(n));
  for (const name of [...older, ...newer]) {
    const file = FILES.find((f) => name.startsWith(f.prefix));
    if (!file) continue;
    for (const row of read(name)) {
      const place = PLACE_BY_CODE[row['area_code']!];
      if (!place || row['value'] === 'NA' || row['value'] === '') continue;
      const sex = row['inequality'] && row['inequality'] !== 'NA' ? row['inequality'] : (row['group'] ?? 'Persons');
      const period = row['period']!.replace(/^(\d{4}) - (\d{2})$/, '$1-$2');
      const key = `${file.indicator(sex)}|${place}|${period}`;
      expected.set(key, { key, value: Number(row['value']), file: name });
    }
  }
  // Figures quoted on web pages: those for an indicator by its id, a place by its code, and a period.
  const seen = new Set<string>();
  for (const row of read('published_figures_from_pages.csv')) {
    const place = PLACE_BY_CODE[row['area_code']!.split(' ')[0]!];
    const indicator = row['maps_to_project_indicator']!;
    if (!place || indicator !== row['indicator'] || !/^\d{4}-\d{2}$/.test(row['period']!)) continue;
    const key = `${indicator}|${place}|${row['period']}`;
    // The file lists the newer release of a figure first.
    if (seen.has(key)) continue;
    seen.add(key);
    expected.set(key, { key, value: Number(row['value']), file: 'published_figures_from_pages.csv' });
  }
  return expected;
}

describe('the published figures shipped with the WY&H sample', () => {
  const expected = [...expectedFigures().values()];

  it('carries every figure of the shared files that fits an indicator, with its newest value, labelled published', () => {
    const wrong = expected.flatMap(({ key, value, file }) => {
      const point: DataPoint | undefined = pointOf.get(key);
      if (!point) return [`${key} (${file}): missing`];
      if (point.provenance !== 'published') return [`${key} (${file}): labelled ${point.provenance}`];
      if (point.value !== value) return [`${key} (${file}): ${point.value}, the file says ${value}`];
      if (!point.source) return [`${key}: no source`];
      return [];
    });
    expect(wrong).toEqual([]);
    expect(expected.length).toBeGreaterThanOrEqual(300);
  });

  it('labels published only what a source gives: every published figure names its source', () => {
    const unsourced = shipped.flatMap((s) => s.points.filter((p) => p.provenance === 'published' && !p.source).map((p) => `${s.indicatorId}|${s.placeId}|${p.period}`));
    expect(unsourced).toEqual([]);
  });

  it('keeps the local paper’s Leeds Year 6 figure in the note, with Fingertips’ standing (issue 31)', () => {
    const leeds = pointOf.get('obesity-year6|leeds|2016/17')!;
    expect(leeds).toMatchObject({ value: 19.3, provenance: 'published' });
    expect(leeds.note).toMatch(/19\.1 from Local press .*stands/);
  });
});
