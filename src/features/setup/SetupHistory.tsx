import { useFrameworkHistory } from '../../api/frameworks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../lib/today';

/** Who changed the set-up, when, and what each change did. */
export function SetupHistory({ frameworkId }: { frameworkId: string }) {
  const history = useFrameworkHistory(frameworkId);
  return (
    <section aria-labelledby="setup-history" className="setup-section">
      <h2 id="setup-history">Changes to the set-up</h2>
      {history.isPending ? (
        <p role="status">Loading the changes…</p>
      ) : history.isError ? (
        <ErrorMessage title="The changes could not be loaded" error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />
      ) : history.data.length === 0 ? (
        <p>No changes have been made here yet.</p>
      ) : (
        <ol className="setup-history">
          {history.data.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{entry.note ?? 'A change'}</strong> — {entry.editor.name} ({entry.editor.organisation}), {formatDateTime(entry.at)}
              </p>
              {entry.changes.length > 0 && (
                <ul>
                  {entry.changes.slice(0, 12).map((c, i) => (
                    <li key={i}>
                      {c.field}: {c.before ? `“${c.before}”` : 'nothing'} → {c.after ? `“${c.after}”` : 'removed'}
                    </li>
                  ))}
                  {entry.changes.length > 12 && <li>and {entry.changes.length - 12} more</li>}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
