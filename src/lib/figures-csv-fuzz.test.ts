import fc from 'fast-check';
import Papa from 'papaparse';
import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { WYH_SERIES } from '../../mocks/data/wyh/series';
import { invisibleControlCharacter } from '../domain/rules/control-characters';
import { checkImport } from '../domain/imports/figures-csv';
import { fromSpreadsheetCell } from '../domain/rules/spreadsheet-safe';
import type { DataPoint } from '../domain/types';
import { figuresToCsv, parseFiguresCsv } from './figures-csv-file';

// Issue 13: files as leads and adversaries make them. Whatever a file holds, a row is imported
// only with exactly what it says, or refused with a reason on that row: never shifted, never
// silently changed. Categories: text with commas, quotes, line breaks, formula starts, control and
// bidirectional characters; unquoted commas; financial years written 2019-20; periods not ended.

const TODAY = new Date('2026-11-25T12:00:00Z');
const COLUMNS = ['indicator_id', 'place_id', 'period', 'value', 'source', 'note'];
// Financial-year figures for one series, so "2019-20" has a kind to be read in.
const SAVED: DataPoint[] = Array.from({ length: 10 }, (_, i) => ({ period: `${2005 + i}/${String(6 + i).padStart(2, '0')}`, value: 10 + i / 10, provenance: 'published' }));

const piece = fc.constantFrom('ONS', 'release', ',', '"', '\n', '+1', '=SUM(A1)', '-2', '@x', 'café £', '\u0000', '\u001b', '\u202e', '\u2066', ' ', 'Fingertips', "'");
const text = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
const period = fc.oneof(
  fc.integer({ min: 2015, max: 2024 }).map((y) => `${y}/${String(y + 1).slice(2)}`),
  fc.integer({ min: 2015, max: 2024 }).map((y) => `${y}-${String(y + 1).slice(2)}`),
  fc.integer({ min: 2015, max: 2024 }).map((y) => `${y}–${String(y + 1).slice(2)}`),
  fc.integer({ min: 2027, max: 2035 }).map((y) => `${y}/${String(y + 1).slice(2)}`),
);
// Written unquoted by a careless script, a cell has no quotes (a quote there is CSV syntax, and the
// file would mean something else, validly); its commas and line breaks are what is tried.
const row = fc
  .record({ period, value: fc.integer({ min: 90, max: 130 }).map((n) => n / 10), source: text, note: text, quoted: fc.boolean() })
  .map((r) => (r.quoted ? r : { ...r, source: r.source.replace(/"/g, ''), note: r.note.replace(/"/g, '') }));

describe('any CSV file (fuzz, issue 13)', () => {
  it('imports a row only with exactly what it says, or refuses it with a reason on that row', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const lines = rows.map((r) => {
          const cells = ['suicide-rate', 'leeds', r.period, String(r.value), r.source, r.note];
          // Quoted as a spreadsheet writes it, or joined by hand as a careless script would.
          return r.quoted ? Papa.unparse([cells], { newline: '\r\n' }) : cells.join(',');
        });
        const parsed = parseFiguresCsv([COLUMNS.join(','), ...lines].join('\r\n'));
        const check = checkImport({
          header: parsed.header,
          records: parsed.records,
          framework: WYH_FRAMEWORK,
          pointsOf: () => SAVED,
          today: TODAY,
          rowProblems: parsed.rowProblems,
        });
        // Refused as a whole, with its reasons (as the import page merges them): nothing imported.
        if (check.fileProblems.length || parsed.problems.length) return;
        // A line break in a cell nobody quoted ends the row there: nothing can tell that from rows
        // written that way; what follows it is a row of its own, which the preview shows.
        const broken = rows.some((r) => !r.quoted && [r.source, r.note].some((cell) => cell.includes('\n')));
        if (broken) return;
        for (const r of check.rows) {
          if (r.outcome === 'error') {
            expect(r.problems.length).toBeGreaterThan(0);
            for (const p of r.problems) expect(p.reason.trim()).not.toBe('');
            continue;
          }
          if (r.outcome !== 'add' && r.outcome !== 'correct') continue;
          const point = r.edit!.kind === 'upsert' ? r.edit!.point : undefined;
          // Rows are as written, one record each: the header is row 1.
          const intended = rows[r.row - 2];
          // A row kept only what it said: its period, value and texts, none shifted or altered.
          expect(point!.period).toBe(intended!.period.replace(/[-–](\d{2})$/, '/$1'));
          expect(point!.value).toBe(intended!.value);
          for (const field of ['source', 'note'] as const) {
            // An apostrophe before text a spreadsheet would run is the escape an export adds (and a
            // spreadsheet hides): the import reads it as such, by the same rule as everywhere.
            const written = fromSpreadsheetCell(intended![field]).trim();
            if (written === '') continue; // blank: a correction keeps what the figure has
            expect(point![field]).toBe(written);
            expect(invisibleControlCharacter(point![field]!)).toBeUndefined();
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('every figure and text of the seed', () => {
  it('exported and imported again, changes nothing', () => {
    const indicators = new Map(WYH_FRAMEWORK.ambitions.flatMap((a) => a.indicators).map((i) => [i.id, i]));
    const places = new Map(WYH_FRAMEWORK.places.map((p) => [p.id, p]));
    const seed = WYH_SERIES.map((s) => ({ indicator: indicators.get(s.indicatorId)!, place: places.get(s.placeId)!, points: s.points }));
    const parsed = parseFiguresCsv(figuresToCsv(seed));
    const saved = new Map(WYH_SERIES.map((s) => [`${s.indicatorId}/${s.placeId}`, s.points]));
    const check = checkImport({
      header: parsed.header,
      records: parsed.records,
      framework: WYH_FRAMEWORK,
      pointsOf: (i, p) => saved.get(`${i}/${p}`),
      today: TODAY,
      rowProblems: parsed.rowProblems,
    });
    expect(check.fileProblems).toEqual([]);
    const notUnchanged = check.rows.filter((r) => r.outcome !== 'unchanged');
    expect(notUnchanged.map((r) => ({ row: r.row, outcome: r.outcome, problems: r.problems, changes: r.changes }))).toEqual([]);
    expect(check.rows).toHaveLength(WYH_SERIES.reduce((n, s) => n + s.points.length, 0));
  });
});
