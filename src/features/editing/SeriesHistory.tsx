import { useHistoryPages } from '../../api/get-history';
import type { SeriesToolsProps } from '../../components/slots';
import { formatNumber } from '../../domain/words/format-value';
import type { DataPoint, PointChange } from '../../domain/types';
import { ChangeHistory, HistoryEntries } from './ChangeHistory';

function describeChange(change: PointChange, decimals: number): string {
  const v = (p: DataPoint) => formatNumber(p.value, decimals);
  if (!change.before && change.after) return `${change.period}: added ${v(change.after)}`;
  if (change.before && !change.after) return `${change.period}: deleted (was ${v(change.before)})`;
  const before = change.before!;
  const after = change.after!;
  return before.value === after.value ? `${change.period}: details changed` : `${change.period}: ${v(before)} → ${v(after)}`;
}

/** Who changed which figures, when and why: the audit trail the data source keeps, read when opened. */
export function SeriesHistory(props: SeriesToolsProps) {
  return (
    <ChangeHistory title="Changes to these figures">
      <SeriesHistoryEntries {...props} />
    </ChangeHistory>
  );
}

function SeriesHistoryEntries({ frameworkId, indicator, place }: SeriesToolsProps) {
  return (
    <HistoryEntries
      history={useHistoryPages(frameworkId, indicator.id, place.id)}
      empty={`No changes have been made to the figures for ${place.name} in this dashboard.`}
      describe={(c: PointChange) => ({ key: c.period, text: describeChange(c, indicator.unit.decimals) })}
    />
  );
}
