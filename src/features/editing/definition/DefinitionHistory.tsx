import { useIndicatorHistory } from '../../../api/get-indicator-history';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { Indicator } from '../../../domain/types';
import { formatDateTime } from '../../../lib/today';

/** Who changed the baseline, targets or source, when and why. */
export function DefinitionHistory({ frameworkId, indicator }: { frameworkId: string; indicator: Indicator }) {
  const history = useIndicatorHistory(frameworkId, indicator.id);
  const count = history.data?.length ?? 0;
  return (
    <details className="series-history">
      <summary>Changes to the baseline and targets{history.data ? ` (${count})` : ''}</summary>
      {history.isPending ? (
        <p role="status">Loading the history…</p>
      ) : history.isError ? (
        <ErrorMessage title="The history could not be loaded" error={history.error} onRetry={() => void history.refetch()} />
      ) : count === 0 ? (
        <p>The baseline, targets and source of {indicator.name} have not been changed in this dashboard.</p>
      ) : (
        <ol className="series-history__list">
          {history.data.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{formatDateTime(entry.at)}</strong>, {entry.editor.name} ({entry.editor.organisation})
              </p>
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.field}>
                    {c.field}: {c.before ?? 'none'} → {c.after ?? 'removed'}
                  </li>
                ))}
              </ul>
              {entry.note && <p className="series-history__note">“{entry.note}”</p>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
