import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
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

export interface ChangeHistoryProps<Change> {
  title: string;
  history: UseQueryResult<Entry<Change>[]>;
  /** Said when nothing has been changed yet. */
  empty: string;
  describe: (change: Change) => { key: string; text: ReactNode };
}

/** An audit trail, newest first: when, who, what changed and why. Figures and definitions share it. */
export function ChangeHistory<Change>({ title, history, empty, describe }: ChangeHistoryProps<Change>) {
  const count = history.data?.length ?? 0;
  return (
    <details className="series-history">
      <summary>
        {title}
        {history.data ? ` (${count})` : ''}
      </summary>
      {history.isPending ? (
        <p role="status">Loading the history…</p>
      ) : history.isError ? (
        <ErrorMessage title="The history could not be loaded" error={history.error} onRetry={() => void history.refetch()} />
      ) : count === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="series-history__list">
          {history.data.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{formatDateTime(entry.at)}</strong>, {entry.editor.name} ({entry.editor.organisation})
              </p>
              <ul>
                {entry.changes.map((c) => {
                  const { key, text } = describe(c);
                  return <li key={key}>{text}</li>;
                })}
              </ul>
              {entry.note && <p className="series-history__note">“{entry.note}”</p>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
