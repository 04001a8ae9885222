import { seenIds } from '../../domain/changes/accept-change';
import { acceptSetupChange } from '../../domain/changes/change-kinds';
import { diffIndicator } from '../../domain/changes/diff-indicator';
import { appliedBefore, remember } from '../../domain/changes/repeated-save';
import type { Editor, Framework, FrameworkChange } from '../../domain/types';
import { DataSourceError } from '../data-source-error';
import { frameworkChangeSchema } from '../schemas';
import type { CouchHttp } from './couchdb-http';
import { range, safeId, type AllDocs, type CouchReads, type Stored } from './couchdb-reads';
import type { CouchSession } from './couchdb-session';
import type { CouchWrites } from './couchdb-writes';
import { docIds } from './store-documents';

// Saving a partnership's set-up to the CouchDB store: its definition first, as the gate, then
// the parts that live in documents of their own.

export function createCouchSetupSave(http: CouchHttp, reads: CouchReads, session: CouchSession, writes: CouchWrites) {
  const { db } = reads;
  const { checked, putOnRevision, recordHistory } = writes;

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

  return saveFramework;
}
