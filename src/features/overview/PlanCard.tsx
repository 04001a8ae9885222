import { CardTitle } from './CardTitle';
import { PlanBadge } from '../../components/PlanBadge';
import type { Ambition } from '../../domain/types';
import type { Words } from '../../domain/words/terms';
import { usePlan } from '../../hooks/use-plan';

/** A commitment with no number yet: judged on its delivery plan, and saying so. */
export function PlanCard({ ambition, words }: { ambition: Ambition; words: Words }) {
  const plan = usePlan(ambition)!;
  const titleId = `ambition-${ambition.number}-title`;
  const total = plan.actions.length;
  return (
    <article className="ambition-card ambition-card--plan" aria-labelledby={titleId}>
      <CardTitle ambition={ambition} words={words} />
      <p className="ambition-card__indicator">Judged on its actions: no figures are tracked for it yet.</p>
      <PlanBadge status={plan.status} />
      {total > 0 && (
        <dl className="key-figures">
          <div>
            <dt>Done</dt>
            <dd>
              {plan.counts.done} of {total}
            </dd>
          </div>
          <div>
            <dt>Late or at risk</dt>
            <dd>{plan.counts.late + plan.counts['at-risk']}</dd>
          </div>
        </dl>
      )}
      <p className="ambition-card__explanation">{plan.explanation}</p>
    </article>
  );
}
