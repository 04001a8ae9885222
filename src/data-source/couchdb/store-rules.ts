import type { z } from 'zod/mini';
import { canonical } from '../../domain/changes/same-content';
import { isDeploymentAdmin, mayEditDefinitions, mayEditPlace, maySetUp, mayUpdateActions, placesLed } from '../../domain/rules/roles';
import { docIds, documentSizeProblem, parseDocId, seriesOfDocument, storeDocumentSchemas, versionInId } from './store-documents';

// The rules the database itself enforces on every write, whoever sends it: bundled into the design
// document's validate_doc_update by scripts/couchdb/design-doc.mjs. What a document may hold is
// the app's own schemas (store-documents.ts), so the database refuses whatever the app could not
// read; who may write it is domain/rules/roles.ts, which the screens ask too. It runs in
// CouchDB's JavaScript engine (SpiderMonkey or QuickJS), so it is built for ES2017 and uses
// nothing of the browser's.

export { docIds, parseDocId };

export interface UserContext {
  name: string | null;
  roles: string[];
}

type Doc = Record<string, unknown> & { _id: string; _deleted?: boolean };

/** What CouchDB turns into 403 Forbidden (or 401 for `unauthorized`) with this reason. */
export type Refusal = { forbidden: string } | { unauthorized: string };

/** A write made on a copy older than the one stored: in words, with no version numbers. */
const OVERTAKEN = 'A colleague saved a change to this since you opened it, so yours was not saved. Reload to see theirs, then make yours again.';

/** CouchDB's own fields, which the rules read apart from the document's body. */
const COUCH_FIELDS = ['_id', '_rev', '_revisions', '_deleted'];

function refuse(message: string): never {
  throw { forbidden: message } satisfies Refusal;
}

/** "points[3].value: Invalid input": the first few things wrong, located. */
function issuesIn(error: z.core.$ZodError): string {
  const shown = error.issues.slice(0, 3).map(
    (i) =>
      `${
        i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '') || 'the document'
      }: ${i.message}`,
  );
  return `${shown.join('; ')}${error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''}`;
}

/** Only comments added, each on a place this lead leads, none changed: what a place lead may do to an indicator. */
function onlyOwnCommentsAdded(oldIndicator: Record<string, unknown>, newIndicator: Record<string, unknown>, places: string[]): boolean {
  const rest = (i: Record<string, unknown>) => canonical({ ...i, comments: undefined, version: undefined });
  if (rest(oldIndicator) !== rest(newIndicator)) return false;
  const before = Array.isArray(oldIndicator.comments) ? (oldIndicator.comments as { id: string }[]) : [];
  const after = Array.isArray(newIndicator.comments) ? (newIndicator.comments as { id: string; placeId?: string }[]) : [];
  const kept: Record<string, string> = {};
  for (const c of before) kept[c.id] = canonical(c);
  let keptCount = 0;
  for (const c of after) {
    if (kept[c.id] !== undefined) {
      if (kept[c.id] !== canonical(c)) return false;
      keptCount += 1;
    } else if (!c.placeId || places.indexOf(c.placeId) === -1) {
      return false;
    }
  }
  return keptCount === before.length;
}

/**
 * Only updates added to actions (and an action's status with them), nothing else changed and no
 * update changed: what a place lead may do to the set-up. Linear: the old updates are keyed by id.
 */
function onlyActionUpdatesAdded(oldFramework: Record<string, unknown>, newFramework: Record<string, unknown>): boolean {
  type Action = { id: string; status?: string; updates?: { id: string }[] };
  const ambitionsOf = (f: Record<string, unknown>) => (Array.isArray(f.ambitions) ? (f.ambitions as (Record<string, unknown> & { actions?: Action[] })[]) : []);
  const actionsOf = (f: Record<string, unknown>): Action[] => ambitionsOf(f).reduce<Action[]>((all, a) => all.concat(a.actions || []), []);
  const rest = (f: Record<string, unknown>) =>
    canonical({
      ...f,
      version: undefined,
      ambitions: ambitionsOf(f).map((a) => ({ ...a, actions: (a.actions || []).map((x) => ({ ...x, status: undefined, updates: undefined })) })),
    });
  if (rest(oldFramework) !== rest(newFramework)) return false;
  const before: Record<string, string> = {};
  for (const x of actionsOf(oldFramework)) for (const u of x.updates || []) before[`${x.id}/${u.id}`] = canonical(u);
  let kept = 0;
  for (const x of actionsOf(newFramework)) {
    for (const u of x.updates || []) {
      const was = before[`${x.id}/${u.id}`];
      if (was !== undefined) {
        if (was !== canonical(u)) return false;
        kept += 1;
      }
    }
  }
  return kept === Object.keys(before).length;
}

/** The document's body, refused when it carries attachments or fields of CouchDB's it has no use for. */
function bodyOf(doc: Doc): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (key === '_attachments') refuse('Attachments are not kept here: a figure, a comment and a source are text. Link to a file where it is published instead.');
    if (COUCH_FIELDS.indexOf(key) !== -1) continue;
    if (key.charAt(0) === '_') refuse(`${key} is not a field this dashboard writes.`);
    body[key] = doc[key];
  }
  return body;
}

function parsed<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (!result.success) refuse(`${what} was not saved, because the app could not read it: ${issuesIn(result.error)}.`);
  return result.data;
}

/** Who made a change, when: the signed-in person, and a version that follows the record's. */
function checkChange(entry: { editor: { name: string }; version: number } | undefined, user: string, version: number, what: string) {
  if (!entry) refuse(`${what} must say who made the change and when.`);
  if (entry.editor.name !== user) refuse(`${what}: the editor must be the signed-in user (${user}), not ${entry.editor.name}.`);
  if (entry.version !== version) refuse(`${what}: the change is recorded as version ${entry.version}, but it makes version ${version}.`);
}

/**
 * CouchDB's validate_doc_update: returns for a write it allows, throws a Refusal otherwise.
 * Server admins (provisioning, backups) pass; everyone else writes only what the app would, and
 * only in the partnerships their roles name.
 */
export function validate(newDoc: Doc, oldDoc: Doc | null, userCtx: UserContext): void {
  const roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw { unauthorized: 'Sign in to change figures.' } satisfies Refusal;
  const user = userCtx.name;
  if (newDoc._deleted) refuse('Figures, targets and their history are never deleted here: correct them instead, so the change is recorded.');
  const id = parseDocId(newDoc._id);
  if (!id) refuse(`${newDoc._id} is not a document this dashboard writes.`);
  const partnership = id.frameworkId;
  const body = bodyOf(newDoc);
  const tooLarge = documentSizeProblem(newDoc);
  if (tooLarge) refuse(`Not saved: ${tooLarge}.`);

  switch (id.type) {
    case 'series': {
      const [indicatorId, placeId] = id.parts as [string, string];
      if (!mayEditPlace(roles, partnership, placeId))
        refuse(
          `${user} cannot change figures for ${placeId} in ${partnership}: that needs the role ${partnership}:lead:${placeId}, ${partnership}:lead:all or ${partnership}:admin.`,
        );
      const doc = parsed(storeDocumentSchemas.series, body, 'The figures');
      if (doc.frameworkId !== partnership || doc.indicatorId !== indicatorId || doc.placeId !== placeId) refuse('The figures must keep their partnership, indicator and place.');
      const points = seriesOfDocument(doc);
      if (!points.success) refuse(`The figures were not saved: ${issuesIn(points.error)}.`);
      if (!oldDoc) {
        // An administrator adding an indicator or a place starts its figures: empty, at version 0.
        if (!maySetUp(roles, partnership)) refuse('A new set of figures is set up by an administrator, not saved by a lead.');
        if (doc.version !== 0 || points.data.points.length > 0) refuse('A new set of figures starts empty, before anyone has changed it.');
        return;
      }
      if (doc.version !== (oldDoc.version as number) + 1) refuse(OVERTAKEN);
      checkChange(doc.lastChange, user, doc.version, 'The figures');
      return;
    }
    case 'history':
    case 'indicator-history':
    case 'framework-history': {
      if (oldDoc) refuse('History is never changed or deleted.');
      if (id.type === 'history' && !mayEditPlace(roles, partnership, id.parts[1]!)) refuse(`${user} cannot record changes for ${id.parts[1]} in ${partnership}.`);
      if (id.type === 'indicator-history' && !mayEditDefinitions(roles, partnership) && placesLed(roles, partnership).length === 0)
        refuse(`${user} leads no place in ${partnership}.`);
      if (id.type === 'framework-history' && !mayUpdateActions(roles, partnership)) refuse(`${user} cannot record changes to the set-up of ${partnership}.`);
      const doc = parsed(storeDocumentSchemas[id.type] as z.ZodMiniType<unknown>, body, 'The history entry') as {
        frameworkId: string;
        indicatorId?: string;
        placeId?: string;
        entry: { editor: { name: string }; version: number; id: string };
      };
      const [indicatorId, placeId] = id.parts;
      const sameParts =
        doc.frameworkId === partnership && (id.type === 'framework-history' || doc.indicatorId === indicatorId) && (id.type !== 'history' || doc.placeId === placeId);
      if (!sameParts || doc.entry.id !== newDoc._id) refuse('A history entry must name the record it belongs to, as its id does.');
      checkChange(doc.entry, user, versionInId(newDoc._id), 'The history entry');
      return;
    }
    case 'indicator': {
      const indicatorId = id.parts[0]!;
      const doc = parsed(storeDocumentSchemas.indicator, body, 'The indicator');
      if (doc.frameworkId !== partnership || doc.indicator.id !== indicatorId) refuse('The indicator must keep its partnership and id.');
      if (!oldDoc) {
        if (!maySetUp(roles, partnership)) refuse(`A new indicator is added by an administrator of ${partnership}.`);
        return;
      }
      const oldIndicator = (oldDoc.indicator || {}) as Record<string, unknown>;
      if (!mayEditDefinitions(roles, partnership) && !onlyOwnCommentsAdded(oldIndicator, newDoc.indicator as Record<string, unknown>, placesLed(roles, partnership))) {
        refuse(
          `${user} cannot change this indicator's baseline, targets or source: that needs the role ${partnership}:lead:all or ${partnership}:admin. A place lead may add comments for their own place.`,
        );
      }
      const version = ((oldIndicator.version as number | undefined) ?? 0) + 1;
      if (doc.indicator.version !== version) refuse(OVERTAKEN);
      checkChange(doc.lastChange, user, version, 'The indicator');
      return;
    }
    case 'framework': {
      const doc = parsed(storeDocumentSchemas.framework, body, 'The set-up');
      if (doc.framework.id !== partnership) refuse('The set-up must keep its partnership’s id.');
      if (!oldDoc) {
        if (!isDeploymentAdmin(roles)) refuse(`A new partnership is set up by the deployment’s administrator (role admin).`);
        return;
      }
      const oldFramework = (oldDoc.framework || {}) as Record<string, unknown>;
      if (!maySetUp(roles, partnership) && !(mayUpdateActions(roles, partnership) && onlyActionUpdatesAdded(oldFramework, newDoc.framework as Record<string, unknown>))) {
        refuse(`${user} cannot change the set-up of ${partnership}: that needs the role ${partnership}:admin. A place lead may add updates to actions.`);
      }
      const version = ((oldFramework.version as number | undefined) ?? 0) + 1;
      if (doc.framework.version !== version) refuse(OVERTAKEN);
      checkChange(doc.lastChange, user, version, 'The set-up');
      return;
    }
  }
}
