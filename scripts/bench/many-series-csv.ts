// Issue 30, item 10: a figures CSV of 10,000 rows spread over every series of the WY&H sample
// (16 indicators × 7 places = 112 series), each row a new figure of its series' own kind of
// period: the series' first period moved back one year per row (2019/20 → 2018/19 …, Jan 2020 →
// Jan 2019 …), so every row is one the import should take. Bundled by scripts/bench.mjs and the
// browser measure; writes the file and prints { rows, series } as JSON.
//   argument: the file to write
import { writeFileSync } from 'node:fs';
import { WYH_SERIES } from '../../mocks/data/wyh/series';
import { parsePeriod } from '../../src/domain/periods/period';

const ROWS = 10_000;

/**
 * `label` with every year in it moved back `years`: four-digit years, the two-digit ends of
 * 2019/20 or 2017/18-19/20, and pooled years (2015-17 → 1999-2001, written out in full, since
 * 1999-01 would read as a month).
 */
function yearsBack(label: string, years: number): string {
  const back = (y: number) => y - years;
  const twoDigits = (yy: string) => String((Number(yy) - years + 1000) % 100).padStart(2, '0');
  return label.replace(/(\d{4})(?:-(\d{2})(?![\d/]))?|(?<=[/-])(\d{2})(?!\d)/g, (_, year?: string, pooledEnd?: string, end?: string) => {
    if (end) return twoDigits(end);
    const start = back(Number(year));
    if (!pooledEnd) return String(start);
    return `${start}-${start + ((Number(pooledEnd) - (Number(year) % 100) + 100) % 100)}`;
  });
}

const series = WYH_SERIES;
const perSeries = Math.ceil(ROWS / series.length);
const lines = ['indicator_id,place_id,period,value'];
for (const s of series) {
  // A series with no figures yet takes any kind: calendar years back from 2020.
  const first = s.points[0] ?? { period: '2020', value: 50 };
  const kind = parsePeriod(first.period);
  if (!kind.ok) throw new Error(`${s.indicatorId}/${s.placeId}: ${kind.error}`);
  for (let k = 1; k <= perSeries && lines.length <= ROWS; k += 1) {
    const period = yearsBack(first.period, k);
    const parsed = parsePeriod(period);
    if (!parsed.ok || parsed.period.kind !== kind.period.kind) throw new Error(`${first.period} moved back ${k} years reads as ${period}, not a ${kind.period.kind}`);
    lines.push(`${s.indicatorId},${s.placeId},${period},${(first.value * (1 + (k % 7) / 100)).toFixed(1)}`);
  }
}
writeFileSync(process.argv[2]!, lines.join('\r\n'));
console.log(JSON.stringify({ rows: lines.length - 1, series: series.length }));
