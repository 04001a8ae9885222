import type { Series } from '../../domain/types';
import type { SourceChange } from '../data-source';
import { DataSourceError } from '../data-source-error';
import { followChanges, retryDelayMs } from './couchdb-changes';
import type { CouchHttp } from './couchdb-http';

// The live feed on its own, with a scripted database: it starts from where the feed stands,
// resumes after a dropped connection from the last sequence it saw, and says when it is down.

const series = (version: number): Series => ({ indicatorId: 'suicide-rate', placeId: 'leeds', version, points: [] });
const doc = (version: number) => ({ ...series(version), type: 'series', lastChange: { editor: { name: 'leeds-lead' } } });

describe('following the changes feed', () => {
  it('resumes from the last sequence after the connection drops, missing nothing, and says so', async () => {
    const asked: string[] = [];
    const replies: (() => unknown)[] = [
      () => ({ results: [], last_seq: '10-a' }),
      () => ({ results: [{ id: 'wyh:series:suicide-rate:leeds', seq: '11-b', doc: doc(2) }], last_seq: '11-b' }),
      () => {
        throw new DataSourceError('network', 'Live updates could not be fetched: the connection failed.');
      },
      () => ({
        results: [
          { id: 'wyh:series:suicide-rate:leeds', seq: '12-c', doc: doc(3) },
          { id: 'other:series:x:y', seq: '13-d', doc: doc(9) },
        ],
        last_seq: '13-d',
      }),
    ];
    const http = {
      base: '',
      request: async (_method: string, path: string) => {
        asked.push(path);
        const next = replies.shift();
        if (!next) return new Promise(() => undefined); // a long poll with nothing new
        return { status: 200, body: next() };
      },
    } as unknown as CouchHttp;
    const changes: SourceChange[] = [];
    const connection: boolean[] = [];
    const stop = followChanges({
      http,
      db: '/ambitions',
      frameworkId: 'wyh',
      onChange: (c) => changes.push(c),
      onConnection: (c) => connection.push(c),
      parseSeries: (d) => ({ success: true, data: series((d as Series).version) }),
    });
    await vi.waitFor(() => expect(changes).toHaveLength(2), { timeout: 4000 });
    stop();
    expect(asked[0]).toContain('descending=true&limit=1');
    expect(asked[1]).toContain('since=10-a');
    // After the failure it asks again from where it was, not from "now".
    expect(asked[2]).toContain('since=11-b');
    expect(asked[3]).toContain('since=11-b');
    expect(changes.map((c) => c.kind === 'series' && c.series.version)).toEqual([2, 3]);
    expect(changes[0]).toMatchObject({ editor: 'leeds-lead' });
    expect(connection).toEqual([true, false, true]);
  });

  it('waits longer after each failure, up to 15 s', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });
});
