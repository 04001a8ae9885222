import { db, saveSeries as serverSave, seriesKey } from '../../mocks/db';
import { DataSourceError } from '../api/errors';
import type { PointEdit } from '../domain/changes/apply-edit';
import type { DataPoint, Series, SeriesChange } from '../domain/types';
import { asSeriesChange, type OutboxRecord } from '../domain/changes/pending-definition';
import { newId } from '../lib/new-id';
import { createOutbox, type SaveSeries } from './outbox';
import { createOutboxStorage } from './outbox-storage';
import { inTabLocks, type TabLocks } from './tab-locks';

// Tabs of one browser, each with its own outbox, sharing what a browser shares: one IndexedDB
// database, one lock manager and one broadcast channel. The server is the mock API's store, with
// the rules every source keeps (version check, change ids recognised).

const KEY = seriesKey('wyh', 'suicide-rate', 'leeds');
const ID = 'wyh/suicide-rate/leeds';
const alice = { name: 'Alice Adams', organisation: 'Leeds' };
const labels = { indicator: 'Suicide rate', place: 'Leeds', ambitionNumber: 5 };
let databases = 0;

interface Browser {
  database: string;
  locks: TabLocks;
  tabs: Set<Tab>;
}
interface Tab {
  shown: Map<string, OutboxRecord | undefined>;
  outbox: ReturnType<typeof createOutbox>;
}

function newBrowser(): Browser {
  return { database: `outbox-test-${++databases}`, locks: inTabLocks(), tabs: new Set() };
}

function openTab(browser: Browser, online: () => boolean = () => true): Tab {
  const shown = new Map<string, OutboxRecord | undefined>();
  const tab: Tab = {
    shown,
    outbox: createOutbox({
      storage: createOutboxStorage(browser.database),
      locks: browser.locks,
      newId,
      isOnline: online,
      onRecord: (id, record) => shown.set(id, record),
      // What a BroadcastChannel delivers: every other open tab reads the record again.
      announce: (id) => browser.tabs.forEach((other) => other !== tab && void other.outbox.refresh(id)),
    }),
  };
  browser.tabs.add(tab);
  return tab;
}

const closeTab = (browser: Browser, tab: Tab) => browser.tabs.delete(tab);

/** The server's answers, as a data source gives them; `loseReply` applies the save and then fails as a dropped connection does. */
function server(options: { loseReply?: () => boolean } = {}): SaveSeries {
  return async (_pending, change: SeriesChange) => {
    await Promise.resolve();
    const outcome = serverSave(KEY, change);
    if (!outcome.ok) throw new DataSourceError('conflict', 'Changed since you started.', { current: outcome.current });
    if (options.loseReply?.()) throw new DataSourceError('network', 'The connection failed.');
    return outcome.series;
  };
}

const saved = (): Series => db.series.get(KEY)!;
const add = (period: string, value: number): PointEdit => ({ kind: 'upsert', point: { period, value, provenance: 'published' } });
const queue = (tab: Tab, edit: PointEdit, base = saved()) => tab.outbox.queue({ frameworkId: 'wyh', labels, saved: base, editor: alice, edits: [edit] });
const valueOf = (points: readonly DataPoint[], period: string) => points.find((p) => p.period === period)?.value;

describe('the outbox, across the tabs of one browser', () => {
  it('keeps and sends every edit from every tab, and each tab shows the true state (issue 13, path 1)', async () => {
    const browser = newBrowser();
    const offline = () => false;
    const tabA = openTab(browser, offline);
    const tabB = openTab(browser, offline);
    const base = saved();
    await queue(tabA, add('2030', 1), base);
    await queue(tabB, add('2031', 2), base);
    await expect(tabA.outbox.send(ID, server())).resolves.toBe('waiting');
    // Both tabs show both edits, kept, once the other tab has heard.
    await vi.waitFor(() => {
      for (const tab of [tabA, tabB]) expect(asSeriesChange(tab.shown.get(ID))?.edits.map((q) => q.edit)).toEqual([add('2030', 1), add('2031', 2)]);
    });

    // A third tab with nothing pending changes nothing by being open.
    openTab(browser);
    const onlineTab = openTab(browser);
    await expect(onlineTab.outbox.send(ID, server())).resolves.toBe('saved');
    expect(valueOf(saved().points, '2030')).toBe(1);
    expect(valueOf(saved().points, '2031')).toBe(2);
    expect(db.history.get(KEY)).toHaveLength(1);
    await vi.waitFor(() => {
      for (const tab of browser.tabs) expect(tab.shown.get(ID)).toBeUndefined();
    });
  });

  it('never saves twice, nor calls it a conflict, when the reply to a save is lost (path 7)', async () => {
    const browser = newBrowser();
    const tab = openTab(browser);
    await queue(tab, add('2030', 1));
    let lose = true;
    const flaky = server({ loseReply: () => lose });
    await expect(tab.outbox.send(ID, flaky)).resolves.toBe('waiting');
    expect(valueOf(saved().points, '2030')).toBe(1);
    // The lead adds another figure before the retry.
    await queue(tab, add('2031', 2), saved());
    lose = false;
    await expect(tab.outbox.send(ID, flaky)).resolves.toBe('saved');
    expect(db.history.get(KEY)!.map((e) => e.changes.map((c) => c.period))).toEqual([['2031'], ['2030']]);
    expect(tab.shown.get(ID)).toBeUndefined();
  });

  it('sends a save whose tab closed before the reply once, from the next tab opened (path 7)', async () => {
    const browser = newBrowser();
    const closing = openTab(browser);
    await queue(closing, add('2030', 1));
    // The tab closes while its save is on the wire: the server applies it, nobody hears back.
    await closing.outbox.send(ID, server({ loseReply: () => true }));
    closeTab(browser, closing);
    const next = openTab(browser);
    await expect(next.outbox.send(ID, server())).resolves.toBe('saved');
    expect(db.history.get(KEY)).toHaveLength(1);
  });

  it('sends a change two tabs hold once when both come back online together (path 7)', async () => {
    const browser = newBrowser();
    const tabA = openTab(browser);
    const tabB = openTab(browser);
    await queue(tabA, add('2030', 1));
    const outcomes = await Promise.all([tabA.outbox.send(ID, server()), tabB.outbox.send(ID, server())]);
    expect(outcomes.sort()).toEqual(['saved', 'sending-elsewhere']);
    expect(db.history.get(KEY)).toHaveLength(1);
  });

  it('discards only the edits the lead saw: one made in another tab meanwhile stays', async () => {
    const browser = newBrowser();
    const tabA = openTab(browser, () => false);
    const tabB = openTab(browser, () => false);
    const seenInA = await queue(tabA, add('2030', 1));
    await queue(tabB, add('2031', 2));
    const left = await tabA.outbox.discard(
      ID,
      seenInA.edits.map((q) => q.id),
    );
    expect(left?.edits.map((q) => q.edit)).toEqual([add('2031', 2)]);
  });
});
