import { inject } from 'vitest';
import type { SourceChange } from '../data-source';
import { browserFetch, couchSource, freshDatabase, letCouchThrough, signedInAs } from '../../../tests/helpers/couchdb';
import { failure } from '../../../tests/helpers/data-source-failure';

// The CouchDB source against the local CouchDB-compatible server: what the database itself
// enforces, sign-in, conflicts between two people, and the live feed.

const typedEditor = { name: 'Somebody Else', organisation: 'Nowhere' };
let database: string;

beforeEach(async () => {
  letCouchThrough();
  database = await freshDatabase();
});

async function addFigure(source: Awaited<ReturnType<typeof signedInAs>>, placeId: string, period = '2030', value = 9.9) {
  const before = await source.getSeries('wyh', 'suicide-rate', placeId);
  const points = [...before.points, { period, value, provenance: 'published' as const }];
  return source.saveSeries('wyh', 'suicide-rate', placeId, { baseVersion: before.version, points, editor: typedEditor, note: 'From the new release' });
}

describe('the CouchDB source', () => {
  it('lets anyone read where the database is public, and asks for sign-in only to change', async () => {
    const anonymous = couchSource(database);
    expect(await anonymous.auth!.getSession()).toBeNull();
    expect((await anonymous.getFramework('wyh')).ambitions).toHaveLength(10);
    const error = await failure(addFigure(anonymous as never, 'leeds'));
    expect(error.kind).toBe('sign-in-needed');
    expect(error.message).toMatch(/Sign in/);
  });

  it('refuses a wrong password in plain words', async () => {
    const error = await failure(couchSource(database).auth!.signIn('leeds-lead', 'not-the-password'));
    expect(error).toMatchObject({ kind: 'rejected', message: expect.stringContaining('do not match an account') });
  });

  it('records the signed-in person as the editor, whatever the change says', async () => {
    const leeds = await signedInAs('leeds-lead', database);
    const saved = await addFigure(leeds, 'leeds');
    const [entry] = await leeds.getHistory('wyh', 'suicide-rate', 'leeds');
    expect(entry).toMatchObject({ version: saved.version, editor: { name: 'leeds-lead', organisation: 'Leeds Health and Care Partnership' }, note: 'From the new release' });
  });

  it("refuses Wakefield's lead a change to Leeds, in the database itself, with words the app shows", async () => {
    const wakefield = await signedInAs('wakefield-lead', database);
    expect(wakefield.auth!.mayEditPlace((await wakefield.auth!.getSession())!, 'wyh', 'leeds')).toBe(false);
    const error = await failure(addFigure(wakefield, 'leeds'));
    expect(error.kind).toBe('rejected');
    expect(error.message).toContain('wakefield-lead cannot change figures for leeds');

    // Forced past the app: the same cookie, a hand-made write.
    const fetchAsWakefield = browserFetch();
    await fetchAsWakefield(`${inject('couchUrl')}/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'wakefield-lead', password: 'wakefield-lead-demo' }),
    });
    const url = `${inject('couchUrl')}/${database}/${encodeURIComponent('wyh:series:suicide-rate:leeds')}`;
    const doc = (await (await fetchAsWakefield(url)).json()) as Record<string, unknown>;
    const forced = await fetchAsWakefield(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...doc,
        version: (doc.version as number) + 1,
        points: [],
        lastChange: { at: new Date().toISOString(), editor: { name: 'wakefield-lead', organisation: 'W' }, version: 1, changes: [] },
      }),
    });
    expect(forced.status).toBe(403);
    expect(((await forced.json()) as { reason: string }).reason).toMatch(/cannot change figures for leeds/);
  });

  it('keeps history append-only: no edit, no deletion, even by the person who wrote it', async () => {
    const leeds = await signedInAs('leeds-lead', database);
    await addFigure(leeds, 'leeds');
    const fetchAsLeeds = browserFetch();
    await fetchAsLeeds(`${inject('couchUrl')}/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'leeds-lead', password: 'leeds-lead-demo' }),
    });
    const list = (await (
      await fetchAsLeeds(`${inject('couchUrl')}/${database}/_all_docs?startkey=${encodeURIComponent('"wyh:history:"')}&endkey=${encodeURIComponent('"wyh:history:\ufff0"')}`)
    ).json()) as { rows: { id: string; value: { rev: string } }[] };
    expect(list.rows).toHaveLength(1);
    const url = `${inject('couchUrl')}/${database}/${encodeURIComponent(list.rows[0]!.id)}`;
    const doc = (await (await fetchAsLeeds(url)).json()) as Record<string, unknown>;
    expect(
      (
        await fetchAsLeeds(url, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...doc, entry: { ...(doc.entry as object), note: 'Rewritten' } }),
        })
      ).status,
    ).toBe(403);
    expect((await fetchAsLeeds(`${url}?rev=${list.rows[0]!.value.rev}`, { method: 'DELETE' })).status).toBe(403);
  });

  it("gives a stale save the conflict view, with the colleague's figures and name", async () => {
    const leeds = await signedInAs('leeds-lead', database);
    const admin = await signedInAs('admin-lead', database);
    const before = await leeds.getSeries('wyh', 'suicide-rate', 'leeds');
    await addFigure(admin, 'leeds', '2031', 8.8);
    const error = await failure(leeds.saveSeries('wyh', 'suicide-rate', 'leeds', { baseVersion: before.version, points: before.points.slice(1), editor: typedEditor }));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('changed by admin-lead');
    expect(error.details.current?.points.at(-1)).toMatchObject({ period: '2031', value: 8.8 });
  });

  it('after signing out, a save asks for sign-in and goes through once signed in again', async () => {
    const leeds = await signedInAs('leeds-lead', database);
    await leeds.auth!.signOut();
    const error = await failure(addFigure(leeds, 'leeds'));
    expect(error).toMatchObject({ kind: 'sign-in-needed', retryable: true });
    await leeds.auth!.signIn('leeds-lead', 'leeds-lead-demo');
    expect((await addFigure(leeds, 'leeds')).points.at(-1)).toMatchObject({ period: '2030' });
  });

  it("tells an open page, signed in or not, of a colleague's saved figure within 5 seconds", async () => {
    const viewer = couchSource(database);
    const seen: SourceChange[] = [];
    const connected: boolean[] = [];
    const stop = viewer.watch!(
      'wyh',
      (change) => seen.push(change),
      (c) => connected.push(c),
    );
    try {
      await vi.waitFor(() => expect(connected).toContain(true), { timeout: 5000 });
      const leeds = await signedInAs('leeds-lead', database);
      const startedAt = Date.now();
      const saved = await addFigure(leeds, 'leeds');
      await vi.waitFor(() => expect(seen.some((c) => c.kind === 'series' && c.series.version === saved.version)).toBe(true), { timeout: 5000, interval: 50 });
      expect(Date.now() - startedAt).toBeLessThan(5000);
      expect(seen.find((c) => c.kind === 'series')).toMatchObject({ series: { placeId: 'leeds', indicatorId: 'suicide-rate' }, editor: 'leeds-lead' });
    } finally {
      stop();
    }
  });
});
