import { acceptChange, seenIds } from '../../domain/changes/accept-change';
import { acceptSetupChange, indicatorDefinition, seriesFigures } from '../../domain/changes/change-kinds';
import { diffIndicator } from '../../domain/changes/diff-indicator';
import { appliedBefore, remember } from '../../domain/changes/repeated-save';
import type { Editor, Framework, FrameworkChange, Indicator, IndicatorChange, Series, SeriesChange } from '../../domain/types';
import { DataSourceError, firstIssue } from '../data-source-error';
import { frameworkChangeSchema, indicatorChangeSchema, seriesChangeSchema } from '../schemas';
import type { CouchHttp } from './couchdb-http';
import { range, safeId, seriesOf, type AllDocs, type CouchReads, type SeriesDoc, type Stored } from './couchdb-reads';
import type { CouchSession } from './couchdb-session';
import { docIds, documentSizeProblem } from './store-documents';

// Saving to the CouchDB store. Each save is accepted by the rule every store keeps
// (domain/changes: a repeat, a conflict, or the next version with its history entry), written
// against the revision it read (so CouchDB's 409 is a colleague's save in between), and followed
// by an append-only history document. The database checks the same from its side (store-rules.ts).

export function createCouchSaves(http: CouchHttp, reads: CouchReads, session: CouchSession) {
  const { db, docPath } = reads;

  /** A change checked as the database will check it, for a clear message at once. */
  function checked<T>(result: { success: true; data: T } | { success: false; error: Parameters<typeof firstIssue>[0] }, what: string, verb = 'were'): T {
    if (!result.success) throw new DataSourceError('rejected', `${what} ${verb} not saved: ${firstIssue(result.error)}.`, { what });
    return result.data;
  }

  /**
   * Writes a document on the revision it was read at. CouchDB runs validate_doc_update against
   * the document as it is now, before it compares revisions: a save overtaken by a colleague's can
   * be refused for its version number (403) rather than answered 409. When the document has moved
   * on since it was read, that refusal is a conflict, and is answered as one (409).
   */
  async function putOnRevision(
    what: string,
    doc: Stored | (Record<string, unknown> & { _id: string }),
    readAgain: () => Promise<{ _rev: string } | undefined>,
    readRev: string | undefined,
  ) {
    const tooLarge = documentSizeProblem(doc);
    if (tooLarge) throw new DataSourceError('rejected', `${what} were not saved: ${tooLarge}.`, { what });
    const { status } = await http
      .request('PUT', docPath(doc._id), what, { body: doc, expected: [409] })
      .catch(session.forgetExpiredSession)
      .catch(async (error: unknown) => {
        if (error instanceof DataSourceError && error.kind === 'rejected') {
          const now = await readAgain().catch(() => undefined);
          if (now && now._rev !== readRev) return { status: 409 };
        }
        throw error;
      });
    return status;
  }

  /** The history document of an accepted change. The record carries its last change too, so one lost on the way loses nothing. */
  async function recordHistory(id: string, body: Record<string, unknown>) {
    await http.request('PUT', docPath(id), 'The record of this change', { body, expected: [409] }).catch(() => undefined);
  }

  async function saveSeries(frameworkId: string, indicatorId: string, placeId: string, change: SeriesChange): Promise<Series> {
    const what = `The figures for ${indicatorId} in ${placeId}`;
    const valid = checked(seriesChangeSchema.safeParse(change), what);
    const editor: Editor = await session.signedInEditor(what);
    const current = await reads.readSeriesDoc(frameworkId, indicatorId, placeId);
    const conflict = (now: SeriesDoc) =>
      new DataSourceError('conflict', `${what} were changed by ${now.lastChange?.editor.name ?? 'someone else'} since you started. Compare and choose.`, {
        status: 409,
        what,
        current: seriesOf(now),
      });
    const accepted = acceptChange(seriesFigures, seriesOf(current), { ...valid, editor }, seenIds(current.changeIds), {
      entryId: (version) => docIds.history(frameworkId, indicatorId, placeId, version),
      at: new Date().toISOString(),
    });
    if (accepted.outcome === 'repeat') return accepted.record;
    if (accepted.outcome === 'conflict') throw conflict(current);
    const next: SeriesDoc = { ...current, ...accepted.record, lastChange: accepted.entry, changeIds: remember(current.changeIds, valid.changeId) };
    const status = await putOnRevision(what, next, () => reads.readSeriesDoc(frameworkId, indicatorId, placeId), current._rev);
    if (status === 409) {
      const now = await reads.readSeriesDoc(frameworkId, indicatorId, placeId);
      if (appliedBefore(valid.changeId, seenIds(now.changeIds))) return seriesOf(now);
      throw conflict(now);
    }
    await recordHistory(accepted.entry.id, { type: 'history', frameworkId, indicatorId, placeId, entry: accepted.entry });
    return accepted.record;
  }

  async function saveIndicator(frameworkId: string, indicatorId: string, change: IndicatorChange): Promise<Indicator> {
    const what = `The baseline and targets of ${indicatorId}`;
    const valid = checked(indicatorChangeSchema.safeParse(change), what);
    const editor = await session.signedInEditor(what);
    const [framework, doc] = await Promise.all([reads.getFramework(frameworkId), reads.readIndicatorDoc(frameworkId, indicatorId)]);
    const current = doc?.indicator ?? framework.ambitions.flatMap((a) => a.indicators).find((i) => i.id === indicatorId);
    if (!current) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    const conflict = (now: Indicator) =>
      new DataSourceError('conflict', `${what} were changed by someone else since you started. Compare and choose.`, { status: 409, what, currentIndicator: now });
    const accepted = acceptChange(indicatorDefinition, current, { ...valid, editor }, seenIds(doc?.changeIds), {
      entryId: (version) => docIds.indicatorHistory(frameworkId, indicatorId, version),
      at: new Date().toISOString(),
    });
    if (accepted.outcome === 'repeat') return accepted.record;
    if (accepted.outcome === 'conflict') throw conflict(current);
    const next = {
      ...(doc ?? { _id: docIds.indicator(frameworkId, indicatorId) }),
      type: 'indicator',
      frameworkId,
      indicator: accepted.record,
      lastChange: accepted.entry,
      changeIds: remember(doc?.changeIds, valid.changeId),
    };
    const status = await putOnRevision(what, next, () => reads.readIndicatorDoc(frameworkId, indicatorId), doc?._rev);
    if (status === 409) {
      const now = await reads.readIndicatorDoc(frameworkId, indicatorId);
      if (now && appliedBefore(valid.changeId, seenIds(now.changeIds))) return now.indicator;
      throw conflict(now?.indicator ?? current);
    }
    await recordHistory(accepted.entry.id, { type: 'indicator-history', frameworkId, indicatorId, entry: accepted.entry });
    return accepted.record;
  }

  /**
   * The parts of a set-up that live in documents of their own, after its definition is written:
   * each indicator whose definition changed or that is new, and empty figures for each new pair
   * of indicator and place. CouchDB writes documents one at a time, so the definition goes first,
   * as the gate, and these follow it.
   */
  async function writeSetupParts(frameworkId: string, before: Framework | undefined, saved: Framework, meta: { at: string; editor: Editor; what: string }) {
    const was = new Map((before?.ambitions ?? []).flatMap((a) => a.indicators).map((i) => [i.id, i]));
    const { body: existing } = await http.request<AllDocs<Stored>>('GET', `${db}/_all_docs?${range(docIds.framework(frameworkId))}`, 'The indicators');
    const revs = new Map(existing.rows.map((r) => [r.id, r.value?.rev]));
    const docs: Record<string, unknown>[] = [];
    const indicators = saved.ambitions.flatMap((a) => a.indicators);
    for (const indicator of indicators) {
      const old = was.get(indicator.id);
      if (old && (old.version ?? 0) === (indicator.version ?? 0)) continue;
      const id = docIds.indicator(frameworkId, indicator.id);
      const version = indicator.version ?? 0;
      docs.push({
        _id: id,
        ...(revs.get(id) ? { _rev: revs.get(id) } : {}),
        type: 'indicator',
        frameworkId,
        indicator,
        lastChange: {
          id: docIds.indicatorHistory(frameworkId, indicator.id, version),
          at: meta.at,
          editor: meta.editor,
          version,
          changes: old ? diffIndicator(old, indicator) : [],
        },
      });
    }
    const oldPlaces = new Set((before?.places ?? []).map((p) => p.id));
    for (const indicator of indicators) {
      for (const place of saved.places) {
        if (was.has(indicator.id) && oldPlaces.has(place.id)) continue;
        docs.push({ _id: docIds.series(frameworkId, indicator.id, place.id), type: 'series', frameworkId, indicatorId: indicator.id, placeId: place.id, version: 0, points: [] });
      }
    }
    if (docs.length === 0) return;
    const { body: results } = await http.request<{ id: string; error?: string; reason?: string }[]>('POST', `${db}/_bulk_docs`, meta.what, { body: { docs } });
    // A series already there ("conflict") is kept as it is; anything else refused is said.
    const refused = results.filter((r) => r.error && !(r.error === 'conflict' && r.id.includes(':series:')));
    if (refused.length > 0) {
      const first = refused[0]!;
      throw new DataSourceError('server', `${meta.what} was saved, but ${refused.length} of its parts were not: ${first.reason ?? first.error}. Reload to see where it stands.`, {
        what: meta.what,
      });
    }
  }

  /**
   * A partnership's set-up, created or changed by an administrator (or a place lead adding an
   * update to an action, which the database allows and nothing else). A colleague's change in
   * between is a conflict; so is a stale copy of an indicator whose targets a lead changed
   * meanwhile (that change writes only the indicator's own document).
   */
  async function saveFramework(frameworkId: string, change: FrameworkChange): Promise<Framework> {
    const what = `The set-up of ${change.framework.shortName}`;
    const valid = checked(frameworkChangeSchema.safeParse(change), what, 'was');
    if (!safeId(frameworkId) || !/^[a-z0-9-]{1,60}$/.test(frameworkId))
      throw new DataSourceError('rejected', `${what} was not saved: the address must be lower-case letters, digits and dashes.`, { what });
    const editor = await session.signedInEditor(what);
    const doc = await reads.readFrameworkDoc(frameworkId);
    const current = doc ? await reads.getFramework(frameworkId) : undefined;
    const conflict = (now: Framework) =>
      new DataSourceError(
        'conflict',
        change.creating ? `A partnership at the address “${frameworkId}” is already here.` : `${what} was changed by someone else since you started. Compare and choose.`,
        { status: 409, what, currentFramework: now },
      );
    const at = new Date().toISOString();
    const proposed = { ...valid, editor, framework: { ...valid.framework, id: frameworkId } };
    const accepted = acceptSetupChange(current, proposed, seenIds(doc?.changeIds), { entryId: (version) => docIds.frameworkHistory(frameworkId, version), at });
    if (accepted.outcome === 'not-found') throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    if (accepted.outcome === 'repeat') return accepted.record;
    if (accepted.outcome === 'conflict') throw conflict(accepted.current);
    const held = new Map((current?.ambitions ?? []).flatMap((a) => a.indicators).map((i) => [i.id, i.version ?? 0]));
    if (valid.framework.ambitions.some((a) => a.indicators.some((i) => held.has(i.id) && held.get(i.id) !== (i.version ?? 0)))) throw conflict(current!);

    const next = {
      ...(doc ?? { _id: docIds.framework(frameworkId) }),
      type: 'framework',
      framework: accepted.record,
      lastChange: accepted.entry,
      changeIds: remember(doc?.changeIds, valid.changeId),
    };
    const status = await putOnRevision(what, next, () => reads.readFrameworkDoc(frameworkId), doc?._rev);
    if (status === 409) {
      const again = await reads.readFrameworkDoc(frameworkId);
      const latest = await reads.getFramework(frameworkId);
      if (again && appliedBefore(valid.changeId, seenIds(again.changeIds))) return latest;
      throw conflict(latest);
    }
    await writeSetupParts(frameworkId, current, accepted.record, { at, editor, what });
    await recordHistory(accepted.entry.id, { type: 'framework-history', frameworkId, entry: accepted.entry });
    return reads.getFramework(frameworkId);
  }

  return { saveSeries, saveIndicator, saveFramework };
}
