// npm run figures:published — brings the published figures a partnership has to hand into its
// seed data through the dashboard's own import: each extract is written as the Fingertips download
// it came from (or, for figures quoted on web pages, as the dashboard's CSV template), read by the
// same reader the Data page uses, matched to the framework's indicators and places by the same
// rules, and checked row by row as an import is. Only rows the import would take are kept; every
// other row is counted by the reason the import gives.
//
// Order is vintage: the press figures the sample began with, then the older Fingertips extracts,
// the web pages, then the newer extracts. A later file's figure for a period stands; the one it
// replaced is kept as that figure's earlier vintage, with its source (the seed's history shows it).
//
//   npm run figures:published [-- --check]
//   --check: write nothing; fail if the shipped file differs from what the sources give.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { FINGERTIPS_COLUMNS, readFingertipsRows } from '../../src/domain/imports/fingertips-csv';
import { checkFingertipsImport, matchFingertipsRows } from '../../src/domain/imports/fingertips-import';
import { checkImport, FIGURE_COLUMNS, type ImportCheck } from '../../src/domain/imports/figures-csv';
import { parseFiguresCsv } from '../../src/lib/figures-csv-file';
import type { DataPoint, Framework } from '../../src/domain/types';
import { FOLDER, LEFT_OUT, SOURCE_FILES, type SourceFile } from './source-files';
import { publishedFiguresModule } from './published-file';
import type { PublishedFigure as ShippedFigure } from '../../mocks/data/generate-series';

const OUT = 'mocks/data/wyh/published-figures.ts';
// Figures for periods ending before this are taken: the sources' latest is 2024/25.
const TODAY = new Date('2026-11-24T00:00:00Z');

/** The figures taken so far, by series then period: what the next file is checked against. */
class Taken {
  private readonly bySeries = new Map<string, Map<string, DataPoint>>();
  points = (indicatorId: string, placeId: string): DataPoint[] => [...(this.bySeries.get(`${indicatorId}|${placeId}`)?.values() ?? [])];
  get = (indicatorId: string, placeId: string, period: string) => this.bySeries.get(`${indicatorId}|${placeId}`)?.get(period);
  set(indicatorId: string, placeId: string, point: DataPoint) {
    const series = this.bySeries.get(`${indicatorId}|${placeId}`) ?? new Map<string, DataPoint>();
    series.set(point.period, point);
    this.bySeries.set(`${indicatorId}|${placeId}`, series);
  }
  *all(): Generator<[string, string, DataPoint]> {
    for (const [key, series] of this.bySeries) {
      const [indicatorId, placeId] = key.split('|') as [string, string];
      for (const point of series.values()) yield [indicatorId, placeId, point];
    }
  }
}

/** A CSV line, quoted where it must be. */
const csvLine = (cells: readonly string[]) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

/** The extract's rows as the Fingertips download they were taken from (the columns the extract dropped are filled from the framework's mapping). */
function asFingertipsDownload(file: SourceFile & { kind: 'fingertips' }, framework: Framework): string {
  const parsed = parseFiguresCsv(readFileSync(join(FOLDER, file.name), 'utf8'));
  const mappings = framework.ambitions
    .flatMap((a) => a.indicators)
    .flatMap((i) => (i.fingertips?.kind === 'indicator' && i.fingertips.indicatorId === file.indicatorId ? [i.fingertips] : []));
  const lines = [csvLine(FINGERTIPS_COLUMNS)];
  for (const r of parsed.records) {
    const sex = file.sexColumn ? (r[file.sexColumn] ?? '') : 'Persons';
    // The extract keeps one age, the indicator's; it is the mapping's for that sex.
    const age = mappings.find((m) => m.sex.toLowerCase() === sex.toLowerCase())?.age ?? '';
    const cells: Record<(typeof FINGERTIPS_COLUMNS)[number], string> = {
      'Indicator ID': String(file.indicatorId),
      'Indicator Name': r['indicator'] ?? '',
      'Parent Code': '',
      'Parent Name': '',
      'Area Code': r['area_code'] ?? '',
      'Area Name': r['area_name'] ?? '',
      'Area Type': r['area_type'] ?? '',
      Sex: sex,
      Age: age,
      'Category Type': '',
      Category: '',
      // Fingertips writes pooled years "2010 - 12"; an older extract wrote "2010-12".
      'Time period': (r['period'] ?? '').replace(/^(\d{4})-(\d{2})$/, '$1 - $2'),
      // The extract writes NA where Fingertips has no value (it leaves the cell empty).
      Value: r['value'] === 'NA' ? '' : (r['value'] ?? ''),
      'Lower CI 95.0 limit': '',
      'Upper CI 95.0 limit': '',
      'Lower CI 99.8 limit': '',
      'Upper CI 99.8 limit': '',
      Count: '',
      Denominator: '',
      'Value note': '',
      'Recent Trend': '',
    };
    lines.push(csvLine(FINGERTIPS_COLUMNS.map((c) => cells[c])));
  }
  return lines.join('\r\n');
}

interface Converted {
  check: ImportCheck;
  /** The source each used row's figure is recorded with. */
  source: string;
}

/** One file through the import, checked against the figures taken so far. */
function convert(file: SourceFile, framework: Framework, taken: Taken): Converted {
  // The import asks once a row; what is taken does not change while one file is checked, so each series is listed once.
  const listed = new Map<string, DataPoint[]>();
  const pointsOf = (indicatorId: string, placeId: string) => {
    const key = `${indicatorId}|${placeId}`;
    const points = listed.get(key) ?? taken.points(indicatorId, placeId);
    listed.set(key, points);
    return points;
  };
  if (file.kind === 'fingertips') {
    const parsed = parseFiguresCsv(asFingertipsDownload(file, framework));
    const read = readFingertipsRows(parsed.records, parsed.rowProblems);
    const match = matchFingertipsRows(read, framework, TODAY);
    for (const record of match.records) record.source = file.source;
    return { check: checkFingertipsImport(match, read.problems, { framework, pointsOf, today: TODAY }), source: file.source };
  }
  const { text, unused } = file.template();
  const parsed = parseFiguresCsv(text);
  const check = checkImport({
    header: parsed.header.length ? parsed.header : [...FIGURE_COLUMNS],
    records: parsed.records,
    framework,
    pointsOf,
    today: TODAY,
    rowProblems: parsed.rowProblems,
  });
  return { check: { ...check, unused: [...(check.unused ?? []), ...unused] }, source: file.name };
}

function main() {
  const framework = WYH_FRAMEWORK;
  const taken = new Taken();
  const earlier = new Map<string, DataPoint[]>();
  const report: string[] = [];
  for (const file of SOURCE_FILES) {
    const { check } = convert(file, framework, taken);
    let added = 0;
    let corrected = 0;
    const refused = new Map<string, number>();
    for (const row of check.rows) {
      if (row.outcome === 'error') {
        for (const p of row.problems) refused.set(p.reason, (refused.get(p.reason) ?? 0) + 1);
        continue;
      }
      if (!row.edit || row.edit.kind !== 'upsert' || !row.indicator || !row.place) continue;
      const key = `${row.indicator.id}|${row.place.id}|${row.edit.point.period}`;
      const before = taken.get(row.indicator.id, row.place.id, row.edit.point.period);
      if (before && before.value !== row.edit.point.value) {
        earlier.set(key, [...(earlier.get(key) ?? []), before]);
        corrected += 1;
      } else if (!before) added += 1;
      taken.set(row.indicator.id, row.place.id, { ...row.edit.point, provenance: 'published' });
    }
    report.push(`${file.name}: ${added} new, ${corrected} replacing an earlier vintage`);
    for (const [reason, rows] of refused) report.push(`    ${rows} refused: ${reason}`);
    for (const u of check.unused ?? []) report.push(`    ${u.rows} not used: ${u.reason}`);
    for (const n of check.notices ?? []) report.push(`    notice: ${n}`);
  }
  const figures: ShippedFigure[] = [...taken.all()].map(([indicatorId, placeId, point]) => {
    const replaced = earlier.get(`${indicatorId}|${placeId}|${point.period}`);
    return {
      indicatorId,
      placeId,
      ...point,
      ...(replaced ? { note: [point.note, whyThisStands(point, replaced)].filter(Boolean).join(' '), earlier: replaced } : {}),
    };
  });
  const text = publishedFiguresModule(figures);
  for (const left of LEFT_OUT) report.push(`${left.name}: not used, ${left.reason}`);
  console.log(report.join('\n'));
  console.log(`\n${figures.length} published figures (${figures.filter((f) => f.earlier).length} with an earlier vintage kept in their history).`);
  if (process.argv.includes('--check')) {
    const shipped = readFileSync(OUT, 'utf8');
    if (shipped !== text) {
      console.error(`${OUT} is not what the sources give: run npm run figures:published and commit it.`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(OUT, text);
  console.log(`Written: ${OUT}`);
}

/** Why the figure shown stands over the one it replaced: said on the figure. */
function whyThisStands(point: DataPoint, replaced: readonly DataPoint[]): string {
  const last = replaced[replaced.length - 1]!;
  const fromPress = !/Fingertips/.test(last.source ?? '');
  return fromPress
    ? `Earlier shown as ${last.value} from ${last.source}; the figure of the statistics’ publisher (${point.source}) stands.`
    : `Fingertips has revised it: ${last.value} in the older extract (${last.source}).`;
}

main();
