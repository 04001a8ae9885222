import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { WYH_SERIES } from '../../../mocks/data/wyh/series';
import type { Indicator } from '../../domain/types';
import { frameworkSchema, indicatorSchema, seriesSchema } from '../schemas';
import { docIds, MAX_DOCUMENT_BYTES, storeDocumentSchemas } from './store-documents';
import { validate, type UserContext } from './store-rules';
// @ts-expect-error a plain ES module of the build scripts, without types
import { buildDesignDoc } from '../../../scripts/couchdb/design-doc.mjs';

// The database's rules are the app's own schemas and roles: every document they accept, the app
// can read (the property test), and the bundled function the database runs decides as they do.

type Doc = Record<string, unknown> & { _id: string };
const AT = '2026-12-07T10:00:00.000Z';
const leeds: UserContext = { name: 'leeds-lead', roles: ['wyh:lead:leeds'] };
const wakefield: UserContext = { name: 'wakefield-lead', roles: ['wyh:lead:wakefield'] };
const admin: UserContext = { name: 'boss', roles: ['admin'] };
const editorOf = (user: UserContext) => ({ name: user.name!, organisation: 'Somewhere' });

const suicide = WYH_FRAMEWORK.ambitions.flatMap((a) => a.indicators).find((i) => i.id === 'suicide-rate')!;
const leedsSeries = WYH_SERIES.find((s) => s.indicatorId === 'suicide-rate' && s.placeId === 'leeds')!;
const seriesDoc: Doc = { _id: docIds.series('wyh', 'suicide-rate', 'leeds'), _rev: '3-a', type: 'series', frameworkId: 'wyh', ...structuredClone(leedsSeries) };
const indicatorDoc: Doc = { _id: docIds.indicator('wyh', 'suicide-rate'), _rev: '1-a', type: 'indicator', frameworkId: 'wyh', indicator: structuredClone(suicide) };
const frameworkDoc: Doc = { _id: docIds.framework('wyh'), _rev: '1-a', type: 'framework', framework: structuredClone(WYH_FRAMEWORK) };

const change = (version: number, user: UserContext, id: string) => ({ id, at: AT, editor: editorOf(user), version, changes: [] });
const nextSeries = (user: UserContext, points = leedsSeries.points): Doc => {
  const version = leedsSeries.version + 1;
  return { ...seriesDoc, version, points, lastChange: change(version, user, docIds.history('wyh', 'suicide-rate', 'leeds', version)) };
};
const nextIndicator = (user: UserContext, indicator: Record<string, unknown>): Doc => {
  const version = (suicide.version ?? 0) + 1;
  return { ...indicatorDoc, indicator: { ...indicator, version }, lastChange: { ...change(version, user, docIds.indicatorHistory('wyh', 'suicide-rate', version)), changes: [] } };
};
const comment = (placeId: string, text: unknown = 'Rising since the pandemic') => ({ id: 'c-new', at: AT, author: editorOf(leeds), text, placeId });
/** The indicator's comments with one more. */
const withComment = (added: unknown, indicator: Indicator = suicide) => ({ ...indicator, comments: [...(indicator.comments ?? []), added] });

function refusal(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    const r = e as { forbidden?: string; unauthorized?: string };
    return r.forbidden ?? r.unauthorized ?? String(e);
  }
}

describe('the database rules: what a document may hold', () => {
  it('take a place lead’s comment for their own place whatever order the keys come in (finding 1)', () => {
    // Keys in another order, as the app writes them, and each comment's too.
    const reordered = Object.fromEntries(Object.entries(withComment(comment('leeds'))).reverse());
    reordered.comments = (reordered.comments as Record<string, unknown>[]).map((c) => Object.fromEntries(Object.entries(c).reverse()));
    expect(refusal(() => validate(nextIndicator(leeds, reordered), indicatorDoc, leeds))).toBeUndefined();
    expect(refusal(() => validate(nextIndicator(leeds, { ...suicide, ...withComment(comment('wakefield')) }), indicatorDoc, leeds))).toMatch(/wyh:lead:all or wyh:admin/);
    expect(refusal(() => validate(nextIndicator(leeds, { ...withComment(comment('leeds')), baselinePeriod: '2017-19' }), indicatorDoc, leeds))).toMatch(
      /cannot change this indicator's baseline/,
    );
  });

  it('refuse what the app could not read: a comment whose text is a number, an action update of the wrong shape, a javascript: link (finding 2)', () => {
    expect(refusal(() => validate(nextIndicator(leeds, withComment(comment('leeds', 42))), indicatorDoc, leeds))).toMatch(/could not read it: indicator\.comments\[1\]\.text/);
    expect(refusal(() => validate(nextIndicator(admin, { ...suicide, sourceUrl: 'javascript:alert(document.cookie)' }), indicatorDoc, admin))).toMatch(/sourceUrl/);
    const action = { id: 'a-1', title: 'Open two hubs', owner: 'Leeds', due: '2027-03-31', status: 'on-track', updates: [], provenance: 'illustrative' };
    const withAction = structuredClone(WYH_FRAMEWORK);
    withAction.ambitions[0]!.actions = [action as never];
    const old = { ...frameworkDoc, framework: withAction };
    const update = (shape: Record<string, unknown>) => {
      const next = structuredClone(withAction);
      next.ambitions[0]!.actions![0]!.updates = [shape as never];
      next.version = (withAction.version ?? 0) + 1;
      return { ...frameworkDoc, framework: next, lastChange: change(next.version, leeds, docIds.frameworkHistory('wyh', next.version)) };
    };
    expect(refusal(() => validate(update({ id: 'u1', at: AT, author: editorOf(leeds), status: 'on-track', text: 'First hub open' }), old, leeds))).toBeUndefined();
    expect(refusal(() => validate(update({ id: 'u1', text: 'Done' }), old, leeds))).toMatch(/could not read it: framework\.ambitions\[0\]\.actions\[0\]\.updates\[0\]/);
  });

  it('stop a role at its partnership (finding 3)', () => {
    const calderdale: Doc = { ...seriesDoc, _id: docIds.series('calderdale-cares', 'suicide-rate', 'leeds'), frameworkId: 'calderdale-cares' };
    expect(refusal(() => validate({ ...calderdale, ...nextSeries(leeds), _id: calderdale._id, frameworkId: 'calderdale-cares' }, calderdale, leeds))).toMatch(
      /cannot change figures for leeds in calderdale-cares/,
    );
    const oldRole: UserContext = { name: 'leeds-lead', roles: ['lead:leeds', 'lead:all'] };
    expect(refusal(() => validate(nextSeries(oldRole), seriesDoc, oldRole))).toMatch(/needs the role wyh:lead:leeds/);
  });

  it('refuse planted history: a version its id does not name, changes that are not changes, an attachment (finding 4)', () => {
    const entryId = docIds.history('wyh', 'suicide-rate', 'leeds', 99);
    const history = (entry: Record<string, unknown>, more: Record<string, unknown> = {}): Doc => ({
      _id: entryId,
      type: 'history',
      frameworkId: 'wyh',
      indicatorId: 'suicide-rate',
      placeId: 'leeds',
      entry,
      ...more,
    });
    expect(refusal(() => validate(history(change(99, leeds, entryId)), null, leeds))).toBeUndefined();
    expect(refusal(() => validate(history(change(7, leeds, entryId)), null, leeds))).toMatch(/recorded as version 7, but it makes version 99/);
    expect(refusal(() => validate(history({ ...change(99, leeds, entryId), changes: 'garbage' }), null, leeds))).toMatch(/could not read it: entry\.changes/);
    expect(refusal(() => validate({ ...history(change(99, leeds, entryId)), _id: 'nowhere:history:x:leeds:0000000099', frameworkId: 'nowhere' }, null, leeds))).toMatch(
      /cannot record changes for leeds in nowhere/,
    );
    const html = { 'note.html': { content_type: 'text/html', data: btoa('<script>alert(1)</script>') } };
    expect(refusal(() => validate(history(change(99, leeds, entryId), { _attachments: html }), null, leeds))).toMatch(/Attachments are not kept here/);
    expect(refusal(() => validate({ ...nextSeries(leeds), _attachments: html }, seriesDoc, leeds))).toMatch(/Attachments are not kept here/);
  });

  it(`refuse a document over ${MAX_DOCUMENT_BYTES / 1e6} MB, saying how large it is (finding 5)`, () => {
    const huge = Array.from({ length: 40_000 }, (_, i) => ({ period: String(1900 + (i % 300)), value: i, provenance: 'illustrative', note: 'x'.repeat(100) }));
    expect(refusal(() => validate(nextSeries(leeds, huge as never), seriesDoc, leeds))).toMatch(/would make the record \d+\.\d MB, and the most one may be is 1\.0 MB/);
  });

  it('the design document carries the same rules, as the database runs them', async () => {
    const design = await buildDesignDoc();
    // The database evaluates the function's text in an engine of its own, with no URL; so does
    // this test, as pouchdb-server does (a fresh Node vm context).
    const run = runInNewContext(`(${design.validate_doc_update as string})`) as (n: unknown, o: unknown, u: unknown) => void;
    const cases: [Doc, Doc | null, UserContext][] = [
      [nextSeries(leeds), seriesDoc, leeds],
      [nextSeries(wakefield), seriesDoc, wakefield],
      [nextIndicator(leeds, withComment(comment('leeds', 42))), indicatorDoc, leeds],
      [nextIndicator(admin, { ...suicide, sourceUrl: 'https://fingertips.phe.org.uk/profile/suicide' }), indicatorDoc, admin],
      [nextIndicator(admin, { ...suicide, sourceUrl: 'javascript:alert(1)' }), indicatorDoc, admin],
    ];
    for (const [doc, old, user] of cases) expect(refusal(() => run(doc, old, user))).toBe(refusal(() => validate(doc, old, user)));
  });
});

/** A value put somewhere in a document: any JSON, or a near miss of the right kind. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', ' ', '2019', '2010', 'nonsense', -1, 0, 1e16, null, [], {}, 'javascript:alert(1)', '\u202E'));

/** A path into a document, chosen from the keys that are there (and one that is not). */
function mutate(doc: unknown, choices: number[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const choice of choices) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length]!;
    const child = node[key];
    if (child === null || typeof child !== 'object' || choice % 5 === 0) {
      node[choice % 7 === 0 ? 'extra' : key] = value;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  node.extra = value;
  return copy;
}

describe('whatever the rules accept, the app can read (property)', () => {
  const cases = [
    {
      name: 'figures',
      old: seriesDoc,
      next: () => nextSeries(admin),
      read: (d: Doc) => seriesSchema.safeParse({ indicatorId: d.indicatorId, placeId: d.placeId, version: d.version, points: d.points }).success,
    },
    { name: 'an indicator', old: indicatorDoc, next: () => nextIndicator(admin, withComment(comment('leeds'))), read: (d: Doc) => indicatorSchema.safeParse(d.indicator).success },
    {
      name: 'a set-up',
      old: frameworkDoc,
      next: () => {
        const version = (WYH_FRAMEWORK.version ?? 0) + 1;
        return { ...frameworkDoc, framework: { ...structuredClone(WYH_FRAMEWORK), version }, lastChange: change(version, admin, docIds.frameworkHistory('wyh', version)) };
      },
      read: (d: Doc) => frameworkSchema.safeParse(d.framework).success,
    },
  ];

  it.each(cases)('$name: every accepted change parses as the app parses it', ({ old, next, read }) => {
    const accepted = { count: 0 };
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), anyValue, (choices, value) => {
        const doc = mutate(next(), choices, value) as Doc;
        if (refusal(() => validate(doc, old, admin)) !== undefined) return true;
        accepted.count += 1;
        return read(doc);
      }),
      { numRuns: 300 },
    );
    // Not a property of nothing: many of the generated changes are accepted (and then read).
    expect(accepted.count).toBeGreaterThan(20);
  });

  it('a document the rules accept also parses as the store document it claims to be', () => {
    const doc = nextIndicator(leeds, withComment(comment('leeds')));
    expect(refusal(() => validate(doc, indicatorDoc, leeds))).toBeUndefined();
    const { _id, _rev, ...body } = doc;
    expect(storeDocumentSchemas.indicator.safeParse(body).success).toBe(true);
    expect(indicatorSchema.parse((body as { indicator: Indicator }).indicator).comments).toHaveLength((suicide.comments?.length ?? 0) + 1);
  });
});
