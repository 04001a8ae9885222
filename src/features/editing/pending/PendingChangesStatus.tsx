import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { describePending } from '../../../domain/changes/pending-change';
import { isDefinition, isFramework, type OutboxRecord } from '../../../domain/changes/pending-definition';
import { usePendingChanges, usePendingEditCount, usePendingStorageProblem, useUnreadablePendingCount } from '../../../outbox/outbox-store';
import { useOutboxSync, useSendPendingChange, useSendPendingDefinition, useSendPendingFramework } from '../../../outbox/use-outbox';
import './pending.css';
import { formatDateTime } from '../../../lib/today';

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a kept change is, and where to open it. */
function described(change: OutboxRecord): { title: string; what: string; to: string; open: string } {
  if (isFramework(change)) return { title: change.labels.framework, what: `its set-up: ${change.notes.join('; ')}`, to: `/${change.frameworkId}/setup`, open: 'Open the set-up' };
  if (isDefinition(change))
    return {
      title: change.labels.indicator,
      what: 'a change to its baseline, targets and source',
      to: `/${change.frameworkId}/ambitions/${change.labels.ambitionNumber}`,
      open: 'Open this ambition',
    };
  return {
    title: `${change.labels.indicator}, ${change.labels.place}`,
    what: describePending(change),
    to: `/${change.frameworkId}/ambitions/${change.labels.ambitionNumber}?place=${change.placeId}&view=table`,
    open: 'Open these figures',
  };
}

function stateInWords(change: OutboxRecord): string {
  switch (change.state.kind) {
    case 'waiting':
      return change.state.problem ?? 'Waiting to be sent.';
    case 'conflict':
      if (isFramework(change)) return 'A colleague changed the set-up first: open it to choose which to keep.';
      return isDefinition(change)
        ? 'A colleague changed them first: open the ambition to choose which to keep.'
        : 'A colleague changed these figures first: open them to choose which to keep.';
    case 'rejected':
      return `Not accepted: ${change.state.problem}`;
  }
}

/**
 * The header's counter of changes this browser holds that are not yet saved, with the list behind
 * it. It also runs the sync that sends them, so it is on every page.
 */
export default function PendingChangesStatus() {
  useOutboxSync();
  const count = usePendingEditCount();
  const changes = Object.values(usePendingChanges());
  const storageProblem = usePendingStorageProblem();
  const unreadable = useUnreadablePendingCount();
  const send = useSendPendingChange();
  const sendDefinition = useSendPendingDefinition();
  const sendFramework = useSendPendingFramework();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="pending-status" onKeyDown={closeOnEscape}>
      {/* Always present, so screen readers hear the count change. */}
      <p className="visually-hidden" role="status">
        {count > 0 ? `${plural(count, 'change', 'changes')} not yet saved` : ''}
      </p>
      {count > 0 && (
        <button ref={buttonRef} type="button" className="pending-status__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          <span className="pending-status__count">{count}</span> {count === 1 ? 'change' : 'changes'} not yet saved
        </button>
      )}
      {storageProblem && <p className="pending-status__warning">{storageProblem}</p>}
      {unreadable > 0 && (
        <p className="pending-status__warning">
          {plural(unreadable, 'kept change', 'kept changes')} from an earlier version of the dashboard could not be read; they are left untouched in this browser.
        </p>
      )}
      {count > 0 && open && (
        <div id={panelId} className="pending-status__panel">
          <h2 className="pending-status__title">Changes not yet saved</h2>
          <p>They are kept in this browser until the data source confirms them, even if you close the tab.</p>
          <ul className="pending-status__list">
            {changes.map((change) => {
              const d = described(change);
              return (
                <li key={change.id}>
                  <p>
                    <strong>{d.title}</strong>: {d.what}
                  </p>
                  <p>
                    {stateInWords(change)} Last attempt {formatDateTime(change.updatedAt)}.
                  </p>
                  <p className="pending-status__actions">
                    <Link to={d.to} onClick={() => setOpen(false)}>
                      {d.open}
                    </Link>
                    {change.state.kind === 'waiting' && (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => void (isFramework(change) ? sendFramework(change.id) : isDefinition(change) ? sendDefinition(change.id) : send(change.id))}
                      >
                        Try again now
                      </button>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
