import { ProvenanceTag } from '../../components/ProvenanceTag';
import { StatusBadge } from '../../components/StatusBadge';
import type { TargetAssessment } from '../../domain/status/assess-indicator';
import type { Indicator } from '../../domain/types';

/** Each target judged on its own, with the sentence that says why; the workings are in How we judged this. */
export function TargetStatuses({ indicator, assessments, placeName }: { indicator: Indicator; assessments: TargetAssessment[]; placeName: string }) {
  return (
    <ul className="target-statuses" aria-label={`Targets for ${placeName}`}>
      {assessments.map((a) => {
        const target = indicator.targets.find((t) => t.id === a.targetId)!;
        return (
          <li key={a.targetId} className="target-status">
            <div className="target-status__head">
              <StatusBadge status={a.status} />
              <span className="target-status__label">{target.label}</span>
              {target.provenance === 'illustrative' && <ProvenanceTag provenance="illustrative" subject="target" />}
            </div>
            <p className="target-status__explanation">{a.explanation}</p>
            {target.note && <p className="target-status__note">{target.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
