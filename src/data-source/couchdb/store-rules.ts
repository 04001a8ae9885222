import { invisibleControlCharacter } from '../../domain/control-characters';
import { parsePeriod } from '../../domain/period';

// The rules the database itself enforces on every write, whoever sends it: bundled into the design
// document's validate_doc_update by scripts/couchdb/design-doc.mjs, so a write forced past the app
// (curl, a script, another client) meets the same rules as the app's forms. The value rules are a
// port of the app's schemas (src/data-source/schemas.ts) written without libraries, because the
// database runs this in its own JavaScript engine; store-rules.test.ts feeds both the same cases.
// It uses nothing newer than ES2017, which CouchDB 3.2 and later run (SpiderMonkey 78/91, QuickJS).

export interface UserContext {
  name: string | null;
  roles: string[];
}

type Doc = Record<string, unknown> & { _id: string; _deleted?: boolean };

/** What CouchDB turns into 403 Forbidden (or 401 for `unauthorized`) with this reason. */
export type Refusal = { forbidden: string } | { unauthorized: string };

const MAX_TEXT = 4000;
const PROVENANCE = ['published', 'illustrative'];

// ---- Roles ----------------------------------------------------------------------------------

/** `admin` and `lead:all` change every place; `lead:<place>` changes that place. */
export function mayEditPlace(roles: readonly string[], placeId: string): boolean {
  return roles.indexOf('admin') !== -1 || roles.indexOf('lead:all') !== -1 || roles.indexOf(`lead:${placeId}`) !== -1;
}

/** A baseline or a target holds for every place, so only those who lead them all may change it. */
export function mayEditDefinitions(roles: readonly string[]): boolean {
  return roles.indexOf('admin') !== -1 || roles.indexOf('lead:all') !== -1;
}

/** A partnership's set-up (places, commitments, indicators, actions, programmes) is changed by its administrators. */
export function maySetUp(roles: readonly string[]): boolean {
  return roles.indexOf('admin') !== -1;
}

/** Anyone who leads a place, or administers, may add a dated update to an action. */
export function mayUpdateActions(roles: readonly string[]): boolean {
  return maySetUp(roles) || placesLed(roles).length > 0;
}

export function placesLed(roles: readonly string[]): string[] {
  return roles.filter((r) => r.indexOf('lead:') === 0).map((r) => r.slice('lead:'.length));
}

// ---- Values ---------------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && isFinite(v) && v >= -1e15 && v <= 1e15;
/** Mirrors `text` in schemas.ts: trimmed length 1 to max, and no invisible control or bidirectional characters. */
const isText = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.trim().length >= 1 && v.length <= max && !invisibleControlCharacter(v);
const isIsoTime = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v);

function unknownKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((k) => allowed.indexOf(k) === -1);
}

/** The first thing wrong with one figure, or undefined. Mirrors `point` in schemas.ts. */
export function pointProblem(p: unknown, at: string): string | undefined {
  if (!isObject(p)) return `${at}: a figure must be an object`;
  const extra = unknownKey(p, ['period', 'value', 'lower', 'upper', 'note', 'provenance', 'source', 'groups', 'count', 'denominator']);
  if (extra) return `${at}.${extra}: not a field of a figure`;
  if (typeof p.period !== 'string') return `${at}.period: a period is needed`;
  const period = parsePeriod(p.period);
  if (!period.ok) return `${at}.period: ${period.error}`;
  if (!isFiniteNumber(p.value)) return `${at}.value: must be a number`;
  if (p.lower !== undefined && !isFiniteNumber(p.lower)) return `${at}.lower: must be a number`;
  if (p.upper !== undefined && !isFiniteNumber(p.upper)) return `${at}.upper: must be a number`;
  for (const field of ['count', 'denominator'] as const) {
    if (p[field] !== undefined && !(isFiniteNumber(p[field]) && (p[field] as number) >= 0)) return `${at}.${field}: must be a number, 0 or more`;
  }
  if (typeof p.lower === 'number' && p.lower > p.value) return `${at}.lower: the lower bound ${p.lower} is above the value ${p.value}`;
  if (typeof p.upper === 'number' && p.upper < p.value) return `${at}.upper: the upper bound ${p.upper} is below the value ${p.value}`;
  for (const field of ['note', 'source'] as const) {
    const hidden = typeof p[field] === 'string' ? invisibleControlCharacter(p[field] as string) : undefined;
    if (hidden) return `${at}.${field}: contains the invisible character ${hidden}, which is not allowed in text`;
  }
  if (p.note !== undefined && !isText(p.note)) return `${at}.note: must be text of 1 to ${MAX_TEXT} characters`;
  if (p.source !== undefined && !isText(p.source)) return `${at}.source: must be text of 1 to ${MAX_TEXT} characters`;
  if (PROVENANCE.indexOf(p.provenance as string) === -1) return `${at}.provenance: must be published or illustrative`;
  if (p.groups !== undefined && !(Array.isArray(p.groups) && p.groups.length === 2 && p.groups.every(isFiniteNumber))) return `${at}.groups: must be two numbers`;
  return undefined;
}

/** The first thing wrong with a series' figures: each one on its own, then no period twice (one pass). */
export function pointsProblem(points: unknown): string | undefined {
  if (!Array.isArray(points)) return 'points: must be a list';
  if (points.length > 100_000) return 'points: at most 100,000 figures';
  const seen: Record<string, number> = {};
  for (let i = 0; i < points.length; i += 1) {
    const problem = pointProblem(points[i], `points[${i}]`);
    if (problem) return problem;
    const parsed = parsePeriod((points[i] as { period: string }).period);
    if (!parsed.ok) continue;
    const key = `${parsed.period.kind}|${parsed.period.start}|${parsed.period.end}`;
    if (seen[key] !== undefined) return `points[${i}].period: ${parsed.period.label} appears twice (also at points[${seen[key]}])`;
    seen[key] = i;
  }
  return undefined;
}

/** Mirrors `editor` in schemas.ts. */
export function editorProblem(editor: unknown): string | undefined {
  if (!isObject(editor)) return 'editor: who made the change is needed';
  const extra = unknownKey(editor, ['name', 'organisation']);
  if (extra) return `editor.${extra}: not a field of an editor`;
  if (!isText(editor.name, 120)) return 'editor.name: must be text of 1 to 120 characters';
  if (!isText(editor.organisation, 200)) return 'editor.organisation: must be text of 1 to 200 characters';
  return undefined;
}

/** Mirrors `changeId` in schemas.ts, and the list each record keeps (domain/repeated-save.ts). */
export function changeIdsProblem(doc: Record<string, unknown>): string | undefined {
  const ids = doc.changeIds;
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids) || ids.length > 50) return 'changeIds: must be a list of at most 50 change ids';
  for (let i = 0; i < ids.length; i += 1) if (!isChangeId(ids[i])) return `changeIds[${i}]: a change id is 8 to 80 letters, digits or dashes`;
  return undefined;
}

const isChangeId = (v: unknown) => typeof v === 'string' && /^[A-Za-z0-9-]{8,80}$/.test(v);

function changeRecordProblem(record: unknown, user: string): string | undefined {
  if (!isObject(record)) return 'the change must say when, by whom and what';
  if (!isIsoTime(record.at)) return 'the time of the change must be an ISO date and time';
  const editor = editorProblem(record.editor);
  if (editor) return editor;
  if ((record.editor as { name: string }).name !== user) return `the editor must be the signed-in user (${user}), not ${(record.editor as { name: string }).name}`;
  if (record.note !== undefined && !isText(record.note)) return `note: must be text of 1 to ${MAX_TEXT} characters`;
  if (record.changeId !== undefined && !isChangeId(record.changeId)) return 'changeId: a change id is 8 to 80 letters, digits or dashes';
  return undefined;
}

// ---- Documents -------------------------------------------------------------------------------

/**
 * Every document id the app writes, split into its parts; undefined for any other id. A
 * partnership's definition and its indicators sort together, so one range read fetches them:
 *   wyh:definition                       the partnership: places, ambitions
 *   wyh:definition:indicator:<i>         one indicator's baseline, targets and source
 *   wyh:series:<i>:<place>               one indicator's figures for one place
 *   wyh:history:<i>:<place>:<version>    one saved change to them (never changed)
 *   wyh:indicator-history:<i>:<version>  one saved change to an indicator (never changed)
 *   wyh:framework-history:<version>      one saved change to the set-up (never changed)
 */
export function parseDocId(id: string): { type: string; frameworkId: string; parts: string[] } | undefined {
  const all = id.split(':');
  if (all.some((p) => p === '')) return undefined;
  const [frameworkId, kind, ...rest] = all;
  if (!frameworkId || !kind) return undefined;
  if (kind === 'definition' && rest.length === 0) return { type: 'framework', frameworkId, parts: [] };
  if (kind === 'definition' && rest.length === 2 && rest[0] === 'indicator') return { type: 'indicator', frameworkId, parts: [rest[1]!] };
  const counts: Record<string, number> = { series: 2, history: 3, 'indicator-history': 2, 'framework-history': 1 };
  if (counts[kind] === undefined || rest.length !== counts[kind]) return undefined;
  return { type: kind, frameworkId, parts: rest };
}

/** The ids the app reads and writes, built in one place. */
export const docIds = {
  framework: (f: string) => `${f}:definition`,
  indicator: (f: string, i: string) => `${f}:definition:indicator:${i}`,
  series: (f: string, i: string, p: string) => `${f}:series:${i}:${p}`,
  /** Zero-padded, so the history sorts by version. */
  history: (f: string, i: string, p: string, version: number) => `${f}:history:${i}:${p}:${String(version).padStart(10, '0')}`,
  historyPrefix: (f: string, i: string, p: string) => `${f}:history:${i}:${p}:`,
  indicatorHistory: (f: string, i: string, version: number) => `${f}:indicator-history:${i}:${String(version).padStart(10, '0')}`,
  indicatorHistoryPrefix: (f: string, i: string) => `${f}:indicator-history:${i}:`,
  frameworkHistory: (f: string, version: number) => `${f}:framework-history:${String(version).padStart(10, '0')}`,
  frameworkHistoryPrefix: (f: string) => `${f}:framework-history:`,
};

/** A write made on a copy older than the one stored: in words, with no version numbers. */
const OVERTAKEN = 'A colleague saved a change to this since you opened it, so yours was not saved. Reload to see theirs, then make yours again.';

function refuse(message: string): never {
  throw { forbidden: message } satisfies Refusal;
}

function check(problem: string | undefined, what: string) {
  if (problem) refuse(`${what} ${problem}.`);
}

/** Only comments added, each on a place this lead leads: a place lead may comment on an indicator. */
function onlyOwnCommentsAdded(oldIndicator: Record<string, unknown>, newIndicator: Record<string, unknown>, places: string[]): boolean {
  const strip = (i: Record<string, unknown>) => JSON.stringify({ ...i, comments: undefined, version: undefined });
  if (strip(oldIndicator) !== strip(newIndicator)) return false;
  const before = Array.isArray(oldIndicator.comments) ? (oldIndicator.comments as { id: string }[]) : [];
  const after = Array.isArray(newIndicator.comments) ? (newIndicator.comments as { id: string; placeId?: string }[]) : [];
  const kept: Record<string, string> = {};
  for (const c of before) kept[c.id] = JSON.stringify(c);
  let keptCount = 0;
  for (const c of after) {
    if (kept[c.id] !== undefined) {
      if (kept[c.id] !== JSON.stringify(c)) return false;
      keptCount += 1;
    } else if (!c.placeId || places.indexOf(c.placeId) === -1) {
      return false;
    }
  }
  return keptCount === before.length;
}

/**
 * Only updates added to actions, nothing else changed and no update changed: what a place lead may
 * do to the set-up. Linear: the old updates are keyed by id.
 */
function onlyActionUpdatesAdded(oldFramework: Record<string, unknown>, newFramework: Record<string, unknown>): boolean {
  type A = { id: string; status?: string; updates?: { id: string }[] };
  const actionsOf = (f: Record<string, unknown>): A[] => {
    const ambitions = Array.isArray(f.ambitions) ? (f.ambitions as { actions?: A[] }[]) : [];
    const all: A[] = [];
    for (const a of ambitions) for (const x of a.actions || []) all.push(x);
    return all;
  };
  const strip = (f: Record<string, unknown>) =>
    JSON.stringify({
      ...f,
      version: undefined,
      ambitions: (Array.isArray(f.ambitions) ? (f.ambitions as Record<string, unknown>[]) : []).map((a) => ({
        ...a,
        actions: ((a.actions as A[] | undefined) || []).map((x) => ({ ...x, status: undefined, updates: undefined })),
      })),
    });
  if (strip(oldFramework) !== strip(newFramework)) return false;
  const before: Record<string, string> = {};
  for (const x of actionsOf(oldFramework)) for (const u of x.updates || []) before[`${x.id}/${u.id}`] = JSON.stringify(u);
  let kept = 0;
  for (const x of actionsOf(newFramework)) {
    for (const u of x.updates || []) {
      const was = before[`${x.id}/${u.id}`];
      if (was !== undefined) {
        if (was !== JSON.stringify(u)) return false;
        kept += 1;
      }
    }
  }
  return kept === Object.keys(before).length;
}

/**
 * CouchDB's validate_doc_update: returns for a write it allows, throws a Refusal otherwise.
 * Server admins (provisioning, backups) pass; everyone else writes only what the app would.
 */
export function validate(newDoc: Doc, oldDoc: Doc | null, userCtx: UserContext): void {
  const roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw { unauthorized: 'Sign in to change figures.' } satisfies Refusal;
  const user = userCtx.name;
  if (newDoc._deleted) refuse('Figures, targets and their history are never deleted here: correct them instead, so the change is recorded.');
  const id = parseDocId(newDoc._id);
  if (!id) refuse(`${newDoc._id} is not a document this dashboard writes.`);

  switch (id.type) {
    case 'series': {
      const frameworkId = id.frameworkId;
      const [indicatorId, placeId] = id.parts as [string, string];
      if (!mayEditPlace(roles, placeId)) refuse(`${user} cannot change figures for ${placeId}: that needs the role lead:${placeId}, lead:all or admin.`);
      if (!oldDoc) {
        // An administrator adding an indicator or a place starts its figures: empty, at version 0.
        if (!maySetUp(roles)) refuse('A new set of figures is set up by an administrator, not saved by a lead.');
        if (newDoc.type !== 'series' || newDoc.frameworkId !== frameworkId || newDoc.indicatorId !== indicatorId || newDoc.placeId !== placeId || newDoc.version !== 0) {
          refuse('A new set of figures starts empty, with its partnership, indicator and place, before anyone has changed it.');
        }
        check(pointsProblem(newDoc.points), 'The figures were not saved:');
        return;
      }
      if (newDoc.type !== 'series' || newDoc.frameworkId !== frameworkId || newDoc.indicatorId !== indicatorId || newDoc.placeId !== placeId) {
        refuse('The figures must keep their partnership, indicator and place.');
      }
      if (newDoc.version !== (oldDoc.version as number) + 1) refuse(OVERTAKEN);
      check(pointsProblem(newDoc.points), 'The figures were not saved:');
      check(changeRecordProblem(newDoc.lastChange, user), 'The figures were not saved:');
      check(changeIdsProblem(newDoc), 'The figures were not saved:');
      return;
    }
    case 'history':
    case 'indicator-history':
    case 'framework-history': {
      if (oldDoc) refuse('History is never changed or deleted.');
      if (id.type === 'framework-history' && !mayUpdateActions(roles)) refuse(`${user} cannot record changes to the set-up.`);
      if (id.type === 'history' && !mayEditPlace(roles, id.parts[1]!)) refuse(`${user} cannot record changes for ${id.parts[1]}.`);
      if (id.type === 'indicator-history' && placesLed(roles).length === 0 && roles.indexOf('admin') === -1) refuse(`${user} leads no place.`);
      check(changeRecordProblem(newDoc.entry, user), 'The history entry was not saved:');
      return;
    }
    case 'indicator': {
      const frameworkId = id.frameworkId;
      const indicatorId = id.parts[0]!;
      if (!oldDoc) {
        if (roles.indexOf('admin') === -1) refuse('A new indicator is added by an administrator.');
      } else if (!mayEditDefinitions(roles) && !onlyOwnCommentsAdded(oldDoc.indicator as Record<string, unknown>, newDoc.indicator as Record<string, unknown>, placesLed(roles))) {
        refuse(`${user} cannot change this indicator's baseline, targets or source: that needs the role lead:all or admin. A place lead may add comments for their own place.`);
      }
      const indicator = newDoc.indicator;
      if (newDoc.type !== 'indicator' || newDoc.frameworkId !== frameworkId || !isObject(indicator) || indicator.id !== indicatorId)
        refuse('The indicator must keep its partnership and id.');
      const oldVersion = oldDoc && isObject(oldDoc.indicator) ? ((oldDoc.indicator.version as number) ?? 0) : -1;
      if (oldDoc && indicator.version !== oldVersion + 1) refuse(OVERTAKEN);
      if (!Array.isArray(indicator.targets) || indicator.targets.length < 1 || indicator.targets.length > 10) refuse('An indicator needs 1 to 10 targets.');
      for (const t of indicator.targets as unknown[]) {
        if (!isObject(t) || typeof t.period !== 'string' || !parsePeriod(t.period).ok) refuse('Every target needs a period we recognise.');
      }
      if (typeof indicator.baselinePeriod !== 'string' || !parsePeriod(indicator.baselinePeriod).ok) refuse('The baseline needs a period we recognise.');
      check(changeRecordProblem(newDoc.lastChange, user), 'The indicator was not saved:');
      check(changeIdsProblem(newDoc), 'The indicator was not saved:');
      return;
    }
    case 'framework': {
      if (newDoc.type !== 'framework' || !isObject(newDoc.framework) || newDoc.framework.id !== id.frameworkId) refuse('The framework must keep its id.');
      const framework = newDoc.framework;
      const oldFramework = oldDoc && isObject(oldDoc.framework) ? oldDoc.framework : undefined;
      if (!maySetUp(roles)) {
        const allowed = mayUpdateActions(roles) && oldFramework && onlyActionUpdatesAdded(oldFramework, framework);
        if (!allowed) refuse(`${user} cannot change the partnership's set-up: that needs the role admin. A place lead may add updates to actions.`);
      }
      const oldVersion = oldFramework ? ((oldFramework.version as number) ?? 0) : -1;
      if (oldFramework && framework.version !== oldVersion + 1) refuse(OVERTAKEN);
      if (newDoc.lastChange !== undefined) check(changeRecordProblem(newDoc.lastChange, user), 'The set-up was not saved:');
      check(changeIdsProblem(newDoc), 'The set-up was not saved:');
      return;
    }
  }
}
