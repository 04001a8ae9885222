import type { ComponentType } from 'react';
import { PlanBadge } from '../../components/PlanBadge';
import { ProvenanceTag } from '../../components/ProvenanceTag';
import type { ActionToolsProps } from '../../components/slots';
import { ACTION_STATUS_LABEL, formatDay } from '../../domain/status/assess-actions';
import type { Ambition } from '../../domain/types';
import { usePlan } from '../../hooks/use-plan';
import { formatDateTime } from '../../lib/today';

/**
 * What the partnership is doing for a commitment: each action, who owns it, when it is due, how it
 * stands and its latest update. Its status is judged on these, and says so.
 */
export function ActionsSection({ frameworkId, ambition, ActionTools }: { frameworkId: string; ambition: Ambition; ActionTools?: ComponentType<ActionToolsProps> }) {
  const plan = usePlan(ambition);
  if (!plan) return null;
  return (
    <section className="actions-section" aria-labelledby="actions-title">
      <h2 id="actions-title">Actions and milestones</h2>
      <p className="actions-section__status">
        <PlanBadge status={plan.status} size="large" /> <span>{plan.explanation}</span>
      </p>
      <p className="field__hint">
        {ambition.indicators.length === 0
          ? 'No figures are tracked for this yet: its status is judged on these actions, not on figures.'
          : 'Judged on the actions, apart from the status its figures give above.'}
      </p>
      {plan.actions.length > 0 && (
        <ol className="action-list">
          {plan.actions.map(({ action, status, overdue }) => {
            const latest = action.updates?.at(-1);
            return (
              <li key={action.id} className="action-item">
                <h3 className="action-item__title">{action.title}</h3>
                <dl className="action-item__facts">
                  <div>
                    <dt>Status</dt>
                    <dd>
                      <strong>{ACTION_STATUS_LABEL[status]}</strong>
                      {overdue && (
                        <>
                          {' '}
                          (due {formatDay(action.due)} and not marked done; last said {ACTION_STATUS_LABEL[action.status].toLowerCase()})
                        </>
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>Owner</dt>
                    <dd>{action.owner}</dd>
                  </div>
                  <div>
                    <dt>Due</dt>
                    <dd>{formatDay(action.due)}</dd>
                  </div>
                </dl>
                {action.provenance === 'illustrative' && (
                  <p className="action-item__provenance">
                    <ProvenanceTag provenance="illustrative" subject="action" /> An example, not from a published plan.
                  </p>
                )}
                {latest ? (
                  <p className="action-item__update">
                    Latest update, {formatDateTime(latest.at)}, {latest.author.name} ({latest.author.organisation}): {latest.text}
                  </p>
                ) : (
                  <p className="action-item__update">No updates yet.</p>
                )}
                {(action.updates?.length ?? 0) > 1 && (
                  <details>
                    <summary>All {action.updates!.length} updates</summary>
                    <ol className="action-item__updates">
                      {[...action.updates!].reverse().map((u) => (
                        <li key={u.id}>
                          {formatDateTime(u.at)}, {u.author.name}: {ACTION_STATUS_LABEL[u.status]}. {u.text}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
                {ActionTools && <ActionTools frameworkId={frameworkId} ambitionNumber={ambition.number} action={action} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
