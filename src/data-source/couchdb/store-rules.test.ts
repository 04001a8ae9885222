import fc from 'fast-check';
import { seriesChangeSchema } from '../schemas';
import { pointsProblem, validate } from './store-rules';
// @ts-expect-error a plain ES module of the build scripts, without types
import { buildDesignDoc } from '../../../scripts/couchdb/design-doc.mjs';

// The database's rules are a port of the app's schemas: both must accept and refuse the same
// figures. Each case goes through the app's seriesChangeSchema and through the port, and through
// the validate function the design document actually carries.

const editor = { name: 'leeds-lead', organisation: 'Leeds Health and Care Partnership' };
const ok = (period: string, value: number, more: Record<string, unknown> = {}) => ({ period, value, provenance: 'published', ...more });

const CASES: { name: string; points: unknown[] }[] = [
  { name: 'plain figures', points: [ok('2019', 10), ok('2020', 11)] },
  { name: 'every period form', points: [ok('2019', 1), ok('2019/20', 1), ok('2016-18', 1), ok('2021 Q3', 1), ok('2021/22 Q1', 1), ok('Mar 2021', 1)] },
  { name: 'an interval around the value', points: [ok('2019', 10, { lower: 9, upper: 11 })] },
  { name: 'a note and a source', points: [ok('2019', 10, { note: 'Provisional', source: 'OHID' })] },
  { name: 'two groups behind a gap', points: [ok('2019', 10, { groups: [80, 70] })] },
  { name: 'no figures at all', points: [] },
  { name: 'a period written twice', points: [ok('2019', 10), ok('2019', 11)] },
  { name: 'one period spelt two ways', points: [ok('2019/20', 10), ok('2019/2020', 11)] },
  { name: 'a period we do not know', points: [ok('last year', 10)] },
  { name: 'a year out of range', points: [ok('1850', 10)] },
  { name: 'a value that is text', points: [{ period: '2019', value: 'lots', provenance: 'published' }] },
  { name: 'a value too large', points: [ok('2019', 1e16)] },
  { name: 'no value', points: [{ period: '2019', provenance: 'published' }] },
  { name: 'a lower bound above the value', points: [ok('2019', 10, { lower: 11 })] },
  { name: 'an upper bound below the value', points: [ok('2019', 10, { upper: 9 })] },
  { name: 'an empty note', points: [ok('2019', 10, { note: '   ' })] },
  { name: 'an unknown provenance', points: [ok('2019', 10, { provenance: 'rumour' })] },
  { name: 'a field no figure has', points: [ok('2019', 10, { colour: 'red' })] },
  { name: 'three groups', points: [ok('2019', 10, { groups: [1, 2, 3] })] },
  { name: 'a figure that is not an object', points: [42] },
  { name: 'a note with a bidirectional override', points: [ok('2019', 10, { note: 'Checked \u202Eevil' })] },
  { name: 'a source with a NUL', points: [ok('2019', 10, { source: 'ONS\u0000' })] },
  { name: 'a note with line breaks and tabs', points: [ok('2019', 10, { note: 'Line one\n\tLine two' })] },
];

const appAccepts = (points: unknown[]) => seriesChangeSchema.safeParse({ baseVersion: 0, points, editor }).success;

describe('the database rules and the app schemas', () => {
  it.each(CASES)('agree on $name', ({ points }) => {
    expect(pointsProblem(points) === undefined).toBe(appAccepts(points));
  });

  it('agree on generated figures, good and bad', () => {
    const period = fc.oneof(fc.integer({ min: 1890, max: 2210 }).map(String), fc.constantFrom('2019/20', '2016-18', '2021 Q3', 'Mar 2021', '2019-2020', 'nonsense', ''));
    const value = fc.oneof(fc.double({ min: -1e16, max: 1e16, noNaN: false }), fc.constant(Number.POSITIVE_INFINITY));
    const point = fc.record(
      { period, value, provenance: fc.constantFrom('published', 'illustrative', 'other'), lower: fc.option(fc.double({ min: -100, max: 100 }), { nil: undefined }) },
      { requiredKeys: ['period', 'value', 'provenance'] },
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 6 }), (points) => (pointsProblem(points) === undefined) === appAccepts(points)),
      { numRuns: 400 },
    );
  });

  it('the design document carries the same rules, as the database runs them', async () => {
    const design = await buildDesignDoc();
    // The database evaluates the function's text; so does this test.
    const run = new Function(`return (${design.validate_doc_update as string});`)() as (n: unknown, o: unknown, u: unknown) => void;
    const old = { _id: 'wyh:series:suicide-rate:leeds', type: 'series', frameworkId: 'wyh', indicatorId: 'suicide-rate', placeId: 'leeds', version: 3, points: [] };
    const lastChange = { at: '2026-11-25T10:00:00.000Z', editor, version: 4, changes: [] };
    for (const { name, points } of CASES) {
      const attempt = () => run({ ...old, version: 4, points, lastChange }, old, { name: 'leeds-lead', roles: ['lead:leeds'] });
      if (appAccepts(points)) expect(attempt, name).not.toThrow();
      else expect(attempt, name).toThrow();
    }
  });
});

describe('who may change what', () => {
  const old = { _id: 'wyh:series:suicide-rate:leeds', type: 'series', frameworkId: 'wyh', indicatorId: 'suicide-rate', placeId: 'leeds', version: 3, points: [] };
  const change = (name: string) => ({
    ...old,
    version: 4,
    points: [ok('2019', 10)],
    lastChange: { at: '2026-11-25T10:00:00Z', editor: { name, organisation: 'Somewhere' }, version: 4, changes: [] },
  });
  const refusal = (fn: () => void) => {
    try {
      fn();
      return undefined;
    } catch (e) {
      return e as Record<string, string>;
    }
  };

  it('lets a place lead change their place, and anyone with lead:all or admin', () => {
    expect(refusal(() => validate(change('leeds-lead'), old, { name: 'leeds-lead', roles: ['lead:leeds'] }))).toBeUndefined();
    expect(refusal(() => validate(change('all'), old, { name: 'all', roles: ['lead:all'] }))).toBeUndefined();
    expect(refusal(() => validate(change('boss'), old, { name: 'boss', roles: ['admin'] }))).toBeUndefined();
  });

  it("refuses another place's lead, a borrowed name, a stranger, a deletion and an edit of history", () => {
    expect(refusal(() => validate(change('wakefield-lead'), old, { name: 'wakefield-lead', roles: ['lead:wakefield'] }))?.forbidden).toMatch(/cannot change figures for leeds/);
    expect(refusal(() => validate(change('someone-else'), old, { name: 'leeds-lead', roles: ['lead:leeds'] }))?.forbidden).toMatch(/must be the signed-in user/);
    expect(refusal(() => validate(change('x'), old, { name: null, roles: [] }))?.unauthorized).toMatch(/Sign in/);
    expect(refusal(() => validate({ ...old, _deleted: true }, old, { name: 'leeds-lead', roles: ['lead:leeds'] }))?.forbidden).toMatch(/never deleted/);
    const history = { _id: 'wyh:history:suicide-rate:leeds:0000000004', entry: change('leeds-lead').lastChange };
    expect(refusal(() => validate(history, history, { name: 'leeds-lead', roles: ['lead:leeds'] }))?.forbidden).toMatch(/History is never changed/);
    expect(refusal(() => validate({ ...change('leeds-lead'), version: 9 }, old, { name: 'leeds-lead', roles: ['lead:leeds'] }))?.forbidden).toMatch(
      /^A colleague saved a change to this since you opened it/,
    );
  });

  it('lets a place lead add a comment for their own place to an indicator, and nothing more', () => {
    const indicator = { id: 'suicide-rate', baselinePeriod: '2016-18', version: 2, targets: [{ period: '2020/21' }], comments: [] as unknown[] };
    const oldDoc = { _id: 'wyh:definition:indicator:suicide-rate', type: 'indicator', frameworkId: 'wyh', indicator };
    const lastChange = { at: '2026-11-25T10:00:00Z', editor: { name: 'leeds-lead', organisation: 'Leeds' }, version: 3, changes: [] };
    const withComment = (placeId: string) => ({ ...oldDoc, lastChange, indicator: { ...indicator, version: 3, comments: [{ id: 'c1', placeId, text: 'Rising' }] } });
    const leeds = { name: 'leeds-lead', roles: ['lead:leeds'] };
    expect(refusal(() => validate(withComment('leeds'), oldDoc, leeds))).toBeUndefined();
    expect(refusal(() => validate(withComment('wakefield'), oldDoc, leeds))?.forbidden).toMatch(/lead:all or admin/);
    expect(refusal(() => validate({ ...oldDoc, lastChange, indicator: { ...indicator, version: 3, baselinePeriod: '2017-19' } }, oldDoc, leeds))?.forbidden).toMatch(
      /lead:all or admin/,
    );
  });
});
