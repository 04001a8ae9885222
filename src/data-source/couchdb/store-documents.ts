import '../../config/zod-setup';
import { z } from 'zod/mini';
import { frameworkSchema, historyEntrySchema, indicatorHistoryEntrySchema, indicatorSchema, seriesSchema } from '../schemas';

// The documents the CouchDB store keeps, each described once from the app's own schemas: the
// database's validate_doc_update refuses any document these do not accept, and the app reads
// documents with them, so whatever the store accepts, the app can read.

/**
 * Every document id the app writes, split into its parts; undefined for any other id. A
 * partnership's definition and its indicators sort together, so one range read fetches them:
 *   wyh:definition                       the partnership: places, ambitions
 *   wyh:definition:indicator:<i>         one indicator's baseline, targets, source and comments
 *   wyh:series:<i>:<place>               one indicator's figures for one place
 *   wyh:history:<i>:<place>:<version>    one saved change to them (never changed)
 *   wyh:indicator-history:<i>:<version>  one saved change to an indicator (never changed)
 *   wyh:framework-history:<version>      one saved change to the set-up (never changed)
 */
export function parseDocId(id: string): { type: string; frameworkId: string; parts: string[] } | undefined {
  const all = id.split(':');
  if (all.some((p) => p === '')) return undefined;
  const [frameworkId, kind, ...rest] = all;
  if (!frameworkId || !kind || frameworkId.charAt(0) === '_') return undefined;
  if (kind === 'definition' && rest.length === 0) return { type: 'framework', frameworkId, parts: [] };
  if (kind === 'definition' && rest.length === 2 && rest[0] === 'indicator') return { type: 'indicator', frameworkId, parts: [rest[1]!] };
  const counts: Record<string, number> = { series: 2, history: 3, 'indicator-history': 2, 'framework-history': 1 };
  if (counts[kind] === undefined || rest.length !== counts[kind]) return undefined;
  return { type: kind, frameworkId, parts: rest };
}

/** Zero-padded, so a history sorts by version. */
const versionPart = (version: number) => String(version).padStart(10, '0');

/** The ids the app reads and writes, built in one place. */
export const docIds = {
  framework: (f: string) => `${f}:definition`,
  indicator: (f: string, i: string) => `${f}:definition:indicator:${i}`,
  series: (f: string, i: string, p: string) => `${f}:series:${i}:${p}`,
  history: (f: string, i: string, p: string, version: number) => `${f}:history:${i}:${p}:${versionPart(version)}`,
  historyPrefix: (f: string, i: string, p: string) => `${f}:history:${i}:${p}:`,
  indicatorHistory: (f: string, i: string, version: number) => `${f}:indicator-history:${i}:${versionPart(version)}`,
  indicatorHistoryPrefix: (f: string, i: string) => `${f}:indicator-history:${i}:`,
  frameworkHistory: (f: string, version: number) => `${f}:framework-history:${versionPart(version)}`,
  frameworkHistoryPrefix: (f: string) => `${f}:framework-history:`,
};

/** The version a history document's id names. */
export const versionInId = (id: string) => Number(id.slice(id.lastIndexOf(':') + 1));

/**
 * The largest document the store takes. CouchDB's own limit (max_document_size) is 8 MB; a
 * partnership's largest document, a weekly series of twenty years, is about 150 KB, and every
 * viewer downloads what is stored, so anything near this is a mistake or an attack.
 */
export const MAX_DOCUMENT_BYTES = 1_000_000;

/** The size of a document as stored: its JSON in UTF-8. Linear, without TextEncoder (not in every engine CouchDB runs). */
export function documentBytes(doc: unknown): number {
  const json = JSON.stringify(doc) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export function documentSizeProblem(doc: unknown): string | undefined {
  const bytes = documentBytes(doc);
  if (bytes <= MAX_DOCUMENT_BYTES) return undefined;
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return `this change would make the record ${mb(bytes)}, and the most one may be is ${mb(MAX_DOCUMENT_BYTES)}: save fewer figures at once, or ask an administrator`;
}

const changeIds = z.optional(z.array(z.string().check(z.regex(/^[A-Za-z0-9-]{8,80}$/, 'a change id is 8 to 80 letters, digits or dashes'))).check(z.maxLength(50)));

/** The documents, without CouchDB's own fields (`_id`, `_rev`, `_revisions`), which the rules read apart. */
export const storeDocumentSchemas = {
  series: z.strictObject({
    type: z.literal('series'),
    frameworkId: z.string(),
    indicatorId: z.string(),
    placeId: z.string(),
    version: z.int().check(z.minimum(0)),
    points: z.unknown(),
    lastChange: z.optional(historyEntrySchema),
    changeIds,
  }),
  indicator: z.strictObject({
    type: z.literal('indicator'),
    frameworkId: z.string(),
    indicator: indicatorSchema,
    lastChange: z.optional(indicatorHistoryEntrySchema),
    changeIds,
  }),
  framework: z.strictObject({
    type: z.literal('framework'),
    framework: frameworkSchema,
    lastChange: z.optional(indicatorHistoryEntrySchema),
    changeIds,
  }),
  history: z.strictObject({ type: z.literal('history'), frameworkId: z.string(), indicatorId: z.string(), placeId: z.string(), entry: historyEntrySchema }),
  'indicator-history': z.strictObject({ type: z.literal('indicator-history'), frameworkId: z.string(), indicatorId: z.string(), entry: indicatorHistoryEntrySchema }),
  'framework-history': z.strictObject({ type: z.literal('framework-history'), frameworkId: z.string(), entry: indicatorHistoryEntrySchema }),
};

/** A series document's figures, read as the app reads them (the plain pass, then the schema). */
export const seriesOfDocument = (doc: { indicatorId: string; placeId: string; version: number; points: unknown }) =>
  seriesSchema.safeParse({ indicatorId: doc.indicatorId, placeId: doc.placeId, version: doc.version, points: doc.points });
