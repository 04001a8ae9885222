import { useCallback, useEffect, useRef } from 'react';
import { useSaveDefinition } from '../api/save-indicator';
import { useSaveSeries } from '../api/save-series';
import { DataSourceError } from '../api/errors';
import { useRecheckSession, useSession, useSessionExpired } from '../api/session';
import { describePending, pendingChangeId, workingPoints, type PendingChange } from '../domain/changes/pending-change';
import { asFramework, asSeriesChange, isDefinition, isFramework, pendingDefinitionId, type DefinitionToQueue, type PendingDefinition } from '../domain/changes/pending-definition';
import { actionUpdateKeys, onlyAddsActionUpdates, pendingFrameworkId, type FrameworkToQueue, type PendingFramework } from '../domain/changes/pending-framework';
import type { DataPoint, Framework, Indicator, Series } from '../domain/types';
import { useSaveFramework } from '../api/frameworks';
import { rebaseFramework } from '../domain/changes/rebase-framework';
import type { EditsToQueue, SendOutcome } from './outbox';
import { outboxView, readOutboxView, theOutbox, usePendingChanges, usePendingLoaded } from './outbox-store';

/** Keeps a series' edits in the outbox (this browser's storage first), resolving with its record. */
export function useQueueEdits() {
  return useCallback((edits: EditsToQueue): Promise<PendingChange> => {
    outboxView.confirmed(pendingChangeId(edits.frameworkId, edits.saved.indicatorId, edits.saved.placeId), undefined);
    return theOutbox().queue(edits);
  }, []);
}

/**
 * What both senders share: the tab shows "Saving…" while it runs, an expired sign-in is reported
 * to the session, and what was saved is confirmed to the person who made it.
 */
function useReportingSend() {
  const sessionExpired = useSessionExpired();
  return useCallback(
    async (id: string, send: (saving: <T>(save: Promise<T>) => Promise<T>) => Promise<SendOutcome>, confirmation: () => string | undefined): Promise<SendOutcome> => {
      outboxView.sendStarted(id);
      const saving = <T>(save: Promise<T>) =>
        save.catch((error: unknown) => {
          if (error instanceof DataSourceError && error.kind === 'sign-in-needed') sessionExpired();
          throw error;
        });
      try {
        const outcome = await send(saving);
        const said = confirmation();
        if (outcome === 'saved' && said) outboxView.confirmed(id, said);
        return outcome;
      } finally {
        outboxView.sendEnded(id);
      }
    },
    [sessionExpired],
  );
}

/**
 * Sends one series' kept change through the data source. It stays kept until the source confirms
 * it; edits made while it was on its way are sent straight after.
 */
export function useSendPendingChange() {
  const { mutateAsync: saveSeries } = useSaveSeries();
  const reportingSend = useReportingSend();
  return useCallback(
    (id: string): Promise<SendOutcome> => {
      // Every save this call made: a kept batch goes first, unchanged, and edits made since after it.
      const said: string[] = [];
      return reportingSend(
        id,
        (saving) =>
          theOutbox().send(id, async (pending, change) => {
            const saved = await saving(saveSeries({ frameworkId: pending.frameworkId, indicatorId: pending.indicatorId, placeId: pending.placeId, change }));
            const sent = new Set(pending.sending?.editIds);
            said.push(describePending({ edits: pending.edits.filter((q) => sent.has(q.id)) }));
            return saved;
          }),
        () => (said.length ? `Saved: ${said.join('; ')}.` : undefined),
      );
    },
    [saveSeries, reportingSend],
  );
}

/** The lead's own actions on a kept change. */
export function useOutboxActions() {
  return {
    discard: (id: string, editIds: readonly string[], message: string) =>
      theOutbox()
        .discard(id, editIds)
        .then(() => outboxView.confirmed(id, message)),
    rebase: (id: string, current: Series) => theOutbox().rebase(id, current),
    discardDefinition: (id: string, message: string) =>
      theOutbox()
        .discardDefinition(id)
        .then(() => outboxView.confirmed(id, message)),
    rebaseDefinition: (id: string, current: Indicator) => theOutbox().rebaseDefinition(id, current),
    discardFramework: (id: string, message: string) =>
      theOutbox()
        .discardFramework(id)
        .then(() => outboxView.confirmed(id, message)),
    rebaseFramework: (id: string, current: Framework) => theOutbox().rebaseFramework(id, current),
  };
}

/** Whether laying the kept updates on the colleague's version keeps every one (their action may be gone). */
function keepsEveryUpdate(kept: PendingFramework, current: Framework): boolean {
  const merged = new Set(actionUpdateKeys(rebaseFramework(kept.base, kept.proposed, current)));
  return actionUpdateKeys(kept.proposed).every((key) => merged.has(key));
}

/** Keeps an admin's change to a partnership's set-up in the outbox, made on what they proposed so far. */
export function useQueueFramework() {
  return useCallback((q: Omit<FrameworkToQueue, 'now'> & { frameworkId: string }): Promise<PendingFramework> => {
    outboxView.confirmed(pendingFrameworkId(q.frameworkId), undefined);
    return theOutbox().queueFramework(q);
  }, []);
}

/**
 * Sends a partnership's kept set-up. A change that only adds updates to actions meets a
 * colleague's change as an addition to it, sent again at once on their version; any other
 * conflict waits for the admin to choose.
 */
export function useSendPendingFramework() {
  const { mutateAsync: saveFramework } = useSaveFramework();
  const reportingSend = useReportingSend();
  return useCallback(
    async (id: string): Promise<SendOutcome> => {
      // Every batch this call saved: a kept one first, then the changes made since.
      const said: string[] = [];
      const send = () =>
        reportingSend(
          id,
          (saving) =>
            theOutbox().sendFramework(id, async (pending, change) => {
              const saved = await saving(saveFramework({ frameworkId: pending.frameworkId, change }));
              said.push(...(pending.sending?.notes ?? pending.notes));
              return saved;
            }),
          () => (said.length ? `Saved: ${said.join('; ')}.` : undefined),
        );
      const outcome = await send();
      const kept = asFramework(readOutboxView().changes[id]);
      if (outcome === 'conflict' && kept?.state.kind === 'conflict' && onlyAddsActionUpdates(kept) && keepsEveryUpdate(kept, kept.state.current)) {
        await theOutbox().rebaseFramework(id, kept.state.current);
        return send();
      }
      return outcome;
    },
    [saveFramework, reportingSend],
  );
}

/** Keeps a lead's proposed baseline, targets and source in the outbox, resolving with its record. */
export function useQueueDefinition() {
  return useCallback((d: Omit<DefinitionToQueue, 'now'>): Promise<PendingDefinition> => {
    outboxView.confirmed(pendingDefinitionId(d.frameworkId, d.saved.id), undefined);
    return theOutbox().queueDefinition(d);
  }, []);
}

/** Sends an indicator's kept definition; on success the record goes and a confirmation is left. */
export function useSendPendingDefinition() {
  const { mutateAsync: saveDefinition } = useSaveDefinition();
  const reportingSend = useReportingSend();
  return useCallback(
    (id: string): Promise<SendOutcome> =>
      reportingSend(
        id,
        (saving) => theOutbox().sendDefinition(id, (pending, change) => saving(saveDefinition({ frameworkId: pending.frameworkId, change }))),
        () => 'Saved your changes to the baseline, targets and source. Statuses now use them.',
      ),
    [saveDefinition, reportingSend],
  );
}

/**
 * The lead's working figures for any series of a partnership: what is saved, with what they have
 * not yet had confirmed on top. The editor and the import both judge new figures against these.
 */
export function useWorkingFigures(frameworkId: string) {
  const changes = usePendingChanges();
  return useCallback(
    (indicatorId: string, placeId: string, saved: Series | undefined): DataPoint[] | undefined =>
      workingPoints(saved, asSeriesChange(changes[pendingChangeId(frameworkId, indicatorId, placeId)])),
    [changes, frameworkId],
  );
}

/** How soon a failed send is tried again by itself, doubling each time up to the most. */
export const OUTBOX_RETRY = { firstMs: 5_000, maxMs: 5 * 60_000 };

/**
 * Reads the changes this browser kept from an earlier visit, sends those still waiting, and sends
 * them again whenever the connection comes back, someone signs in, or the lead returns to the tab.
 * Mounted once, in the page header.
 */
export function useOutboxSync() {
  const loaded = usePendingLoaded();
  const recheckSession = useRecheckSession();
  const send = useSendPendingChange();
  const sendDefinition = useSendPendingDefinition();
  const sendFramework = useSendPendingFramework();
  // Changes kept while signed out (or after a sign-in expired) go as soon as someone signs in.
  const signedInAs = useSession().data?.name;
  const changes = usePendingChanges();
  const retry = useRef<{ timer?: ReturnType<typeof setTimeout>; attempt: number }>({ attempt: 0 });
  const sendAllRef = useRef<() => Promise<void>>(undefined);

  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    void theOutbox()
      .readAll()
      .then((stored) => !cancelled && outboxView.loaded(stored));
    return () => {
      cancelled = true;
    };
  }, [loaded]);

  useEffect(() => {
    if (!loaded) return;
    // A set-up first: an indicator or a place it adds must be there before figures and targets
    // kept for it can be saved (a new indicator's baseline figure, say). Then the rest, at once.
    const sendAll = async () => {
      const waiting = Object.values(readOutboxView().changes).filter((change) => change.state.kind === 'waiting');
      await Promise.allSettled(waiting.filter(isFramework).map((change) => sendFramework(change.id)));
      await Promise.allSettled(waiting.filter((change) => !isFramework(change)).map((change) => (isDefinition(change) ? sendDefinition(change.id) : send(change.id))));
    };
    sendAllRef.current = sendAll;
    const sendWaiting = () => {
      retry.current.attempt = 0;
      void sendAll();
    };
    // Coming back to the tab is when a lead has most likely signed in again elsewhere, or fixed
    // their connection: try then too.
    const whenVisible = () => document.visibilityState === 'visible' && sendWaiting();
    sendWaiting();
    window.addEventListener('online', sendWaiting);
    window.addEventListener('focus', sendWaiting);
    document.addEventListener('visibilitychange', whenVisible);
    return () => {
      window.removeEventListener('online', sendWaiting);
      window.removeEventListener('focus', sendWaiting);
      document.removeEventListener('visibilitychange', whenVisible);
    };
  }, [loaded, send, sendDefinition, sendFramework, signedInAs]);

  // While the page is open, changes a failed send left waiting (the server restarting, the
  // connection gone) are sent again by themselves, at a growing interval, never in a loop; each
  // time the session is asked about again, since a restart may have ended it.
  useEffect(() => {
    const state = retry.current;
    const failed = Object.values(changes).some((change) => change.state.kind === 'waiting' && change.state.problem);
    if (!loaded || !failed) {
      clearTimeout(state.timer);
      state.timer = undefined;
      state.attempt = 0;
      return;
    }
    if (state.timer) return;
    const delay = Math.min(OUTBOX_RETRY.maxMs, OUTBOX_RETRY.firstMs * 2 ** state.attempt);
    state.attempt += 1;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      recheckSession();
      void sendAllRef.current?.();
    }, delay);
  }, [changes, loaded, recheckSession]);
  useEffect(() => () => clearTimeout(retry.current.timer), []);
}
