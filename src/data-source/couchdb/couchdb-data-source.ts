import type { z } from 'zod/mini';
import { acceptFrameworkChange } from '../../domain/framework-change';
import { diffIndicator, withDefinitionOf } from '../../domain/diff-indicator';
import { diffPoints } from '../../domain/diff-points';
import { appliedBefore, remember } from '../../domain/repeated-save';
import type {
  Editor,
  Framework,
  FrameworkChange,
  FrameworkHistoryEntry,
  FrameworkSummary,
  HistoryEntry,
  Indicator,
  IndicatorChange,
  IndicatorHistoryEntry,
  Series,
  SeriesChange,
} from '../../domain/types';
import type { DataSource, SignedInUser, SourceAuth } from '../data-source';
import { DataSourceError, firstIssue, invalidPayload } from '../data-source-error';
import { salvageFramework } from '../salvage-framework';
import {
  frameworkChangeSchema,
  frameworkSummariesSchema,
  historySchema,
  indicatorChangeSchema,
  indicatorHistorySchema,
  indicatorSchema,
  seriesChangeSchema,
  seriesSchema,
} from '../schemas';
import { followChanges } from './couchdb-changes';
import { createCouchHttp, type CouchHttp } from './couchdb-http';
import { isDeploymentAdmin, mayEditDefinitions, mayEditPlace, maySetUp, mayUpdateActions, partnershipsOf } from '../../domain/rules/roles';
import { docIds } from './store-documents';

export interface CouchDataSourceOptions {
  /** The CouchDB server: absolute, or relative to the page behind a same-origin proxy ("/couch"). */
  url: string;
  /** The database holding the partnerships' figures (`npm run couch:setup` makes it). */
  database: string;
  fetch?: typeof fetch;
}

/** What CouchDB adds to every document. */
interface Stored {
  _id: string;
  _rev: string;
}
interface SeriesDoc extends Stored, Series {
  type: 'series';
  frameworkId: string;
  lastChange?: HistoryEntry;
  /** The latest saves' change ids, newest first, written with the figures: a repeat is recognised atomically. */
  changeIds?: string[];
}
interface IndicatorDoc extends Stored {
  type: 'indicator';
  frameworkId: string;
  indicator: Indicator;
  lastChange?: IndicatorHistoryEntry;
  changeIds?: string[];
}
/** Whether this record already has the save with this change id (see domain/repeated-save.ts). */
const hasChange = (doc: { changeIds?: string[] } | undefined, changeId: string | undefined) =>
  appliedBefore(
    changeId,
    (doc?.changeIds ?? []).map((id) => ({ changeId: id })),
  );
interface FrameworkDoc extends Stored {
  type: 'framework';
  framework: Framework;
  lastChange?: FrameworkHistoryEntry;
  changeIds?: string[];
}
interface AllDocs<T> {
  rows: { id: string; doc?: T }[];
}

const range = (prefix: string) => `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
const seriesOf = ({ indicatorId, placeId, version, points }: SeriesDoc): Series => ({ indicatorId, placeId, version, points });
/** Ids become parts of document ids, split on ':'. */
const safeId = (id: string) => /^[^:_][^:]*$/.test(id);

/**
 * Figures in an Apache CouchDB database, shared by everyone who opens the dashboard: programme
 * leads sign in with CouchDB's own accounts, and the database's validate_doc_update (built from
 * store-rules.ts) decides who may change what, so a write forced past the app meets the same
 * rules. One document per series; every save also writes an append-only history document. A save
 * carries the revision it was based on, so CouchDB's 409 is the conflict view. See docs/deploy.md.
 */
export function createCouchDataSource(options: CouchDataSourceOptions): DataSource {
  const http: CouchHttp = createCouchHttp({ url: options.url, fetch: options.fetch });
  const db = `/${encodeURIComponent(options.database)}`;
  const docPath = (id: string) => `${db}/${encodeURIComponent(id)}`;

  async function readSeriesDoc(frameworkId: string, indicatorId: string, placeId: string): Promise<SeriesDoc> {
    const what = `The figures for ${indicatorId} in ${placeId}`;
    if (!safeId(frameworkId) || !safeId(indicatorId) || !safeId(placeId)) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    const { body } = await http.request<SeriesDoc>('GET', docPath(docIds.series(frameworkId, indicatorId, placeId)), what);
    const parsed = seriesSchema.safeParse(seriesOf(body));
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

  async function getFramework(frameworkId: string): Promise<Framework> {
    const what = 'The list of ambitions';
    if (!safeId(frameworkId)) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    // The definition and every indicator document sort together: one read fetches them all.
    const { body } = await http.request<AllDocs<{ type?: string; framework?: unknown; indicator?: Indicator }>>(
      'GET',
      `${db}/_all_docs?include_docs=true&${range(docIds.framework(frameworkId))}`,
      what,
    );
    const definition = body.rows.find((r) => r.id === docIds.framework(frameworkId))?.doc?.framework;
    if (!definition) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    // Each indicator's own record, where it reads; where it does not, the set-up's copy of it, said.
    const leftOut: string[] = [];
    const indicators = new Map<string, Indicator>();
    for (const row of body.rows) {
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

  /** What of each partnership's record could not be read at its last reading, in words. */
  const readProblems = new Map<string, string[]>();

  /** Who this browser is signed in as, as last seen; undefined until asked. */
  let signedIn: SignedInUser | null | undefined;

  async function currentSession(): Promise<SignedInUser | null> {
    const { body } = await http.request<{ userCtx?: { name: string | null; roles: string[] } }>('GET', '/_session', 'Who is signed in');
    const ctx = body.userCtx;
    signedIn = ctx?.name ? await userOf(ctx.name, ctx.roles) : null;
    return signedIn;
  }

  /** A sign-in that expired is asked about afresh next time, not assumed. */
  function forgetExpiredSession(error: unknown): never {
    if (error instanceof DataSourceError && error.kind === 'sign-in-needed') signedIn = undefined;
    throw error;
  }

  /**
   * On this source the editor of a change is the signed-in person, whatever the form said: the
   * database refuses any other name, so the app never sends one.
   */
  async function signedInEditor(what: string): Promise<Editor> {
    const user = signedIn ?? (await currentSession());
    if (!user)
      throw new DataSourceError('sign-in-needed', `${what} could not be saved: you are not signed in. Sign in; your change is kept and will be sent once you are back.`, {
        status: 401,
        what,
      });
    return { name: user.name, organisation: user.organisation };
  }

  /** Their organisation, where their account says; else what their roles make them. */
  /** Read once per person per page: every session check would otherwise read their account again. */
  const organisations = new Map<string, Promise<string | undefined>>();

  function organisationInAccount(name: string): Promise<string | undefined> {
    let found = organisations.get(name);
    if (!found) {
      found = http
        .request<{ organisation?: unknown }>('GET', `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, 'Your account', { expected: [403, 404] })
        .then(({ status, body }) => (status === 200 && typeof body.organisation === 'string' && body.organisation.trim() ? body.organisation.trim().slice(0, 200) : undefined))
        .catch(() => undefined);
      organisations.set(name, found);
    }
    return found;
  }

  async function userOf(name: string, roles: string[]): Promise<SignedInUser> {
    const fromAccount = await organisationInAccount(name);
    const partnerships = partnershipsOf(roles);
    const fromRoles = isDeploymentAdmin(roles) ? 'Administrator' : partnerships.length ? `Lead in ${partnerships.join(', ')}` : 'Signed-in viewer';
    return { name, roles, organisation: fromAccount ?? fromRoles };
  }

  const auth: SourceAuth = {
    getSession: currentSession,
    async signIn(name, password) {
      const { status, body } = await http.request<{ name?: string; roles?: string[] }>('POST', '/_session', 'Signing in', { body: { name, password }, expected: [401] });
      if (status === 401) throw new DataSourceError('rejected', 'That name and password do not match an account. Check them and try again.', { status: 401, what: 'Signing in' });
      signedIn = await userOf(body.name ?? name, body.roles ?? []);
      return signedIn;
    },
    async signOut() {
      await http.endSession(async () => {
        // Asked again after each sign-out: one more try if a reply on its way signed the browser back in.
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await http.request('DELETE', '/_session', 'Signing out', { duringSignOut: true });
          const { body } = await http.request<{ userCtx?: { name: string | null } }>('GET', '/_session', 'Signing out', { duringSignOut: true });
          if (!body.userCtx?.name) break;
        }
      });
      signedIn = null;
    },
    mayEditPlace: (user, frameworkId, placeId) => mayEditPlace(user.roles, frameworkId, placeId),
    mayEditDefinitions: (user, frameworkId) => mayEditDefinitions(user.roles, frameworkId),
    maySetUp: (user, frameworkId) => maySetUp(user.roles, frameworkId),
    mayUpdateActions: (user, frameworkId) => mayUpdateActions(user.roles, frameworkId),
  };

  /**
   * CouchDB runs validate_doc_update against the document as it is now, before it compares
   * revisions: a save overtaken by a colleague's can be refused for its version number (403)
   * rather than answered 409. When the document has moved on since it was read, that refusal is
   * a conflict, and is treated as one.
   */
  async function refusedAsStale(error: unknown, readAgain: () => Promise<{ _rev: string } | undefined>, readRev: string | undefined): Promise<{ status: number }> {
    if (error instanceof DataSourceError && error.kind === 'rejected') {
      const now = await readAgain().catch(() => undefined);
      if (now && now._rev !== readRev) return { status: 409 };
    }
    throw error;
  }

  async function saveSeries(frameworkId: string, indicatorId: string, placeId: string, change: SeriesChange): Promise<Series> {
    const what = `The figures for ${indicatorId} in ${placeId}`;
    // Checked here for a clear message at once; the database checks again, whoever writes.
    const valid = seriesChangeSchema.safeParse(change);
    if (!valid.success) throw new DataSourceError('rejected', `${what} were not saved: ${firstIssue(valid.error)}.`, { what });
    const editor = await signedInEditor(what);
    const current = await readSeriesDoc(frameworkId, indicatorId, placeId);
    const changeId = valid.data.changeId;
    // A repeat of a save already applied (its reply was lost): the figures as they are now.
    if (hasChange(current, changeId)) return seriesOf(current);
    const conflict = (now: SeriesDoc) =>
      new DataSourceError('conflict', `${what} were changed by ${now.lastChange?.editor.name ?? 'someone else'} since you started. Compare and choose.`, {
        status: 409,
        what,
        current: seriesOf(now),
      });
    if (current.version !== change.baseVersion) throw conflict(current);
    const version = current.version + 1;
    const entry: HistoryEntry = {
      id: docIds.history(frameworkId, indicatorId, placeId, version),
      at: new Date().toISOString(),
      editor,
      version,
      changes: diffPoints(current.points, valid.data.points),
      ...(valid.data.note ? { note: valid.data.note } : {}),
      ...(changeId ? { changeId } : {}),
    };
    const next: SeriesDoc = { ...current, version, points: valid.data.points, lastChange: entry, changeIds: remember(current.changeIds, changeId) };
    // The revision read above: if anyone saved in between, CouchDB answers 409.
    const { status } = await http
      .request('PUT', docPath(current._id), what, { body: next, expected: [409] })
      .catch(forgetExpiredSession)
      .catch((error: unknown) => refusedAsStale(error, () => readSeriesDoc(frameworkId, indicatorId, placeId), current._rev));
    if (status === 409) {
      const now = await readSeriesDoc(frameworkId, indicatorId, placeId);
      if (hasChange(now, changeId)) return seriesOf(now);
      throw conflict(now);
    }
    // The series carries its last change too, so a history write lost on the way loses nothing.
    await http
      .request('PUT', docPath(entry.id), `The record of this change`, { body: { type: 'history', frameworkId, indicatorId, placeId, entry }, expected: [409] })
      .catch(() => undefined);
    return seriesOf(next);
  }

  /**
   * A history, newest first: its append-only documents up to the record's own version (a history
   * document for a version the record never reached did not happen, and is not shown), with the
   * record's own last change added when its history document was lost on the way (see saveSeries).
   */
  async function historyOf<T extends { version: number }>(
    prefix: string,
    idOf: (version: number) => string,
    record: Promise<{ version: number; lastChange?: T } | undefined>,
    schema: z.ZodMiniType<T[]>,
    what: string,
    page?: { limit: number; before?: string; beforeVersion?: number },
  ): Promise<T[]> {
    const current = await record;
    // Newest first: descending, so the range is given from its end: the record's version, or just
    // below a page's last version.
    const from = page?.before ?? (current ? idOf(current.version) : `${prefix}\ufff0`);
    const limit = page ? `&limit=${page.limit}` : '';
    const keys = `startkey=${encodeURIComponent(JSON.stringify(from))}&endkey=${encodeURIComponent(JSON.stringify(prefix))}${limit}`;
    const { body } = await http.request<AllDocs<{ entry?: T }>>('GET', `${db}/_all_docs?include_docs=true&descending=true&${keys}`, what);
    const entries = body.rows.flatMap((r) => (r.doc?.entry && (!current || r.doc.entry.version <= current.version) ? [r.doc.entry] : []));
    // The record's own last change stands in for a history document lost on the way; it belongs
    // on the first page only, or on a later one when it is older than that page's start.
    const last = current?.lastChange;
    const fits = last && !entries.some((e) => e.version === last.version) && (page?.beforeVersion === undefined || last.version < page.beforeVersion);
    const merged = fits ? [last, ...entries].sort((a, b) => b.version - a.version) : entries;
    const parsed = schema.safeParse(page ? merged.slice(0, page.limit) : merged);
    if (!parsed.success) throw invalidPayload(what, parsed.error);
    return parsed.data;
  }

  async function saveIndicator(frameworkId: string, indicatorId: string, change: IndicatorChange): Promise<Indicator> {
    const what = `The baseline and targets of ${indicatorId}`;
    const valid = indicatorChangeSchema.safeParse(change);
    if (!valid.success) throw new DataSourceError('rejected', `${what} were not saved: ${firstIssue(valid.error)}.`, { what });
    const editor = await signedInEditor(what);
    const [framework, doc] = await Promise.all([getFramework(frameworkId), readIndicatorDoc(frameworkId, indicatorId)]);
    const current = doc?.indicator ?? framework.ambitions.flatMap((a) => a.indicators).find((i) => i.id === indicatorId);
    if (!current) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    const changeId = valid.data.changeId;
    if (hasChange(doc, changeId)) return current;
    const conflict = (now: Indicator) =>
      new DataSourceError('conflict', `${what} were changed by someone else since you started. Compare and choose.`, { status: 409, what, currentIndicator: now });
    if ((current.version ?? 0) !== change.baseVersion) throw conflict(current);
    const saved = withDefinitionOf(current, valid.data.indicator);
    const entry: IndicatorHistoryEntry = {
      id: docIds.indicatorHistory(frameworkId, indicatorId, saved.version!),
      at: new Date().toISOString(),
      editor,
      version: saved.version!,
      changes: diffIndicator(current, saved),
      ...(valid.data.note ? { note: valid.data.note } : {}),
      ...(changeId ? { changeId } : {}),
    };
    const next = {
      ...(doc ?? { _id: docIds.indicator(frameworkId, indicatorId) }),
      type: 'indicator',
      frameworkId,
      indicator: saved,
      lastChange: entry,
      changeIds: remember(doc?.changeIds, changeId),
    };
    const { status } = await http
      .request('PUT', docPath(next._id), what, { body: next, expected: [409] })
      .catch(forgetExpiredSession)
      .catch((error: unknown) => refusedAsStale(error, () => readIndicatorDoc(frameworkId, indicatorId), doc?._rev));
    if (status === 409) {
      const now = await readIndicatorDoc(frameworkId, indicatorId);
      if (now && hasChange(now, changeId)) return now.indicator;
      throw conflict(now?.indicator ?? current);
    }
    await http
      .request('PUT', docPath(entry.id), 'The record of this change', { body: { type: 'indicator-history', frameworkId, indicatorId, entry }, expected: [409] })
      .catch(() => undefined);
    return saved;
  }

  async function readFrameworkDoc(frameworkId: string): Promise<FrameworkDoc | undefined> {
    const what = 'The set-up';
    if (!safeId(frameworkId)) return undefined;
    const { status, body } = await http.request<FrameworkDoc>('GET', docPath(docIds.framework(frameworkId)), what, { expected: [404] });
    return status === 404 ? undefined : body;
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
   * A partnership's set-up, created or changed by an administrator (or a place lead adding an
   * update to an action, which the database allows and nothing else). The framework document is
   * written against the revision read, so a colleague's change in between is a conflict; each
   * indicator whose definition changed is written to its own document (which a lead's target
   * change also writes, so a stale one is a conflict too); a new indicator's or place's figures
   * start empty. CouchDB writes documents one at a time: the framework document goes first, as the
   * gate, and the rest follow it.
   */
  async function saveFramework(frameworkId: string, change: FrameworkChange): Promise<Framework> {
    const what = `The set-up of ${change.framework.shortName}`;
    const valid = frameworkChangeSchema.safeParse(change);
    if (!valid.success) throw new DataSourceError('rejected', `${what} was not saved: ${firstIssue(valid.error)}.`, { what });
    if (!safeId(frameworkId) || !/^[a-z0-9-]{1,60}$/.test(frameworkId))
      throw new DataSourceError('rejected', `${what} was not saved: the address must be lower-case letters, digits and dashes.`, { what });
    const editor = await signedInEditor(what);
    const doc = await readFrameworkDoc(frameworkId);
    const current = doc ? await getFramework(frameworkId) : undefined;
    const changeId = valid.data.changeId;
    if (current && hasChange(doc, changeId)) return current;
    const conflict = (now: Framework) =>
      new DataSourceError(
        'conflict',
        change.creating ? `A partnership at the address “${frameworkId}” is already here.` : `${what} was changed by someone else since you started. Compare and choose.`,
        {
          status: 409,
          what,
          currentFramework: now,
        },
      );
    if (!current && !change.creating) throw new DataSourceError('not-found', `${what} could not be found.`, { what });
    if (current && (change.creating || (current.version ?? 0) !== change.baseVersion)) throw conflict(current);
    // A lead's change to an indicator's targets writes only its own document: stale copies here are a conflict.
    const now = new Map((current?.ambitions ?? []).flatMap((a) => a.indicators).map((i) => [i.id, i]));
    if (valid.data.framework.ambitions.some((a) => a.indicators.some((i) => now.has(i.id) && (now.get(i.id)!.version ?? 0) !== (i.version ?? 0)))) throw conflict(current!);

    const at = new Date().toISOString();
    const { framework: saved, entry } = acceptFrameworkChange(
      current,
      { ...valid.data.framework, id: frameworkId },
      {
        entryId: (version) => docIds.frameworkHistory(frameworkId, version),
        at,
        editor,
        note: valid.data.note,
        changeId,
      },
    );
    const next = { ...(doc ?? { _id: docIds.framework(frameworkId) }), type: 'framework', framework: saved, lastChange: entry, changeIds: remember(doc?.changeIds, changeId) };
    const { status } = await http
      .request('PUT', docPath(next._id), what, { body: next, expected: [409] })
      .catch(forgetExpiredSession)
      .catch((error: unknown) => refusedAsStale(error, () => readFrameworkDoc(frameworkId), doc?._rev));
    if (status === 409) {
      const again = await readFrameworkDoc(frameworkId);
      const latest = await getFramework(frameworkId);
      if (again && hasChange(again, changeId)) return latest;
      throw conflict(latest);
    }

    // The indicators whose definition changed, or that are new; and empty figures for new pairs.
    const { body: existing } = await http.request<AllDocs<Stored>>('GET', `${db}/_all_docs?${range(docIds.framework(frameworkId))}`, 'The indicators');
    const revs = new Map(existing.rows.map((r) => [r.id, (r as unknown as { value?: { rev?: string } }).value?.rev]));
    const docs: Record<string, unknown>[] = [];
    for (const indicator of saved.ambitions.flatMap((a) => a.indicators)) {
      const was = now.get(indicator.id);
      if (was && (was.version ?? 0) === (indicator.version ?? 0)) continue;
      const id = docIds.indicator(frameworkId, indicator.id);
      docs.push({
        _id: id,
        ...(revs.get(id) ? { _rev: revs.get(id) } : {}),
        type: 'indicator',
        frameworkId,
        indicator,
        lastChange: {
          id: docIds.indicatorHistory(frameworkId, indicator.id, indicator.version ?? 0),
          at,
          editor,
          version: indicator.version ?? 0,
          changes: was ? diffIndicator(was, indicator) : [],
        },
      });
    }
    const oldPlaces = new Set((current?.places ?? []).map((p) => p.id));
    for (const indicator of saved.ambitions.flatMap((a) => a.indicators)) {
      for (const place of saved.places) {
        if (now.has(indicator.id) && oldPlaces.has(place.id)) continue;
        docs.push({ _id: docIds.series(frameworkId, indicator.id, place.id), type: 'series', frameworkId, indicatorId: indicator.id, placeId: place.id, version: 0, points: [] });
      }
    }
    if (docs.length > 0) {
      const { body: results } = await http.request<{ id: string; error?: string; reason?: string }[]>('POST', `${db}/_bulk_docs`, what, { body: { docs } });
      // A series already there ("conflict") is kept as it is; anything else refused is said.
      const refused = results.filter((r) => r.error && !(r.error === 'conflict' && r.id.includes(':series:')));
      if (refused.length > 0)
        throw new DataSourceError(
          'server',
          `${what} was saved, but ${refused.length} of its parts were not: ${refused[0]!.reason ?? refused[0]!.error}. Reload to see where it stands.`,
          { what },
        );
    }
    await http.request('PUT', docPath(entry.id), 'The record of this change', { body: { type: 'framework-history', frameworkId, entry }, expected: [409] }).catch(() => undefined);
    return getFramework(frameworkId);
  }

  return {
    kind: 'couchdb',
    readProblems: (frameworkId) => readProblems.get(frameworkId) ?? [],
    listFrameworks,
    saveFramework,
    getFrameworkHistory: (frameworkId) =>
      historyOf(
        docIds.frameworkHistoryPrefix(frameworkId),
        (version) => docIds.frameworkHistory(frameworkId, version),
        readFrameworkDoc(frameworkId).then((doc) => doc && { version: doc.framework.version ?? 0, lastChange: doc.lastChange }),
        indicatorHistorySchema,
        'The history of the set-up',
      ),
    description: `the shared CouchDB database “${options.database}”`,
    auth,
    getFramework,
    async getSeries(frameworkId, indicatorId, placeId) {
      return seriesOf(await readSeriesDoc(frameworkId, indicatorId, placeId));
    },
    saveSeries,
    getHistory: (frameworkId, indicatorId, placeId, page) =>
      historyOf(
        docIds.historyPrefix(frameworkId, indicatorId, placeId),
        (version) => docIds.history(frameworkId, indicatorId, placeId, version),
        readSeriesDoc(frameworkId, indicatorId, placeId).then((doc) => ({ version: doc.version, lastChange: doc.lastChange })),
        historySchema,
        `The history of ${indicatorId} in ${placeId}`,
        page && {
          limit: page.limit,
          ...(page.beforeVersion === undefined
            ? {}
            : { before: docIds.history(frameworkId, indicatorId, placeId, Math.max(0, page.beforeVersion - 1)), beforeVersion: page.beforeVersion }),
        },
      ),
    saveIndicator,
    getIndicatorHistory: (frameworkId, indicatorId) =>
      historyOf(
        docIds.indicatorHistoryPrefix(frameworkId, indicatorId),
        (version) => docIds.indicatorHistory(frameworkId, indicatorId, version),
        readIndicatorDoc(frameworkId, indicatorId).then((doc) => doc && { version: doc.indicator.version ?? 0, lastChange: doc.lastChange }),
        indicatorHistorySchema,
        `The history of ${indicatorId}'s targets`,
      ),
    watch: (frameworkId, onChange, onConnection) =>
      followChanges({ http, db, frameworkId, onChange, onConnection, parseSeries: (doc) => seriesSchema.safeParse(seriesOf(doc as SeriesDoc)) }),
  };
}
