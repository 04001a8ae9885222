// Issues 13 and 14 (scale): checking an import (and matching a Fingertips download) of many rows for one series, and validating a save of
// many figures, must cost time linear in their number. Times each at n and 2n; the ratio is what
// to judge on a noisy machine (linear: about 2). Bundled by scripts/bench.mjs, run in Node.
import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { checkImport, FIGURE_COLUMNS } from '../../src/domain/imports/figures-csv';
import { seriesChangeSchema } from '../../src/data-source/schemas';
import { readFingertipsRows } from '../../src/domain/imports/fingertips-csv';
import { checkFingertipsImport, matchFingertipsRows } from '../../src/domain/imports/fingertips-import';
import type { DataPoint } from '../../src/domain/types';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Every distinct period the app can hold between 1900 and 2199 (about 9,000): months, calendar and
// financial quarters, years, financial years and pooled years. (Weekly and daily periods would
// allow longer series: issue 17.)
const PERIODS = [
  ...Array.from({ length: 3_600 }, (_, i) => `${months[i % 12]} ${1900 + Math.floor(i / 12)}`),
  ...Array.from({ length: 1_200 }, (_, i) => `${1900 + Math.floor(i / 4)} Q${(i % 4) + 1}`),
  ...Array.from({ length: 1_196 }, (_, i) => `${1900 + Math.floor(i / 4)}/${String(1901 + Math.floor(i / 4)).slice(2)} Q${(i % 4) + 1}`),
  ...Array.from({ length: 299 }, (_, i) => `${1900 + i}`),
  ...Array.from({ length: 299 }, (_, i) => `${1900 + i}/${String(1901 + i).slice(2)}`),
  ...Array.from({ length: 2_600 }, (_, i) => `${1900 + (i % 290)}-${1900 + (i % 290) + 2 + Math.floor(i / 290)}`),
];
const month = (i: number) => PERIODS[i]!;

function time(run: () => unknown, rounds: number) {
  run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function importOf(rows: number) {
  const records = Array.from({ length: rows }, (_, i) => ({ indicator_id: 'suicide-rate', place_id: 'leeds', period: month(i), value: String(10 + (i % 7) / 10) }));
  const saved: DataPoint[] = Array.from({ length: rows / 2 }, (_, i) => ({ period: month(i), value: 10, provenance: 'published' }));
  return () => checkImport({ header: [...FIGURE_COLUMNS], records, framework: WYH_FRAMEWORK, pointsOf: () => saved, today: new Date('2026-11-25T12:00:00Z') });
}

function saveOf(points: number) {
  const change = {
    baseVersion: 1,
    editor: { name: 'Bench', organisation: 'Bench' },
    points: Array.from({ length: points }, (_, i) => ({ period: month(i), value: 10, provenance: 'published' as const })),
  };
  return () => {
    const parsed = seriesChangeSchema.safeParse(change);
    if (!parsed.success) throw new Error(`the bench change should be valid: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
  };
}

// A Fingertips download of one indicator for every area of a type in England: each area's three
// sexes over 20 three-year periods, the WY&H areas among them. Most rows are not ours and are counted.
function fingertipsOf(areas: number) {
  const ours = ['E08000033', 'E08000034', 'E08000035', 'E08000036', 'E07000165', 'nE38000232', 'E54000054'];
  const codes = [...ours, ...Array.from({ length: areas - ours.length }, (_, i) => `E0${6000001 + i}`)];
  const records = codes.flatMap((code) =>
    ['Persons', 'Male', 'Female'].flatMap((sex) =>
      Array.from({ length: 20 }, (_, p) => ({
        'indicator id': '41001',
        'indicator name': 'Suicide rate',
        'area code': code,
        'area name': code,
        sex,
        age: '10+ yrs',
        'time period': `${1990 + p} - ${String(92 + p).slice(-2)}`,
        value: String(10 + (p % 5) / 10),
        'lower ci 95.0 limit': '9',
        'upper ci 95.0 limit': '12',
        count: '150',
        denominator: '1300000',
      })),
    ),
  );
  return {
    rows: records.length,
    run: () => {
      const read = readFingertipsRows(records);
      const match = matchFingertipsRows(read, WYH_FRAMEWORK, new Date('2026-11-20'));
      return checkFingertipsImport(match, read.problems, { framework: WYH_FRAMEWORK, pointsOf: () => [], today: new Date('2026-11-25T12:00:00Z') });
    },
  };
}

const download = fingertipsOf(160);
const doubledDownload = fingertipsOf(320);
const fingertips = { rows: download.rows, ms: time(download.run, 7), doubledRows: doubledDownload.rows, doubledMs: time(doubledDownload.run, 7) };

const imports = { rows: 4_000, ms: time(importOf(4_000), 7), doubledMs: time(importOf(8_000), 7) };
const saves = { points: 4_000, ms: time(saveOf(4_000), 7), doubledMs: time(saveOf(8_000), 7) };
console.log(JSON.stringify({ imports, saves, fingertips }));
