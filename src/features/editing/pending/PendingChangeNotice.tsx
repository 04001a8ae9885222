import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/query-keys';
import { describePending, pendingChangeId } from '../../../domain/changes/pending-change';
import type { Indicator, Place } from '../../../domain/types';
import { ConflictPanel } from '../ConflictPanel';
import { useConfirmation, useIsSending, usePendingChange } from '../../../outbox/outbox-store';
import { useOutboxActions, useSendPendingChange } from '../../../outbox/use-outbox';
import { formatDateTime } from '../../../lib/today';

export interface PendingChangeNoticeProps {
  frameworkId: string;
  indicator: Indicator;
  place: Place;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What happened to this series' changes: saved, waiting to be sent (and why), a colleague's
 * conflicting save to choose from, or refused by the source. Shown in and out of "Update figures".
 */
export function PendingChangeNotice({ frameworkId, indicator, place }: PendingChangeNoticeProps) {
  const id = pendingChangeId(frameworkId, indicator.id, place.id);
  const pending = usePendingChange(id);
  const sending = useIsSending(id);
  const confirmation = useConfirmation(id);
  const { discard: discardEdits, rebase } = useOutboxActions();
  const send = useSendPendingChange();
  const queryClient = useQueryClient();
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  // Only the edits the lead was shown: any another tab added since stay kept.
  const discard = (message: string) => {
    setConfirmDiscard(false);
    if (pending)
      void discardEdits(
        id,
        pending.edits.map((q) => q.id),
        message,
      );
  };

  return (
    <>
      <p className="series-editor__status" role="status">
        {pending ? '' : (confirmation ?? '')}
      </p>
      {pending?.state.kind === 'conflict' && (
        <ConflictPanel
          base={pending.base}
          current={pending.state.current}
          edits={pending.edits.map((q) => q.edit)}
          saving={sending}
          onKeepTheirs={() => {
            if (pending.state.kind === 'conflict') queryClient.setQueryData(queryKeys.series(frameworkId, indicator.id, place.id), pending.state.current);
            discard('Your change was dropped; the figures show your colleague’s version.');
          }}
          onApplyMine={() => {
            if (pending.state.kind !== 'conflict') return;
            void rebase(id, pending.state.current).then(() => send(id));
          }}
        />
      )}
      {pending && pending.state.kind !== 'conflict' && (
        <div className="pending-notice" role={pending.state.kind === 'rejected' ? 'alert' : undefined}>
          <p className="pending-notice__title">
            {sending ? 'Saving your changes…' : pending.state.kind === 'rejected' ? 'Your changes were not accepted' : 'Your changes are not saved yet'}
          </p>
          <p>
            {capitalise(describePending(pending))} (by {pending.editor.name}, {formatDateTime(pending.edits[0]!.at)}).
          </p>
          {!sending && pending.state.problem && <p>{pending.state.problem}</p>}
          {pending.state.kind === 'rejected' && <p>Correct the figures below and they will be sent again, or discard your changes.</p>}
          {!sending && (
            <p className="series-editor__actions">
              {pending.state.kind === 'waiting' && (
                <button type="button" className="button" onClick={() => void send(id)}>
                  Try again now
                </button>
              )}
              {confirmDiscard ? (
                <>
                  <button type="button" className="button button--danger" onClick={() => discard('Your unsaved changes were discarded.')}>
                    Yes, discard my changes
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirmDiscard(false)}>
                    Keep them
                  </button>
                </>
              ) : (
                <button type="button" className="button button--secondary" onClick={() => setConfirmDiscard(true)}>
                  Discard my changes
                </button>
              )}
            </p>
          )}
        </div>
      )}
    </>
  );
}
