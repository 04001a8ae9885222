import type { z } from 'zod/mini';
import type { Framework, FrameworkHistoryEntry, FrameworkSummary, HistoryEntry, Indicator, IndicatorHistoryEntry, Series } from '../../domain/types';
import { DataSourceError, firstIssue, invalidPayload } from '../data-source-error';
import { salvageFramework } from '../salvage-framework';
import { frameworkSummariesSchema, indicatorSchema } from '../schemas';
import type { CouchHttp } from './couchdb-http';
import { docIds, seriesOfDocument } from './store-documents';

// Reading the CouchDB store: a partnership (its definition and every indicator's record, in one
// request), a series, an indicator, and a history a page at a time. Every document is read with
// the app's schemas; one that does not read never takes the partnership down with it.

/** What CouchDB adds to every document. */
export interface Stored {
  _id: string;
  _rev: string;
}
export interface SeriesDoc extends Stored, Series {
  type: 'series';
  frameworkId: string;
  lastChange?: HistoryEntry;
  /** The latest saves' change ids, newest first, written with the figures: a repeat is recognised atomically. */
  changeIds?: string[];
}
export interface IndicatorDoc extends Stored {
  type: 'indicator';
  frameworkId: string;
  indicator: Indicator;
  lastChange?: IndicatorHistoryEntry;
  changeIds?: string[];
}
export interface FrameworkDoc extends Stored {
  type: 'framework';
  framework: Framework;
  lastChange?: FrameworkHistoryEntry;
  changeIds?: string[];
}
export interface AllDocs<T> {
  rows: { id: string; doc?: T | null; value?: { rev?: string } }[];
}
/** A document of a partnership's definition: the definition itself, or an indicator's record. */
export type DefinitionDoc = { _id?: string; type?: string; framework?: unknown; indicator?: unknown };

export const range = (prefix: string) => `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
export const seriesOf = ({ indicatorId, placeId, version, points }: SeriesDoc): Series => ({ indicatorId, placeId, version, points });
/** Ids become parts of document ids, split on ':'. */
export const safeId = (id: string) => /^[^:_][^:]*$/.test(id);

export function createCouchReads(http: CouchHttp, database: string) {
  const db = `/${encodeURIComponent(database)}`;
  const docPath = (id: string) => `${db}/${encodeURIComponent(id)}`;
  /** What of each partnership's record could not be read at its last reading, in words. */
  const readProblems = new Map<string, string[]>();

  async function readSeriesDoc(frameworkId: string, indicatorId: string, placeId: string): Promise<SeriesDoc> {
    const what = `The figures for ${indicatorId} in ${placeId}`;
    if (!safeId(frameworkId) || !safeId(indicatorId) || !safeId(placeId)) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    const { body } = await http.request<SeriesDoc>('GET', docPath(docIds.series(frameworkId, indicatorId, placeId)), what);
    const parsed = seriesOfDocument(body);
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return { ...body, ...parsed.data };
  }

  async function readIndicatorDoc(frameworkId: string, indicatorId: string): Promise<IndicatorDoc | undefined> {
    const what = `The baseline and targets of ${indicatorId}`;
    const { status, body } = await http.request<IndicatorDoc>('GET', docPath(docIds.indicator(frameworkId, indicatorId)), what, { expected: [404] });
    if (status === 404) return undefined;
    const parsed = indicatorSchema.safeParse(body.indicator);
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return { ...body, indicator: parsed.data };
  }

  async function readFrameworkDoc(frameworkId: string): Promise<FrameworkDoc | undefined> {
    if (!safeId(frameworkId)) return undefined;
    const { status, body } = await http.request<FrameworkDoc>('GET', docPath(docIds.framework(frameworkId)), 'The set-up', { expected: [404] });
    return status === 404 ? undefined : body;
  }

  async function getFramework(frameworkId: string): Promise<Framework> {
    const what = 'The list of ambitions';
    if (!safeId(frameworkId)) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    // The definition and every indicator document sort together: one read fetches them all.
    const { body } = await http.request<AllDocs<DefinitionDoc>>('GET', `${db}/_all_docs?include_docs=true&${range(docIds.framework(frameworkId))}`, what);
    return frameworkOfDocs(frameworkId, body.rows);
  }

  /** The partnership from its definition and its indicators' records, however they were read (here, or in a page's first view). */
  function frameworkOfDocs(frameworkId: string, rows: AllDocs<DefinitionDoc>['rows']): Framework {
    const what = 'The list of ambitions';
    const definition = rows.find((r) => r.doc?._id === docIds.framework(frameworkId))?.doc?.framework;
    if (!definition) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    // Each indicator's own record, where it reads; where it does not, the set-up's copy of it, said.
    const leftOut: string[] = [];
    const indicators = new Map<string, Indicator>();
    for (const row of rows) {
      if (row.doc?.type !== 'indicator') continue;
      const parsed = indicatorSchema.safeParse(row.doc.indicator);
      if (parsed.success) indicators.set(parsed.data.id, parsed.data);
      else leftOut.push(`The record ${row.id} could not be read, so the set-up’s copy of that indicator is shown: ${firstIssue(parsed.error)}.`);
    }
    const merged = definition as Framework;
    const framework = {
      ...merged,
      ambitions: (merged.ambitions ?? []).map((a) => ({ ...a, indicators: (a.indicators ?? []).map((i) => indicators.get(i.id) ?? i) })),
    };
    const salvaged = salvageFramework(framework, what);
    readProblems.set(frameworkId, [...leftOut, ...salvaged.leftOut.map((p) => `Left out, because it could not be read: ${p}`)]);
    return salvaged.framework;
  }

  /** Every partnership, from the design document's view of the framework documents (a row each). */
  async function listFrameworks(): Promise<FrameworkSummary[]> {
    const what = 'The list of partnerships';
    const { body } = await http.request<{ rows: { value: unknown }[] }>('GET', `${db}/_design/ambitions-dashboard/_view/frameworks`, what);
    const parsed = frameworkSummariesSchema.safeParse(body.rows.map((r) => r.value));
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return parsed.data;
  }

  /**
   * A history, newest first: its append-only documents up to the record's own version (a history
   * document for a version the record never reached did not happen, and is not shown), with the
   * record's own last change added when its history document was lost on the way (see the saves).
   */
  async function historyOf<T extends { version: number }>(
    prefix: string,
    record: Promise<{ version: number; lastChange?: T } | undefined>,
    schema: z.ZodMiniType<T[]>,
    what: string,
    page?: { limit: number; before?: string; beforeVersion?: number },
  ): Promise<T[]> {
    // Newest first: descending, so the range is given from its end (or from just below a page's
    // last version); read beside the record, not after it. An entry beyond the record's version
    // (planted ahead of it) is dropped here, at the cost of a shorter page in that hostile case.
    const from = page?.before ?? `${prefix}\ufff0`;
    const limit = page ? `&limit=${page.limit}` : '';
    const keys = `startkey=${encodeURIComponent(JSON.stringify(from))}&endkey=${encodeURIComponent(JSON.stringify(prefix))}${limit}`;
    const [{ body }, current] = await Promise.all([http.request<AllDocs<{ entry?: T }>>('GET', `${db}/_all_docs?include_docs=true&descending=true&${keys}`, what), record]);
    const entries = body.rows.flatMap((r) => (r.doc?.entry && (!current || r.doc.entry.version <= current.version) ? [r.doc.entry] : []));
    // The record's own last change stands in for a history document lost on the way; it belongs
    // on the first page only, or on a later one when it is older than that page's start.
    // It is written with the record, in one write, so where a history document of the same
    // version says otherwise (one planted ahead of the save), the record's own is the one shown.
    const last = current?.lastChange;
    const fits = last && !entries.some((e) => e.version === last.version) && (page?.beforeVersion === undefined || last.version < page.beforeVersion);
    const merged = fits ? [last, ...entries].sort((a, b) => b.version - a.version) : entries.map((e) => (last && e.version === last.version ? last : e));
    const parsed = schema.safeParse(page ? merged.slice(0, page.limit) : merged);
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return parsed.data;
  }

  return { db, docPath, readProblems, readSeriesDoc, readIndicatorDoc, readFrameworkDoc, getFramework, frameworkOfDocs, listFrameworks, historyOf };
}

export type CouchReads = ReturnType<typeof createCouchReads>;
