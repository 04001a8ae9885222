import { useHistory } from '../../api/get-history';
import type { SeriesToolsProps } from '../../components/slots';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../domain/format-value';
import type { DataPoint, PointChange } from '../../domain/types';
import { formatDateTime } from '../../lib/today';

function describeChange(change: PointChange, decimals: number): string {
  const v = (p: DataPoint) => formatNumber(p.value, decimals);
  if (!change.before && change.after) return `${change.period}: added ${v(change.after)}`;
  if (change.before && !change.after) return `${change.period}: deleted (was ${v(change.before)})`;
  const before = change.before!;
  const after = change.after!;
  return before.value === after.value ? `${change.period}: details changed` : `${change.period}: ${v(before)} → ${v(after)}`;
}

/** Who changed which figures, when and why: the audit trail the data source keeps. */
export function SeriesHistory({ frameworkId, indicator, place }: SeriesToolsProps) {
  const history = useHistory(frameworkId, indicator.id, place.id);
  const count = history.data?.length ?? 0;
  return (
    <details className="series-history">
      <summary>Changes to these figures{history.data ? ` (${count})` : ''}</summary>
      {history.isPending ? (
        <p role="status">Loading the history…</p>
      ) : history.isError ? (
        <ErrorMessage title="The history could not be loaded" error={history.error} onRetry={() => void history.refetch()} />
      ) : count === 0 ? (
        <p>No changes have been made to the figures for {place.name} in this dashboard.</p>
      ) : (
        <ol className="series-history__list">
          {history.data.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{formatDateTime(entry.at)}</strong>, {entry.editor.name} ({entry.editor.organisation})
              </p>
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.period}>{describeChange(c, indicator.unit.decimals)}</li>
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
