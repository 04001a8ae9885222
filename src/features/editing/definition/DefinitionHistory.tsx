import { useIndicatorHistory } from '../../../api/get-indicator-history';
import type { FieldChange, Indicator } from '../../../domain/types';
import { ChangeHistory } from '../ChangeHistory';

/** Who changed the baseline, targets or source, when and why. */
export function DefinitionHistory({ frameworkId, indicator }: { frameworkId: string; indicator: Indicator }) {
  return (
    <ChangeHistory
      title="Changes to the baseline and targets"
      history={useIndicatorHistory(frameworkId, indicator.id)}
      empty={`The baseline, targets and source of ${indicator.name} have not been changed in this dashboard.`}
      describe={(c: FieldChange) => ({ key: c.field, text: `${c.field}: ${c.before ?? 'none'} → ${c.after ?? 'removed'}` })}
    />
  );
}
