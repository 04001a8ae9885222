import { acceptChange, seenIds } from '../../domain/changes/accept-change';
import { indicatorDefinition, seriesFigures } from '../../domain/changes/change-kinds';
import { appliedBefore, remember } from '../../domain/changes/repeated-save';
import type { Editor, Indicator, IndicatorChange, Series, SeriesChange } from '../../domain/types';
import { DataSourceError } from '../data-source-error';
import { indicatorChangeSchema, seriesChangeSchema } from '../schemas';
import type { CouchHttp } from './couchdb-http';
import { seriesOf, type CouchReads, type SeriesDoc } from './couchdb-reads';
import type { CouchSession } from './couchdb-session';
import { createCouchSetupSave } from './couchdb-setup-save';
import { createCouchWrites } from './couchdb-writes';
import { docIds } from './store-documents';

// Saving to the CouchDB store. Each save is accepted by the rule every store keeps
// (domain/changes: a repeat, a conflict, or the next version with its history entry), written
// against the revision it read (so CouchDB's 409 is a colleague's save in between), and followed
// by an append-only history document (couchdb-writes.ts). A set-up is couchdb-setup-save.ts. The
// database checks the same from its side (store-rules.ts).

export function createCouchSaves(http: CouchHttp, reads: CouchReads, session: CouchSession) {
  const writes = createCouchWrites(http, reads, session);
  const { checked, putOnRevision, recordHistory } = writes;

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

  return { saveSeries, saveIndicator, saveFramework: createCouchSetupSave(http, reads, session, writes) };
}
