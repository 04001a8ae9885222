import type { Series } from '../../domain/types';
import type { SourceChange } from '../data-source';
import type { CouchHttp } from './couchdb-http';
import { parseDocId } from './store-documents';

interface ChangesReply {
  results: { id: string; seq: string | number; deleted?: boolean; doc?: Record<string, unknown> & { lastChange?: { editor?: { name?: string } } } }[];
  last_seq: string | number;
}

export interface FollowOptions {
  http: CouchHttp;
  db: string;
  frameworkId: string;
  onChange: (change: SourceChange) => void;
  onConnection?: (connected: boolean) => void;
  parseSeries: (doc: unknown) => { success: true; data: Series } | { success: false };
  /** How long the database may hold a long poll open before answering "nothing new". */
  pollSeconds?: number;
}

/** 1 s, 2 s, 4 s … up to 15 s between tries while the database cannot be reached. */
export const retryDelayMs = (failures: number) => Math.min(15_000, 1000 * 2 ** Math.max(0, failures - 1));

/**
 * Follows the database's _changes feed with long polls, from "now": each answer brings the
 * documents saved since the last, and the next poll starts from where it ended, so a dropped
 * connection resumes without missing a change. Returns a function that stops following.
 */
export function followChanges({ http, db, frameworkId, onChange, onConnection, parseSeries, pollSeconds = 25 }: FollowOptions): () => void {
  let stopped = false;
  let controller: AbortController | undefined;
  let wake: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  function tell(result: ChangesReply['results'][number]) {
    const id = parseDocId(result.id);
    if (!id || id.frameworkId !== frameworkId || !result.doc || result.deleted) return;
    const editor = result.doc.lastChange?.editor?.name;
    if (id.type === 'series') {
      const parsed = parseSeries(result.doc);
      // A document that does not read is left to the next fetch, which names what is wrong.
      if (parsed.success) onChange({ kind: 'series', series: parsed.data, editor });
    } else if (id.type === 'indicator') {
      onChange({ kind: 'indicator', indicatorId: id.parts[0]!, editor });
    }
  }

  void (async () => {
    // Where the feed stands now, then only what comes after. (Not since=now: some servers that
    // speak CouchDB's API stream that form differently.)
    let since: string | number | undefined;
    let failures = 0;
    let connected: boolean | undefined;
    const setConnected = (now: boolean) => {
      if (connected !== now) onConnection?.(now);
      connected = now;
    };
    while (!stopped) {
      controller = new AbortController();
      // A long poll the server never answers (a connection silently dropped on the way) is given
      // up after a while and made again: an answer of "nothing new" would have come by then.
      let gaveUp = false;
      const giveUp = setTimeout(
        () => {
          gaveUp = true;
          controller?.abort();
        },
        (pollSeconds + 15) * 1000,
      );
      try {
        if (since === undefined) {
          const { body } = await http.request<ChangesReply>('GET', `${db}/_changes?descending=true&limit=1`, 'Live updates', { signal: controller.signal });
          since = body.last_seq;
        } else {
          const query = `feed=longpoll&include_docs=true&timeout=${pollSeconds * 1000}&since=${encodeURIComponent(String(since))}`;
          const { body } = await http.request<ChangesReply>('GET', `${db}/_changes?${query}`, 'Live updates', { signal: controller.signal });
          if (stopped) break;
          for (const result of body.results ?? []) tell(result);
          since = body.last_seq ?? since;
        }
        failures = 0;
        setConnected(true);
      } catch {
        if (stopped) break;
        if (gaveUp) continue;
        failures += 1;
        setConnected(false);
        // Resume from the last sequence seen: nothing saved meanwhile is missed.
        await pause(retryDelayMs(failures));
      } finally {
        clearTimeout(giveUp);
      }
    }
  })();

  return () => {
    stopped = true;
    controller?.abort();
    wake?.();
  };
}
