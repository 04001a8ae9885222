import { ProvenanceTag } from '../../components/ProvenanceTag';
import { StatusBadge } from '../../components/StatusBadge';
import type { TargetAssessment } from '../../domain/assess-indicator';
import { describePace, paceNeeded } from '../../domain/pace-needed';
import type { Indicator } from '../../domain/types';

/** Each target judged on its own, with the sentence that says why. */
export function TargetStatuses({
  indicator,
  assessments,
  placeName,
  margins = {},
}: {
  indicator: Indicator;
  assessments: TargetAssessment[];
  placeName: string;
  /** By target id: whether the difference is within the figure's margin of error. */
  margins?: Record<string, string>;
}) {
  return (
    <ul className="target-statuses" aria-label={`Targets for ${placeName}`}>
      {assessments.map((a) => {
        const target = indicator.targets.find((t) => t.id === a.targetId)!;
        const pace = paceNeeded(a, indicator.direction);
        return (
          <li key={a.targetId} className="target-status">
            <div className="target-status__head">
              <StatusBadge status={a.status} />
              <span className="target-status__label">{target.label}</span>
              {target.provenance === 'illustrative' && <ProvenanceTag provenance="illustrative" subject="target" />}
            </div>
            <p className="target-status__explanation">{a.explanation}</p>
            {margins[a.targetId] && <p className="target-status__margin">{margins[a.targetId]}</p>}
            {pace && <p className="target-status__pace">{describePace(pace, indicator.unit)}</p>}
            {target.note && <p className="target-status__note">{target.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
