import { useIndicatorHistory } from '../../../api/get-indicator-history';
import type { FieldChange, Indicator } from '../../../domain/types';
import { ChangeHistory, HistoryEntries } from '../ChangeHistory';

interface DefinitionHistoryProps {
  frameworkId: string;
  indicator: Indicator;
}

/** Who changed the baseline, targets or source, when and why; read when opened. */
export function DefinitionHistory(props: DefinitionHistoryProps) {
  return (
    <ChangeHistory title="Changes to the baseline and targets">
      <DefinitionHistoryEntries {...props} />
    </ChangeHistory>
  );
}

function DefinitionHistoryEntries({ frameworkId, indicator }: DefinitionHistoryProps) {
  return (
    <HistoryEntries
      history={useIndicatorHistory(frameworkId, indicator.id)}
      empty={`The baseline, targets and source of ${indicator.name} have not been changed in this dashboard.`}
      describe={(c: FieldChange) => ({ key: c.field, text: `${c.field}: ${c.before ?? 'none'} → ${c.after ?? 'removed'}` })}
    />
  );
}
