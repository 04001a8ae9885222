import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Editor } from '../../domain/types';
import { formatDateTime } from '../../lib/today';

interface Entry<Change> {
  id: string;
  at: string;
  editor: Editor;
  note?: string;
  changes: Change[];
}

/** A history as read so far; `more` when the source gives it a page at a time. */
export interface HistoryRead<Change> {
  data?: Entry<Change>[];
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  more?: { has: boolean; load: () => void; loading: boolean };
}

export interface HistoryEntriesProps<Change> {
  history: HistoryRead<Change> | UseQueryResult<Entry<Change>[]>;
  /** Said when nothing has been changed yet. */
  empty: string;
  describe: (change: Change) => { key: string; text: ReactNode };
}

/** Entries shown at first, and added by each "Show older changes". */
const PAGE = 50;
/** Changes listed per entry before "and N more": an import can change thousands of figures at once. */
const CHANGES_PER_ENTRY = 20;

/**
 * An audit trail behind a disclosure. Its entries (`children`, a component that reads the
 * history) are mounted only once it is opened, so nothing is fetched or checked for a history
 * nobody opens: an ambition page has one per indicator, and a long one cost the page its speed.
 */
export function ChangeHistory({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="series-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{title}</summary>
      {open && children}
    </details>
  );
}

/**
 * The entries of an opened history, newest first: when, who, what changed and why. Figures and
 * definitions share it. Drawn a page at a time, so a history of 50,000 saves costs no more to
 * show than one of fifty.
 */
export function HistoryEntries<Change>({ history, empty, describe }: HistoryEntriesProps<Change>) {
  const count = history.data?.length ?? 0;
  const more = 'more' in history ? history.more : undefined;
  const [shown, setShown] = useState(PAGE);
  const showOlder = () => {
    // Older saves from the source when all those read are already shown.
    if (shown >= count && more?.has) more.load();
    setShown(shown + PAGE);
  };
  if (history.isPending) return <p role="status">Loading the history…</p>;
  if (history.isError) return <ErrorMessage title="The history could not be loaded" error={history.error} onRetry={() => void history.refetch()} />;
  if (count === 0) return <p>{empty}</p>;
  return (
    <>
      <p className="series-history__count">
        {more?.has ? `The latest ${count.toLocaleString('en-GB')} changes, newest first.` : `${count.toLocaleString('en-GB')} ${count === 1 ? 'change' : 'changes'}, newest first.`}
      </p>
      <ol className="series-history__list">
        {(history.data ?? []).slice(0, shown).map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{formatDateTime(entry.at)}</strong>, {entry.editor.name} ({entry.editor.organisation})
            </p>
            <ul>
              {entry.changes.slice(0, CHANGES_PER_ENTRY).map((c) => {
                const { key, text } = describe(c);
                return <li key={key}>{text}</li>;
              })}
              {entry.changes.length > CHANGES_PER_ENTRY && <li>and {(entry.changes.length - CHANGES_PER_ENTRY).toLocaleString('en-GB')} more</li>}
            </ul>
            {entry.note && <p className="series-history__note">“{entry.note}”</p>}
          </li>
        ))}
      </ol>
      {(count > shown || more?.has) && (
        <button type="button" className="button button--secondary" onClick={showOlder} disabled={more?.loading}>
          {more?.loading
            ? 'Loading older changes…'
            : count > shown
              ? `Show ${Math.min(PAGE, count - shown)} older changes (of ${(count - shown).toLocaleString('en-GB')})`
              : 'Show older changes'}
        </button>
      )}
    </>
  );
}
