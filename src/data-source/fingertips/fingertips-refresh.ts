import { applyEdits, type PointEdit } from '../../domain/changes/apply-edit';
import { readFingertipsRows, type FingertipsRead } from '../../domain/imports/fingertips-csv';
import { checkFingertipsImport, matchFingertipsRows, type UnusedRows } from '../../domain/imports/fingertips-import';
import type { FingertipsIndicator, Framework, Series } from '../../domain/types';
import { fetchIndicator, type IndicatorDownload } from './fingertips-api';

// Bringing a framework's published files up to date with Fingertips: every mapped indicator is
// fetched, checked as an import would be, and its new and changed figures applied. Rows with
// problems are left out and reported; nothing is written for an indicator that could not be fetched.

export interface FigureChange {
  place: string;
  period: string;
  /** The value before, or undefined for a new figure. */
  before?: number;
  after: number;
  /** The fields that changed, for a correction. */
  fields?: string[];
}

export interface IndicatorPull {
  indicator: string;
  fingertipsId: number;
  added: FigureChange[];
  changed: FigureChange[];
  unchanged: number;
  problems: string[];
  failures: string[];
  unused: UnusedRows[];
  notices: string[];
}

export interface PullResult {
  series: Series[];
  report: IndicatorPull[];
}

export interface PullOptions {
  framework: Framework;
  series: readonly Series[];
  apiBase: string;
  /** When the figures were fetched: the date their source names. */
  now: Date;
  fetchImpl?: typeof fetch;
}

/** Fetches every mapped indicator and applies what is new or changed to the series. */
export async function pullFromFingertips({ framework, series, apiBase, now, fetchImpl }: PullOptions): Promise<PullResult> {
  const byKey = new Map(series.map((s) => [`${s.indicatorId}|${s.placeId}`, s]));
  const report: IndicatorPull[] = [];
  // One indicator id can serve two of ours (men and women): fetched and read once.
  const downloads = new Map<number, { download: IndicatorDownload; read: FingertipsRead }>();
  for (const indicator of framework.ambitions.flatMap((a) => a.indicators)) {
    if (indicator.fingertips?.kind !== 'indicator') continue;
    const mapping: FingertipsIndicator = indicator.fingertips;
    if (!downloads.has(mapping.indicatorId)) {
      const download = await fetchIndicator(apiBase, mapping, fetchImpl);
      downloads.set(mapping.indicatorId, { download, read: readFingertipsRows(download.records) });
    }
    const { download, read } = downloads.get(mapping.indicatorId)!;
    // Only this indicator's rows: the other of a pair (women, say) is reported under its own name.
    const only: Framework = { ...framework, ambitions: [{ ...framework.ambitions[0]!, indicators: [indicator] }] };
    const match = matchFingertipsRows(read, only, now);
    const check = checkFingertipsImport(match, read.problems, {
      framework: only,
      pointsOf: (indicatorId, placeId) => byKey.get(`${indicatorId}|${placeId}`)?.points ?? [],
      today: now,
    });
    const result: IndicatorPull = {
      indicator: indicator.name,
      fingertipsId: mapping.indicatorId,
      added: [],
      changed: [],
      unchanged: 0,
      problems: [],
      failures: download.failures,
      unused: check.unused ?? [],
      notices: check.notices ?? [],
    };
    const edits = new Map<string, PointEdit[]>();
    for (const row of check.rows) {
      if (row.outcome === 'error') result.problems.push(`Row ${row.row}: ${row.problems.map((p) => `${p.column}: ${p.reason}`).join(' ')}`);
      if (row.outcome === 'unchanged') result.unchanged += 1;
      if (!row.edit || row.edit.kind !== 'upsert' || !row.place) continue;
      const change: FigureChange = { place: row.place.name, period: row.edit.point.period, after: row.edit.point.value };
      if (row.before) result.changed.push({ ...change, before: row.before.value, fields: row.changes?.map((c) => c.field) });
      else result.added.push(change);
      const key = `${indicator.id}|${row.place.id}`;
      edits.set(key, [...(edits.get(key) ?? []), row.edit]);
    }
    for (const [key, list] of edits) {
      const [indicatorId = '', placeId = ''] = key.split('|');
      const current = byKey.get(key) ?? { indicatorId, placeId, version: 0, points: [] };
      byKey.set(key, { ...current, version: current.version + 1, points: applyEdits(current.points, list) });
    }
    report.push(result);
  }
  // Series keep their order in the file; new ones (a place or indicator added since) go last.
  const order = new Map(series.map((s, i) => [`${s.indicatorId}|${s.placeId}`, i]));
  const updated = [...byKey.entries()].sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity)).map(([, s]) => s);
  return { series: updated, report };
}

/** The report in plain words, for a person or a CI log: what changed, what was left out, and why. */
export function describePull(report: readonly IndicatorPull[]): string {
  const lines: string[] = [];
  const number = (n: number | undefined) => (n === undefined ? 'none' : String(Number(n.toPrecision(6))));
  for (const r of report) {
    lines.push(`${r.indicator} (Fingertips ${r.fingertipsId}): ${r.added.length} new, ${r.changed.length} changed, ${r.unchanged} unchanged`);
    for (const a of r.added) lines.push(`  new      ${a.place} ${a.period}: ${number(a.after)}`);
    for (const c of r.changed) lines.push(`  changed  ${c.place} ${c.period}: ${number(c.before)} → ${number(c.after)}${c.fields ? ` (${c.fields.join(', ')})` : ''}`);
    for (const f of r.failures) lines.push(`  not fetched: ${f}`);
    for (const p of r.problems) lines.push(`  left out: ${p}`);
    for (const n of r.notices) lines.push(`  note: ${n}`);
    if (r.unused.length > 0) lines.push(`  not used: ${r.unused.map((u) => `${u.reason}: ${u.rows}`).join('; ')}`);
  }
  return lines.join('\n');
}
