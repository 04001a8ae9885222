import { couchSource, freshDatabase, letCouchThrough, signedInAs } from '../../../tests/helpers/couchdb';
import { failure } from '../../../tests/helpers/data-source-failure';
import type { Framework } from '../../domain/types';

// Setting a partnership up on CouchDB: the administrator creates and changes it; a place lead may
// only add updates to actions; a stale change is a conflict; the home page's list comes from the
// design document's view.

const editor = { name: 'typed', organisation: 'typed' };
let database: string;

beforeEach(async () => {
  letCouchThrough();
  database = await freshDatabase();
});

const riverside: Framework = {
  id: 'riverside',
  name: 'Riverside Health and Care Partnership',
  shortName: 'Riverside',
  source: 'Riverside strategy (a test)',
  terms: { one: 'priority area', many: 'priority areas' },
  places: [
    { id: 'riverside', name: 'Riverside', isTotal: true },
    { id: 'north', name: 'North Riverside', isTotal: false, areaCodes: ['E06000008'] },
  ],
  ambitions: [
    {
      number: 1,
      title: 'Healthy weight',
      commitment: 'We will halve childhood obesity by 2030.',
      indicators: [
        {
          id: 'obese-y6',
          name: 'Children obese in Year 6',
          definition: 'Children in Year 6 measured as obese, as a percentage of those measured.',
          unit: { kind: 'percent', label: '%', decimals: 1 },
          direction: 'lower-is-better',
          baselinePeriod: '2023/24',
          targets: [{ id: 'target', label: 'Target', period: '2029/30', rule: { kind: 'absolute', value: 12 }, provenance: 'published', source: 'Strategy' }],
          source: 'NCMP',
          provenance: 'published',
        },
      ],
    },
    {
      number: 2,
      title: 'Unpaid carers',
      commitment: 'Every carer is known and supported.',
      indicators: [],
      actions: [{ id: 'register', title: 'Carers’ register', owner: 'Primary care', due: '2027-03-31', status: 'on-track', updates: [], provenance: 'published' }],
    },
  ],
  programmes: [],
};

describe('setting a partnership up on CouchDB', () => {
  it('lets an administrator create one, lists it, starts its figures empty, and records who did it', async () => {
    const admin = await signedInAs('admin-lead', database);
    const created = await admin.saveFramework!('riverside', { baseVersion: 0, framework: riverside, editor, note: 'Set up Riverside', creating: true });
    expect(created).toMatchObject({ id: 'riverside', version: 0, terms: { one: 'priority area' } });
    expect((await couchSource(database).listFrameworks!()).map((f) => f.id).sort()).toEqual(['riverside', 'wyh']);
    expect(await admin.getSeries('riverside', 'obese-y6', 'north')).toEqual({ indicatorId: 'obese-y6', placeId: 'north', version: 0, points: [] });
    const saved = await admin.saveSeries('riverside', 'obese-y6', 'north', { baseVersion: 0, points: [{ period: '2024/25', value: 21.4, provenance: 'published' }], editor });
    expect(saved.version).toBe(1);
    const [entry] = await admin.getFrameworkHistory!('riverside');
    expect(entry).toMatchObject({ editor: { name: 'admin-lead' }, note: 'Set up Riverside', version: 0 });
    // The address is taken now: a second "new" one there is a conflict carrying the first.
    const again = await failure(admin.saveFramework!('riverside', { baseVersion: 0, framework: riverside, editor, creating: true }));
    expect(again).toMatchObject({ kind: 'conflict', details: { currentFramework: { id: 'riverside' } } });
  });

  it('refuses a stale change as a conflict, and a lead anything but an update to an action', async () => {
    const admin = await signedInAs('admin-lead', database);
    const wyh = await admin.getFramework('wyh');
    const renamed = await admin.saveFramework!('wyh', { baseVersion: wyh.version ?? 0, framework: { ...wyh, shortName: 'WY' }, editor, note: 'Renamed' });
    expect(renamed).toMatchObject({ shortName: 'WY', version: 1 });
    const stale = await failure(admin.saveFramework!('wyh', { baseVersion: wyh.version ?? 0, framework: { ...wyh, shortName: 'W' }, editor }));
    expect(stale).toMatchObject({ kind: 'conflict', details: { currentFramework: { shortName: 'WY' } } });

    const withAction = await admin.saveFramework!('wyh', {
      baseVersion: renamed.version!,
      framework: { ...renamed, ambitions: renamed.ambitions.map((a) => (a.number === 5 ? { ...a, actions: riverside.ambitions[1]!.actions } : a)) },
      editor,
    });
    const leeds = await signedInAs('leeds-lead', database);
    const update = {
      id: 'u1',
      at: '2026-11-25T10:00:00Z',
      author: { name: 'leeds-lead', organisation: 'Leeds' },
      status: 'at-risk' as const,
      text: 'Two practices have not signed.',
    };
    const updated = await leeds.saveFramework!('wyh', {
      baseVersion: withAction.version!,
      framework: {
        ...withAction,
        ambitions: withAction.ambitions.map((a) => (a.number === 5 ? { ...a, actions: [{ ...a.actions![0]!, status: 'at-risk', updates: [update] }] } : a)),
      },
      editor,
    });
    expect(updated.ambitions[4]!.actions![0]).toMatchObject({ status: 'at-risk', updates: [update] });
    const renaming = await failure(leeds.saveFramework!('wyh', { baseVersion: updated.version!, framework: { ...updated, shortName: 'Leeds!' }, editor }));
    expect(renaming.kind).toBe('rejected');
    expect(renaming.message).toContain('leeds-lead cannot change the set-up of wyh');
  });

  it('treats a framework whose indicator a lead changed meanwhile as a conflict, not an overwrite', async () => {
    const admin = await signedInAs('admin-lead', database);
    const wyh = await admin.getFramework('wyh');
    const suicide = wyh.ambitions[4]!.indicators[0]!;
    await admin.saveIndicator('wyh', suicide.id, { baseVersion: suicide.version ?? 0, indicator: { ...suicide, source: 'A newer source' }, editor });
    const stale = await failure(admin.saveFramework!('wyh', { baseVersion: wyh.version ?? 0, framework: { ...wyh, shortName: 'WY' }, editor }));
    expect(stale.kind).toBe('conflict');
    expect(stale.details.currentFramework!.ambitions[4]!.indicators[0]!.source).toBe('A newer source');
  });
});
